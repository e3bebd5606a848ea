// Browser tests of prevention (issue 17), with JavaScript on and off: the self-check at 320 px
// in Dutch and Arabic, "was this clear?" with a comment, an anonymous question that an advisor
// answers and the person reads with the code, the 403 of every question address for the
// enforcement team, and the editors' "least known duties" showing the counts of these runs.
// axe-core on every new page.
//
// Run from end2end/:
//   HELDER_BIN=../target/debug/helder HELDER_SITE_ROOT=../target/site node --test tests/prevention.test.mjs

import assert from 'node:assert/strict';
import { describe, before } from 'node:test';
import { browserSuite, newContext, screenshotPath } from '../harness.mjs';
import { addStaffUser, axeClean, logIn, press, submit, visit } from '../flows.mjs';
import { LANGUAGES, PROPER_NAMES, expectErrorState, fluent, htmlProblems, snippetNames, unmarkedLatinRuns } from '../a11y.mjs';

const PASSWORD = 'een lang wachtwoord voor de test 2026';
const ADVISOR = { email: 'anna@voorbeeld.nl', role: 'advisor', name: 'Anna Advies', password: PASSWORD };
const EDITOR = { email: 'eva@voorbeeld.nl', role: 'publisher', name: 'Eva Editor', password: PASSWORD };
const LEAD = { email: 'lotte@voorbeeld.nl', role: 'lead', name: 'Lotte Lead', password: PASSWORD };
const MEMBER = { email: 'ivo@voorbeeld.nl', role: 'intake', name: 'Ivo Intake', password: PASSWORD };
const ADMIN = { email: 'bram@voorbeeld.nl', role: 'admin', name: 'Bram Beheer', password: PASSWORD };
const COMMENT = 'Het woord kostendeler begrijp ik niet';

// A browser answers twelve questions faster than a person reads them: the per-client limit
// is raised for this suite (each test is also its own client behind the trusted proxy).
const suite = browserSuite({
  testTimeoutMs: 150_000,
  serverEnv: { HELDER_TRUSTED_PROXIES: '127.0.0.1', HELDER_POST_LIMIT_CLIENT: '200' },
});
const { url, browserTest, watch } = suite;
let visitor = 40;
const as = (js, width = 1280) => {
  visitor += 1;
  return {
    javaScriptEnabled: js,
    viewport: { width, height: 800 },
    extraHTTPHeaders: { 'X-Forwarded-For': `198.51.100.${visitor}` },
  };
};
/** What one test leaves for the next. */
const flow = { questions: [] };

describe('prevention', () => {
before(async () => {
  for (const account of [ADVISOR, EDITOR, LEAD, MEMBER, ADMIN]) await addStaffUser(suite.server, account);
});

const noSideways = (page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

for (const [lang, js] of [['nl', true], ['ar', false]]) {
  const mode = js ? 'js' : 'nojs';
  browserTest(`the self-check in ${lang} at 320 px (${mode})`, as(js, 320), async (context) => {
    const page = await context.newPage();
    const seen = watch(page);
    await visit(page, url(`/${lang}/zelftest`));
    await axeClean(page, 'self-check start', js);
    assert.ok(await noSideways(page), 'no sideways scroll at 320 px');
    await page.screenshot({ path: screenshotPath(`selfcheck-start-${lang}-320.png`), fullPage: true });
    await submit(page);
    assert.ok(page.url().endsWith(`/${lang}/zelftest/1`), page.url());

    // Nothing chosen: 422, the error summary has the focus, the radios are tied to it.
    const refused = await press(page, page.locator('main form button[type=submit]'));
    assert.equal(refused.status(), 422);
    await expectErrorState(page, lang, { prefixes: [fluent(lang, 'main.ftl', 'report-error-prefix')] });
    await axeClean(page, 'self-check question with an error', js);

    const total = Number((await page.locator('.hl-caption').first().innerText()).match(/\d+/g).at(-1));
    assert.equal(total, 12);
    for (let n = 1; n <= total; n += 1) {
      assert.ok(page.url().includes(`/${lang}/zelftest/${n}`), page.url());
      // The first answer of every question: yes, except "I don't know" for the last.
      await page.locator(`input[name=answer][value=${n === total ? 'unknown' : 'yes'}]`).check();
      if (n === 1) {
        await axeClean(page, 'self-check question', js);
        assert.ok(await noSideways(page), 'question: no sideways scroll');
        await page.screenshot({ path: screenshotPath(`selfcheck-question-${lang}-320.png`), fullPage: true });
      }
      await submit(page);
      assert.ok(page.url().includes(`/zelftest/${n}/uitleg`), page.url());
      assert.equal(await page.locator(`main a[href^="/${lang}/rechten-en-plichten/"]`).count(), 1, 'the page that explains it');
      if (n === 1) {
        await axeClean(page, 'self-check answer', js);
        await page.screenshot({ path: screenshotPath(`selfcheck-answer-${lang}-320.png`), fullPage: true });
      }
      await press(page, page.locator('main a.hl-button'));
    }
    assert.ok(page.url().endsWith(`/${lang}/zelftest/uitslag`), page.url());
    const score = await page.locator('main [role=status]').innerText();
    assert.match(score, /\d+/, score);
    assert.ok(await page.locator(`main a[href="/${lang}/vraag"]`).isVisible(), '"Vraag het ons"');
    await axeClean(page, 'self-check result', js);
    assert.ok(await noSideways(page), 'result: no sideways scroll');
    await page.screenshot({ path: screenshotPath(`selfcheck-result-${lang}-320.png`), fullPage: true });
    assert.deepEqual(seen.problems, []);
  });
}

// Every new public page in all eight languages at 320 px: valid HTML, axe, no sideways scroll,
// and in Arabic, Farsi and Tigrinya no unmarked Latin-script words.
browserTest('the new public pages in every language at 320 px', as(true, 320), async (context) => {
  const page = await context.newPage();
  const seen = watch(page);
  const names = [...PROPER_NAMES, ...snippetNames()];
  const problems = [];
  for (const lang of LANGUAGES) {
    for (const path of ['zelftest', 'zelftest/1', 'zelftest/12/uitleg?antwoord=no', 'vraag', 'vraag/antwoord', 'rechten-en-plichten/kostendeler/duidelijk?antwoord=nee']) {
      const where = `/${lang}/${path}`;
      const response = await visit(page, url(where));
      assert.equal(response.status(), 200, where);
      problems.push(...(await htmlProblems(await response.text())).map((p) => `${where} ${p}`));
      if (!(await noSideways(page))) problems.push(`${where}: sideways scroll at 320 px`);
      for (const run of await unmarkedLatinRuns(page, names)) problems.push(`${where}: unmarked ${run}`);
      await axeClean(page, where, true);
    }
  }
  assert.deepEqual(problems, []);
  assert.deepEqual(seen.problems, []);
});

for (const js of [true, false]) {
  const mode = js ? 'js' : 'nojs';
  browserTest(`"was this clear?" with a comment (${mode})`, as(js, 390), async (context) => {
    const page = await context.newPage();
    const seen = watch(page);
    await visit(page, url('/nl/rechten-en-plichten/kostendeler'));
    await press(page, page.locator('form.hl-feedback button[value=nee]'));
    assert.ok(page.url().includes('/kostendeler/duidelijk?antwoord=nee'), page.url());
    await axeClean(page, 'what was unclear', js);
    await page.fill('#opmerking', `${COMMENT} (${mode})`);
    await submit(page);
    assert.ok(page.url().includes('antwoord=verstuurd'), page.url());
    await axeClean(page, 'thanks', js);
    await page.screenshot({ path: screenshotPath(`feedback-thanks-${mode}-390.png`), fullPage: true });
    await visit(page, url('/nl/rechten-en-plichten/vermogen'));
    await press(page, page.locator('form.hl-feedback button[value=ja]'));
    assert.ok(await page.locator('main [role=status]').isVisible());
    assert.deepEqual(seen.problems, []);
  });

  browserTest(`a question without a name, answered by an advisor and read with the code (${mode})`, as(js, 390), async (context) => {
    const question = `Mag ik een tweedehands fiets kopen van mijn spaargeld? (${mode})`;
    const page = await context.newPage();
    const seen = watch(page);
    await visit(page, url('/nl/vraag'));
    assert.match(await page.locator('main').innerText(), /kan uw vraag niet zien/);
    await axeClean(page, 'ask', js);
    const empty = await press(page, page.locator('main form button[type=submit]').first());
    assert.equal(empty.status(), 422);
    await expectErrorState(page, 'nl', { prefixes: ['Fout'] });
    await axeClean(page, 'ask with an error', js);
    await page.fill('#question', question);
    await page.fill('#email', 'vrager@example.org');
    await press(page, page.locator('main form button[type=submit]').first());
    assert.ok(page.url().endsWith('/nl/vraag/controleren'), page.url());
    assert.match(await page.locator('.hl-summary').innerText(), /tweedehands fiets/);
    await axeClean(page, 'check the question', js);
    await submit(page);
    const code = (await page.locator('.hl-receipt').innerText()).trim();
    assert.match(code, /^\d{4} \d{4} \d{4} \d{4}$/);
    await axeClean(page, 'question sent', js);
    await page.screenshot({ path: screenshotPath(`question-sent-${mode}-390.png`), fullPage: true });

    // The advisor, in a browser of their own.
    const staff = await newContext(suite.browser, { javaScriptEnabled: js, viewport: { width: 1280, height: 800 } });
    try {
      const desk = await staff.newPage();
      await logIn(desk, url, ADVISOR);
      assert.ok(desk.url().endsWith('/nl/team/vragen'), desk.url());
      await axeClean(desk, 'advisor queue', js);
      await press(desk, desk.locator('main table a', { hasText: /Vraag \d+/ }).first());
      assert.match(await desk.locator('main').innerText(), /tweedehands fiets/);
      flow.questions.push(desk.url());
      await axeClean(desk, 'question for the advisor', js);
      await desk.fill('#answer', 'Ja, dat mag. Let op: spaargeld telt mee voor uw vermogen.');
      await press(desk, desk.locator('main form button[type=submit]').last());
      assert.match(await desk.locator('main').innerText(), /Beantwoord door Anna Advies/);
      await desk.fill('#faq-question', 'Mag ik van spaargeld een fiets kopen?');
      await press(desk, desk.locator('main form button[type=submit]').last());
      assert.ok(desk.url().includes('voorstel=verstuurd'), desk.url());
      await axeClean(desk, 'answered question', js);
      await desk.screenshot({ path: screenshotPath(`question-advisor-${mode}-1280.png`), fullPage: true });
    } finally {
      await staff.close();
    }

    // The person reads the answer with the code.
    await visit(page, url('/nl/vraag/antwoord'));
    await axeClean(page, 'read the answer', js);
    await page.fill('#code', code);
    await submit(page);
    const answer = await page.locator('main').innerText();
    assert.match(answer, /Ja, dat mag\./);
    assert.match(answer, /tweedehands fiets/);
    await axeClean(page, 'the answer', js);
    await page.screenshot({ path: screenshotPath(`question-answer-${mode}-390.png`), fullPage: true });
    assert.deepEqual(seen.problems, []);
  });
}

browserTest('the enforcement team, editors and administrators get 403 on every question address', as(true), async (context) => {
  assert.ok(flow.questions.length > 0, 'a question was asked before');
  const id = flow.questions[0].match(/\/vragen\/(\d+)/)[1];
  for (const who of [LEAD, MEMBER, EDITOR, ADMIN]) {
    const page = await context.newPage();
    await logIn(page, url, who);
    const csrf = await page.locator('input[name=csrf]').first().getAttribute('value');
    for (const path of ['/nl/team/vragen', `/nl/team/vragen/${id}`]) {
      const response = await visit(page, url(path));
      assert.equal(response.status(), 403, `${who.role}: GET ${path}`);
      assert.doesNotMatch(await page.locator('main').innerText(), /fiets/);
    }
    await axeClean(page, `403 for ${who.role}`, true);
    for (const path of [`/nl/team/vragen/${id}/antwoord`, `/nl/team/vragen/${id}/veelgestelde-vraag`]) {
      const response = await context.request.post(url(path), {
        form: { csrf, answer: 'x', 'faq-question': 'x', 'faq-answer': 'y' },
        headers: { 'X-Forwarded-For': '198.51.100.99' },
      });
      assert.equal(response.status(), 403, `${who.role}: POST ${path}`);
    }
    assert.equal(await page.locator(`a[href="/nl/team/vragen"]`).count(), 0, 'not in the navigation');
    await visit(page, url('/nl/team/account'));
    await press(page, page.locator('form.hl-staff-nav__logout button'));
    await page.close();
  }
});

browserTest("the editors' least-known duties show the counts of these runs, and the readers' comments", as(true), async (context) => {
  const page = await context.newPage();
  const seen = watch(page);
  await logIn(page, url, EDITOR);
  await visit(page, url('/nl/team/kennis'));
  const rows = await page
    .locator('main table').first().locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.innerText.trim())));
  assert.equal(rows.length, 12, JSON.stringify(rows));
  // Each of the two runs answered every question once: 2 answers per question.
  for (const row of rows) assert.equal(row[2], '2', JSON.stringify(row));
  const first = rows.find((r) => r[0] === '1');
  assert.equal(first[4], '69%', "Haarlem's baseline beside it");
  assert.match(first[3], /minder dan 10 \(2\)/, 'two answers: no share');
  await axeClean(page, 'least known duties', true);
  await page.screenshot({ path: screenshotPath('knowledge-1280.png'), fullPage: true });
  await visit(page, url('/nl/team/reacties'));
  const text = await page.locator('main').innerText();
  assert.match(text, new RegExp(`${COMMENT} \\(js\\)`));
  assert.match(text, new RegExp(`${COMMENT} \\(nojs\\)`));
  assert.match(text, /Mag ik van spaargeld een fiets kopen\?/);
  await axeClean(page, 'readers feedback', true);
  await page.screenshot({ path: screenshotPath('feedback-editors-1280.png'), fullPage: true });
  assert.deepEqual(seen.problems, []);
});
});
