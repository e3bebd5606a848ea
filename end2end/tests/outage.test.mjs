// Browser test: the database goes away in the middle of a report and comes back. Helder runs
// on a PostgreSQL cluster of this test's own (tests/pg-cluster; the shared server is never
// stopped). The reporter is told the truth within seconds, nothing typed is lost, and the
// report is sent once the database is back; with JavaScript on and off.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after } from 'node:test';
import { browserSuite, screenshotPath, watchPage } from '../harness.mjs';
import { axeClean, press, submit, visit } from '../flows.mjs';

const script = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'tests', 'pg-cluster');
const clusterDir = mkdtempSync(join(tmpdir(), 'helder-e2e-pg-'));
const port = await new Promise((resolvePort) => {
  const srv = createServer();
  srv.listen(0, '127.0.0.1', () => {
    const { port: p } = srv.address();
    srv.close(() => resolvePort(p));
  });
});
const cluster = (...args) => execFileSync(script, args, { stdio: ['ignore', 'ignore', 'inherit'] });
cluster('init', clusterDir);
cluster('start', clusterDir, String(port));
after(() => {
  try {
    cluster('stop', clusterDir);
  } catch {
    // already stopped
  }
  rmSync(clusterDir, { recursive: true, force: true });
});

const suite = browserSuite({
  testTimeoutMs: 120_000,
  serverEnv: { DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/postgres` },
});
const { url, browserTest } = suite;

for (const js of [true, false]) {
  browserTest(`a database outage mid-report keeps the answers (JavaScript ${js ? 'on' : 'off'})`, { javaScriptEnabled: js }, async (context) => {
    const page = await context.newPage();
    const problems = watchPage(page, url('/'), { scriptsDisabled: !js });
    await visit(page, url('/nl/melden'));
    await submit(page);
    await page.locator('input[name=kind][value=work]').check();
    await submit(page);
    assert.ok(page.url().endsWith('/nl/melden/persoon'), page.url());
    const name = js ? 'Storing Met Script' : 'Storing Zonder Script';
    await page.fill('#q_person_name', name);

    cluster('stop', clusterDir);
    const asked = Date.now();
    const refused = await submit(page);
    const waited = Date.now() - asked;
    assert.equal(refused.status(), 503);
    assert.equal(refused.headers()['retry-after'], '60');
    assert.ok(waited < 6_000, `told within seconds: ${waited} ms`);
    const text = await page.locator('main').innerText();
    assert.match(text, /Uw antwoorden zijn niet verloren/);
    assert.match(text, /Probeer het over een minuut opnieuw/);
    assert.doesNotMatch(text, /Begin opnieuw|niet meer bewaard/, 'no false "start again"');
    await axeClean(page, 'the outage page', js);
    await page.screenshot({ path: screenshotPath(`outage-${js ? 'js' : 'nojs'}-1280.png`), fullPage: true });

    // Opening a step meanwhile (another tab, the same draft) says the same and loses nothing.
    // Not in this tab: going back to the answer of a POST would mean posting it again.
    const tab = await context.newPage();
    const again = await visit(tab, url('/nl/melden/situatie'));
    assert.equal(again.status(), 503);
    assert.match(await tab.locator('main').innerText(), /Uw antwoorden zijn niet verloren/);
    await tab.close();

    cluster('start', clusterDir, String(port));
    // "Try again" sends what was typed; the draft from before the outage is intact.
    let retried;
    for (let i = 0; i < 20; i += 1) {
      retried = await press(page, page.getByRole('button', { name: 'Opnieuw proberen' }));
      if (retried.status() === 200) break;
      await page.waitForTimeout(500);
    }
    assert.ok(page.url().endsWith('/nl/melden/situatie'), page.url());
    for (const step of ['situatie', 'hoe-weet-u-het']) {
      assert.ok(page.url().endsWith(`/${step}`), page.url());
      await submit(page);
    }
    await page.locator('input[name=contact][value=no]').check();
    await submit(page);
    assert.ok(page.url().endsWith('/controleren'), page.url());
    assert.ok((await page.locator('.hl-summary').innerText()).includes(name), 'the answer typed during the outage');
    await submit(page);
    assert.match((await page.locator('.hl-receipt').innerText()).trim(), /^\d{4} \d{4} \d{4} \d{4}$/);
    assert.deepEqual(problems.problems.filter((p) => !/\b503\b/.test(p.detail ?? '')), []);
  });
}
