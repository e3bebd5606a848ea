// Browser test of the team's flow (issue 5), with JavaScript on and off, each on its own fresh
// server: a report filed on the public form is distributed by the lead, shows up in the queue
// of the member who got it; the member takes it in progress and asks a question; the reporter
// comes back with the receipt code and answers; the member reads the answer, chooses a track
// and closes the report with an outcome; the statistics page counts it. An editor gets 403 on
// everything about reports. With JavaScript on, every page is waited for until it hydrated
// (see settle() in harness.mjs), so the two runs really differ. axe-core on the log-in, queue, report and team pages; full-page
// screenshots of the queue and the report page at 390 and 1280 px.
//
// Run from end2end/:
//   HELDER_BIN=../target/debug/helder HELDER_SITE_ROOT=../target/site node --test tests/team.test.mjs

import assert from 'node:assert/strict';
import { describe, before } from 'node:test';
import { browserSuite, screenshotPath } from '../harness.mjs';
import { addStaffUser, axeClean, fileReport, logIn, press, visit } from '../flows.mjs';

const PASSWORD = 'a long password 123';
const LEAD = { email: 'lea@voorbeeld.nl', role: 'lead', name: 'Lea Leider', password: PASSWORD };
const MEMBER = { email: 'ivo@voorbeeld.nl', role: 'intake', name: 'Ivo Intake', password: PASSWORD };
const EDITOR = { email: 'eva@voorbeeld.nl', role: 'editor', name: 'Eva Editor', password: PASSWORD };
const ACCOUNTS = [LEAD, MEMBER, EDITOR];

const PERSON = 'Jan Jansen';
const QUESTION = 'Op welke dagen ziet u de auto van de bakkerij bij het huis staan?';
const ANSWER = 'Elke dinsdag en donderdag, vroeg in de ochtend.';
const OUTCOME = { value: 'repayment', label: 'Terugvordering' };

/** The status shown at the top of the report page. */
const statusOf = (page) => page.locator('main > p.hl-body .hl-tag').first().innerText();

/** Full-page screenshots at 390 and 1280 px wide. */
async function shoot(page, name) {
  for (const [width, height] of [[390, 844], [1280, 800]]) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: screenshotPath(`${name}-${width}.png`), fullPage: true });
  }
}

/** Texts of a table's body rows, one array of cell texts per row. */
const tableRows = (page) =>
  page.locator('main table tbody tr').evaluateAll((rows) => rows.map((r) => [...r.cells].map((c) => c.innerText.trim())));

for (const js of [true, false]) {
  const mode = js ? 'js' : 'nojs';
  describe(`team flow, JavaScript ${js ? 'on' : 'off'}`, () => {
    // A fresh server per mode. The daily distribution must not run during the test: the lead
    // distributes by hand. Posting a report and answers is more than a burst of the per-client
    // limit allows from one address, so that limit is raised here.
    const suite = browserSuite({
      testTimeoutMs: 60_000,
      serverEnv: { HELDER_DISTRIBUTE_AT: '23:59:59', HELDER_POST_LIMIT_CLIENT: '200' },
    });
    const { url, browserTest, watch } = suite;
    const options = { javaScriptEnabled: js };
    /** What one step leaves for the next. */
    const flow = {};

    before(async () => {
      for (const account of ACCOUNTS) await addStaffUser(suite.server, account);
    });

    browserTest(`the reporter files a report on the public form (${mode})`, options, async (context) => {
      const page = await context.newPage();
      const seen = watch(page);
      flow.code = await fileReport(page, url, { kinds: ['work'], fill: { '#q_person_name': PERSON } });
      assert.deepEqual(seen.problems, []);
    });

    browserTest(`the lead distributes: the report goes to the member present (${mode})`, options, async (context) => {
      assert.ok(flow.code, 'a report was filed');
      const page = await context.newPage();
      const seen = watch(page);
      await logIn(page, url, LEAD, { check: (p) => axeClean(p, 'log-in page', js) });
      assert.ok(page.url().endsWith('/nl/team/meldingen'), page.url());

      assert.equal((await visit(page, url('/nl/team/verdeling'))).status(), 200);
      assert.match(await page.locator('main').innerText(), /Nog niet verdeeld: 1/);
      // This week the lead does no intake: she marks herself away, so only the member is present.
      const leadRow = page.locator('main tbody tr', { hasText: LEAD.name });
      await press(page, leadRow.getByRole('button', { name: /Zet op afwezig/ }));
      assert.match(await leadRow.innerText(), /Afwezig/);

      const done = await press(page, page.getByRole('button', { name: 'Nu verdelen', exact: true }));
      assert.equal(done.status(), 200);
      assert.match(page.url(), /\/nl\/team\/verdeling\?verdeeld=1$/);
      assert.match(await page.locator('.hl-notice--success').innerText(), /De nieuwe meldingen zijn verdeeld/);
      assert.match(await page.locator('main').innerText(), /Nog niet verdeeld: 0/);
      // Who got it: the one row with one open report.
      const rows = await tableRows(page);
      const got = rows.filter((cells) => cells[2] === '1').map((cells) => cells[0]);
      assert.deepEqual(got, [MEMBER.name], `open reports per member: ${JSON.stringify(rows)}`);
      flow.member = ACCOUNTS.find((a) => a.name === got[0]);
      await axeClean(page, 'team page', js);
      await shoot(page, `team-verdeling-${mode}`);
      assert.deepEqual(seen.problems, []);
    });

    browserTest(`the member finds it in "Mijn meldingen", takes it in progress and asks a question (${mode})`, options, async (context) => {
      assert.ok(flow.member, 'the report was distributed');
      const page = await context.newPage();
      const seen = watch(page);
      await logIn(page, url, flow.member);
      assert.ok(page.url().endsWith('/nl/team/meldingen'), page.url());
      assert.equal(await page.locator('main h1').innerText(), 'Mijn meldingen');
      assert.equal(await page.locator('main [role=status]').innerText(), '1 melding');
      const [row] = await tableRows(page);
      assert.equal(row[3], 'Toegewezen', `queue row: ${row}`);
      assert.equal(row[4], flow.member.name, `queue row: ${row}`);
      await axeClean(page, 'queue', js);
      await shoot(page, `team-queue-${mode}`);

      const link = page.locator('main tbody a').first();
      flow.reportId = Number((await link.innerText()).replace('#', ''));
      assert.ok(flow.reportId > 0);
      await press(page, link);
      assert.ok(page.url().endsWith(`/nl/team/meldingen/${flow.reportId}`), page.url());
      assert.equal(await page.locator('main h1').innerText(), `Melding ${flow.reportId}`);
      assert.equal(await statusOf(page), 'Toegewezen');
      assert.match(await page.locator('main').innerText(), new RegExp(PERSON), "the reporter's answers are shown");

      await press(page, page.getByRole('button', { name: 'In behandeling nemen', exact: true }));
      assert.equal(await statusOf(page), 'In behandeling');
      // No closing before a track is chosen.
      assert.equal(await page.getByRole('link', { name: 'Melding afsluiten' }).count(), 0);

      await page.getByLabel('Stel de melder een vraag').fill(QUESTION);
      const asked = await press(page, page.getByRole('button', { name: 'Vraag versturen', exact: true }));
      assert.equal(asked.status(), 200);
      const followUp = page.locator('main ul.hl-timeline').first();
      assert.match(await followUp.innerText(), /Vraag van het team/);
      assert.match(await followUp.innerText(), new RegExp(QUESTION.replace('?', '\\?')));
      assert.deepEqual(seen.problems, []);
    });

    browserTest(`the reporter comes back with the receipt code and answers the question (${mode})`, options, async (context) => {
      assert.ok(flow.reportId, 'a question was asked');
      const page = await context.newPage();
      const seen = watch(page);
      await visit(page, url('/nl/melden/terugkomen'));
      await page.fill('#code', flow.code);
      const opened = await press(page, page.locator('main form button[type=submit]'));
      assert.equal(opened.status(), 200);
      assert.ok((await page.locator('main').innerText()).includes(QUESTION), 'the question is shown');
      await page.fill('#answer', ANSWER);
      const sent = await press(page, page.locator('main form button[type=submit]'));
      assert.equal(sent.status(), 200);
      assert.ok(await page.locator('main [role=status]').isVisible(), 'a thank-you');
      assert.ok((await page.locator('main').innerText()).includes(ANSWER), 'the answer is in the thread');
      assert.deepEqual(seen.problems, []);
    });

    browserTest(`the member reads the answer, chooses a track and closes with an outcome (${mode})`, options, async (context) => {
      assert.ok(flow.reportId, 'a question was asked');
      const page = await context.newPage();
      const seen = watch(page);
      await logIn(page, url, flow.member);
      assert.equal((await visit(page, url(`/nl/team/meldingen/${flow.reportId}`))).status(), 200);
      const followUp = page.locator('main ul.hl-timeline').first();
      assert.match(await followUp.innerText(), /Antwoord van de melder/);
      assert.ok((await followUp.innerText()).includes(ANSWER), 'the answer is on the report page');
      await axeClean(page, 'report page', js);
      await shoot(page, `team-report-${mode}`);

      await press(page, page.getByRole('button', { name: 'Groen: navragen bij de klant', exact: true }));
      assert.equal(await statusOf(page), 'Groen: navragen bij de klant');

      // Closing has its own page. Without an outcome the report stays open, with an error that
      // links to the choices.
      await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Melding afsluiten' }).click()]);
      assert.ok(page.url().endsWith(`/nl/team/meldingen/${flow.reportId}/afsluiten`), page.url());
      const refused = await press(page, page.getByRole('button', { name: 'Melding afsluiten', exact: true }));
      assert.equal(refused.status(), 422);
      assert.ok(await page.locator('.hl-error-summary a[href="#outcome"]').isVisible());

      await page.getByLabel(OUTCOME.label, { exact: true }).check();
      await page.fill('#repayment-amount', '1.500');
      const closed = await press(page, page.getByRole('button', { name: 'Melding afsluiten', exact: true }));
      assert.equal(closed.status(), 200);
      assert.ok(page.url().endsWith(`/nl/team/meldingen/${flow.reportId}`), page.url());
      assert.equal(await statusOf(page), 'Afgesloten');
      const outcome = page.locator('main .hl-summary__row', { hasText: 'Uitkomst' });
      assert.match(await outcome.innerText(), new RegExp(OUTCOME.label));
      // Closed: no more questions, track buttons or closing.
      assert.equal(await page.getByRole('link', { name: 'Melding afsluiten' }).count(), 0);
      assert.equal(await page.getByRole('button', { name: /^(Groen|Oranje|Rood)/ }).count(), 0);
      assert.deepEqual(seen.problems, []);
    });

    browserTest(`an editor gets 403 on reports, statistics and the audit log (${mode})`, options, async (context) => {
      assert.ok(flow.reportId, 'there is a report');
      const page = await context.newPage();
      const seen = watch(page);
      await logIn(page, url, EDITOR);
      assert.ok(page.url().endsWith('/nl/team/inhoud'), `an editor starts at the content overview: ${page.url()}`);
      assert.equal(await page.locator('.hl-staff-nav a', { hasText: 'Mijn meldingen' }).count(), 0, 'no queue in the menu');
      const paths = ['/nl/team/meldingen', `/nl/team/meldingen/${flow.reportId}`, '/nl/team/logboek', '/nl/team/statistiek'];
      for (const path of paths) {
        const res = await visit(page, url(path));
        assert.equal(res.status(), 403, path);
        const text = await page.locator('main').innerText();
        assert.match(text, /Geen toegang/, path);
        assert.ok(!text.includes(PERSON) && !text.includes(ANSWER), `${path} shows nothing of the report`);
      }
      assert.deepEqual(seen.problems, []);
    });

    browserTest(`the lead's statistics count the closed report by outcome (${mode})`, options, async (context) => {
      assert.ok(flow.reportId, 'a report was closed');
      const page = await context.newPage();
      const seen = watch(page);
      await logIn(page, url, LEAD);
      assert.equal((await visit(page, url('/nl/team/statistiek'))).status(), 200);
      // The closed reports by outcome: the row (or list item) of this outcome counts 1.
      const rows = page.locator('main :is(tr, li, .hl-summary__row)', { hasText: OUTCOME.label });
      const texts = await rows.allInnerTexts();
      assert.ok(
        texts.some((t) => /(^|\D)1(\D|$)/.test(t.replace(OUTCOME.label, ''))),
        `a count of 1 next to "${OUTCOME.label}": ${JSON.stringify(texts)}`,
      );
      assert.deepEqual(seen.problems, []);
    });
  });
}
