// Browser test: while too many reports are being started at once, a new reporter is slowed,
// not refused (the budget of new starts is one a minute here). With JavaScript the waiting page proves a little work by itself and goes on;
// without, the person waits the seconds the page names and presses the button. The budget
// of new starts is one a minute here, so the second start is already "busy".

import assert from 'node:assert/strict';
import { describe } from 'node:test';
import { browserSuite, screenshotPath, watchPage } from '../harness.mjs';
import { axeClean, press, submit, visit } from '../flows.mjs';

/**
 * A server of its own per test: the budget of new starts is one a minute, and so is the
 * budget of tickets let in, so two tests on one server in the same minute would take each
 * other's turn.
 */
function busyServer(name, fn) {
  describe(name, () => {
    const suite = browserSuite({
      testTimeoutMs: 60_000,
      serverEnv: { HELDER_POST_LIMIT_GLOBAL: '1', HELDER_POST_LIMIT_CLIENT: '200', HELDER_START_WAIT_SECONDS: '2' },
    });
    fn(suite);
  });
}

/** Uses up the budget of new starts (one a minute) with a plain POST. */
async function useUpStarts(context, url) {
  for (let i = 0; i < 2; i += 1) {
    await context.request.post(url('/nl/melden/start'), { form: { a: '' }, maxRedirects: 0, failOnStatusCode: false });
  }
}

busyServer('with JavaScript', ({ url, browserTest }) => {
  browserTest('a busy start goes on by itself with JavaScript (nl)', {}, async (context) => {
    await useUpStarts(context, url);
    const page = await context.newPage();
    const problems = watchPage(page, url('/'));
    await visit(page, url('/nl/melden'));
    const started = Date.now();
    // The waiting page's script finds the proof and sends the form: one more navigation.
    const waiting = page.waitForURL('**/nl/melden/soort', { timeout: 20_000 });
    await page.getByRole('button', { name: 'Start de melding' }).click();
    await waiting;
    const took = Date.now() - started;
    assert.ok(took < 15_000, `in within seconds: ${took} ms`);
    assert.equal(await page.locator('input[name=kind]').count() > 0, true, 'the first question');
    assert.deepEqual(problems.problems.filter((p) => !/\b429\b/.test(p.detail ?? '')), []);
  });
});

for (const lang of ['nl', 'ar']) {
  busyServer(`without JavaScript (${lang})`, ({ url, browserTest }) => {
    browserTest(`a busy start waits a moment without JavaScript (${lang})`, { javaScriptEnabled: false }, async (context) => {
      await useUpStarts(context, url);
      const page = await context.newPage();
      await visit(page, url(`/${lang}/melden`));
      const busy = await submit(page);
      assert.equal(busy.status(), 429);
      assert.ok(busy.headers()['retry-after']);
      assert.equal(await page.locator('html').getAttribute('lang'), lang);
      assert.match(await page.locator('#hl-start-status').innerText(), /2/);
      await page.screenshot({ path: screenshotPath(`busy-start-${lang}-nojs-390.png`), fullPage: true });
      // Too early: the same page again.
      const early = await submit(page);
      assert.equal(early.status(), 429);
      // The person waits the seconds the page names (the product's own wait, not a guess).
      await page.waitForTimeout(2_100);
      const inside = await submit(page);
      assert.equal(inside.status(), 200);
      assert.ok(page.url().endsWith(`/${lang}/melden/soort`), page.url());
    });
  });
}

busyServer('the waiting page', ({ url, browserTest }) => {
  browserTest('the waiting page passes axe (nl)', {}, async (context) => {
    await useUpStarts(context, url);
    const page = await context.newPage();
    // Keep the script searching (32 bits: for hours), to look at the page itself.
    await page.route('**/nl/melden/start', async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace('data-bits="17"', 'data-bits="32"');
      await route.fulfill({ response, body });
    });
    await visit(page, url('/nl/melden'));
    const busy = await press(page, page.getByRole('button', { name: 'Start de melding' }));
    assert.equal(busy.status(), 429);
    assert.match(await page.locator('h1').innerText(), /Even geduld/);
    await axeClean(page, 'the waiting page');
    await page.screenshot({ path: screenshotPath('busy-start-nl-1280.png'), fullPage: true });
  });
});
