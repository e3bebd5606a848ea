// Lead's screenshot helper (not committed): start a server, make accounts, take screenshots.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { chromium } from 'playwright-core';
const bin = '/work/main/target/debug/helder';
const data = mkdtempSync('/tmp/lead-shots/data-');
const env = { ...process.env, HELDER_DATA_DIR: data, HELDER_ADDR: '127.0.0.1:3999', HELDER_SITE_ROOT: '/work/main/target/site' };
for (const [email, role] of [['eva@x.nl', 'editor'], ['piet@x.nl', 'publisher']]) {
  execFileSync(bin, ['user', 'add', '--email', email, '--role', role, '--name', email.split('@')[0]], { env, input: 'een lang wachtwoord 123\n' });
}
const server = spawn(bin, ['serve'], { env, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 1500));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
const base = 'http://127.0.0.1:3999';
async function login(email) {
  await page.context().clearCookies();
  await page.goto(base + '/nl/team/inloggen');
  await page.fill('#email', email); await page.fill('#password', 'een lang wachtwoord 123');
  await Promise.all([page.waitForNavigation(), page.locator('main form button[type=submit]').click()]);
}
async function shot(path, name, width = 1280) {
  await page.setViewportSize({ width, height: 800 });
  const res = await page.goto(base + path);
  await page.screenshot({ path: `/tmp/lead-shots/${name}.png`, fullPage: true });
  console.log(name, res.status());
}
const steps = process.argv.slice(2);
await login('eva@x.nl');
await shot('/nl/team/inhoud', 'overview');
await page.goto(base + '/nl/team/inhoud/kostendeler/nl/bewerken');
await page.fill('#body', (await page.inputValue('#body')) + '\n\nIndien u inlichtingen verstrekt teneinde uw uitkering te behouden, klik hier: [klik hier](topic:samenwonen).');
await Promise.all([page.waitForNavigation(), page.locator('button[value=voorbeeld]').click()]);
await page.screenshot({ path: '/tmp/lead-shots/edit-preview.png', fullPage: true });
await Promise.all([page.waitForNavigation(), page.locator('button[value=opslaan]').click()]);
await page.screenshot({ path: '/tmp/lead-shots/document.png', fullPage: true });
await shot('/nl/team/inhoud/kostendeler/en/bewerken', 'edit-en');
await shot('/nl/team/inhoud/kostendeler/nl/versies', 'versions');
await shot('/nl/team/inhoud/kostendeler/nl/vergelijken', 'diff');
await shot('/nl/team/vaste-teksten', 'snippets');
await shot('/nl/team/inhoud/kostendeler/nl/bewerken', 'edit-nl-phone', 390);
await browser.close();
server.kill();
