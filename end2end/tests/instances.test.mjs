// Two Helder instances on one PostgreSQL database behind a real nginx (round robin, no sticky
// sessions), as a municipality runs Helder behind a load balancer. Each instance has a data
// folder of its own, so nothing may depend on one instance's disk or memory:
//
// 1. Content changes (a published page, a snippet, a withdrawn page) made through the balancer
//    show on both instances within one second; and the delay from a snippet change on one
//    instance until the other shows it, measured 20 times (median and worst printed).
// 2. A film uploaded through the balancer plays from both instances: byte ranges, captions,
//    and Chromium plays it on the public page through the balancer.
// 3. A report whose steps alternate between the instances reaches its receipt, and the
//    receipt code opens the come-back page on either instance.
// 4. One instance is killed (SIGKILL) in the middle of a report: the report is finished
//    through the balancer with the answers given before the kill.
// 5. The daily distribution, due on both instances at once, runs once: one digest mail per
//    member across both instances' mail folders.
// 6. A graceful stop (SIGTERM with HELDER_DRAIN_SECONDS): /health says "draining" (503) while
//    pages are still served, and the process ends with exit code 0.
//
// Needs PostgreSQL on 127.0.0.1:5432 with trust authentication (HELDER_TEST_POSTGRES_URL points
// elsewhere; a database of this file's own is created and dropped) and Debian's nginx
// (/usr/sbin/nginx, or HELDER_NGINX).
//
// Run from end2end/:
//   HELDER_BIN=../target/debug/helder HELDER_SITE_ROOT=../target/site node --test tests/instances.test.mjs

import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { freePort, launchBrowser, newContext, resultPath, screenshotPath, startServer, watchPage } from '../harness.mjs';
import { databaseUrl, isDigest, mailsIn, psql, startNginx, upstreamOf, workingDayTz } from '../cluster.mjs';
import { addStaffUser, answerAll, fileReport, logIn, press, submit, visit } from '../flows.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const media = join(dirname(dirname(dirname(fileURLToPath(import.meta.url)))), 'app', 'src', 'films', 'media');

const PASSWORD = 'a long password 123';
const PUBLISHER = { email: 'piet@voorbeeld.nl', role: 'publisher', name: 'Piet Publiceert', password: PASSWORD };
const EDITOR = { email: 'fleur@voorbeeld.nl', role: 'editor', name: 'Fleur Film', password: PASSWORD };
const LEAD = { email: 'lea@voorbeeld.nl', role: 'lead', name: 'Lea Leider', password: PASSWORD };
const MEMBERS = [
  { email: 'ivo@voorbeeld.nl', role: 'intake', name: 'Ivo Intake', password: PASSWORD },
  { email: 'ina@voorbeeld.nl', role: 'intake', name: 'Ina Intake', password: PASSWORD },
];
/** Everyone the distribution gives reports to (the lead is present too unless she says not). */
const TEAM = [LEAD, ...MEMBERS];
const ACCOUNTS = [PUBLISHER, EDITOR, ...TEAM];

/** Reads in a row that must all show a change (through the balancer they alternate). */
const ROUND = 20;
/** A change must be on every instance this long after the answer to the change. */
const WITHIN_MS = 1_000;

// ---------------------------------------------------------------------------------------------
// Reading pages with plain HTTP (node's fetch: no cache, no cookies).

/** One GET: status, body and the instance that answered. */
async function get(href, headers = {}) {
  const res = await fetch(href, { headers, redirect: 'manual', signal: AbortSignal.timeout(10_000) });
  const body = await res.text();
  return { status: res.status, body, upstream: upstreamOf(res.headers.get('x-upstream')), headers: res.headers };
}

/**
 * Reads `href` ROUND times in a row, over and over, until one whole round shows the change
 * (`isNew(body)`) or `deadline` (ms since the epoch) has passed. The round that counts must
 * have started before the deadline, so it finished within the deadline plus its own duration.
 */
async function readUntilEverywhere(href, isNew, deadline) {
  let round;
  let rounds = 0;
  do {
    const started = Date.now();
    const reads = [];
    for (let i = 0; i < ROUND; i += 1) reads.push(await get(href));
    rounds += 1;
    round = {
      started,
      finished: Date.now(),
      stale: reads.filter((r) => r.status !== 200 || !isNew(r.body)).map((r) => `${r.upstream} (${r.status})`),
      upstreams: new Set(reads.map((r) => r.upstream)),
    };
  } while (round.stale.length > 0 && Date.now() <= deadline);
  return { ...round, rounds };
}

/**
 * GET `href` and read the whole body as bytes; a connection that breaks off names the URL
 * (fetch itself only says "terminated").
 */
async function fetchBytes(href, headers = {}, where = '') {
  try {
    const res = await fetch(href, { headers, signal: AbortSignal.timeout(10_000) });
    return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
  } catch (err) {
    throw new Error(`${where}: GET ${href} ${JSON.stringify(headers)} failed: ${err.message} (${err.cause?.message ?? 'no cause'})`);
  }
}

/** Asserts what `readUntilEverywhere` found, naming the instances that were behind. */
function assertEverywhere(round, deadline, what, instanceAddrs) {
  assert.deepEqual(
    round.stale,
    [],
    `${what}: every one of ${ROUND} reads through the balancer within ${WITHIN_MS} ms shows it ` +
      `(${round.rounds} rounds; these answered the old page)`,
  );
  assert.ok(
    round.started <= deadline,
    `${what}: the first round of ${ROUND} new reads started ${round.started - deadline} ms after the ` +
      `${WITHIN_MS} ms had passed (finished ${round.finished - deadline + WITHIN_MS} ms after the change)`,
  );
  for (const addr of instanceAddrs) {
    assert.ok(round.upstreams.has(addr), `${what}: ${addr} answered some of the reads: ${[...round.upstreams]}`);
  }
}


// ---------------------------------------------------------------------------------------------

describe('several instances behind a load balancer', () => {
  const dbName = `helder_lb_${randomBytes(6).toString('hex')}`;
  let dbCreated = false;
  let nginx;
  let browser;
  /** The running instances by name; a restart replaces the entry. */
  const inst = {};
  /** Environment every instance of this installation gets (the same everywhere). */
  let common;

  const lb = (path) => new URL(path, nginx.url).href;
  const addrOf = (server) => `127.0.0.1:${server.port}`;
  const bothAddrs = () => [addrOf(inst.a), addrOf(inst.b)];

  /** Starts an instance of this installation (`env` on top of the common settings). */
  const startInstance = (env = {}, port) => startServer({ env: { ...common, ...env }, port });

  before(async () => {
    await psql(`CREATE DATABASE "${dbName}"`);
    dbCreated = true;
    const nginxPort = await freePort();
    common = {
      DATABASE_URL: databaseUrl(dbName),
      HELDER_INSTANCES: '2',
      HELDER_PUBLIC_URL: `http://127.0.0.1:${nginxPort}`,
      // nginx is the only proxy: its X-Forwarded-For names the client.
      HELDER_TRUSTED_PROXIES: '127.0.0.1/32',
      // One browser is every visitor here: the per-client limit would stop the test, not a flood.
      HELDER_POST_LIMIT_CLIENT: '500',
      // The daily distribution stays off until the distribution case asks for it.
      HELDER_DISTRIBUTE_AT: '23:59:59',
      HELDER_PUBLISH_POLL_SECONDS: '1',
      HELDER_MAIL_POLL_SECONDS: '1',
      TZ: workingDayTz(),
    };
    // A first, alone: it brings the fresh database up to date; then B on the same database.
    inst.a = await startInstance();
    inst.b = await startInstance();
    nginx = await startNginx(nginxPort, [inst.a.port, inst.b.port]);
    for (const account of ACCOUNTS) await addStaffUser(inst.a, account);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await nginx?.stop();
    for (const server of Object.values(inst)) await server?.stop();
    if (dbCreated) await psql(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  });

  /** Appends the tails of every instance's log and nginx's error log to a failure. */
  async function withLogs(err) {
    if (!err || typeof err !== 'object') return err;
    let tails = '';
    for (const [name, server] of Object.entries(inst)) {
      const log = server?.logs() ?? '';
      // A panic's backtrace would push its message out of the tail: the message goes first.
      const panic = log.match(/^.*panicked at[^\n]*\n[^\n]*/m)?.[0];
      if (panic) tails += `\n--- instance ${name} panicked ---\n${panic}`;
      tails += `\n--- instance ${name} (${server?.baseUrl}) output (tail) ---\n${log.slice(-2500)}`;
    }
    if (nginx) tails += `\n--- nginx error log (tail) ---\n${(await nginx.errorLog()).slice(-1500)}`;
    try {
      err.message += tails;
      // Some errors (assertions) are printed from their stack, made before the tails were added.
      if (typeof err.stack === 'string' && !err.stack.includes(tails)) err.stack += tails;
    } catch {
      // a read-only message: report the error as it is
    }
    return err;
  }

  /** A test with a fresh browser context (JavaScript on); its pages are saved on failure. */
  function browserTest(name, fn, { timeout = 60_000 } = {}) {
    test(name, { timeout }, async () => {
      const context = await newContext(browser, { viewport: { width: 1280, height: 800 } });
      context.setDefaultNavigationTimeout(15_000);
      context.setDefaultTimeout(10_000);
      try {
        await fn(context);
      } catch (err) {
        const slug = name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase();
        let i = 0;
        for (const page of context.pages()) {
          await page.screenshot({ path: resultPath(`instances-${slug}-${i++}.png`), fullPage: true, timeout: 5_000 }).catch(() => {});
        }
        throw await withLogs(err);
      } finally {
        await context.close();
      }
    });
  }

  /** A test without a browser, with the same logs on failure. */
  function httpTest(name, fn, { timeout = 60_000 } = {}) {
    test(name, { timeout }, async () => {
      try {
        await fn();
      } catch (err) {
        throw await withLogs(err);
      }
    });
  }

  /** A page that remembers which instance answered each of its documents. */
  async function trackedPage(context) {
    const page = await context.newPage();
    const documents = [];
    page.on('response', (res) => {
      if (!res.request().isNavigationRequest() || res.frame() !== page.mainFrame()) return;
      documents.push({
        method: res.request().method(),
        path: new URL(res.url()).pathname,
        status: res.status(),
        upstream: upstreamOf(res.headers()['x-upstream']),
      });
    });
    return { page, documents, seen: watchPage(page, nginx.url) };
  }

  /** Presses `button` and returns when the answer to its POST arrived (before the redirect). */
  async function pressTimed(page, button, pathEnd) {
    const answered = page
      .waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname.endsWith(pathEnd))
      .then((r) => ({ at: Date.now(), status: r.status(), upstream: upstreamOf(r.headers()['x-upstream']) }));
    const landed = await press(page, button);
    return { ...(await answered), landed };
  }

  // -------------------------------------------------------------------------------------------
  // 1. Content changes reach both instances within a second.

  browserTest('a published page reaches both instances within one second', async (context) => {
    const slug = 'werk-zoeken';
    const sentence = `Deze zin staat op beide servers (${randomBytes(4).toString('hex')}).`;
    const { page, seen } = await trackedPage(context);
    await logIn(page, lb, PUBLISHER);
    // Every instance shows the page first (also the one that did not publish it): a stale copy
    // would be in its memory then.
    for (const server of [inst.a, inst.b]) {
      const before = await get(`${server.baseUrl}/nl/rechten-en-plichten/${slug}`);
      assert.equal(before.status, 200);
      assert.ok(!before.body.includes(sentence), 'not there before publishing');
    }
    assert.equal((await visit(page, lb(`/nl/team/inhoud/${slug}/nl/bewerken`))).status(), 200);
    await page.fill('#body', `${(await page.inputValue('#body')).trimEnd()}\n\n${sentence}\n`);
    await page.fill('#note', 'Zin voor de proef met twee servers');
    await press(page, page.getByRole('button', { name: 'Opslaan als concept', exact: true }));
    assert.ok(page.url().includes(`/nl/team/inhoud/${slug}/nl?gedaan=opgeslagen`), `after saving: ${page.url()}`);
    const published = await pressTimed(
      page,
      page.getByRole('button', { name: 'Nu publiceren, later beoordelen', exact: true }),
      '/nu-publiceren',
    );
    assert.equal(published.status, 303, 'the publication is answered with a redirect');
    assert.equal(published.landed.status(), 200, `after publishing: ${page.url()}`);
    const deadline = published.at + WITHIN_MS;
    const round = await readUntilEverywhere(lb(`/nl/rechten-en-plichten/${slug}`), (body) => body.includes(sentence), deadline);
    assertEverywhere(round, deadline, `the page published on ${published.upstream}`, bothAddrs());
    assert.deepEqual(seen.problems, []);
  });

  browserTest('a snippet change reaches both instances within one second', async (context) => {
    const phone = `088 ${1000 + Math.floor(Math.random() * 9000)} ${100 + Math.floor(Math.random() * 900)}`;
    const { page, seen } = await trackedPage(context);
    await logIn(page, lb, PUBLISHER);
    // The phone number is on every page that says whom to call, e.g. moving house.
    const readers = lb('/nl/rechten-en-plichten/verhuizen');
    assert.ok(!(await get(readers)).body.includes(phone), 'not there before the change');
    assert.equal((await visit(page, lb('/nl/team/vaste-teksten/phone'))).status(), 200);
    await page.fill('#waarde-nl', phone);
    const saved = await pressTimed(page, page.locator('main form button[type=submit]').last(), '/vaste-teksten/phone');
    assert.equal(saved.status, 303, 'the change is answered with a redirect');
    assert.ok(page.url().includes('/nl/team/vaste-teksten?gedaan=1'), `after saving: ${page.url()}`);
    const deadline = saved.at + WITHIN_MS;
    const round = await readUntilEverywhere(readers, (body) => body.includes(phone), deadline);
    assertEverywhere(round, deadline, `the phone number changed on ${saved.upstream}`, bothAddrs());
    assert.deepEqual(seen.problems, []);
  });

  browserTest('a withdrawn page is withdrawn on both instances within one second', async (context) => {
    const slug = 'vakantie-buitenland';
    const notice = `Deze regels worden herzien (${randomBytes(4).toString('hex')}).`;
    const { page, seen } = await trackedPage(context);
    await logIn(page, lb, PUBLISHER);
    const readers = lb(`/nl/rechten-en-plichten/${slug}`);
    assert.ok(!(await get(readers)).body.includes(notice), 'not withdrawn before');
    assert.equal((await visit(page, lb(`/nl/team/inhoud/${slug}/nl`))).status(), 200);
    await page.fill('#notice', notice);
    const withdrawn = await pressTimed(page, page.getByRole('button', { name: 'Intrekken', exact: true }), '/intrekken');
    assert.equal(withdrawn.status, 303, 'the withdrawal is answered with a redirect');
    assert.ok(page.url().includes(`/nl/team/inhoud/${slug}/nl?gedaan=intrekken`), `after withdrawing: ${page.url()}`);
    const deadline = withdrawn.at + WITHIN_MS;
    const round = await readUntilEverywhere(
      readers,
      (body) => body.includes('Deze pagina is ingetrokken op') && body.includes(notice),
      deadline,
    );
    assertEverywhere(round, deadline, `the page withdrawn on ${withdrawn.upstream}`, bothAddrs());
    assert.deepEqual(seen.problems, []);
  });

  browserTest('how long a change takes to reach the other instance (20 snippet changes)', async (context) => {
    const page = await context.newPage();
    await logIn(page, lb, PUBLISHER);
    // The snippet form as instance A serves it (the session is in the database, and a cookie
    // of 127.0.0.1 goes to every port): its token and the other languages' values are sent
    // back as they are.
    assert.equal((await visit(page, `${inst.a.baseUrl}/nl/team/vaste-teksten/phone`)).status(), 200);
    const fields = Object.fromEntries(
      await page
        .locator('main form[method=post] :is(input, textarea)[name]')
        .evaluateAll((els) => els.map((el) => [el.name, el.value])),
    );
    assert.ok(fields.csrf && 'waarde-nl' in fields, `the snippet form has a token and a Dutch value: ${Object.keys(fields)}`);
    const readers = `${inst.b.baseUrl}/nl/rechten-en-plichten/verhuizen`;
    const tag = 100 + Math.floor(Math.random() * 900);
    const delays = [];
    for (let i = 0; i < 20; i += 1) {
      const phone = `088 ${tag} ${String(i).padStart(2, '0')}`;
      const res = await page.request.post(`${inst.a.baseUrl}/nl/team/vaste-teksten/phone`, {
        form: { ...fields, 'waarde-nl': phone },
        maxRedirects: 0,
        failOnStatusCode: false,
      });
      const answered = Date.now();
      assert.equal(res.status(), 303, `change ${i + 1} on A is accepted`);
      let reached = null;
      // At most 2 s per change: a change that never arrives fails the test at once.
      while (Date.now() - answered < 2_000) {
        if ((await get(readers)).body.includes(phone)) {
          reached = Date.now();
          break;
        }
        await sleep(20);
      }
      assert.ok(reached, `change ${i + 1} (phone ${phone}) made on A did not show on B within 2 s`);
      delays.push(reached - answered);
    }
    const sorted = [...delays].sort((x, y) => x - y);
    const median = (sorted[9] + sorted[10]) / 2;
    const worst = sorted.at(-1);
    console.log(`# change reached the other instance: median ${median} ms, worst ${worst} ms (20 changes)`);
    assert.ok(worst < WITHIN_MS, `every change reached the other instance within ${WITHIN_MS} ms: ${delays.join(', ')} ms`);
  });

  // -------------------------------------------------------------------------------------------
  // 2. A film uploaded through the balancer plays from both instances.

  browserTest('a film uploaded through the balancer plays from both instances', async (context) => {
    const slug = `twee-servers-${randomBytes(3).toString('hex')}`;
    const files = {
      video: join(media, 'wat-moet-ik-doorgeven.webm'),
      poster: join(media, 'wat-moet-ik-doorgeven.jpg'),
      captions: join(media, 'wat-moet-ik-doorgeven.nl.vtt'),
    };
    const { page, seen } = await trackedPage(context);
    await logIn(page, lb, EDITOR);
    assert.equal((await visit(page, lb('/nl/team/films/nieuw'))).status(), 200);
    await page.fill('#slug', slug);
    await page.fill('#title', 'Twee servers, één film');
    await page.fill('#summary', 'Een film die via de load balancer is geüpload.');
    await page.locator('input[name=topic][value=werkuren]').check();
    await page.fill('#transcript', 'Werkt u meer of minder uren? Geef het door.');
    await page.setInputFiles('#video', files.video);
    await page.setInputFiles('#poster', files.poster);
    await page.setInputFiles('#captions', files.captions);
    const uploaded = await pressTimed(page, page.locator('main form button[type=submit]').last(), '/nl/team/films/nieuw');
    assert.equal(uploaded.status, 303, `the upload is answered with a redirect (by ${uploaded.upstream})`);
    assert.match(page.url(), new RegExp(`/nl/team/films/${slug}\\?klaar=aangemaakt$`));
    const links = await page.locator('main a[href^="/media/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const video = links.find((h) => h.endsWith('.webm'));
    const captions = links.find((h) => h.endsWith('.vtt'));
    const poster = links.find((h) => h.endsWith('.jpg'));
    assert.ok(video && captions && poster, `video, captions and poster are linked: ${links}`);

    const videoBytes = await readFile(files.video);
    const captionText = await readFile(files.captions, 'utf8');
    const size = videoBytes.length;
    const middle = Math.floor(size / 2);
    for (const [name, server] of [['A', inst.a], ['B', inst.b]]) {
      const where = `${name} (${server.baseUrl}${uploaded.upstream === addrOf(server) ? ', took the upload' : ''})`;
      for (const [from, to] of [[0, 99], [middle, middle + 99]]) {
        const res = await fetchBytes(`${server.baseUrl}${video}`, { Range: `bytes=${from}-${to}` }, where);
        const body = res.body;
        assert.equal(res.status, 206, `${where}: ${video} bytes ${from}-${to}`);
        assert.equal(res.headers.get('content-range'), `bytes ${from}-${to}/${size}`, `${where}: Content-Range`);
        assert.equal(body.length, 100, `${where}: 100 bytes`);
        assert.ok(body.equals(videoBytes.subarray(from, to + 1)), `${where}: bytes ${from}-${to} are the uploaded film's`);
      }
      const vtt = await fetchBytes(`${server.baseUrl}${captions}`, {}, where);
      assert.equal(vtt.status, 200, `${where}: ${captions}`);
      assert.match(vtt.headers.get('content-type') ?? '', /^text\/vtt/, `${where}: captions are text/vtt`);
      assert.equal(vtt.body.toString('utf8').trim(), captionText.trim(), `${where}: the uploaded captions`);
      const jpg = await fetchBytes(`${server.baseUrl}${poster}`, {}, where);
      assert.equal(jpg.status, 200, `${where}: ${poster}`);
      assert.ok(jpg.body.equals(await readFile(files.poster)), `${where}: the uploaded poster`);
    }

    // A reader's Chromium plays it through the balancer (page, film and captions may each come
    // from another instance).
    const reader = await newContext(context.browser());
    try {
      const rp = await reader.newPage();
      const res = await rp.goto(lb(`/nl/films/${slug}`));
      assert.equal(res.status(), 200, `the film page through the balancer (${upstreamOf(res.headers()['x-upstream'])})`);
      const state = await rp.evaluate(async () => {
        const v = document.querySelector('video');
        if (!v) return { missing: true };
        v.muted = true;
        await v.play().catch(() => {});
        const deadline = Date.now() + 15_000;
        while (Date.now() < deadline && v.readyState < 2 && !v.error) await new Promise((r) => setTimeout(r, 100));
        return { readyState: v.readyState, error: v.error && v.error.code, source: v.currentSrc };
      });
      assert.ok(!state.missing, 'the film page has a <video>');
      assert.equal(state.error, null, `the video loads: ${JSON.stringify(state)}`);
      assert.ok(state.readyState >= 2, `the video has data to play: ${JSON.stringify(state)}`);
      await rp.screenshot({ path: screenshotPath('instances-film-through-nginx-1280.png'), fullPage: true });
    } finally {
      await reader.close();
    }
    assert.deepEqual(seen.problems, []);
  });

  // -------------------------------------------------------------------------------------------
  // 3. A report whose steps alternate between the instances.

  browserTest('a report whose steps alternate reaches its receipt; the code works on both instances', async (context) => {
    const { page, documents, seen } = await trackedPage(context);
    const code = await fileReport(page, lb, { kinds: ['work'], fill: { '#q_person_name': 'Wisselend Verzonden' } });
    const steps = documents.filter((d) => d.path.startsWith('/nl/melden'));
    const answered = new Set(steps.map((d) => d.upstream));
    for (const addr of bothAddrs()) {
      assert.ok(
        answered.has(addr),
        `${addr} answered steps of the form: ${steps.map((d) => `${d.method} ${d.path} → ${d.upstream}`).join('; ')}`,
      );
    }
    assert.deepEqual(seen.problems, []);

    // The receipt code, on each instance directly.
    for (const [name, server] of [['A', inst.a], ['B', inst.b]]) {
      const p = await context.newPage();
      assert.equal((await visit(p, `${server.baseUrl}/nl/melden/terugkomen`)).status(), 200);
      await p.fill('#code', code);
      const opened = await press(p, p.locator('main form button[type=submit]'));
      assert.equal(opened.status(), 200, `instance ${name} accepts the code`);
      assert.match(await p.locator('main').innerText(), /Wij hebben nu geen vraag voor u/, `instance ${name} opens the report`);
      await p.close();
    }
  });

  // -------------------------------------------------------------------------------------------
  // 4. One instance dies in the middle of a report.

  browserTest('killing one instance mid-report: the report is finished through the other', async (context) => {
    const name = 'Halverwege Gestopt';
    const { page, documents } = await trackedPage(context);
    await visit(page, lb('/nl/melden'));
    await submit(page);
    await page.locator('input[name=kind][value=work]').check();
    await submit(page);
    assert.ok(page.url().endsWith('/nl/melden/persoon'), page.url());
    await page.fill('#q_person_name', name);
    await submit(page);
    assert.ok(page.url().endsWith('/nl/melden/situatie'), page.url());
    const beforeKill = documents.length;

    // B dies without a word (no drain, no goodbye): its next turn is a refused connection.
    const killed = inst.b;
    killed.kill('SIGKILL');
    await killed.exited;
    try {
      for (const step of ['situatie', 'hoe-weet-u-het']) {
        assert.ok(page.url().endsWith(`/${step}`), page.url());
        await answerAll(page);
        const res = await submit(page);
        assert.equal(res.status(), 200, `${step} after the kill`);
      }
      assert.ok(page.url().endsWith('/contact'), page.url());
      await submit(page);
      assert.ok(page.url().endsWith('/controleren'), page.url());
      assert.ok((await page.locator('.hl-summary').innerText()).includes(name), 'the answer given before the kill is in the summary');
      await submit(page);
      assert.match((await page.locator('.hl-receipt').innerText()).trim(), /^\d{4} \d{4} \d{4} \d{4}$/);
        const afterKill = documents.slice(beforeKill);
      assert.ok(
        afterKill.every((d) => d.upstream === addrOf(inst.a)),
        `after the kill only A answered: ${afterKill.map((d) => `${d.method} ${d.path} → ${d.upstream}`).join('; ')}`,
      );
    } finally {
      // B comes back where nginx expects it, so the cases after this one have both again.
      await killed.stop();
      inst.b = await startInstance({}, killed.port);
    }
  });

  // -------------------------------------------------------------------------------------------
  // 5. The daily distribution, due on both instances at the same moment, runs once.

  browserTest(
    'the daily distribution runs once across both instances',
    async (context) => {
      // Three reports waiting for three team members present: each gets one, so each gets one
      // digest (however many reports the cases before filed).
      const page = await context.newPage();
      await logIn(page, lb, LEAD);
      const waiting = async () => {
        assert.equal((await visit(page, lb('/nl/team/verdeling'))).status(), 200);
        const m = (await page.locator('main').innerText()).match(/Nog niet verdeeld: (\d+)/);
        assert.ok(m, 'the team page counts the reports not yet distributed');
        return Number(m[1]);
      };
      for (let n = await waiting(); n < TEAM.length; n += 1) {
        const reporter = await context.newPage();
        await fileReport(reporter, lb, { kinds: ['address'] });
        await reporter.close();
      }
      assert.ok((await waiting()) >= TEAM.length, 'enough reports wait');

      // Both instances again, at once, with the distribution due since midnight: each one's
      // daily job looks as it starts.
      const old = [inst.a, inst.b];
      await Promise.all(old.map((s) => s.stop()));
      const due = { HELDER_DISTRIBUTE_AT: '00:00' };
      [inst.a, inst.b] = await Promise.all(old.map((s) => startInstance(due, s.port)));
      const dirs = () => [inst.a.dataDir, inst.b.dataDir];

      // Until every member has a digest (at most 20 s), then 3 s more for a second run to show.
      const deadline = Date.now() + 20_000;
      for (;;) {
        const to = new Set((await mailsIn(dirs())).filter(isDigest).map((m) => m.to));
        if (TEAM.every((a) => to.has(a.email)) || Date.now() > deadline) break;
        await sleep(200);
      }
      await sleep(3_000);
      const digests = (await mailsIn(dirs())).filter(isDigest);
      const perMember = Object.fromEntries(TEAM.map((a) => [a.email, digests.filter((m) => m.to === a.email).length]));
      assert.deepEqual(
        perMember,
        Object.fromEntries(TEAM.map((a) => [a.email, 1])),
        `one digest per member across both mail folders: ${JSON.stringify(digests.map((m) => [m.to, m.subject, m.file]))}`,
      );
      assert.equal(digests.length, TEAM.length, 'no digest to anyone else');
      assert.equal(await waiting(), 0, 'every waiting report was distributed');
    },
    { timeout: 90_000 },
  );

  // -------------------------------------------------------------------------------------------
  // 6. A graceful stop: drain first, then stop accepting, then exit 0.

  httpTest('a graceful stop drains: /health says draining while pages are still served, then exit 0', async () => {
    inst.c = await startInstance({ HELDER_DRAIN_SECONDS: '2' });
    const c = inst.c;
    const page = `${c.baseUrl}/nl/rechten-en-plichten/werkuren`;
    assert.equal((await get(page)).status, 200, 'C serves pages');
    /** GET `href` on C: status and body, or why there was no answer. */
    const ask = async (href) => {
      try {
        const res = await get(href);
        return { status: res.status, body: res.body.slice(0, 200) };
      } catch (err) {
        return { status: `no answer (${err.cause?.code ?? err.message})`, body: '' };
      }
    };
    c.kill('SIGTERM');
    const signalled = Date.now();
    // Everything C does after the signal is noted first and asserted after, so a failure
    // shows the whole stop. The first answers may come from before the signal was handled:
    // /health is asked until it is no longer 200 (at most 1.5 s).
    const seen = {};
    do {
      seen.health = await ask(`${c.baseUrl}/health`);
      seen.healthMs = Date.now() - signalled;
      if (seen.health.status !== 200) break;
      await sleep(50);
    } while (Date.now() - signalled < 1_500);
    seen.page = (await ask(page)).status;
    seen.pageMs = Date.now() - signalled;
    seen.exit = await Promise.race([c.exited, sleep(20_000).then(() => 'still running 20 s after SIGTERM')]);
    seen.exitMs = Date.now() - signalled;
    const all = JSON.stringify(seen);
    assert.equal(seen.health.status, 503, `/health answers 503 while draining: ${all}`);
    assert.match(seen.health.body, /draining/, `/health says it is draining: ${all}`);
    assert.equal(seen.page, 200, `a page is still served while draining: ${all}`);
    assert.ok(seen.pageMs < 2_000, `…within the drain time: ${all}`);
    assert.deepEqual(seen.exit, { code: 0, signal: null }, `C exits with code 0: ${all}`);
  });
});
