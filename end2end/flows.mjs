// Steps the browser tests share: accessibility checks, the public report form, and the staff
// side (accounts through the CLI, logging in). Not a test file itself (no `.test.` in the name).

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { axeViolations, settle } from './harness.mjs';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** No WCAG A/AA violations on the page (skipped without JavaScript: axe runs in the page). */
export async function axeClean(page, where, js = true) {
  if (!js) return;
  const violations = await axeViolations(page, { runOnly: AXE_TAGS });
  assert.deepEqual(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary}`).join(', ')}`),
    [],
    `axe on ${where}`,
  );
}

/**
 * Clicks the last submit button of the page's forms and waits for the next document (and,
 * with JavaScript on, for it to hydrate).
 */
export async function submit(page) {
  const [response] = await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    page.locator('form button[type=submit]').last().click(),
  ]);
  await settle(page);
  return response;
}

/** Clicks `button` (a form's submit button) and waits for the next document, as `submit`. */
export async function press(page, button) {
  const [response] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), button.click()]);
  await settle(page);
  return response;
}

/** `page.goto`, then (with JavaScript on) waits for the page to hydrate. */
export async function visit(page, href) {
  const response = await page.goto(href);
  await settle(page);
  return response;
}

/** Fills every question on a page of the report flow with something plausible. */
export async function answerAll(page) {
  for (const input of await page.locator('form input[type=text]:not([name=website]), form textarea').all()) {
    await input.fill('Gezien in maart');
  }
  for (const select of await page.locator('form select').all()) {
    const values = await select.locator('option').evaluateAll((os) => os.map((o) => o.value).filter(Boolean));
    await select.selectOption(values[0]);
  }
}

/**
 * Files a report through the public form, anonymously, and returns the receipt code as shown
 * ("1234 5678 9012 3456").
 *
 * - `kinds`: the kinds of suspicion to tick.
 * - `fill`: `{ selector: value }` filled after the defaults, on whichever step has the field.
 * - `check(where)`: called on every page of the flow (e.g. an axe check).
 */
export async function fileReport(page, url, { lang = 'nl', kinds = ['work'], fill = {}, check = async () => {} } = {}) {
  await visit(page, url(`/${lang}/melden`));
  await check('start');
  await submit(page);
  for (const kind of kinds) await page.locator(`input[name=kind][value=${kind}]`).check();
  await check('kinds');
  await submit(page);
  for (const step of ['persoon', 'situatie', 'hoe-weet-u-het']) {
    assert.ok(page.url().endsWith(`/${step}`), `${step}: ${page.url()}`);
    await answerAll(page);
    for (const [selector, value] of Object.entries(fill)) {
      if ((await page.locator(selector).count()) > 0) await page.fill(selector, value);
    }
    await check(step);
    await submit(page);
  }
  assert.ok(page.url().endsWith('/contact'), page.url());
  await check('contact');
  await submit(page);
  assert.ok(page.url().endsWith('/controleren'), page.url());
  assert.ok((await page.locator('.hl-summary').innerText()).includes('Gezien in maart'), 'the answers are summed up');
  await check('check');
  await submit(page);
  const code = (await page.locator('.hl-receipt').innerText()).trim();
  assert.match(code, /^\d{4} \d{4} \d{4} \d{4}$/);
  await check('received');
  return code;
}

/**
 * Creates a staff account with the server's own CLI (`helder user add`), the password piped
 * on standard input, against the running server's database.
 */
export function addStaffUser(server, { email, role, name, password }) {
  return new Promise((resolveRun, reject) => {
    const args = ['user', 'add', '--email', email, '--role', role, '--name', name];
    const child = spawn(resolve(process.env.HELDER_BIN), args, { env: server.env, stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolveRun(output) : reject(new Error(`helder user add ${email} exited with ${code}:\n${output}`)),
    );
    child.stdin.end(password);
  });
}

/**
 * Logs in at `/{lang}/team/inloggen` on `page` and leaves it on the person's start page.
 * `check(page)` runs on the log-in page first.
 */
export async function logIn(page, url, { email, password }, { lang = 'nl', check = async () => {} } = {}) {
  const res = await visit(page, url(`/${lang}/team/inloggen`));
  assert.equal(res.status(), 200, 'log-in page');
  assert.equal(await page.locator('input[type=hidden][name=csrf]').count(), 1, 'the log-in form carries a CSRF token');
  await check(page);
  await page.fill('#email', email);
  await page.fill('#password', password);
  const landed = await press(page, page.locator('main form button[type=submit]'));
  assert.equal(landed.status(), 200, `after log-in: ${page.url()}`);
  assert.ok(!page.url().includes('/inloggen'), `logged in as ${email}: ${page.url()}`);
  const cookies = (await page.context().cookies()).map((c) => c.name);
  assert.ok(cookies.includes('helder_team'), `session cookie set: ${cookies}`);
  return page;
}
