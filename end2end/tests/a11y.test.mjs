// Accessibility beyond a single axe run:
// 1. every public page (walked by its links, in all eight languages) passes html-validate, and
//    axe-core finds nothing on it at 320 and at 1280 px;
// 2. no run of Latin-script words sits unmarked in an Arabic, Farsi or Tigrinya page part;
// 3. the report form, the way back with the code and the staff log-in, walked by keyboard
//    only with an error on each step, JavaScript on and off, in Dutch and Arabic: the error
//    summary has the focus, the title says "Fout:", every error is tied to its field, and
//    following the summary's link lands on the field;
// 4. right to left: the back link points back, the film link's play symbol points right;
// 5. staff pages at 320 px: no page scrolls sideways, every scrolling table can be focused.
//
// Run from end2end/:
//   HELDER_BIN=../target/debug/helder HELDER_SITE_ROOT=../target/site node --test tests/a11y.test.mjs

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { axeViolations, browserSuite, newContext, screenshotPath } from '../harness.mjs';
import { AXE_TAGS, addStaffUser, logIn, visit } from '../flows.mjs';
import {
  LANGUAGES,
  PROPER_NAMES,
  crawl,
  expectErrorState,
  fluent,
  focused,
  htmlProblems,
  pressAndLoad,
  snippetNames,
  tabTo,
  unmarkedLatinRuns,
} from '../a11y.mjs';

// Each test is another visitor behind a trusted proxy, so they do not share one rate limit.
const suite = browserSuite({ testTimeoutMs: 600_000, serverEnv: { HELDER_TRUSTED_PROXIES: '127.0.0.1' } });
const { url, browserTest, httpTest, watch } = suite;

const PASSWORD = 'a long password 123';
const EDITOR = { email: 'eva@voorbeeld.nl', role: 'editor', name: 'Eva Editor', password: PASSWORD };
const LEAD = { email: 'lea@voorbeeld.nl', role: 'lead', name: 'Lea Leider', password: PASSWORD };

let accounts;
/** The staff accounts, made once, by the first test that needs them. */
const staff = () =>
  (accounts ??= (async () => {
    await addStaffUser(suite.server, EDITOR);
    await addStaffUser(suite.server, LEAD);
  })());

const errorPrefixes = (lang) => [fluent(lang, 'main.ftl', 'report-error-prefix')];

// ---------------------------------------------------------------------------
// 1 and 2: every public page

let walked;
/** The crawl, done once for the tests that need it. */
const pages = () => (walked ??= crawl(url('/')));

httpTest('1. every public page passes html-validate (recommended rules)', async () => {
  const all = await pages();
  const languages = new Set(all.map((p) => p.path.split('/')[1]));
  assert.equal(languages.size, LANGUAGES.length, `pages in every language (${[...languages]})`);
  assert.ok(all.length > 300, `the walk found the whole site (${all.length} pages)`);
  const failures = [];
  for (const { path, html } of all) {
    const problems = await htmlProblems(html);
    if (problems.length > 0) failures.push(`${decodeURI(path)}\n  ${problems.slice(0, 5).join('\n  ')}`);
  }
  assert.deepEqual(failures, [], `${failures.length} of ${all.length} pages`);
});

httpTest('1. no public page carries a Leptos marker, film downloads are named', async () => {
  const all = await pages();
  for (const { path, html } of all) {
    assert.ok(!html.includes('<!>'), `no <!> in ${path}`);
    assert.ok(!/download=""/.test(html), `no empty download attribute in ${path}`);
  }
  const film = all.find((p) => /\/films\/[^/]+$/.test(p.path));
  assert.ok(film, 'a film page was walked');
  assert.match(film.html, /download="[a-z0-9-]+\.(mp4|webm)"/, 'the download link names the file');
});

browserTest('1. axe-core finds nothing on any public page at 320 and 1280 px; 2. foreign words are marked', {}, async (context) => {
  const require = createRequire(import.meta.url);
  const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  const all = await pages();
  const names = [...PROPER_NAMES, ...snippetNames()];
  const violations = [];
  const unmarked = [];
  const watchers = [];
  let runs = 0;
  // Two workers side by side, each in a browser context of its own (its own renderer process,
  // so both cores work), take the next page from one list. Each page is loaded once, at
  // 320 px, and checked; then the same page is widened to 1280 px and checked again: the
  // stylesheet's media queries apply as on a page opened at that width, without a second load.
  const narrow = await newContext(suite.browser, { viewport: { width: 320, height: 640 } });
  let next = 0;
  const axeAt = async (page, path, width) => {
    const found = await page.evaluate((opts) => globalThis.axe.run(document, opts), { runOnly: AXE_TAGS, resultTypes: ['violations'] });
    runs += 1;
    for (const v of found.violations) {
      violations.push(`${decodeURI(path)} @${width}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }
  };
  const worker = async (ctx) => {
    await ctx.addInitScript({ content: axeSource });
    const page = await ctx.newPage();
    watchers.push(watch(page));
    while (next < all.length) {
      const { path, status } = all[next++];
      await page.setViewportSize({ width: 320, height: 640 });
      const res = await page.goto(url(path), { waitUntil: 'load' });
      assert.equal(res.status(), status, `status of ${path}`);
      await axeAt(page, path, 320);
      await page.setViewportSize({ width: 1280, height: 720 });
      assert.equal(await page.evaluate(() => window.innerWidth), 1280, `${path} widened`);
      await axeAt(page, path, 1280);
      if (/^\/(ar|fa|ti)\//.test(path)) {
        for (const run of await unmarkedLatinRuns(page, names)) unmarked.push(`${decodeURI(path)}: ${run}`);
      }
    }
  };
  try {
    await Promise.all([worker(context), worker(narrow)]);
  } finally {
    await narrow.close();
  }
  assert.equal(runs, all.length * 2, 'axe ran twice on every page');
  assert.deepEqual(violations, [], `axe on ${all.length} pages`);
  assert.deepEqual([...new Set(unmarked)], [], 'Latin-script words in a right-to-left or Ethiopic part, unmarked');
  for (const w of watchers) assert.deepEqual(w.problems, []);
});

browserTest('2. a Dutch film title in an Arabic sentence is marked Dutch; the Dutch-text link speaks Arabic', {}, async (context) => {
  const page = await context.newPage();
  await visit(page, url('/ar/rechten-en-plichten/samenwonen'));
  const links = await page.locator('.hl-film-link a').evaluateAll((as) =>
    as.map((a) => ({ lang: a.closest('[lang]').getAttribute('lang'), parts: [...a.querySelectorAll('[lang]')].map((s) => `${s.lang}/${s.dir}:${s.textContent}`) })),
  );
  assert.ok(links.length > 0, 'the page links to a film');
  for (const link of links) {
    assert.equal(link.lang, 'ar', 'the sentence is Arabic');
    for (const part of link.parts) assert.match(part, /^nl\/ltr:/, `a title in another language is marked (${part})`);
  }
});

// ---------------------------------------------------------------------------
// 3. By keyboard only, with an error on each step

for (const lang of ['nl', 'ar']) {
  for (const js of [true, false]) {
    const visitor = `198.51.100.${(lang === 'nl' ? 20 : 30) + (js ? 1 : 2)}`;
    browserTest(
      `3. the report form and the way back by keyboard, errors on each step (${lang}, JavaScript ${js ? 'on' : 'off'})`,
      { javaScriptEnabled: js, viewport: { width: 390, height: 844 }, extraHTTPHeaders: { 'X-Forwarded-For': visitor } },
      async (context) => {
        const page = await context.newPage();
        const problems = watch(page);
        const prefixes = errorPrefixes(lang);
        const valid = async (response, where) =>
          assert.deepEqual(await htmlProblems(await response.text()), [], `html-validate on ${where}`);

        await visit(page, url(`/${lang}/melden`));
        await tabTo(page, 'main form button[type=submit]');
        await pressAndLoad(page);
        assert.ok(page.url().endsWith('/melden/soort'), page.url());

        // Kinds: nothing chosen.
        await tabTo(page, 'main form button[type=submit]');
        let res = await pressAndLoad(page);
        assert.equal(res.status(), 422);
        await valid(res, 'kinds with an error');
        await expectErrorState(page, lang, { prefixes });
        await page.keyboard.press('Tab');
        assert.equal(await focused(page), 'a[href="#kind"]', 'Tab from the summary reaches its link');
        await page.keyboard.press('Enter');
        assert.equal(await focused(page), '#kind', 'the link lands on the first box');
        await page.keyboard.press('Space');
        assert.ok(await page.locator('#kind').isChecked(), 'Space ticks it');
        await tabTo(page, 'main form button[type=submit]');
        await pressAndLoad(page);
        assert.ok(page.url().endsWith('/persoon'), page.url());

        // A question step: too long an answer (only a script can get past maxlength).
        if (js) {
          await page.evaluate(() => {
            const input = document.querySelector('main form input[type=text]:not([name=website])');
            input.removeAttribute('maxlength');
            input.value = 'x'.repeat(5000);
          });
          res = await (async () => {
            await tabTo(page, 'main form button[type=submit]');
            return pressAndLoad(page);
          })();
          assert.equal(res.status(), 422);
          await valid(res, 'a question with an error');
          await expectErrorState(page, lang, { prefixes });
          await page.keyboard.press('Tab');
          const target = await page.locator('.hl-error-summary a').first().getAttribute('href');
          await page.keyboard.press('Enter');
          assert.equal(await focused(page), target, 'the link lands on the field');
          await page.keyboard.press('ControlOrMeta+A');
          await page.keyboard.type('Jan');
        }
        for (const step of ['persoon', 'situatie', 'hoe-weet-u-het']) {
          assert.ok(new URL(page.url()).pathname.endsWith(`/${step}`), `${step}: ${page.url()}`);
          await tabTo(page, 'main form button[type=submit]');
          await pressAndLoad(page);
        }

        // Contact: yes, with an e-mail address that is not one.
        assert.ok(page.url().endsWith('/contact'), page.url());
        await tabTo(page, '#contact');
        await page.keyboard.press('ArrowDown');
        assert.ok(await page.locator('#contact-yes').isChecked(), 'the arrow key chooses "yes"');
        await tabTo(page, '#email');
        await page.keyboard.type('geen-adres');
        await tabTo(page, 'main form button[type=submit]');
        res = await pressAndLoad(page);
        assert.equal(res.status(), 422);
        await valid(res, 'contact with an error');
        await expectErrorState(page, lang, { prefixes });
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        assert.equal(await focused(page), '#email', 'the link lands on the e-mail field');
        assert.equal(await page.inputValue('#email'), 'geen-adres', 'the answer is kept');
        await page.keyboard.press('ControlOrMeta+A');
        await page.keyboard.type('naam@voorbeeld.nl');
        await tabTo(page, 'main form button[type=submit]');
        await pressAndLoad(page);
        assert.ok(page.url().endsWith('/controleren'), page.url());
        await tabTo(page, 'main form button[type=submit]');
        await pressAndLoad(page);
        const code = (await page.locator('.hl-receipt').innerText()).trim();
        assert.match(code, /^\d{4} \d{4} \d{4} \d{4}$/);

        // The way back: a wrong code, then the right one.
        await visit(page, url(`/${lang}/melden/terugkomen`));
        const normalTitle = await page.title();
        await tabTo(page, '#code');
        await page.keyboard.type('1234');
        res = await pressAndLoad(page);
        assert.equal(res.status(), 422);
        await valid(res, 'the way back with a wrong code');
        await expectErrorState(page, lang, { prefixes });
        assert.notEqual(await page.title(), normalTitle, 'the title changed');
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        assert.equal(await focused(page), '#code', 'the link lands on the code');
        await page.keyboard.press('ControlOrMeta+A');
        await page.keyboard.type(code);
        res = await pressAndLoad(page);
        assert.equal(res.status(), 200);
        assert.equal(await page.locator('.hl-error-summary').count(), 0, 'the right code is accepted');
        assert.deepEqual(problems.problems, []);
      },
    );
  }
}

for (const lang of ['nl', 'en']) {
  for (const js of [true, false]) {
    browserTest(`3. the staff log-in by keyboard with a wrong password (${lang}, JavaScript ${js ? 'on' : 'off'})`, { javaScriptEnabled: js }, async (context) => {
      await staff();
      const page = await context.newPage();
      await visit(page, url(`/${lang}/team/inloggen`));
      await tabTo(page, '#email');
      await page.keyboard.type(EDITOR.email);
      await tabTo(page, '#password');
      await page.keyboard.type('not the password');
      const res = await pressAndLoad(page);
      assert.ok(res.status() >= 400 && res.status() < 500, `refused with a 4xx (${res.status()})`);
      assert.deepEqual(await htmlProblems(await res.text()), [], 'html-validate on the refused log-in');
      await expectErrorState(page, lang, { prefixes: [fluent(lang, 'staff.ftl', 'team-error-prefix')] });
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      assert.equal(await focused(page), '#email', 'the link lands on the e-mail field');
      assert.equal(await page.inputValue('#email'), EDITOR.email, 'the address is kept');
    });
  }
}

// ---------------------------------------------------------------------------
// 4. Right to left

browserTest('4. right to left: the back link points back, the play symbol points right (ar)', { viewport: { width: 390, height: 844 }, extraHTTPHeaders: { 'X-Forwarded-For': '198.51.100.40' } }, async (context) => {
  const page = await context.newPage();
  const chevron = async () =>
    page.locator('.hl-back a').evaluate((a) => {
      const before = getComputedStyle(a, '::before');
      const box = a.getBoundingClientRect();
      return { transform: before.transform, content: before.content, left: box.left, width: box.width };
    });
  // Dutch (left to right): rotated -45°, an empty drawn chevron.
  await visit(page, url('/nl/melden'));
  await tabTo(page, 'main form button[type=submit]');
  await pressAndLoad(page);
  const ltr = await chevron();
  assert.equal(ltr.content, '""', 'drawn, not a character');
  await visit(page, url('/ar/melden'));
  await tabTo(page, 'main form button[type=submit]');
  await pressAndLoad(page);
  const rtl = await chevron();
  assert.equal(rtl.content, '""', 'drawn, not a character');
  // matrix(cos, sin, …): -45° has sin < 0 and cos > 0 (points left); 135° has cos < 0 (points right).
  const [ltrCos] = ltr.transform.match(/-?[\d.]+/g).map(Number);
  const [rtlCos] = rtl.transform.match(/-?[\d.]+/g).map(Number);
  assert.ok(ltrCos > 0, `Dutch back chevron points left (${ltr.transform})`);
  assert.ok(rtlCos < 0, `Arabic back chevron points right, towards the start (${rtl.transform})`);
  await page.screenshot({ path: screenshotPath('rtl-back-link-ar-390.png') });

  await visit(page, url('/ar/rechten-en-plichten/samenwonen'));
  const play = await page.locator('.hl-film-link a').first().evaluate((a) => getComputedStyle(a, '::before').content);
  assert.ok(play.includes('▶'), `the play symbol points right (${play})`);
  await page.locator('.hl-film-link').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath('rtl-film-link-ar-390.png') });
});

// ---------------------------------------------------------------------------
// 5. Staff pages at 320 px

for (const [who, account, paths] of [
  ['an editor', EDITOR, ['/nl/team/vaste-teksten', '/nl/team/inhoud']],
  ['a lead', LEAD, ['/nl/team/logboek', '/nl/team']],
]) {
  browserTest(`5. staff pages of ${who} at 320 px: no sideways page scroll, scrolling tables take focus`, { viewport: { width: 320, height: 640 } }, async (context) => {
    await staff();
    const page = await context.newPage();
    await logIn(page, url, account);
    for (const path of paths) {
      await visit(page, url(path));
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 320, `${path}: the page does not scroll sideways (scrollWidth ${width})`);
      const unreachable = await page.evaluate(() =>
        [...document.querySelectorAll('main *')]
          .filter((el) => el.scrollWidth > el.clientWidth + 1 && ['auto', 'scroll'].includes(getComputedStyle(el).overflowX))
          .filter((el) => el.tabIndex < 0 && !el.querySelector('a, button, input, select, textarea'))
          .map((el) => el.getAttribute('aria-label') ?? el.className),
      );
      assert.deepEqual(unreachable, [], `${path}: every box that scrolls sideways can take focus`);
      const violations = await axeViolations(page, { runOnly: AXE_TAGS });
      assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), [], `axe at 320 px on ${path}`);
      await page.screenshot({ path: screenshotPath(`staff-320${path.replaceAll('/', '-')}.png`), fullPage: true });
    }
    if (account === EDITOR) {
      // A page with an island loads the hydration scripts: valid markup, and the preload
      // links carry a CORS mode, not the request's nonce.
      const res = await context.request.get(url('/nl/team/inhoud/vermogen-buitenland/nl/bewerken'));
      assert.equal(res.status(), 200);
      const html = await res.text();
      assert.ok(html.includes('<leptos-island'), 'the editor has an island');
      assert.ok(!html.includes('<!>'), 'no <!> markers');
      const preloads = [...html.matchAll(/<link rel="(?:modulepreload|preload)"[^>]*>/g)].map((m) => m[0]);
      assert.equal(preloads.length, 2, `two preload links (${preloads})`);
      for (const link of preloads) {
        const mode = link.match(/crossorigin="([^"]*)"/)?.[1];
        assert.ok(mode === undefined || mode === '' || mode === 'anonymous', `a CORS mode, not a nonce: ${link}`);
      }
    }
  });
}
