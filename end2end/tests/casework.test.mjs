// Browser tests of the team's casework (issue 18), with JavaScript on and off: a lead adds one
// of the organisation's own closing days (with an error first), prints a report for the
// municipality's case file, closes a report with a repayment and a fine (with every mistake
// first), and enters a phone tip, closes it with a repayment and a fine and reads the year's
// totals. axe-core on every new page; screenshots of each.
//
// Run from end2end/:
//   HELDER_BIN=../target/debug/helder HELDER_SITE_ROOT=../target/site node --test tests/casework.test.mjs

import assert from 'node:assert/strict';
import { describe, before } from 'node:test';
import { browserSuite, screenshotPath } from '../harness.mjs';
import { addStaffUser, axeClean, fileReport, logIn, press, visit } from '../flows.mjs';
import { expectErrorState } from '../a11y.mjs';

const PASSWORD = 'een lang wachtwoord voor de test 2026';
// One account per kind of test: log-ins per account are throttled.
const LEADS = [0, 1, 2, 3].map((n) => ({ email: `lea${n}@voorbeeld.nl`, role: 'lead', name: 'Lea Leider', password: PASSWORD }));

const suite = browserSuite({
  testTimeoutMs: 90_000,
  serverEnv: { HELDER_DISTRIBUTE_AT: '23:59:59', HELDER_POST_LIMIT_CLIENT: '200' },
});
const { url, browserTest, watch } = suite;
const as = (js, width = 1280) => ({ javaScriptEnabled: js, viewport: { width, height: 800 } });

describe('casework', () => {
  before(async () => {
    for (const lead of LEADS) await addStaffUser(suite.server, lead);
  });

  // Two Fridays that are working days: the day after Ascension 2027, and Christmas Eve.
  for (const [js, day, label] of [
    [true, '2027-05-07', '07-05-2027'],
    [false, '2027-12-24', '24-12-2027'],
  ]) {
    const mode = js ? 'js' : 'nojs';
    browserTest(`a lead adds a closing day (${mode})`, as(js), async (context) => {
      const page = await context.newPage();
      watch(page);
      await logIn(page, url, LEADS[0]);
      await visit(page, url('/nl/team/verdeling'));
      const add = page.locator('form[action$="/team/sluitingsdagen"] button[type=submit]');
      await page.fill('#closing-day', day);
      const refused = await press(page, add);
      assert.equal(refused.status(), 422, 'a closing day without a reason');
      await expectErrorState(page, 'nl', { prefixes: ['Fout'] });
      assert.equal(await page.inputValue('#closing-day'), day, 'the date is kept');
      await axeClean(page, 'team page with a closing-day error', js);
      await page.screenshot({ path: screenshotPath(`closing-day-error-${mode}-1280.png`), fullPage: true });

      await page.fill('#closing-reason', 'Brugdag');
      const added = await press(page, add);
      assert.equal(added.status(), 200);
      assert.ok(page.url().endsWith('/nl/team/verdeling#sluitingsdagen'), page.url());
      const rows = await page
        .locator('main table')
        .last()
        .locator('tbody tr')
        .evaluateAll((trs) => trs.map((tr) => [...tr.cells].slice(0, 2).map((c) => c.innerText.trim())));
      assert.ok(rows.some(([d, r]) => d === label && r === 'Brugdag'), JSON.stringify(rows));
      await axeClean(page, 'team page with a closing day', js);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({ path: screenshotPath(`closing-days-${mode}-390.png`), fullPage: true });
    });
  }

  for (const js of [true, false]) {
    const mode = js ? 'js' : 'nojs';
    browserTest(`a report is printed for the case file (${mode})`, as(js), async (context) => {
      const reporter = await context.newPage();
      watch(reporter);
      await fileReport(reporter, url, { fill: { '#q_person_name': `Piet Print ${mode}` } });
      await reporter.close();

      const page = await context.newPage();
      watch(page);
      await logIn(page, url, LEADS[1]);
      await visit(page, url('/nl/team/meldingen/alle'));
      const id = Number((await page.locator('main table tbody tr a').last().innerText()).replace('#', ''));
      await visit(page, url(`/nl/team/meldingen/${id}`));
      await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Afdrukken voor het dossier' }).click()]);
      assert.ok(page.url().endsWith(`/nl/team/meldingen/${id}/afdrukken`), page.url());
      const text = await page.locator('main').innerText();
      assert.match(text, /Vertrouwelijk/);
      assert.match(text, /Afgedrukt door Lea Leider op \d\d-\d\d-\d{4} \d\d:\d\d/);
      assert.equal(await page.locator('main form').count(), 0, 'no forms in the print view');
      // The print button needs JavaScript; without it the browser's own print command works.
      assert.equal(await page.locator('.hl-print-button').count(), js ? 1 : 0);
      await axeClean(page, 'print view', js);
      await page.screenshot({ path: screenshotPath(`report-print-${mode}-1280.png`), fullPage: true });
      await page.emulateMedia({ media: 'print' });
      await page.screenshot({ path: screenshotPath(`report-print-${mode}-as-printed.png`), fullPage: true });
      assert.equal(await page.locator('.hl-staff-nav').isVisible(), false, 'no navigation on paper');
      // The report's history says who printed it.
      await page.emulateMedia({ media: 'screen' });
      await visit(page, url(`/nl/team/meldingen/${id}`));
      assert.match(await page.locator('main').innerText(), /Afgedrukt/);
    });
  }
  for (const js of [true, false]) {
    const mode = js ? 'js' : 'nojs';
    browserTest(`a report is closed with a repayment and a fine (${mode})`, as(js), async (context) => {
      const reporter = await context.newPage();
      watch(reporter);
      await fileReport(reporter, url, { fill: { '#q_person_name': `Carla Sluit ${mode}` } });
      await reporter.close();

      const page = await context.newPage();
      watch(page);
      await logIn(page, url, LEADS[2]);
      await visit(page, url('/nl/team/meldingen/alle'));
      const id = Number((await page.locator('main table tbody tr a').last().innerText()).replace('#', ''));
      await visit(page, url(`/nl/team/meldingen/${id}`));
      for (const name of ['Neem deze melding', 'In behandeling nemen', 'Oranje: intensieve controle']) {
        await press(page, page.getByRole('button', { name, exact: true }));
      }
      await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Melding afsluiten' }).click()]);
      assert.ok(page.url().endsWith(`/nl/team/meldingen/${id}/afsluiten`), page.url());
      await axeClean(page, 'closing page', js);

      // Repayment and fine ticked, the fine's amount not a number: both problems at once.
      await page.locator('input[name=outcome][value=repayment]').check();
      await page.locator('input[name=outcome][value=fine]').check();
      await page.fill('#fine-amount', 'zeshonderd');
      const refused = await press(page, page.getByRole('button', { name: 'Melding afsluiten' }));
      assert.equal(refused.status(), 422);
      await expectErrorState(page, 'nl', { prefixes: ['Fout'] });
      assert.equal(await page.locator('.hl-error-summary li').count(), 2);
      assert.equal(await page.inputValue('#fine-amount'), 'zeshonderd', 'what was typed is kept');
      assert.ok(await page.locator('input[name=outcome][value=repayment]').isChecked(), 'the boxes stay ticked');
      await axeClean(page, 'closing page with errors', js);
      await page.screenshot({ path: screenshotPath(`close-errors-${mode}-1280.png`), fullPage: true });

      await page.fill('#repayment-amount', '4.250');
      await page.fill('#fine-amount', '600');
      const closed = await press(page, page.getByRole('button', { name: 'Melding afsluiten' }));
      assert.equal(closed.status(), 200);
      assert.ok(page.url().endsWith(`/nl/team/meldingen/${id}`), page.url());
      const text = await page.locator('main').innerText();
      assert.match(text, /Afgesloten/);
      assert.match(text, /Terugvordering: € 4\.250/);
      assert.match(text, /Boete: € 600/);
      await axeClean(page, 'closed report', js);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({ path: screenshotPath(`closed-report-${mode}-390.png`), fullPage: true });
    });
  }
  for (const js of [true, false]) {
    const mode = js ? 'js' : 'nojs';
    browserTest(`a phone tip is entered, closed and counted in the year's figures (${mode})`, as(js), async (context) => {
      const page = await context.newPage();
      watch(page);
      await logIn(page, url, LEADS[3]);
      // The year's figures before: the other tests close reports on the same server.
      const euros = (text) => Number(text.replace(/[^\d]/g, ''));
      const cell = async (label) =>
        page
          .locator('main table')
          .filter({ hasText: 'Kerncijfers' })
          .locator('tr', { has: page.locator(`th:text-is("${label}")`) })
          .locator('td')
          .first()
          .innerText();
      const phoneCount = async () =>
        Number(
          await page
            .locator('main table')
            .filter({ hasText: 'Meldingen per kanaal' })
            .locator('tr', { has: page.locator('th:text-is("Telefoon")') })
            .locator('td')
            .innerText(),
        );
      await visit(page, url('/nl/team/statistiek'));
      const before = {
        repaid: euros(await cell('Teruggevorderd, totaal')),
        fined: euros(await cell('Boetes, totaal')),
        phone: await phoneCount(),
      };
      await visit(page, url('/nl/team/meldingen'));
      await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Tip invoeren' }).click()]);
      assert.ok(page.url().endsWith('/nl/team/meldingen/nieuw'), page.url());
      await axeClean(page, 'tip form', js);

      // Sent without a channel or kind: every problem at once, the typed name kept.
      await page.fill('#q_person_name', `Tom Telefoon ${mode}`);
      const refused = await press(page, page.getByRole('button', { name: 'Tip opslaan' }));
      assert.equal(refused.status(), 422);
      await expectErrorState(page, 'nl', { prefixes: ['Fout'] });
      assert.equal(await page.inputValue('#q_person_name'), `Tom Telefoon ${mode}`);
      await axeClean(page, 'tip form with errors', js);
      await page.screenshot({ path: screenshotPath(`tip-errors-${mode}-1280.png`), fullPage: true });

      await page.locator('input[name=channel][value=phone]').check();
      await page.locator('input[name=kind][value=work]').check();
      await page.fill('#q_work_where', 'Garage aan de Dijk');
      const saved = await press(page, page.getByRole('button', { name: 'Tip opslaan' }));
      assert.equal(saved.status(), 200);
      const heading = await page.locator('h1').innerText();
      const id = Number(heading.match(/\d+/)[0]);
      assert.match(heading, /is opgeslagen/);
      assert.equal(await page.locator('.hl-receipt').count(), 0, 'no code unless the reporter wants one');
      await axeClean(page, 'tip saved', js);

      await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Naar de melding' }).click()]);
      assert.match(await page.locator('main').innerText(), /Telefoon/);
      for (const name of ['Neem deze melding', 'In behandeling nemen', 'Oranje: intensieve controle']) {
        await press(page, page.getByRole('button', { name, exact: true }));
      }
      await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Melding afsluiten' }).click()]);
      await page.locator('input[name=outcome][value=repayment]').check();
      await page.locator('input[name=outcome][value=fine]').check();
      await page.fill('#repayment-amount', '3.000');
      await page.fill('#fine-amount', '450');
      const closed = await press(page, page.getByRole('button', { name: 'Melding afsluiten' }));
      assert.equal(closed.status(), 200);
      assert.ok(page.url().endsWith(`/nl/team/meldingen/${id}`), page.url());

      // The year's figures count the tip under its channel and add up the money.
      await visit(page, url('/nl/team/statistiek'));
      assert.equal(euros(await cell('Teruggevorderd, totaal')) - before.repaid, 3000);
      assert.equal(euros(await cell('Boetes, totaal')) - before.fined, 450);
      assert.equal((await phoneCount()) - before.phone, 1, 'one more phone tip');
      await axeClean(page, 'annual figures', js);
      await page.screenshot({ path: screenshotPath(`annual-figures-${mode}-1280.png`), fullPage: true });
      await page.emulateMedia({ media: 'print' });
      await page.screenshot({ path: screenshotPath(`annual-figures-${mode}-as-printed.png`), fullPage: true });
      assert.equal(await page.locator('.hl-stats-year').isVisible(), false, 'no filter on paper');
    });
  }
});
