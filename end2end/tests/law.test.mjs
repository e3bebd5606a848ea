// Browser test of content that is right under the law, in every language (issue 15).
// - The results of the checks: a public page per municipality, in Dutch and Arabic (right to
//   left), with and without JavaScript: two tables, small counts as "fewer than 5", axe-core
//   finds nothing; screenshots.
// - The new pages (taaleis, klachten, tolk, contact, themes, four life events, other help) exist
//   in all eight languages in that language (no Dutch fallback), and show the check date.
// - An editor without JavaScript: the overview's "not checked by a native speaker" filter, a
//   native speaker's check recorded on a translation (its tag goes), the Dutch page's legal
//   basis and sources; axe-core on both pages with JavaScript.
//
// Run from end2end/:
//   HELDER_BIN=../target/debug/helder HELDER_SITE_ROOT=../target/site node --test tests/law.test.mjs

import assert from 'node:assert/strict';
import { before, describe } from 'node:test';
import { browserSuite, screenshotPath } from '../harness.mjs';
import { addStaffUser, axeClean, logIn, press, visit } from '../flows.mjs';

const LANGS = ['nl', 'en', 'ar', 'tr', 'pl', 'ti', 'fa', 'so'];
const NEW_PAGES = [
  'taaleis', 'klachten', 'tolk', 'contact', 'themas-dit-jaar',
  'zwanger-of-geboorte', 'overlijden-partner', 'eigen-bedrijf', 'aow-leeftijd', 'andere-hulp',
];
const EDITOR = { email: 'rosa@gemeente.nl', role: 'editor', name: 'Rosa Redactie', password: 'een lang wachtwoord voor rosa' };
const FEWER = { nl: 'minder dan 5', ar: 'أقل من 5' };

describe('content that is right under the law, in every language', () => {
  const suite = browserSuite({ testTimeoutMs: 90_000, serverEnv: { HELDER_POST_LIMIT_CLIENT: '200' } });
  const { url, browserTest, httpTest, open } = suite;

  before(async () => {
    await addStaffUser(suite.server, EDITOR);
  });

  for (const js of [true, false]) {
    const mode = js ? 'with JS' : 'no JS';
    browserTest(`results of the checks (${mode}): Dutch and Arabic, small counts hidden, axe`, { javaScriptEnabled: js }, async (context) => {
      for (const lang of ['nl', 'ar']) {
        const { page, watch } = await open(context, `/${lang}/rechten-en-plichten/resultaten-controles`);
        assert.equal(await page.locator('html').getAttribute('dir'), lang === 'ar' ? 'rtl' : 'ltr');
        assert.equal(await page.locator('main table').count(), 2, 'reports per year, outcomes per year');
        // A fresh install has no reports: every count is below five.
        const cells = await page.locator('main td').allInnerTexts();
        assert.ok(cells.filter((c) => c.trim() === FEWER[lang]).length >= 15, `${lang}: ${cells.join(' | ')}`);
        assert.ok(!cells.some((c) => /^\d+$/.test(c.trim())), 'no exact count below five');
        await axeClean(page, `results ${lang}`, js);
        await page.screenshot({ path: screenshotPath(`law-results-${lang}${js ? '' : '-nojs'}.png`), fullPage: true });
        assert.deepEqual(watch.problems, []);
      }
    });
  }

  httpTest('every new page is in all eight languages, in that language, with its check date', async () => {
    for (const slug of NEW_PAGES) {
      for (const lang of LANGS) {
        const res = await fetch(url(`/${lang}/rechten-en-plichten/${slug}`));
        assert.equal(res.status, 200, `${lang}/${slug}`);
        const html = await res.text();
        assert.match(html, new RegExp(`<article lang="${lang}"[^>]*class="hl-article"`), `${lang}/${slug} is not a Dutch fallback`);
        assert.ok(!/href="\/nl\/rechten-en-plichten\//.test(html.split('<article')[1].split('</article>')[0]) || lang === 'nl',
          `${lang}/${slug}: links inside lead to the reader's language`);
        // "Checked against the law on 07-12-2026", under "Updated on …".
        assert.equal(html.split('class="hl-checked"').length - 1, 1, `${lang}/${slug}: the check date`);
        assert.ok(/class="hl-checked">[^<]*\u206807-12-2026\u2069/.test(html), `${lang}/${slug}: checked on 7 December 2026`);
      }
    }
  });

  browserTest('an editor records a native speaker\'s check without JavaScript', { javaScriptEnabled: false }, async (context) => {
    const page = await context.newPage();
    await logIn(page, url, EDITOR);
    await visit(page, url('/nl/team/inhoud?moedertaal=nee'));
    const cell = page.locator('a[href="/nl/team/inhoud/klachten/so"]');
    assert.match(await cell.innerText(), /Niet nagekeken door moedertaalspreker/);
    assert.match(await page.locator('main').innerText(), /Niet nagekeken door een moedertaalspreker: \d+\./);

    await visit(page, url('/nl/team/inhoud/klachten/so'));
    await page.fill('#native-name', 'Hodan Warsame');
    const done = await press(page, page.getByRole('button', { name: 'Vastleggen: nagekeken door moedertaalspreker' }));
    assert.equal(done.status(), 200);
    assert.match(await page.locator('main').innerText(), /nagekeken door Hodan Warsame/);
    await page.screenshot({ path: screenshotPath('law-native-checked.png'), fullPage: true });

    await visit(page, url('/nl/team/inhoud'));
    assert.doesNotMatch(await page.locator('a[href="/nl/team/inhoud/klachten/so"]').innerText(), /Niet nagekeken/);
    assert.match(await page.locator('a[href="/nl/team/inhoud/klachten/ar"]').innerText(), /Niet nagekeken/);

    await visit(page, url('/nl/team/inhoud/klachten/nl'));
    const main = await page.locator('main').innerText();
    assert.match(main, /Algemene wet bestuursrecht/, 'the legal basis');
    assert.match(main, /Gecontroleerd op/);
    await page.screenshot({ path: screenshotPath('law-document-nl.png'), fullPage: true });
  });

  browserTest('the editor\'s overview filter and document page pass axe', {}, async (context) => {
    const page = await context.newPage();
    await logIn(page, url, EDITOR);
    for (const path of ['/nl/team/inhoud?moedertaal=nee', '/nl/team/inhoud/klachten/nl', '/nl/team/inhoud/klachten/ar']) {
      await visit(page, url(path));
      await axeClean(page, path, true);
    }
  });
});
