// Browser test for error pages: answers that used to be empty or axum's English text are
// translated pages that load their styles, break nothing and pass axe-core: 405 (a PUT
// navigation) in Dutch, 413 (a form too large) in Arabic, 414 in English.
//
// Run from end2end/:
//   HELDER_BIN=../target/debug/helder HELDER_SITE_ROOT=../target/site node --test tests/errors.test.mjs

import assert from 'node:assert/strict';
import { browserSuite, axeViolations, screenshotPath } from '../harness.mjs';

const suite = browserSuite({ testTimeoutMs: 60_000 });
const { url, browserTest, watch } = suite;

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Checks what every error page must have, then runs axe and takes a screenshot. */
async function checkErrorPage(page, watcher, { lang, status, response, shot }) {
  assert.equal(response.status(), status);
  assert.match(response.headers()['content-type'], /^text\/html/);
  assert.ok(response.headers()['content-security-policy'], 'security headers');
  assert.equal(await page.locator('html').getAttribute('lang'), lang);
  assert.equal(await page.locator('html').getAttribute('dir'), lang === 'ar' ? 'rtl' : 'ltr');
  const heading = (await page.locator('h1').innerText()).trim();
  assert.ok(heading.length > 0 && !heading.startsWith('error-'), `a translated heading: ${heading}`);
  assert.ok((await page.title()).startsWith(heading), 'the title names the problem');
  assert.ok(await page.locator(`main a[href="/${lang}/"]`).isVisible(), 'a way back home');
  assert.ok((await page.locator('main').innerText()).includes(String(status)), 'the error code');
  // The stylesheet loaded: the heading is styled, not the browser's default.
  const weight = await page.locator('h1').evaluate((h) => getComputedStyle(h).fontWeight);
  assert.equal(weight, '700');
  assert.deepEqual(watcher.problems, []);
  const violations = await axeViolations(page, { runOnly: AXE_TAGS });
  assert.deepEqual(violations.map((v) => v.id), []);
  await page.screenshot({ path: screenshotPath(shot), fullPage: true });
}

browserTest('a PUT gets the Dutch 405 page', {}, async (context) => {
  const page = await context.newPage();
  const watcher = watch(page);
  const target = url('/nl/privacy');
  // Browsers only navigate with GET and POST; a route changes the method of this one.
  await page.route(target, (route) => route.continue({ method: 'PUT' }));
  const response = await page.goto(target, { waitUntil: 'load' });
  assert.match(response.headers().allow ?? '', /GET/, 'the Allow header stays');
  await checkErrorPage(page, watcher, { lang: 'nl', status: 405, response, shot: 'error-405-nl-1280.png' });
});

browserTest('a form too large gets the Arabic 413 page', {}, async (context) => {
  const page = await context.newPage();
  await page.goto(url('/ar/melden/terugkomen'));
  const watcher = watch(page);
  const navigation = page.waitForNavigation({ waitUntil: 'load' });
  await page.evaluate(() => {
    const form = document.createElement('form');
    form.method = 'post';
    form.action = '/ar/melden/terugkomen';
    const field = document.createElement('input');
    field.name = 'code';
    field.value = 'x'.repeat(100 * 1024);
    form.append(field);
    document.body.append(form);
    form.submit();
  });
  const response = await navigation;
  await checkErrorPage(page, watcher, { lang: 'ar', status: 413, response, shot: 'error-413-ar-1280.png' });
});

browserTest('an address too long gets the English 414 page', { viewport: { width: 375, height: 700 } }, async (context) => {
  const page = await context.newPage();
  const watcher = watch(page);
  const response = await page.goto(url(`/en/zoeken?q=${'a'.repeat(9000)}`), { waitUntil: 'load' });
  await checkErrorPage(page, watcher, { lang: 'en', status: 414, response, shot: 'error-414-en-375.png' });
});
