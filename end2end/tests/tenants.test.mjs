// Browser test of several municipalities on one install (issue 14): one server started with
// HELDER_TENANTS=tenants.example.toml answers per host. Haarlem and Zandvoort (organisation
// Sociale Recherche Haarlem) each show their own name in a header of their own brand colour,
// from their own design-token stylesheet, with and without JavaScript, ask nothing of any other
// host, and axe-core finds nothing on them. A report sent on zandvoort.localhost shows up in
// the Haarlem lead's list of open reports, marked "Gemeente Zandvoort"; a lead of Senzer,
// logged in on helmond.localhost, gets 404 on it and does not see it in her list, and her
// session cookie, carried over to haarlem.localhost, counts for nothing there. A host no
// municipality answers on gets a plain 404 that names none. Haarlem's editor makes a variant of
// a page for Zandvoort, without JavaScript; Zandvoort's readers get it, Haarlem's do not, and
// the content overview marks both. Chromium resolves *.localhost to
// this machine, so every municipality is reached by its own host name.
//
// Run from end2end/:
//   HELDER_BIN=../target/debug/helder HELDER_SITE_ROOT=../target/site node --test tests/tenants.test.mjs

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, before } from 'node:test';
import { browserSuite, screenshotPath, watchPage } from '../harness.mjs';
import { axeClean, fileReport, logIn, press, visit } from '../flows.mjs';

const TENANTS = resolve(dirname(fileURLToPath(import.meta.url)), '../../tenants.example.toml');
/** Every organisation and municipality name in the tenants file. */
const ALL_NAMES = [...readFileSync(TENANTS, 'utf8').matchAll(/^name = "([^"]+)"/gm)].map((m) => m[1]);

const PASSWORD = 'a long password 123';
const HAARLEM_LEAD = {
  email: 'hanna@voorbeeld.nl', role: 'lead', name: 'Hanna Haarlem', password: PASSWORD, organisation: 'sociale-recherche-haarlem',
};
const SENZER_LEAD = { email: 'sem@voorbeeld.nl', role: 'lead', name: 'Sem Senzer', password: PASSWORD, organisation: 'senzer' };
const HAARLEM_EDITOR = {
  email: 'redactie@voorbeeld.nl', role: 'publisher', name: 'Rik Redactie', password: PASSWORD, organisation: 'sociale-recherche-haarlem',
};
const VARIANT_TEXT = 'In Zandvoort geldt een eigen termijn: geef een wijziging door binnen twee weken.';
const PERSON = 'Piet Zandvoorter';

const HOMES = [
  { id: 'haarlem', name: 'Gemeente Haarlem', colour: 'rgb(166, 25, 46)' },
  { id: 'zandvoort', name: 'Gemeente Zandvoort', colour: 'rgb(0, 88, 124)' },
];

describe('several municipalities on one install', () => {
  // One server for the file, with the example tenants. The daily distribution must not run during
  // the test, and a report and several log-ins are more posts than a burst of the per-client limit.
  const suite = browserSuite({
    testTimeoutMs: 60_000,
    serverEnv: { HELDER_TENANTS: TENANTS, HELDER_DISTRIBUTE_AT: '23:59:59', HELDER_POST_LIMIT_CLIENT: '200' },
  });
  const { browserTest } = suite;

  /** The base URL of a host of this server, e.g. `base('haarlem')`. */
  const base = (sub) => `http://${sub}.localhost:${suite.server.port}`;
  /** `url(path)` for that host, as the flows in flows.mjs want it. */
  const on = (sub) => (path) => new URL(path, base(sub)).href;

  /** A new page of `context` watched against `sub`'s host (a request to any other is a problem). */
  const watchedPage = async (context, sub, js) => {
    const page = await context.newPage();
    return { page, seen: watchPage(page, base(sub), { scriptsDisabled: !js }) };
  };

  /** `helder user add … --organisation`, the password on standard input (as addStaffUser in flows.mjs). */
  function addStaff(server, { email, role, name, password, organisation }) {
    return new Promise((done, reject) => {
      const args = ['user', 'add', '--email', email, '--role', role, '--name', name, '--organisation', organisation];
      const child = spawn(resolve(process.env.HELDER_BIN), args, { env: server.env, stdio: ['pipe', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? done(output) : reject(new Error(`helder user add ${email} exited with ${code}:\n${output}`))));
      child.stdin.end(password);
    });
  }

  before(async () => {
    for (const account of [HAARLEM_LEAD, SENZER_LEAD, HAARLEM_EDITOR]) await addStaff(suite.server, account);
  });

  // ---------------------------------------------------------------------------
  // 1. Each municipality's home page: its name, its colours, its stylesheet, nothing from elsewhere

  /** Checks the home page of `home` on `page`, loaded from its own host. */
  async function expectHome(page, seen, home, js) {
    const res = await visit(page, on(home.id)('/nl/'));
    assert.equal(res.status(), 200, `${home.id}: status of /nl/`);
    assert.equal((await page.locator('.hl-header__name').innerText()).trim(), home.name, 'the name in the header');
    const background = await page.locator('.hl-header').evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.equal(background, home.colour, `${home.id}: background of the header`);

    // Its own design tokens, and no other municipality's.
    const sheets = await page.locator('link[rel=stylesheet]').evaluateAll((ls) => ls.map((l) => new URL(l.href).pathname));
    const brand = sheets.filter((p) => p.startsWith('/assets/merk-'));
    assert.equal(brand.length, 1, `one brand stylesheet: ${JSON.stringify(sheets)}`);
    assert.match(brand[0], new RegExp(`^/assets/merk-${home.id}\\.[\\w-]+\\.css$`), 'the brand stylesheet is its own');
    const loaded = seen.responses.find((r) => r.pathname === brand[0]);
    assert.equal(loaded?.status, 200, `${brand[0]} was loaded`);

    const text = await page.locator('body').innerText();
    for (const other of ALL_NAMES.filter((n) => n.startsWith('Gemeente ') && n !== home.name)) {
      assert.ok(!text.includes(other), `${home.id}'s home page does not name ${other}`);
    }
    assert.deepEqual(seen.problems, [], `${home.id}: no failed loads, no other hosts, no script errors`);
    await axeClean(page, `${home.id} home`, js);
  }

  for (const home of HOMES) {
    browserTest(`1. ${home.id}.localhost/nl/ shows ${home.name} in its own colours (JS on)`, {}, async (context) => {
      const { page, seen } = await watchedPage(context, home.id, true);
      await expectHome(page, seen, home, true);
      const file = screenshotPath(`tenants-${home.id}-home.png`);
      await page.screenshot({ path: file, fullPage: true });
      assert.ok(statSync(file).size > 1000, `${file} was written`);
    });

    browserTest(`1. ${home.id}.localhost/nl/ shows ${home.name} in its own colours (JS off)`, { javaScriptEnabled: false }, async (context) => {
      const { page, seen } = await watchedPage(context, home.id, false);
      await expectHome(page, seen, home, false);
      await page.screenshot({ path: screenshotPath(`tenants-${home.id}-home-nojs.png`), fullPage: true });
    });
  }

  // ---------------------------------------------------------------------------
  // 2. A report sent in Zandvoort is Haarlem's organisation's work, and none of Senzer's

  /** What one step leaves for the next. */
  const flow = {};

  /** The link texts ("#12") of the reports in the list on the page. */
  const reportLinks = (page) => page.locator('main table tbody tr td:first-child a').allInnerTexts();

  browserTest('2. a report is sent on zandvoort.localhost', {}, async (context) => {
    const { page, seen } = await watchedPage(context, 'zandvoort', true);
    flow.code = await fileReport(page, on('zandvoort'), { kinds: ['work'], fill: { '#q_person_name': PERSON } });
    assert.deepEqual(seen.problems, []);
  });

  browserTest("2. it is in the Haarlem lead's open reports, marked Gemeente Zandvoort", {}, async (context) => {
    assert.ok(flow.code, 'a report was sent');
    const { page, seen } = await watchedPage(context, 'haarlem', true);
    await logIn(page, on('haarlem'), HAARLEM_LEAD);
    assert.equal((await visit(page, on('haarlem')('/nl/team/meldingen/alle'))).status(), 200);
    assert.equal((await page.locator('.hl-header__name').innerText()).trim(), 'Gemeente Haarlem');

    const rows = page.locator('main table tbody tr');
    assert.equal(await rows.count(), 1, 'one open report');
    const cells = (await rows.first().locator('td').allInnerTexts()).map((c) => c.trim());
    assert.ok(cells.includes('Gemeente Zandvoort'), `the row names the municipality: ${JSON.stringify(cells)}`);
    const [link] = await reportLinks(page);
    flow.reportId = Number(link.replace('#', ''));
    assert.ok(flow.reportId > 0, `a report number: ${link}`);

    // The report itself opens for her, with the reporter's answers.
    assert.equal((await visit(page, on('haarlem')(`/nl/team/meldingen/${flow.reportId}`))).status(), 200);
    assert.ok((await page.locator('main').innerText()).includes(PERSON), "the reporter's answers are shown");

    await visit(page, on('haarlem')('/nl/team/meldingen/alle'));
    await axeClean(page, "Haarlem's open reports");
    await page.screenshot({ path: screenshotPath('tenants-haarlem-queue.png'), fullPage: true });
    assert.deepEqual(seen.problems, []);
  });

  browserTest('2. a Senzer lead on helmond.localhost gets 404 on it, does not see it, and her session does not count in Haarlem', {}, async (context) => {
    assert.ok(flow.reportId, 'the report number is known');
    const { page, seen } = await watchedPage(context, 'helmond', true);
    await logIn(page, on('helmond'), SENZER_LEAD);

    const res = await visit(page, on('helmond')(`/nl/team/meldingen/${flow.reportId}`));
    assert.equal(res.status(), 404, "another organisation's report");
    const text = await page.locator('body').innerText();
    assert.ok(!text.includes(PERSON) && !text.includes('Zandvoort'), 'the 404 shows nothing of the report');

    assert.equal((await visit(page, on('helmond')('/nl/team/meldingen/alle'))).status(), 200);
    assert.ok(!(await reportLinks(page)).includes(`#${flow.reportId}`), 'not in the list of open reports');
    assert.ok(!(await page.locator('main').innerText()).includes('Zandvoort'), 'the list names no Zandvoort');
    assert.deepEqual(seen.problems, []);

    // Her session cookie, carried over to haarlem.localhost, does not count there.
    const cookies = await context.cookies(base('helmond'));
    const session = cookies.find((c) => c.name === 'helder_team');
    assert.ok(session, 'a session cookie on helmond.localhost');
    await context.addCookies([{ ...session, domain: 'haarlem.localhost' }]);
    const carried = await context.cookies(base('haarlem'));
    assert.ok(carried.some((c) => c.name === 'helder_team'), 'the browser sends it to haarlem.localhost');
    const elsewhere = await context.newPage();
    await visit(elsewhere, on('haarlem')('/nl/team/meldingen/alle'));
    assert.match(elsewhere.url(), /\/nl\/team\/inloggen/, 'sent to the log-in page');
    assert.ok(!(await elsewhere.locator('body').innerText()).includes(PERSON), 'nothing of the report');
  });

  // ---------------------------------------------------------------------------
  // 3. A variant of a page for Zandvoort, made and published without JavaScript

  browserTest("3. Haarlem's editor makes a Zandvoort variant of a page; Zandvoort's readers get it, Haarlem's do not", { javaScriptEnabled: false }, async (context) => {
    const { page, seen } = await watchedPage(context, 'haarlem', false);
    await logIn(page, on('haarlem'), HAARLEM_EDITOR);
    assert.equal((await visit(page, on('haarlem')('/nl/team/inhoud/kostendeler/nl'))).status(), 200);
    await page.selectOption('#gemeente', 'zandvoort');
    const made = await press(page, page.locator('main form button', { hasText: 'Variant maken' }));
    assert.equal(made.status(), 200);
    assert.match(page.url(), /\/nl\/team\/inhoud\/kostendeler--zandvoort\/nl\?gedaan=variant$/);
    assert.ok((await page.locator('main').innerText()).includes('Dit is een variant van'), 'the variant says what it is');

    // Its draft is the organisation's text; the editor changes it and publishes it now.
    await visit(page, on('haarlem')('/nl/team/inhoud/kostendeler--zandvoort/nl/bewerken'));
    await page.fill('#title', 'Kostendeler in Zandvoort');
    await page.fill('#body', VARIANT_TEXT);
    const saved = await press(page, page.locator('main form button[name=actie][value=opslaan]'));
    assert.equal(saved.status(), 200, `saved: ${page.url()}`);
    const published = await press(page, page.locator('main form button', { hasText: 'Nu publiceren, later beoordelen' }));
    assert.equal(published.status(), 200, `published: ${page.url()}`);
    assert.deepEqual(seen.problems, []);

    const readers = await context.newPage();
    assert.equal((await visit(readers, on('zandvoort')('/nl/rechten-en-plichten/kostendeler'))).status(), 200);
    assert.ok((await readers.locator('main').innerText()).includes(VARIANT_TEXT), "Zandvoort's readers get the variant");
    await readers.screenshot({ path: screenshotPath('tenants-zandvoort-variant.png'), fullPage: true });
    await visit(readers, on('haarlem')('/nl/rechten-en-plichten/kostendeler'));
    assert.ok(!(await readers.locator('main').innerText()).includes(VARIANT_TEXT), "Haarlem's readers keep the organisation's page");
  });

  browserTest('3. the overview marks the page and its variant (axe-clean)', {}, async (context) => {
    const { page, seen } = await watchedPage(context, 'haarlem', true);
    await logIn(page, on('haarlem'), HAARLEM_EDITOR);
    assert.equal((await visit(page, on('haarlem')('/nl/team/inhoud'))).status(), 200);
    const text = await page.locator('main').innerText();
    assert.ok(text.includes('Varianten: Gemeente Zandvoort'), 'the page is marked');
    assert.ok(text.includes('Variant voor Gemeente Zandvoort'), 'the variant is marked');
    await axeClean(page, 'the content overview with a variant');
    await page.screenshot({ path: screenshotPath('tenants-content-overview.png'), fullPage: true });
    await visit(page, on('haarlem')('/nl/team/inhoud/kostendeler/nl'));
    await axeClean(page, "the page's variants");
    await page.screenshot({ path: screenshotPath('tenants-page-variants.png'), fullPage: true });
    assert.deepEqual(seen.problems, []);
  });

  // ---------------------------------------------------------------------------
  // 4. A host no municipality answers on

  browserTest('4. an unknown host answers a plain 404 that names no municipality', {}, async (context) => {
    const page = await context.newPage();
    for (const href of [`${base('elders')}/nl/`, `http://127.0.0.1:${suite.server.port}/nl/`]) {
      const res = await page.goto(href);
      assert.equal(res.status(), 404, href);
      assert.match(res.headers()['content-type'] ?? '', /^text\/plain/, `${href} is plain text`);
      const body = await res.text();
      assert.notEqual(body.trim(), '', `${href} says something`);
      for (const name of [...ALL_NAMES, 'Gemeente', 'Haarlem', 'Senzer']) {
        assert.ok(!body.includes(name), `${href} does not name ${name}: ${JSON.stringify(body)}`);
      }
    }
  });
});
