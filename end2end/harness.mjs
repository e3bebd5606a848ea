// Helpers for Helder's browser tests: start the real server binary on a free
// loopback port, launch Debian's Chromium through playwright-core, and watch a
// page for the problems the product promises never to have (broken assets,
// third-party requests, script errors).
//
// Only built-in modules and playwright-core are used.

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { mkdtemp, rm, readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = dirname(here);

/** Where full-page screenshots go (end2end/screenshots, git-ignored). */
export const screenshotDir = join(here, 'screenshots');

/** Where failure artefacts go (end2end/test-results, git-ignored). */
export const resultsDir = join(here, 'test-results');

/** Path of a file in `screenshotDir`, creating the directory on demand. */
export function screenshotPath(name) {
  mkdirSync(screenshotDir, { recursive: true });
  return join(screenshotDir, name);
}

/** Path of a file in `resultsDir`, creating the directory on demand. */
export function resultPath(name) {
  mkdirSync(resultsDir, { recursive: true });
  return join(resultsDir, name);
}

/** Chromium from Debian (playwright cannot download its own browser here). */
export const chromiumPath = process.env.HELDER_CHROMIUM || '/usr/bin/chromium';

const HEALTH_TIMEOUT_MS = 30_000;
const HEALTH_POLL_MS = 100;
const STOP_GRACE_MS = 5_000;
const LOG_LIMIT = 2 * 1024 * 1024; // keep at most the last 2 MiB of server output

/** Ask the kernel for a free loopback port. */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolvePort(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Start the Helder server binary (env HELDER_BIN) with `serve` on a free port
 * and a fresh data directory, and wait until GET /health answers 200.
 *
 * `dataDir` and `env` are returned so a test can run the same binary's other subcommands
 * (e.g. `helder user add`) against the same database.
 *
 * `port` (optional) listens on that port instead of a free one, e.g. to start an instance
 * again where a load balancer expects it. `kill(signal)` sends a signal and nothing else (a
 * crash, or a stop to watch); `exited` settles with `{ code, signal }` when the process has
 * ended. `stop()` is still what cleans up, also after `kill`.
 *
 * @returns {Promise<{ baseUrl: string, port: number, dataDir: string, env: object, stop: () => Promise<void>, kill: (signal?: string) => boolean, exited: Promise<{ code: number | null, signal: string | null }>, logs: () => string, logMark: () => number, logsSince: (mark: number) => string }>}
 */
export async function startServer({ env: extraEnv = {}, port: wantedPort } = {}) {
  const binEnv = process.env.HELDER_BIN;
  if (!binEnv) {
    throw new Error(
      'HELDER_BIN is not set: point it at the built server binary, e.g. ' +
        'HELDER_BIN=../target/debug/helder HELDER_SITE_ROOT=../target/site node --test tests/',
    );
  }
  const bin = resolve(binEnv);
  if (!existsSync(bin)) {
    throw new Error(`HELDER_BIN=${binEnv} does not exist (resolved to ${bin}); build the server first`);
  }

  const port = wantedPort ?? (await freePort());
  const baseUrl = `http://127.0.0.1:${port}`;
  const dataDir = await mkdtemp(join(tmpdir(), 'helder-e2e-'));

  const env = { ...process.env, ...extraEnv, HELDER_ADDR: `127.0.0.1:${port}`, HELDER_DATA_DIR: dataDir };
  if (process.env.HELDER_SITE_ROOT) env.HELDER_SITE_ROOT = resolve(process.env.HELDER_SITE_ROOT);
  else delete env.HELDER_SITE_ROOT;

  let buffer = '';
  let total = 0; // characters ever appended, so a mark survives the trimming below
  const append = (chunk) => {
    const text = chunk.toString('utf8');
    buffer += text;
    total += text.length;
    if (buffer.length > LOG_LIMIT) buffer = buffer.slice(buffer.length - LOG_LIMIT);
  };
  const logs = () => buffer;
  /** A position in the server output; `logsSince(mark)` is what came after it. */
  const logMark = () => total;
  const logsSince = (mark) => {
    const wanted = total - mark;
    assert.ok(wanted <= buffer.length, 'the log since the mark is still kept');
    return buffer.slice(buffer.length - wanted);
  };

  // Run from the repository root, so the server's relative defaults (e.g. a
  // site root of target/site) mean the same wherever the tests are started.
  const child = spawn(bin, ['serve'], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', append);
  child.stderr.on('data', append);

  let exited = null; // { code, signal } once the process has ended
  const exitPromise = new Promise((resolveExit) => {
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      resolveExit(exited);
    });
  });
  let spawnError = null;
  child.on('error', (err) => {
    spawnError = err;
    append(`\n[harness] spawn error: ${err.message}\n`);
  });

  let stopped = false;
  async function stop() {
    if (stopped) return;
    stopped = true;
    if (!exited && !spawnError) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => {
        if (!exited) child.kill('SIGKILL');
      }, STOP_GRACE_MS);
      await exitPromise;
      clearTimeout(timer);
    }
    // A grandchild that inherited the pipes must not keep the test run alive.
    child.stdout.destroy();
    child.stderr.destroy();
    await rm(dataDir, { recursive: true, force: true });
  }

  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  let lastProblem = 'no answer yet';
  for (;;) {
    if (spawnError || exited) {
      const why = spawnError
        ? `could not be started: ${spawnError.message}`
        : `exited early (code ${exited.code}, signal ${exited.signal})`;
      await stop();
      throw new Error(`Helder server ${why}\n--- server output ---\n${logs()}`);
    }
    try {
      const res = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(2_000) });
      await res.arrayBuffer();
      if (res.status === 200) break;
      lastProblem = `GET /health answered ${res.status}`;
    } catch (err) {
      lastProblem = `GET /health failed: ${err.cause?.code ?? err.message}`;
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(
        `Helder server did not become healthy within ${HEALTH_TIMEOUT_MS / 1000} s at ${baseUrl} ` +
          `(${lastProblem})\n--- server output ---\n${logs()}`,
      );
    }
    await sleep(HEALTH_POLL_MS);
  }

  /** Sends `signal` to the server process (no waiting, no cleanup: see `stop`). */
  const kill = (signal = 'SIGTERM') => (exited ? false : child.kill(signal));

  return { baseUrl, port, dataDir, env, stop, kill, exited: exitPromise, logs, logMark, logsSince };
}

/** Launch headless Debian Chromium through playwright-core. */
export function launchBrowser() {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath} (apt-get install chromium, or set HELDER_CHROMIUM)`);
  }
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

// ---------------------------------------------------------------------------
// Hydration. A page with islands (the editor's) loads the wasm bundle and runs them; a test
// "with JavaScript" means nothing until that has happened, or it may just repeat the run
// without JavaScript. Pages without islands load no wasm and have nothing to wait for.
// The probe notes when the wasm module is instantiated; the bundle's init and `hydrate()`
// follow on that same promise chain (microtasks), so a task queued at that moment runs after
// them: then `window.__helderHydrated` is set.

const HYDRATION_TIMEOUT_MS = 15_000;

const HYDRATION_PROBE = `(() => {
  window.__helderHydrated = false;
  const wasm = globalThis.WebAssembly;
  if (!wasm) return;
  const mark = () => setTimeout(() => { window.__helderHydrated = typeof window.__hydrateIsland === 'function'; }, 0);
  for (const name of ['instantiateStreaming', 'instantiate']) {
    const original = wasm[name];
    if (typeof original !== 'function') continue;
    wasm[name] = function (...args) {
      const result = original.apply(this, args);
      result.then(mark, () => {});
      return result;
    };
  }
})();`;

/** Which contexts run JavaScript (true), which do not (false); unknown ones are refused. */
const contextJs = new WeakMap();

/**
 * Prepares a browser context for the tests: with JavaScript on, the hydration probe is
 * installed in every page it opens. Every context a test uses goes through here (see
 * `newContext`), so `settle` knows whether to wait for hydration.
 */
export async function prepareContext(context, { js }) {
  contextJs.set(context, js);
  if (js) await context.addInitScript(HYDRATION_PROBE);
  return context;
}

/** A new prepared context of `browser` (options as for `browser.newContext`). */
export async function newContext(browser, options = {}) {
  const context = await browser.newContext(options);
  return prepareContext(context, { js: options.javaScriptEnabled !== false });
}

/** Whether the page's context runs JavaScript; throws for a context not prepared. */
export function scriptsOn(page) {
  const js = contextJs.get(page.context());
  if (js === undefined) throw new Error('a browser context not made with newContext/prepareContext');
  return js;
}

/**
 * After a document load: with JavaScript on and islands on the page, waits until the page has
 * hydrated (the wasm ran `hydrate()` and the islands); fails when it does not within 15 s.
 * Without JavaScript, or on a page without islands, there is nothing to wait for.
 */
export async function settle(page, { timeout = HYDRATION_TIMEOUT_MS } = {}) {
  if (!scriptsOn(page)) return;
  if ((await page.locator('leptos-island').count()) === 0) return;
  try {
    await page.waitForFunction(() => window.__helderHydrated === true, null, { timeout });
  } catch (err) {
    throw new Error(`${page.url()} did not hydrate within ${timeout} ms: ${err.message}`);
  }
}

const ASSET_PREFIXES = ['/pkg/', '/assets/'];
const isAssetPath = (pathname) => ASSET_PREFIXES.some((p) => pathname.startsWith(p));

/**
 * Watch a page for problems. Returns
 *   - `problems`: (getter, a fresh array each read) every same-host load that
 *     failed or answered >= 400 (assets, fetches such as the editor's preview,
 *     media, anything but the main document), every request to another host
 *     than the server's, every console error and every uncaught page error.
 *     A main-document error status is NOT a problem (tests assert the document
 *     status themselves, e.g. a deliberate 404), and neither is the "Failed to
 *     load resource" console line Chromium prints for it. A test that expects
 *     a failing load names it in `allow` (pathname regexes).
 *   Pass `{ scriptsDisabled: true }` for a context with JavaScript off.
 *   - `responses`: every response seen, as { url, pathname, status, type }.
 */
export function watchPage(page, baseUrl, { scriptsDisabled = false, allow = [] } = {}) {
  const serverHost = new URL(baseUrl).host;
  const allowed = (pathname) => allow.some((re) => re.test(pathname));
  const raw = [];
  const responses = [];
  const failedDocuments = new Set(); // main-frame documents answered with >= 400

  page.on('request', (req) => {
    let url;
    try {
      url = new URL(req.url());
    } catch {
      return;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:' && url.protocol !== 'ws:' && url.protocol !== 'wss:') {
      return; // data:, blob:, about: never leave the machine
    }
    if (url.host !== serverHost) {
      raw.push({ kind: 'third-party-request', url: req.url(), detail: req.resourceType() });
    }
  });

  page.on('response', (res) => {
    const url = new URL(res.url());
    const status = res.status();
    const type = res.request().resourceType();
    responses.push({ url: res.url(), pathname: url.pathname, status, type });
    const mainDocument = res.request().isNavigationRequest() && res.frame() === page.mainFrame();
    if (status >= 400 && mainDocument) {
      failedDocuments.add(res.url());
    } else if (status >= 400 && url.host === serverHost && !allowed(url.pathname)) {
      raw.push({ kind: 'load-error-status', url: res.url(), detail: `${status} (${type})` });
    }
  });

  page.on('requestfailed', (req) => {
    const url = new URL(req.url());
    const failure = req.failure()?.errorText ?? 'unknown';
    // ERR_ABORTED: the page navigated away while the load was in flight.
    // With JavaScript switched off, Chromium refuses script loads (reported as a CSP block);
    // that is the browser's choice, not a broken asset.
    const refusedScript = scriptsDisabled && url.pathname.startsWith('/pkg/') && /CSP/i.test(failure);
    if (url.host === serverHost && !failure.includes('ERR_ABORTED') && !refusedScript && !allowed(url.pathname)) {
      raw.push({ kind: isAssetPath(url.pathname) ? 'asset-load-failed' : 'load-failed', url: req.url(), detail: failure });
    }
  });

  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    raw.push({ kind: 'console-error', url: msg.location()?.url ?? '', detail: msg.text() });
  });

  page.on('pageerror', (err) => {
    raw.push({ kind: 'pageerror', url: page.url(), detail: err.stack || String(err) });
  });

  // Chromium prints "Failed to load resource" for every error status. For the
  // main document the test asserts the status; for an allowed path the test
  // expects it; any other such line is a problem (the response is one too).
  const isExpectedLoadError = (p) => {
    if (p.kind !== 'console-error' || !p.detail.startsWith('Failed to load resource')) return false;
    if (failedDocuments.has(p.url)) return true;
    try {
      const u = new URL(p.url);
      return u.host === serverHost && allowed(u.pathname);
    } catch {
      return false;
    }
  };

  return {
    get problems() {
      return raw.filter((p) => !isExpectedLoadError(p));
    },
    responses,
  };
}

/**
 * Run axe-core on the current page and return its violations (empty = none).
 * Injected through the DevTools protocol, so the page's CSP does not block it.
 * Needs JavaScript enabled in the context.
 */
export async function axeViolations(page, options = { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }) {
  const require = createRequire(import.meta.url);
  const source = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  const result = await page.evaluate((opts) => globalThis.axe.run(document, opts), options);
  return result.violations;
}

// ---------------------------------------------------------------------------
// A test file's shared setup: one server and one browser for the whole file,
// fresh browser contexts per test, failure artefacts and the server log tail.

/** The path part of an absolute URL. */
export const pathOf = (href) => new URL(href).pathname;

/**
 * Register before/after hooks that start one server and one browser for the
 * calling test file, and return the helpers its tests share:
 *
 * - `server` / `browser` (getters, set once `before` has run)
 * - `url(path)`: absolute URL on the server
 * - `browserTest(name, contextOptions, fn(context))`: a test with a fresh
 *   browser context (1280x800 unless told, prepared by `newContext`); on
 *   failure its pages are screenshotted into test-results/ and the server log
 *   tail is appended.
 * - `httpTest(name, fn)`: a test without a browser, same log tail on failure.
 * - `open(context, path, expectedStatus = 200)`: new watched page, loaded and
 *   (with JavaScript) hydrated.
 * - `watch(page, options)`: watchPage() with the context's JavaScript setting.
 * - `followLink(page, link)`: click a link that causes a document load; waits
 *   for hydration like `open`.
 * - `withServerLogs(err)`: append the server log tail to an error.
 */
export function browserSuite({
  navTimeoutMs = 15_000,
  actionTimeoutMs = 10_000,
  testTimeoutMs = 90_000,
  serverEnv = {},
} = {}) {
  let server;
  let browser;

  before(async () => {
    server = await startServer({ env: serverEnv });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  const url = (path) => new URL(path, server.baseUrl).href;

  function withServerLogs(err) {
    const tail = server?.logs().slice(-4000) ?? '';
    if (err && typeof err === 'object' && tail) {
      try {
        err.message += `\n--- server output (tail) ---\n${tail}`;
      } catch {
        // some errors have a read-only message; report them as they are
      }
    }
    return err;
  }

  function browserTest(name, contextOptions, fn) {
    test(name, { timeout: testTimeoutMs }, async () => {
      const context = await newContext(browser, { viewport: { width: 1280, height: 800 }, ...contextOptions });
      context.setDefaultNavigationTimeout(navTimeoutMs);
      context.setDefaultTimeout(actionTimeoutMs);
      try {
        await fn(context);
      } catch (err) {
        const slug = name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase();
        let i = 0;
        for (const page of context.pages()) {
          await page
            .screenshot({ path: resultPath(`${slug}-${i++}.png`), fullPage: true, timeout: 5_000 })
            .catch(() => {});
        }
        throw withServerLogs(err);
      } finally {
        await context.close();
      }
    });
  }

  function httpTest(name, fn) {
    test(name, { timeout: testTimeoutMs }, async () => {
      try {
        await fn();
      } catch (err) {
        throw withServerLogs(err);
      }
    });
  }

  const watch = (page, options = {}) => watchPage(page, server.baseUrl, { scriptsDisabled: !scriptsOn(page), ...options });

  /** A new watched page on `path`, loaded (and hydrated, with JavaScript on). */
  async function open(context, path, expectedStatus = 200) {
    const page = await context.newPage();
    const watcher = watch(page);
    const res = await page.goto(url(path), { waitUntil: 'load' });
    assert.ok(res, `no response for ${path}`);
    assert.equal(res.status(), expectedStatus, `status of ${path}`);
    await settle(page);
    return { page, watch: watcher, response: res };
  }

  async function followLink(page, link) {
    const navigation = page.waitForResponse(
      (r) =>
        r.request().isNavigationRequest() &&
        r.frame() === page.mainFrame() &&
        !(r.status() >= 300 && r.status() < 400),
      { timeout: navTimeoutMs },
    );
    await link.click();
    const res = await navigation;
    await page.waitForLoadState('load');
    await settle(page);
    return res;
  }

  return {
    get server() {
      return server;
    },
    get browser() {
      return browser;
    },
    url,
    browserTest,
    httpTest,
    open,
    watch,
    followLink,
    withServerLogs,
  };
}
