// Browser tests for the public site: language negotiation, the page shell
// (skip link, footer, language switcher), the print button and page weight, pages without
// JavaScript, 404s, security headers and small-screen layout.
//
// Run from end2end/:
//   HELDER_BIN=../target/debug/helder HELDER_SITE_ROOT=../target/site node --test tests/

import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { browserSuite, pathOf, screenshotPath, axeViolations, settle } from '../harness.mjs';

const HYDRATION_TIMEOUT_MS = 15_000;

// One server and one browser for this file; fresh contexts per test. On a
// failure the open pages are screenshotted into test-results/ and the tail of
// the server log is appended to the error.
const suite = browserSuite({ navTimeoutMs: 15_000, actionTimeoutMs: 10_000, testTimeoutMs: 90_000 });
const { url, browserTest, httpTest, open, followLink } = suite;

async function htmlLang(page) {
  return page.locator('html').getAttribute('lang');
}

async function expectShell(page, lang) {
  assert.equal(await htmlLang(page), lang, 'html[lang]');
  assert.equal(await page.locator('html').getAttribute('dir'), 'ltr', 'html[dir]');
  const h1 = page.locator('h1').first();
  assert.ok(await h1.isVisible(), 'an h1 is visible');
  assert.notEqual((await h1.innerText()).trim(), '', 'the h1 has text');
}

/** The footer links to the accessibility statement and the privacy page, and both work. */
async function expectFooterLinks(page, lang) {
  const startPath = pathOf(page.url());
  for (const slug of ['toegankelijkheid', 'privacy']) {
    const target = `/${lang}/${slug}`;
    const hrefs = await page.locator('footer a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const index = hrefs.findIndex((h) => pathOf(new URL(h, page.url()).href) === target);
    assert.ok(index >= 0, `footer links to ${target} (footer hrefs: ${JSON.stringify(hrefs)})`);
    const res = await followLink(page, page.locator('footer a[href]').nth(index));
    assert.equal(res.status(), 200, `status of ${target}`);
    assert.equal(pathOf(page.url()), target, `landed on ${target}`);
    assert.equal(await htmlLang(page), lang, `html[lang] on ${target}`);
    const h1 = page.locator('h1').first();
    assert.ok(await h1.isVisible(), `an h1 is visible on ${target}`);
    assert.notEqual((await h1.innerText()).trim(), '', `the h1 on ${target} has text`);
    const back = await page.goto(url(startPath), { waitUntil: 'load' });
    assert.equal(back.status(), 200);
    await settle(page);
  }
}

/**
 * Exactly one element in the switcher is marked current, and it stands for
 * `lang`: a span/strong with lang=`lang`, or a link to the current page.
 */
async function expectCurrentLanguage(page, lang) {
  const switcher = page.locator('nav.hl-language-switcher');
  assert.equal(await switcher.count(), 1, 'one nav.hl-language-switcher');
  const current = switcher.locator('[aria-current="true"]');
  assert.equal(await current.count(), 1, 'exactly one element in the switcher has aria-current="true"');
  const info = await current.evaluate((el) => {
    const tagged = el.matches('[lang],[hreflang]') ? el : el.querySelector('[lang],[hreflang]');
    return {
      tag: el.tagName.toLowerCase(),
      href: el.getAttribute('href'),
      lang: tagged?.getAttribute('hreflang') ?? tagged?.getAttribute('lang') ?? null,
    };
  });
  assert.equal(info.lang, lang, `the current-language element is marked as ${lang} (lang or hreflang)`);
  if (info.tag === 'a' && info.href !== null) {
    assert.equal(
      pathOf(new URL(info.href, page.url()).href),
      pathOf(page.url()),
      'a current-language link points at the current page, not at another language',
    );
  }
}

/** nl → en → nl through the switcher, starting at /nl/toegankelijkheid. */
async function expectLanguageSwitcher(context) {
  const { page, watch } = await open(context, '/nl/toegankelijkheid');
  assert.equal(await htmlLang(page), 'nl');
  await expectCurrentLanguage(page, 'nl');

  const toEn = page.locator('nav.hl-language-switcher a[hreflang="en"]');
  assert.equal(await toEn.count(), 1, 'switcher has one a[hreflang="en"]');
  let res = await followLink(page, toEn);
  assert.equal(res.status(), 200);
  assert.equal(pathOf(page.url()), '/en/toegankelijkheid');
  assert.equal(await htmlLang(page), 'en');
  await expectCurrentLanguage(page, 'en');

  const toNl = page.locator('nav.hl-language-switcher a[hreflang="nl"]');
  assert.equal(await toNl.count(), 1, 'switcher has one a[hreflang="nl"]');
  res = await followLink(page, toNl);
  assert.equal(res.status(), 200);
  assert.equal(pathOf(page.url()), '/nl/toegankelijkheid');
  assert.equal(await htmlLang(page), 'nl');

  assert.deepEqual(watch.problems, []);
  await page.close();
}

// ---------------------------------------------------------------------------
// a. Language negotiation on /

for (const [acceptLanguage, expected] of [
  ['nl-NL,nl;q=0.9', '/nl/'],
  ['en-GB,en;q=0.8', '/en/'],
  ['de', '/nl/'],
]) {
  httpTest(`a. GET / with Accept-Language "${acceptLanguage}" redirects to ${expected}`, async () => {
    const res = await fetch(url('/'), { redirect: 'manual', headers: { 'Accept-Language': acceptLanguage } });
    await res.arrayBuffer();
    assert.ok([302, 303].includes(res.status), `status ${res.status} is 302 or 303`);
    const location = res.headers.get('location');
    assert.ok(location, 'has a Location header');
    assert.ok(location.endsWith(expected), `Location ${location} ends with ${expected}`);
  });
}

// ---------------------------------------------------------------------------
// b. Page shell with JavaScript enabled

for (const lang of ['nl', 'en']) {
  browserTest(`b. /${lang}/ shell: lang, h1, skip link, footer links (JS on)`, {}, async (context) => {
    const { page, watch } = await open(context, `/${lang}/`);
    await expectShell(page, lang);

    const skip = page.locator('a.hl-skip-link[href="#main"]');
    assert.equal(await skip.count(), 1, 'one skip link to #main');
    assert.equal(await page.locator('main#main').count(), 1, 'one main#main');

    // From a fresh load, the first Tab lands on the skip link, which then shows.
    await page.keyboard.press('Tab');
    assert.equal(
      await skip.evaluate((el) => el === document.activeElement),
      true,
      'the first Tab focuses the skip link',
    );
    assert.ok(await skip.isVisible(), 'the focused skip link is visible');
    const box = await skip.boundingBox();
    assert.ok(box && box.height > 1 && box.width > 1, `the focused skip link has a size (${JSON.stringify(box)})`);
    const viewport = page.viewportSize();
    assert.ok(
      box.x + box.width > 0 && box.y + box.height > 0 && box.x < viewport.width && box.y < viewport.height,
      `the focused skip link is inside the viewport (${JSON.stringify(box)})`,
    );

    await expectFooterLinks(page, lang);
    assert.deepEqual(watch.problems, []);
  });
}

// ---------------------------------------------------------------------------
// c. The print button: a few bytes of inline script, no wasm and no script file

browserTest('c. /nl/ with JavaScript: the print button appears and prints, without wasm or a script file', {}, async (context) => {
  const page = await context.newPage();
  const watch = suite.watch(page);
  const res = await page.goto(url('/nl/'), { waitUntil: 'load' });
  assert.equal(res.status(), 200);
  await settle(page);

  // In the server HTML the button waits, inert, inside a <template>.
  const serverHtml = await res.text();
  assert.match(serverHtml, /<template><button\b[^>]*hl-print-button/, 'the button is in a template');
  assert.doesNotMatch(serverHtml, /\.wasm|modulepreload|<script[^>]*\ssrc=/, 'no wasm, no preload, no script file');

  const button = page.locator('button.hl-print-button');
  await button.waitFor({ state: 'visible', timeout: 5_000 });
  assert.notEqual((await button.innerText()).trim(), '', 'the print button has a visible label');

  await page.evaluate(() => {
    window.__printed = 0;
    window.print = () => {
      window.__printed++;
    };
  });
  await button.click();
  await page.waitForFunction(() => window.__printed > 0, null, { timeout: 5_000 }).catch(() => {});
  assert.equal(await page.evaluate(() => window.__printed), 1, 'clicking the button calls window.print once');

  const scripts = watch.responses.filter((r) => /\.(wasm|js)$/.test(r.pathname));
  assert.deepEqual(scripts, [], 'the page requested no .wasm and no .js');
  assert.deepEqual(watch.problems, [], 'the inline script ran under the CSP');
});

// ---------------------------------------------------------------------------
// c2. Page weight: a first visit of a public page is HTML, CSS and an icon, at most 30 KB

const WEIGHT_LIMIT_BYTES = 30_000;
for (const path of ['/nl/', '/nl/rechten-en-plichten/kostendeler', '/nl/films', '/ar/rechten-en-plichten/samenwonen', '/nl/melden', '/nl/zoeken?q=werk']) {
  browserTest(`c2. a first visit of ${path} loads no .wasm and no .js and weighs at most 30 KB`, {}, async (context) => {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const loaded = new Map();
    cdp.on('Network.responseReceived', (e) => loaded.set(e.requestId, { url: e.response.url, bytes: 0 }));
    cdp.on('Network.loadingFinished', (e) => {
      const entry = loaded.get(e.requestId);
      if (entry) entry.bytes = e.encodedDataLength;
    });
    const res = await page.goto(url(path), { waitUntil: 'load' });
    assert.equal(res.status(), 200);
    await settle(page);
    const files = [...loaded.values()];
    const scripts = files.filter((f) => /\.(wasm|js)(\?|$)/.test(new URL(f.url).pathname));
    assert.deepEqual(scripts, [], 'no .wasm and no .js');
    const total = files.reduce((sum, f) => sum + f.bytes, 0);
    console.log(`# weight ${path}: ${total} bytes in ${files.length} responses (${files.map((f) => `${pathOf(f.url)} ${f.bytes}`).join(', ')})`);
    assert.ok(files.length >= 2, `at least the HTML and the stylesheet measured (${files.length})`);
    assert.ok(total <= WEIGHT_LIMIT_BYTES, `${total} bytes transferred (limit ${WEIGHT_LIMIT_BYTES})`);
  });
}

// ---------------------------------------------------------------------------
// d. Everything works without JavaScript

for (const lang of ['nl', 'en']) {
  browserTest(`d. /${lang}/ without JavaScript: shell, footer links, no island`, { javaScriptEnabled: false }, async (context) => {
    const { page, watch } = await open(context, `/${lang}/`);
    await expectShell(page, lang);
    assert.equal(await page.locator('button.hl-print-button').count(), 0, 'no print button without JavaScript');
    assert.equal(await page.locator('a.hl-skip-link[href="#main"]').count(), 1, 'skip link present');
    assert.equal(await page.locator('main#main').count(), 1, 'main#main present');
    await expectFooterLinks(page, lang);
    assert.deepEqual(watch.problems, []);
  });
}

browserTest('d. language switcher without JavaScript', { javaScriptEnabled: false }, async (context) => {
  await expectLanguageSwitcher(context);
});

// ---------------------------------------------------------------------------
// e. Language switcher with JavaScript

browserTest('e. language switcher with JavaScript', {}, async (context) => {
  await expectLanguageSwitcher(context);
});

// ---------------------------------------------------------------------------
// f. Not found

browserTest('f. unknown pages answer 404 in the right language', {}, async (context) => {
  const nl = await open(context, '/nl/bestaat-niet', 404);
  assert.equal(await htmlLang(nl.page), 'nl');
  const nlH1 = nl.page.locator('h1').first();
  assert.ok(await nlH1.isVisible(), 'the Dutch 404 page shows an h1');
  const nlText = (await nlH1.innerText()).trim();
  assert.notEqual(nlText, '', 'the Dutch 404 h1 has text');
  assert.deepEqual(nl.watch.problems, []);

  const en = await open(context, '/en/does-not-exist', 404);
  assert.equal(await htmlLang(en.page), 'en');
  const enH1 = en.page.locator('h1').first();
  assert.ok(await enH1.isVisible(), 'the English 404 page shows an h1');
  const enText = (await enH1.innerText()).trim();
  assert.notEqual(enText, '', 'the English 404 h1 has text');
  assert.notEqual(enText, nlText, 'the English 404 h1 differs from the Dutch one');
  assert.deepEqual(en.watch.problems, []);
});

httpTest('f. an unknown language prefix /xx/ answers 404 in Dutch', async () => {
  const res = await fetch(url('/xx/'), { redirect: 'manual', headers: { 'Accept-Language': 'nl' } });
  const body = await res.text();
  assert.equal(res.status, 404);
  const htmlTag = body.match(/<html\b[^>]*>/i)?.[0];
  assert.ok(htmlTag, 'the 404 answer is an HTML document');
  assert.match(htmlTag, /\blang=["']?nl["'\s>]/i, `html lang is nl (${htmlTag})`);
});

// ---------------------------------------------------------------------------
// g. Security headers

/** Parse a CSP header into Map(directive → tokens). */
function parseCsp(header) {
  const map = new Map();
  for (const part of header.split(';')) {
    const [name, ...tokens] = part.trim().split(/\s+/);
    if (name && !map.has(name.toLowerCase())) map.set(name.toLowerCase(), tokens);
  }
  return map;
}

httpTest('g. /nl/ sends the security headers', async () => {
  const res = await fetch(url('/nl/'), { redirect: 'manual' });
  await res.arrayBuffer();
  assert.equal(res.status, 200);

  const cspHeader = res.headers.get('content-security-policy');
  assert.ok(cspHeader, 'content-security-policy is present');
  assert.ok(cspHeader.includes("default-src 'self'"), `CSP contains default-src 'self' (${cspHeader})`);
  const csp = parseCsp(cspHeader);
  assert.ok(csp.get('frame-ancestors')?.includes("'none'"), `CSP has frame-ancestors 'none' (${cspHeader})`);
  // script-src falls back to default-src when absent: check the one in force.
  const scriptSrc = csp.get('script-src') ?? csp.get('default-src');
  assert.equal(scriptSrc.includes("'unsafe-inline'"), false, `script-src has no 'unsafe-inline' (${cspHeader})`);

  assert.equal(res.headers.get('x-content-type-options')?.toLowerCase(), 'nosniff');
  assert.equal(res.headers.get('referrer-policy')?.toLowerCase(), 'no-referrer');
  assert.ok(res.headers.get('permissions-policy')?.trim(), 'permissions-policy is present');
});

// ---------------------------------------------------------------------------
// h. Screenshots and small screens

const shots = [
  { name: 'home-nl-1280.png', path: '/nl/', width: 1280, height: 800, js: true },
  { name: 'home-nl-320.png', path: '/nl/', width: 320, height: 640, js: true },
  { name: 'home-en-320.png', path: '/en/', width: 320, height: 640, js: true },
  { name: 'home-nl-nojs-320.png', path: '/nl/', width: 320, height: 640, js: false },
];

for (const shot of shots) {
  browserTest(
    `h. screenshot ${shot.name} (${shot.width}px, JS ${shot.js ? 'on' : 'off'}) without horizontal scroll`,
    { viewport: { width: shot.width, height: shot.height }, javaScriptEnabled: shot.js },
    async (context) => {
      const { page, watch } = await open(context, shot.path);
      if (shot.js) {
        // Shoot what a visitor sees once the print button is in place.
        await page.locator('button.hl-print-button').waitFor({ state: 'visible', timeout: HYDRATION_TIMEOUT_MS });
      }
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scrollWidth <= shot.width, `no horizontal scroll at ${shot.width}px (scrollWidth ${scrollWidth})`);

      const file = screenshotPath(shot.name);
      await page.screenshot({ path: file, fullPage: true });
      assert.ok(statSync(file).size > 1000, `${shot.name} was written`);
      assert.deepEqual(watch.problems, []);
    },
  );
}

// ---------------------------------------------------------------------------
// i. Accessibility: axe-core finds nothing on the shell's pages (WCAG 2.x A and AA)

const axePages = [
  ['/nl/', 200],
  ['/en/', 200],
  ['/nl/toegankelijkheid', 200],
  ['/en/privacy', 200],
  ['/nl/bestaat-niet', 404],
];

for (const [path, status] of axePages) {
  browserTest(`i. axe-core reports no WCAG A/AA violations on ${path}`, {}, async (context) => {
    const { page } = await open(context, path, status);
    const violations = await axeViolations(page, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
    });
    const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    assert.deepEqual(summary, []);
    // axe really ran: it reports the rules it checked.
    const checked = await page.evaluate(() => globalThis.axe.getRules(['wcag2a', 'wcag2aa']).length);
    assert.ok(checked > 10, `axe-core has WCAG AA rules (${checked})`);
  });
}
