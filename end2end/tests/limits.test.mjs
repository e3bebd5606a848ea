// Browser test for the rate limit on public POSTs: once a client has posted too often, it
// gets a friendly, translated "please wait" page (status 429) that passes axe-core.
// Its own server, so the exhausted limit does not affect other test files.
//
// Run from end2end/:
//   HELDER_BIN=../target/debug/helder HELDER_SITE_ROOT=../target/site node --test tests/

import assert from 'node:assert/strict';
import { browserSuite, axeViolations, screenshotPath, settle } from '../harness.mjs';

// Refusals are answered at once here (the pause before a 429 has its own test in
// tests/api/abuse.rs): with the pause, the twelve posts took seconds, the client's budget
// earned a post back meanwhile, and the form's POST could be let through.
const suite = browserSuite({ testTimeoutMs: 60_000, serverEnv: { HELDER_REFUSAL_DELAY_MS: '0' } });
const { url, browserTest } = suite;

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Submits a real form (a POST navigation), as a browser without our scripts would. */
async function postForm(page, action) {
  const navigation = page.waitForNavigation({ waitUntil: 'load' });
  await page.evaluate((target) => {
    const form = document.createElement('form');
    form.method = 'post';
    form.action = target;
    const field = document.createElement('input');
    field.name = 'a';
    field.value = 'b';
    form.append(field);
    document.body.append(form);
    form.submit();
  }, action);
  return navigation;
}

for (const lang of ['nl', 'ar']) {
  browserTest(`posting too often gives a translated 429 page (${lang})`, {}, async (context) => {
    const page = await context.newPage();
    await page.goto(url(`/${lang}/`));
    await settle(page);
    // Use up this client's burst with plain requests from the same address.
    const statuses = [];
    for (let i = 0; i < 12; i += 1) {
      const res = await page.request.post(url(`/${lang}/`), { form: { a: 'b' }, failOnStatusCode: false });
      statuses.push(res.status());
    }
    assert.ok(statuses.includes(429), `the limit was reached: ${statuses.join(',')}`);

    const res = await postForm(page, url(`/${lang}/`));
    await settle(page);
    assert.equal(res.status(), 429);
    assert.equal(res.headers()['retry-after'], '60');
    assert.equal(await page.locator('html').getAttribute('lang'), lang);
    assert.equal(await page.locator('html').getAttribute('dir'), lang === 'ar' ? 'rtl' : 'ltr');
    const heading = (await page.locator('h1').innerText()).trim();
    assert.ok(heading.length > 0, 'the page explains itself');
    assert.ok(await page.locator(`a[href="/${lang}/"]`).first().isVisible(), 'a way back home');

    const violations = await axeViolations(page, { runOnly: AXE_TAGS });
    assert.deepEqual(violations.map((v) => v.id), []);
    await page.screenshot({ path: screenshotPath(`too-many-${lang}-1280.png`), fullPage: true });
  });
}
