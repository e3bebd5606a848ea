// Browser tests for the report form: the whole flow in Dutch and Arabic, with JavaScript on
// and off, axe-core on every page, an error with the answers kept, and the receipt code.
//
// Run from end2end/:
//   HELDER_BIN=../target/debug/helder HELDER_SITE_ROOT=../target/site node --test tests/

import assert from 'node:assert/strict';
import { browserSuite, screenshotPath } from '../harness.mjs';
import { axeClean, fileReport, press, submit, visit } from '../flows.mjs';

// Each test is another visitor behind a trusted proxy, so they do not share one rate limit.
const suite = browserSuite({ testTimeoutMs: 90_000, serverEnv: { HELDER_TRUSTED_PROXIES: '127.0.0.1' } });
let visitor = 10;
const { url, browserTest, watch } = suite;

for (const lang of ['nl', 'ar']) {
  for (const js of [true, false]) {
    visitor += 1;
    const headers = { 'X-Forwarded-For': `198.51.100.${visitor}` };
    browserTest(`report flow in ${lang}, JavaScript ${js ? 'on' : 'off'}`, { javaScriptEnabled: js, viewport: { width: 390, height: 844 }, extraHTTPHeaders: headers }, async (context) => {
      const page = await context.newPage();
      const problems = watch(page);
      await visit(page, url(`/${lang}/melden`));
      assert.equal(await page.locator('html').getAttribute('dir'), lang === 'ar' ? 'rtl' : 'ltr');
      await axeClean(page, 'start', js);
      await submit(page);
      assert.ok(page.url().endsWith(`/${lang}/melden/soort`), page.url());

      // Step 1: nothing chosen → error summary, 422, focusable link to the field.
      const refused = await press(page, page.locator('form button[type=submit]'));
      assert.equal(refused.status(), 422);
      assert.ok(await page.locator('.hl-error-summary a[href="#kind"]').isVisible());
      await axeClean(page, 'kinds with an error', js);
      await page.locator('input[name=kind][value=work]').check();
      await page.locator('input[name=kind][value=living_together]').check();
      await submit(page);

      // Step 2: person; a too-long name is refused and the address is kept.
      assert.ok(page.url().endsWith('/persoon'), page.url());
      await page.fill('#q_person_name', 'x'.repeat(201));
      await page.fill('#q_person_address', 'Dorpsstraat 1');
      // maxlength stops typing past 200 in a browser: remove it to test the server's check.
      await page.evaluate(() => document.querySelector('#q_person_name').removeAttribute('maxlength'));
      await page.fill('#q_person_name', 'x'.repeat(201));
      await submit(page);
      assert.equal(await page.inputValue('#q_person_address'), 'Dorpsstraat 1', 'answers survive an error');
      assert.ok(await page.locator('#q_person_name-error').isVisible());
      await axeClean(page, 'person with an error', js);
      await page.fill('#q_person_name', 'Jan Jansen');
      await submit(page);

      // Step 3: only the questions the chosen kinds need.
      assert.ok(page.url().endsWith('/situatie'), page.url());
      assert.equal(await page.locator('#q_assets_what').count(), 0, 'no asset questions for these kinds');
      await page.fill('#q_work_where', 'Bakkerij');
      await page.selectOption('#q_work_paid', 'cash');
      await axeClean(page, 'situation', js);
      await submit(page);

      await page.selectOption('#q_how_known', 'neighbour');
      await axeClean(page, 'how you know', js);
      await submit(page);

      assert.ok(page.url().endsWith('/contact'), page.url());
      assert.ok(await page.locator('#contact').isChecked(), 'anonymous is the default');
      await axeClean(page, 'contact', js);
      await submit(page);

      assert.ok(page.url().endsWith('/controleren'), page.url());
      const summary = await page.locator('.hl-summary').innerText();
      assert.ok(summary.includes('Jan Jansen') && summary.includes('Bakkerij'), summary);
      assert.ok((await page.locator('.hl-summary__action a').count()) >= 5, 'a change link per answer');
      await axeClean(page, 'check', js);
      await page.screenshot({ path: screenshotPath(`report-check-${lang}-${js ? 'js' : 'nojs'}-390.png`), fullPage: true });
      await submit(page);

      const code = (await page.locator('.hl-receipt').innerText()).trim();
      assert.match(code, /^\d{4} \d{4} \d{4} \d{4}$/);
      await axeClean(page, 'received', js);
      await page.screenshot({ path: screenshotPath(`report-received-${lang}-${js ? 'js' : 'nojs'}-390.png`), fullPage: true });
      assert.deepEqual(problems.problems.filter((p) => p.kind !== 'console-error' || !/\b4(22|29)\b/.test(p.detail)), []);
    });
  }
}

// A valid 1 × 1 PNG photo.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

// Evidence with a report (issue 18, part 4): from the check page to the files page, a file
// refused by its content, a photo added and listed, back to the check page, then sent. The
// plain multipart form is the same with JavaScript on and off.
for (const js of [true, false]) {
  visitor += 1;
  const headers = { 'X-Forwarded-For': `198.51.100.${visitor}` };
  browserTest(`evidence: a photo with a report, JavaScript ${js ? 'on' : 'off'}`, { javaScriptEnabled: js, viewport: { width: 390, height: 844 }, extraHTTPHeaders: headers }, async (context) => {
    const page = await context.newPage();
    const problems = watch(page);
    const shot = (name) => page.screenshot({ path: screenshotPath(`evidence-${name}-${js ? 'js' : 'nojs'}-390.png`), fullPage: true });
    await fileReport(page, url, {
      check: async (where) => {
        if (where !== 'check') return;
        const row = page.locator('.hl-summary__row', { hasText: "Foto's of bestanden" });
        assert.match(await row.innerText(), /Geen/);
        await press(page, row.locator('a[href="/nl/melden/bijlagen"]'));
        assert.ok(page.url().endsWith('/nl/melden/bijlagen'), page.url());
        assert.match(await page.locator('.hl-warning-text').innerText(), /persoonsgegevens/);
        await axeClean(page, 'files', js);

        // A text file named like a photo: refused by its content, with the error summary.
        const upload = page.locator('form[enctype="multipart/form-data"] button[type=submit]');
        await page.setInputFiles('#bestand', { name: 'foto.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('geen foto') });
        const refused = await press(page, upload);
        assert.equal(refused.status(), 422);
        assert.match(await page.title(), /^Fout: /);
        assert.ok(await page.locator('.hl-error-summary a[href="#bestand"]').isVisible());
        assert.ok(await page.locator('#bestand-error').isVisible());
        await axeClean(page, 'files with an error', js);
        await shot('error');

        // A photo: added, listed without its own name, with a button to remove it.
        await page.setInputFiles('#bestand', { name: 'mijn-buurman.png', mimeType: 'image/png', buffer: PNG });
        const added = await press(page, upload);
        assert.equal(added.status(), 200);
        assert.ok(page.url().endsWith('/nl/melden/bijlagen'), page.url());
        const list = await page.locator('dl.hl-summary').innerText();
        assert.match(list, /bijlage-1\.png \(foto, 1 kB\)/);
        assert.ok(!list.includes('buurman'), 'the sender\'s file name is not kept');
        assert.equal(await page.locator('dl.hl-summary button[type=submit]').count(), 1);
        await axeClean(page, 'files with a photo', js);
        await shot('added');

        // Back to the check page, which now lists it.
        await press(page, page.locator('a.hl-button[href="/nl/melden/controleren"]'));
        assert.match(await row.innerText(), /bijlage-1\.png/);
      },
    });
    assert.deepEqual(problems.problems.filter((p) => p.kind !== 'console-error' || !/\b422\b/.test(p.detail)), []);
  });
}

const KINDS = ['living_together', 'address', 'work', 'assets', 'other'];

// The whole flow with every kind of suspicion ticked, so every question of every kind is on
// its page, with and without JavaScript, in Dutch and Arabic (axe on every page). That each
// kind alone asks only its own questions is the domain's unit test
// `questions_follow_the_chosen_kinds`; the first flow above sees it in the browser.
for (const lang of ['nl', 'ar']) {
  for (const js of [true, false]) {
    visitor += 1;
    const headers = { 'X-Forwarded-For': `198.51.100.${visitor}` };
    browserTest(`report flow with every kind in ${lang}, JavaScript ${js ? 'on' : 'off'}`, { javaScriptEnabled: js, viewport: { width: 390, height: 844 }, extraHTTPHeaders: headers }, async (context) => {
      const page = await context.newPage();
      const problems = watch(page);
      const asked = new Set();
      await fileReport(page, url, {
        lang,
        kinds: KINDS,
        check: async (where) => {
          for (const name of await page.locator('form [name^="q_"]').evaluateAll((fs) => fs.map((f) => f.name))) asked.add(name);
          await axeClean(page, where, js);
        },
      });
      // A question of each kind was asked.
      for (const q of ['q_household_who', 'q_real_address', 'q_work_where', 'q_assets_what', 'q_other_what']) assert.ok(asked.has(q), `${q} among ${[...asked]}`);
      assert.deepEqual(problems.problems, []);
    });
  }
}

for (const lang of ['nl', 'ar']) {
  browserTest(`coming back with a code: page, wrong code refused, axe (${lang})`, { extraHTTPHeaders: { 'X-Forwarded-For': `198.51.100.${lang === 'nl' ? 90 : 91}` } }, async (context) => {
    const page = await context.newPage();
    await visit(page, url(`/${lang}/melden/terugkomen`));
    await axeClean(page, 'come back', true);
    await page.fill('#code', '0000 0000 0000 0000');
    const response = await press(page, page.locator('form button[type=submit]'));
    assert.equal(response.status(), 422);
    assert.ok(await page.locator('.hl-error-summary a[href="#code"]').isVisible());
    assert.equal(await page.inputValue('#code'), '0000 0000 0000 0000', 'the code as typed is kept');
    await axeClean(page, 'come back with a wrong code', true);
  });
}
