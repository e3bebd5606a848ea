// Browser test of content editing for communicatie staff (issue 6), with JavaScript on and off,
// each on its own fresh server:
//
// 1. The "Done when" flow on the topic kostendeler: an editor (Eva) changes the Dutch text,
//    previews it, saves and submits it; she cannot publish. A publisher (Piet) opens it from the
//    overview and publishes it; an anonymous reader sees it on the very next request. The English
//    translation (made from the older Dutch text) then carries the "outdated" notice for readers
//    and shows as "Verouderd" in the editors' overview (also with ?verouderd=1). Eva compares
//    versions, then restores version 1 as a draft; the public page keeps the published text.
// 2. axe-core (JS mode) on the overview, page state, editor (nl, en side by side, with
//    preview), versions, diff, snippets and the public page with the outdated notice; full-page
//    screenshots of the overview, the English editor and the diff page at 390 and 1280 px.
// 3. Four eyes: a publisher who wrote a text is refused when publishing it.
// 4. Stored XSS: the payloads of `XSS_PAYLOADS` in app/src/rights/markdown/payloads.rs (the test fails
//    when that list cannot be read) and a list of our own go through the editor as title,
//    summary, body and change note, are previewed, saved, submitted and published; no dialog opens, no
//    payload script runs, no CSP violation is reported, and the DOM of every page that shows
//    them has no script with a payload, no on* attribute, no javascript: URL, no iframe,
//    object or embed.
//
// Run from end2end/:
//   HELDER_BIN=../target/debug/helder HELDER_SITE_ROOT=../target/site node --test tests/editing.test.mjs

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, before } from 'node:test';
import { browserSuite, newContext, resultPath, screenshotPath, settle, watchPage } from '../harness.mjs';
import { addStaffUser, axeClean, logIn, press } from '../flows.mjs';

const PASSWORD = 'a long password 123';
const EDITOR = { email: 'eva@voorbeeld.nl', role: 'editor', name: 'Eva Editor', password: PASSWORD };
const PUBLISHER = { email: 'piet@voorbeeld.nl', role: 'publisher', name: 'Piet Publiceert', password: PASSWORD };
const ACCOUNTS = [EDITOR, PUBLISHER];

const TOPIC = 'kostendeler';
const NEW_TITLE = 'Er woont iemand van 27 jaar of ouder bij u';
const SENTENCE = 'Geef een nieuwe huisgenoot binnen een week door via het formulier Wijzigingen.';
const NOTE = 'Zin over doorgeven binnen een week toegevoegd';
const OUTDATED_EN = 'The Dutch text has changed. This translation has not been updated yet.';

const XSS_TOPIC = 'vermogen-buitenland';
const OWN_TOPIC = 'vakantie-buitenland';

// ---------------------------------------------------------------------------------------------
// Stored-XSS payloads: parsed from the Rust source, so the server's unit tests and this browser
// test feed the same list (a list that cannot be found or read fails the test, never a quiet
// fallback). Extra payloads of our own (which set window.__xss) always go along.

const repoRoot = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
const markdownSource = join(repoRoot, 'app', 'src', 'rights', 'markdown', 'payloads.rs');

/** The Rust string literals ("…" with escapes, r"…", r#"…"#) of `const XSS_PAYLOADS`. */
function rustPayloads() {
  const source = readFileSync(markdownSource, 'utf8');
  const start = source.search(/(pub\s+)?const\s+XSS_PAYLOADS\s*:[^=]*=\s*&\s*\[/);
  if (start < 0) throw new Error(`no const XSS_PAYLOADS in ${markdownSource}`);
  let i = source.indexOf('[', source.indexOf('=', start)) + 1;
  const found = [];
  while (i < source.length) {
    const c = source[i];
    if (c === ']') break;
    if (c === '/' && source[i + 1] === '/') {
      i = source.indexOf('\n', i);
      if (i < 0) break;
      continue;
    }
    if (c === '/' && source[i + 1] === '*') {
      i = source.indexOf('*/', i) + 2;
      continue;
    }
    const raw = source.slice(i).match(/^r(#*)"/);
    if (raw) {
      const close = `"${raw[1]}`;
      const from = i + raw[0].length;
      const end = source.indexOf(close, from);
      found.push(source.slice(from, end));
      i = end + close.length;
      continue;
    }
    if (c === '"') {
      let out = '';
      i++;
      while (source[i] !== '"') {
        if (source[i] === '\\') {
          const e = source[i + 1];
          if (e === 'n') out += '\n';
          else if (e === 't') out += '\t';
          else if (e === 'r') out += '\r';
          else if (e === '0') out += '\0';
          else if (e === '\n') {
            // line continuation: skip the newline and leading whitespace
            i += 2;
            while (/\s/.test(source[i])) i++;
            continue;
          } else if (e === 'u') {
            const m = source.slice(i).match(/^\\u\{([0-9a-fA-F_]+)\}/);
            out += String.fromCodePoint(parseInt(m[1].replace(/_/g, ''), 16));
            i += m[0].length;
            continue;
          } else if (e === 'x') {
            out += String.fromCharCode(parseInt(source.slice(i + 2, i + 4), 16));
            i += 4;
            continue;
          } else out += e; // \" \\ \'
          i += 2;
        } else {
          out += source[i++];
        }
      }
      found.push(out);
      i++;
      continue;
    }
    i++;
  }
  return found;
}

/** How many string literals the Rust list holds, counted the plain way (a quote opening one). */
function rustLiteralCount() {
  const source = readFileSync(markdownSource, 'utf8');
  const start = source.search(/const\s+XSS_PAYLOADS/);
  const list = source.slice(start, source.indexOf('];', start));
  return list.split('\n').filter((line) => /^\s*r?#*"/.test(line)).length;
}

const OWN_PAYLOADS = [
  '<script>window.__xss=1;alert(1)</script>',
  '<img src=x onerror="window.__xss=1;alert(1)">',
  '<svg onload="window.__xss=1;alert(1)">',
  '<svg><script>window.__xss=1;alert(1)</script></svg>',
  '[klik](javascript:window.__xss=1;alert(1))',
  '[klik](JaVaScRiPt:alert(1))',
  '[klik](  javascript:alert(1))',
  '[klik](&#106;avascript:alert(1))',
  '![plaatje](javascript:alert(1))',
  '<javascript:alert(1)>',
  '<a href="javascript:window.__xss=1;alert(1)">klik</a>',
  '<a href="jav&#x09;ascript:alert(1)">klik</a>',
  '<iframe src="javascript:window.__xss=1;alert(1)"></iframe>',
  '<iframe srcdoc="<script>parent.__xss=1;alert(1)</script>"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '"><script>window.__xss=1;alert(1)</script>',
  "'><img src=x onerror=window.__xss=1;alert(1)>",
  '<body onload="window.__xss=1;alert(1)">',
  '<details open ontoggle="window.__xss=1;alert(1)">',
  '<input autofocus onfocus="window.__xss=1;alert(1)">',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss=1;alert(1)">',
  '<noscript><p title="</noscript><img src=x onerror=window.__xss=1;alert(1)>">',
  '<form action="javascript:alert(1)"><button>verstuur</button></form>',
  '<button formaction="javascript:alert(1)">klik</button>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<style>@import "javascript:alert(1)";</style>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<base href="javascript:alert(1)//">',
  '<a href="data:text/html,<script>alert(1)</script>">data</a>',
  '[ref]: javascript:alert(1)\n\n[ref]',
  '`<script>alert(1)</script>` in code',
  '```\n<script>alert(1)</script>\n```',
  '<scr<script>ipt>window.__xss=1;alert(1)</scr</script>ipt>',
  '{{<script>alert(1)</script>}}',
];

const RUST_PAYLOADS = rustPayloads();
const PAYLOADS = [...RUST_PAYLOADS, ...OWN_PAYLOADS];

const TITLE_PAYLOAD = '"><script>window.__xss=1;alert(1)</script><img src=x onerror="window.__xss=1;alert(1)">';
const SUMMARY_PAYLOAD =
  '</p><script>window.__xss=1;alert(1)</script><svg onload="window.__xss=1;alert(1)"><a href="javascript:alert(1)">x</a>';
const NOTE_PAYLOAD = '"><img src=x onerror="window.__xss=1;alert(1)"><script>alert(1)</script>';
const XSS_MARK = 'XSS-proef';

// ---------------------------------------------------------------------------------------------
// Helpers

/** Full-page screenshots at 390 and 1280 px wide. */
async function shoot(page, name) {
  for (const [width, height] of [[390, 844], [1280, 800]]) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: screenshotPath(`${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The green banner after an action. */
const banner = (page) => page.locator('.hl-notice--success').innerText();

/** The state tags at the top of a page state page. */
const tagsOf = (page) => page.locator('main h1 + p.hl-body .hl-tag').allInnerTexts();

/** Header texts and body rows (cell texts) of the first table in main. */
async function table(page) {
  const head = await page
    .locator('main table thead th')
    .evaluateAll((ths) => ths.map((th) => th.innerText.trim()));
  const rows = await page
    .locator('main table tbody tr')
    .evaluateAll((trs) => trs.map((r) => [...r.cells].map((c) => c.innerText.trim())));
  return { head, rows };
}

/** Opens `path` on the page, asserts the status and (with JavaScript) waits for hydration. */
async function go(page, url, path, status = 200) {
  const res = await page.goto(url(path));
  assert.ok(res, `no response for ${path}`);
  assert.equal(res.status(), status, `status of ${path}`);
  await settle(page);
  return res;
}

/**
 * Everything on the page that would mean an injection got through: script elements carrying a
 * payload, on* attributes, javascript: URLs, iframes/objects/embeds (the product has none).
 */
function domInjections(page) {
  return page.evaluate(() => {
    const found = [];
    const describe = (el) => `<${el.tagName.toLowerCase()}${[...el.attributes].map((a) => ` ${a.name}="${a.value.slice(0, 60)}"`).join('')}>`;
    for (const s of document.querySelectorAll('script')) {
      if (/alert|__xss/.test(s.textContent)) found.push(`script: ${s.textContent.slice(0, 80)}`);
    }
    for (const el of document.querySelectorAll('*')) {
      for (const a of el.attributes) {
        const name = a.name.toLowerCase();
        if (name.startsWith('on')) found.push(`on* attribute: ${describe(el)}`);
        const v = a.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
        if (['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'srcdoc', 'poster', 'background'].includes(name)) {
          if (v.startsWith('javascript:') || v.startsWith('vbscript:') || v.startsWith('data:text/html'))
            found.push(`${name} URL: ${describe(el)}`);
        }
        if (name === 'style' && /javascript:|expression\(/i.test(a.value)) found.push(`style: ${describe(el)}`);
        if (name === 'http-equiv' && /refresh/i.test(a.value)) found.push(`meta refresh: ${describe(el)}`);
      }
    }
    for (const el of document.querySelectorAll('iframe, object, embed, frame, frameset, applet, base, form[action^="javascript" i]')) {
      found.push(`element: ${describe(el)}`);
    }
    return found;
  });
}

/**
 * Watches a page for executed payloads: dialogs, CSP violation reports (console and the
 * securitypolicyviolation event) and window.__xss (set to 0 before any page script).
 */
async function armXss(context, page, js) {
  const caught = { dialogs: [], csp: [] };
  page.on('dialog', async (dialog) => {
    caught.dialogs.push(`${dialog.type()}: ${dialog.message()} on ${page.url()}`);
    await dialog.dismiss().catch(() => {});
  });
  page.on('console', (msg) => {
    if (/Content Security Policy|Refused to (execute|load|apply|frame)/i.test(msg.text()))
      caught.csp.push(`${msg.type()}: ${msg.text().slice(0, 300)} on ${page.url()}`);
  });
  if (js) {
    await page.addInitScript(() => {
      window.__xss = 0;
      window.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${(e.sample || '').slice(0, 60)})`),
      );
    });
  }
  return caught;
}

/** Asserts nothing of a payload ran or got into the DOM of the current page. */
async function assertNoXss(page, caught, where, js) {
  if (js) {
    // An onerror/onload handler fires when its image has loaded or failed: wait for every
    // image to be complete, then for one more task, instead of guessing a time.
    await page.waitForFunction(() => [...document.images].every((img) => img.complete), null, { timeout: 10_000 });
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  }
  const injected = await domInjections(page);
  assert.deepEqual(injected, [], `${where} (${page.url()}): the DOM holds no injected markup`);
  if (js) {
    const state = await page.evaluate(() => ({ xss: window.__xss, csp: window.__csp }));
    assert.equal(state.xss, 0, `${where}: window.__xss stayed 0 (a payload script ran)`);
    assert.deepEqual(state.csp, [], `${where}: no CSP violation (an injection reached the page and was blocked)`);
  }
  assert.deepEqual(caught.dialogs, [], `${where}: no dialog opened`);
  assert.deepEqual(caught.csp, [], `${where}: no CSP violation in the console`);
}

// ---------------------------------------------------------------------------------------------

for (const js of [true, false]) {
  const mode = js ? 'js' : 'nojs';
  describe(`content editing, JavaScript ${js ? 'on' : 'off'}`, () => {
    const suite = browserSuite({
      testTimeoutMs: 90_000,
      serverEnv: { HELDER_DISTRIBUTE_AT: '23:59:59', HELDER_POST_LIMIT_CLIENT: '500' },
    });
    const { url, browserTest, watch, followLink } = suite;
    const options = { javaScriptEnabled: js };
    /** What one step leaves for the next. */
    const flow = {};

    before(async () => {
      for (const account of ACCOUNTS) await addStaffUser(suite.server, account);
    });

    browserTest(`the editor changes the Dutch text, previews, saves and submits it (${mode})`, options, async (context) => {
      const page = await context.newPage();
      const seen = watch(page);
      await logIn(page, url, EDITOR);
      assert.ok(page.url().endsWith('/nl/team/inhoud'), `an editor starts at the overview: ${page.url()}`);
      assert.equal(await page.locator('main h1').innerText(), 'Inhoud', 'overview heading');
      await axeClean(page, 'overview /nl/team/inhoud', js);
      await shoot(page, `editing-overview-${mode}`);

      // Snippets page, linked from the overview.
      await followLink(page, page.locator('main a', { hasText: 'Vaste teksten' }));
      assert.ok(page.url().endsWith('/nl/team/vaste-teksten'), `snippets link: ${page.url()}`);
      assert.ok((await page.locator('main table tbody tr').count()) > 0, 'the snippets page lists snippets');
      await axeClean(page, 'snippets page /nl/team/vaste-teksten', js);

      // Version 1, the shipped text, as readers see it (snippets filled in).
      await go(page, url, `/nl/team/inhoud/${TOPIC}/nl/versies/1`);
      flow.v1Title = (await page.locator('main article h1').innerText()).trim();
      assert.ok(flow.v1Title.length > 5, `version 1 has a title: "${flow.v1Title}"`);
      assert.notEqual(flow.v1Title, NEW_TITLE);

      await go(page, url, '/nl/team/inhoud');
      const link = page.locator(`main tbody a[href$="/nl/team/inhoud/${TOPIC}/nl"]`).first();
      assert.equal(await link.count(), 1, `the overview links ${TOPIC} in Dutch`);
      await followLink(page, link);
      assert.ok(page.url().endsWith(`/nl/team/inhoud/${TOPIC}/nl`), `page state: ${page.url()}`);
      assert.deepEqual(await tagsOf(page), ['Gepubliceerd'], `state of ${TOPIC}/nl before editing`);
      await axeClean(page, `page state /nl/team/inhoud/${TOPIC}/nl`, js);

      await followLink(page, page.getByRole('link', { name: 'Tekst bewerken', exact: true }));
      assert.ok(page.url().endsWith(`/nl/team/inhoud/${TOPIC}/nl/bewerken`), `editor: ${page.url()}`);
      assert.equal(await page.locator('.hl-editor--side-by-side').count(), 0, 'the Dutch editor has no source beside it');
      await axeClean(page, `editor /nl/team/inhoud/${TOPIC}/nl/bewerken`, js);
      await page.fill('#title', NEW_TITLE);
      const body = await page.inputValue('#body');
      assert.ok(body.length > 100, 'the editor holds the current Markdown');
      await page.fill('#body', `${body.trimEnd()}\n\n${SENTENCE}\n`);
      await page.fill('#note', NOTE);

      const previewed = await press(page, page.getByRole('button', { name: 'Voorbeeld bekijken', exact: true }));
      assert.equal(previewed.status(), 200, 'preview answers 200');
      const preview = page.locator('.hl-editor__preview');
      assert.equal(await preview.count(), 1, 'the editor shows a preview after "Voorbeeld bekijken"');
      assert.equal((await preview.locator('article h1').innerText()).trim(), NEW_TITLE, 'the preview shows the new title');
      assert.ok((await preview.innerText()).includes(SENTENCE), 'the preview shows the new sentence');
      assert.equal(await page.inputValue('#title'), NEW_TITLE, 'the typed title is kept after the preview');
      assert.ok((await page.inputValue('#body')).includes(SENTENCE), 'the typed text is kept after the preview');
      await axeClean(page, `editor with preview /nl/team/inhoud/${TOPIC}/nl/bewerken`, js);

      const saved = await press(page, page.getByRole('button', { name: 'Opslaan als concept', exact: true }));
      assert.equal(saved.status(), 200);
      assert.ok(page.url().includes(`/nl/team/inhoud/${TOPIC}/nl?gedaan=opgeslagen`), `after saving: ${page.url()}`);
      assert.match(await banner(page), /De tekst is opgeslagen als concept/);
      assert.deepEqual(await tagsOf(page), ['Gepubliceerd', 'Concept'], 'state after saving');

      // Four eyes: an editor without publishing rights has no publish buttons.
      for (const name of ['Publiceren', 'Nu publiceren, later beoordelen', 'Publicatie plannen']) {
        assert.equal(await page.getByRole('button', { name, exact: true }).count(), 0, `no "${name}" for an editor`);
      }
      assert.match(await page.locator('main').innerText(), /Iemand met publicatierecht publiceert ze/);

      const submitted = await press(page, page.getByRole('button', { name: 'Indienen ter beoordeling', exact: true }));
      assert.equal(submitted.status(), 200);
      assert.match(await banner(page), /Het concept is ingediend ter beoordeling/);
      assert.deepEqual(await tagsOf(page), ['Gepubliceerd', 'Ter beoordeling'], 'state after submitting');
      assert.equal(await page.getByRole('button', { name: 'Publiceren', exact: true }).count(), 0, 'still no "Publiceren" for the editor');
      flow.submitted = true;
      assert.deepEqual(seen.problems, []);
    });

    browserTest(`the publisher publishes it from the overview; readers see it at once (${mode})`, options, async (context) => {
      assert.ok(flow.submitted, 'the editor submitted a text');
      const page = await context.newPage();
      const seen = watch(page);
      await logIn(page, url, PUBLISHER);
      assert.ok(page.url().endsWith('/nl/team/inhoud'), `a publisher starts at the overview: ${page.url()}`);
      // Waiting: Eva's text, and Helder's 24 texts for the law of 1 January 2027 (3 pages in 8
      // languages, scheduled at start).
      assert.match(await page.locator('main').innerText(), /Wacht op publicatie: 25\./, 'the overview counts the texts waiting');
      const cell = page.locator(`main tbody a[href$="/nl/team/inhoud/${TOPIC}/nl"].hl-cell-link`);
      assert.match(await cell.innerText(), /Ter beoordeling/, `the Dutch cell of ${TOPIC} in the overview`);
      await followLink(page, cell);
      assert.ok(page.url().endsWith(`/nl/team/inhoud/${TOPIC}/nl`), page.url());
      const waiting = page.locator('main .hl-summary__row', { hasText: 'Ter beoordeling' });
      assert.match(await waiting.innerText(), new RegExp(escapeRe(EDITOR.name)), 'the page state shows the submitted version by Eva');

      // Before publishing, readers still see the old text.
      const reader = await newContext(context.browser(), { javaScriptEnabled: js });
      try {
        const rp = await reader.newPage();
        await go(rp, url, `/nl/rechten-en-plichten/${TOPIC}`);
        assert.ok(!(await rp.locator('main').innerText()).includes(SENTENCE), 'not public before publishing');

        const published = await press(page, page.getByRole('button', { name: 'Publiceren', exact: true }));
        assert.equal(published.status(), 200, 'publishing answers');
        assert.match(await banner(page), /De tekst is gepubliceerd/);
        assert.deepEqual(await tagsOf(page), ['Gepubliceerd'], 'state after publishing');

        // The very next request of an anonymous reader (a fresh context, no cache).
        const fresh = await newContext(context.browser(), { javaScriptEnabled: js });
        try {
          const fp = await fresh.newPage();
          const fseen = watchPage(fp, suite.server.baseUrl, { scriptsDisabled: !js });
          await go(fp, url, `/nl/rechten-en-plichten/${TOPIC}`);
          assert.equal((await fp.locator('main h1').innerText()).trim(), NEW_TITLE, `the public Dutch page shows the new title`);
          assert.ok((await fp.locator('main').innerText()).includes(SENTENCE), 'the public Dutch page shows the new sentence');
          assert.deepEqual(fseen.problems, []);
        } finally {
          await fresh.close();
        }
        // And the reader who had the page open gets it on reload.
        await rp.reload();
        assert.ok((await rp.locator('main').innerText()).includes(SENTENCE), 'a reload shows the new sentence');
      } finally {
        await reader.close();
      }
      flow.published = true;
      assert.deepEqual(seen.problems, []);
    });

    browserTest(`the English translation shows as outdated to readers and editors (${mode})`, options, async (context) => {
      assert.ok(flow.published, 'the Dutch text was published');
      const page = await context.newPage();
      const seen = watch(page);
      await go(page, url, `/en/rechten-en-plichten/${TOPIC}`);
      const notice = page.locator('main .hl-notice[role=note]').first();
      assert.ok(await notice.isVisible(), 'the English page has a translation notice');
      assert.match(await notice.innerText(), new RegExp(escapeRe(OUTDATED_EN)), 'the English notice says the Dutch text changed');
      const dutchLink = notice.locator(`a[href="/nl/rechten-en-plichten/${TOPIC}"]`);
      assert.equal(await dutchLink.count(), 1, `the notice links /nl/rechten-en-plichten/${TOPIC}`);
      await axeClean(page, `public page with the outdated notice /en/rechten-en-plichten/${TOPIC}`, js);
      await followLink(page, dutchLink);
      assert.ok((await page.locator('main').innerText()).includes(SENTENCE), 'the link leads to the new Dutch text');

      await logIn(page, url, EDITOR);
      await go(page, url, '/nl/team/inhoud?verouderd=1');
      const { head, rows } = await table(page);
      const en = head.indexOf('English');
      assert.ok(en > 0, `an English column in the overview: ${JSON.stringify(head)}`);
      const row = rows.find((cells) => cells[0] === NEW_TITLE);
      assert.ok(row, `?verouderd=1 lists ${TOPIC} (“${NEW_TITLE}”): ${JSON.stringify(rows.map((r) => r[0]))}`);
      assert.match(row[en], /Verouderd/, `the English cell of ${TOPIC} in ?verouderd=1: ${JSON.stringify(row)}`);
      assert.ok(!/Verouderd/.test(row[1]), `the Dutch cell is not outdated: ${row[1]}`);
      assert.match(await page.locator('main').innerText(), /Verouderde vertalingen: [1-9]/, 'the overview counts outdated translations');
      await go(page, url, '/nl/team/inhoud');
      const all = await table(page);
      assert.match(all.rows.find((cells) => cells[0] === NEW_TITLE)?.[en] ?? '', /Verouderd/, 'also in the full overview');

      // The English page state and the editor with the new Dutch text beside it.
      await go(page, url, `/nl/team/inhoud/${TOPIC}/en`);
      assert.ok((await tagsOf(page)).includes('Verouderd'), `the English page state shows "Verouderd": ${await tagsOf(page)}`);
      await axeClean(page, `page state /nl/team/inhoud/${TOPIC}/en`, js);
      await followLink(page, page.getByRole('link', { name: 'Tekst bewerken', exact: true }));
      assert.ok(page.url().endsWith(`/nl/team/inhoud/${TOPIC}/en/bewerken`), page.url());
      assert.equal(await page.locator('.hl-editor.hl-editor--side-by-side').count(), 1, 'the English editor is side by side');
      const source = page.locator('.hl-editor__source');
      assert.match(await source.innerText(), new RegExp(escapeRe(SENTENCE)), 'the Dutch source beside it is the published new text');
      assert.equal(await page.locator('#title').getAttribute('lang'), 'en', 'the English fields are marked lang=en');
      await axeClean(page, `editor (en, side by side) /nl/team/inhoud/${TOPIC}/en/bewerken`, js);
      await shoot(page, `editing-editor-en-${mode}`);
      assert.deepEqual(seen.problems, []);
    });

    browserTest(`the editor compares versions and restores version 1 as a draft (${mode})`, options, async (context) => {
      assert.ok(flow.published && flow.v1Title, 'the Dutch text was published');
      const page = await context.newPage();
      const seen = watch(page);
      await logIn(page, url, EDITOR);
      await go(page, url, `/nl/team/inhoud/${TOPIC}/nl`);
      await followLink(page, page.getByRole('link', { name: 'Alle versies', exact: true }));
      assert.ok(page.url().endsWith(`/nl/team/inhoud/${TOPIC}/nl/versies`), `versions page: ${page.url()}`);
      const before = await table(page);
      const numbers = before.rows.map((cells) => Number(cells[2].match(/^\d+/)?.[0]));
      assert.ok(numbers.length >= 2 && numbers.at(-1) === 1, `versions, newest first, down to 1: ${JSON.stringify(before.rows)}`);
      const latest = numbers[0];
      assert.match(before.rows[0][2], /Gepubliceerd/, `the newest version is the published one: ${before.rows[0]}`);
      assert.ok(before.rows[0].includes(NOTE), `the change note is listed: ${before.rows[0]}`);
      await axeClean(page, `versions page /nl/team/inhoud/${TOPIC}/nl/versies`, js);

      // Product bugs found on the way are collected, the flow goes on where it can, and the test
      // fails at the end with all of them.
      const bugs = [];

      // Compare 1 with the newest.
      await page.check('#van-1');
      await page.check(`#naar-${latest}`);
      await followLink(page, page.getByRole('button', { name: 'Vergelijk de gekozen versies', exact: true }));
      const diffUrl = new URL(page.url());
      assert.equal(diffUrl.pathname, `/nl/team/inhoud/${TOPIC}/nl/vergelijken`, `diff page: ${page.url()}`);
      assert.equal(diffUrl.searchParams.get('van'), '1', `diff URL van=1: ${page.url()}`);
      assert.equal(diffUrl.searchParams.get('naar'), String(latest), `diff URL naar=${latest}: ${page.url()}`);
      const extra = [...diffUrl.searchParams.keys()].filter((k) => k !== 'van' && k !== 'naar');
      if (extra.length)
        bugs.push(
          `versions page: "Vergelijk de gekozen versies" sends ${extra.join(', ')} in the GET URL (${page.url()}); ` +
            'the restore forms are nested inside the compare form, so their csrf token and basis leak into the URL',
        );
      assert.equal(await page.locator('main h1').innerText(), `Verschil tussen versie 1 en versie ${latest}`);
      const diff = page.locator('.hl-diff');
      assert.ok((await diff.count()) >= 2, 'the title and the text have differences');
      const inserted = (await page.locator('.hl-diff ins').allInnerTexts()).join(' ');
      assert.ok(inserted.includes('binnen een week door'), `the new sentence is marked <ins>: ${inserted.slice(0, 300)}`);
      assert.ok((await page.locator('.hl-diff del').count()) > 0, 'the old title is marked <del>');
      await axeClean(page, `diff page /nl/team/inhoud/${TOPIC}/nl/vergelijken`, js);
      await shoot(page, `editing-diff-${mode}`);

      // Restore version 1 from the versions page.
      await go(page, url, `/nl/team/inhoud/${TOPIC}/nl/versies`);
      const restore = page.getByRole('button', { name: 'Versie 1 terugzetten als concept', exact: true });
      assert.equal(await restore.count(), 1, 'a restore button for version 1');
      const restored = await press(page, restore);
      if (!page.url().includes(`/nl/team/inhoud/${TOPIC}/nl?gedaan=terugzetten`)) {
        await page.screenshot({ path: resultPath(`editing-restore-from-versions-page-${mode}.png`), fullPage: true });
        bugs.push(
          `versions page /nl/team/inhoud/${TOPIC}/nl/versies: "Versie 1 terugzetten als concept" should POST ` +
            `…/versies/1/terugzetten and land on the page state with a banner; it landed on ${page.url()} ` +
            `(status ${restored.status()}): the restore <form> is nested in the compare <form> and the browser drops it`,
        );
        // Go on with the version page's own restore button.
        await go(page, url, `/nl/team/inhoud/${TOPIC}/nl/versies/1`);
        await press(page, page.getByRole('button', { name: 'Versie 1 terugzetten als concept', exact: true }));
      }
      assert.ok(page.url().includes(`/nl/team/inhoud/${TOPIC}/nl?gedaan=terugzetten`), `after restoring: ${page.url()}`);
      assert.match(await banner(page), /De oude versie staat terug als concept/);
      assert.deepEqual(await tagsOf(page), ['Gepubliceerd', 'Concept'], 'state after restoring');
      const draftRow = page.locator('main .hl-summary__row', { hasText: 'Concept' });
      assert.match(await draftRow.innerText(), new RegExp(`Versie ${latest + 1}.*Teruggezet: versie 1`, 's'), 'the new draft version');

      await go(page, url, `/nl/team/inhoud/${TOPIC}/nl/versies`);
      const after = await table(page);
      assert.match(after.rows[0][2], new RegExp(`^${latest + 1}\\s+Concept`), `the newest version is a draft: ${after.rows[0]}`);
      await go(page, url, `/nl/team/inhoud/${TOPIC}/nl/versies/${latest + 1}`);
      assert.equal((await page.locator('main article h1').innerText()).trim(), flow.v1Title, "the draft has version 1's title");
      assert.ok(!(await page.locator('main article').innerText()).includes(SENTENCE), "the draft has version 1's text");

      // Readers still get the published text.
      const fresh = await newContext(context.browser(), { javaScriptEnabled: js });
      try {
        const fp = await fresh.newPage();
        await go(fp, url, `/nl/rechten-en-plichten/${TOPIC}`);
        assert.equal((await fp.locator('main h1').innerText()).trim(), NEW_TITLE, 'the public page keeps the published title');
        assert.ok((await fp.locator('main').innerText()).includes(SENTENCE), 'the public page keeps the published sentence');
      } finally {
        await fresh.close();
      }
      assert.deepEqual(seen.problems, []);
      assert.deepEqual(bugs, [], 'versions page');
    });

    browserTest(`a publisher who wrote a text cannot publish it (${mode})`, options, async (context) => {
      const page = await context.newPage();
      const seen = watch(page);
      await logIn(page, url, PUBLISHER);
      await go(page, url, `/nl/team/inhoud/${OWN_TOPIC}/nl/bewerken`);
      await page.fill('#note', 'Eigen wijziging');
      await page.fill('#body', `${(await page.inputValue('#body')).trimEnd()}\n\nEen zin van Piet zelf.\n`);
      await press(page, page.getByRole('button', { name: 'Opslaan als concept', exact: true }));
      assert.match(await banner(page), /De tekst is opgeslagen als concept/);
      await press(page, page.getByRole('button', { name: 'Indienen ter beoordeling', exact: true }));
      assert.match(await banner(page), /ingediend ter beoordeling/);
      // Whether or not the page offers the button, the server refuses the publication itself:
      // posted as the button's form would, with this page's token and version.
      const csrf = await page.locator('input[name=csrf]').first().inputValue();
      const version = await page.locator('input[name=versie]').first().inputValue();
      assert.ok(csrf && version, `the page state carries a token and a version (${version})`);
      const direct = await page.request.post(url(`/nl/team/inhoud/${OWN_TOPIC}/nl/publiceren`), {
        form: { csrf, versie: version },
        maxRedirects: 0,
        failOnStatusCode: false,
      });
      assert.equal(direct.status(), 403, 'publishing one’s own text is refused by the server');
      assert.match(await direct.text(), /U hebt aan deze tekst geschreven/);
      const publish = page.getByRole('button', { name: 'Publiceren', exact: true });
      if ((await publish.count()) > 0) {
        const refused = await press(page, publish);
        assert.equal(refused.status(), 403, 'the button is refused too');
        assert.match(await page.locator('main .hl-error-summary').innerText(), /U hebt aan deze tekst geschreven/);
      }
      await go(page, url, `/nl/team/inhoud/${OWN_TOPIC}/nl`);
      assert.deepEqual(await tagsOf(page), ['Gepubliceerd', 'Ter beoordeling'], 'the own text is not published');
      const fresh = await newContext(context.browser(), { javaScriptEnabled: js });
      try {
        const fp = await fresh.newPage();
        await go(fp, url, `/nl/rechten-en-plichten/${OWN_TOPIC}`);
        assert.ok(!(await fp.locator('main').innerText()).includes('Een zin van Piet zelf'), 'readers do not see it');
      } finally {
        await fresh.close();
      }
      assert.deepEqual(seen.problems, []);
    });

    // With JavaScript the toolbar marks up the text at the cursor and the preview follows the
    // typing; without it neither renders (the Markdown hint and the preview button remain).
    browserTest(`the toolbar and the live preview (${mode})`, options, async (context) => {
      const page = await context.newPage();
      const seen = watch(page);
      await logIn(page, url, EDITOR);
      await go(page, url, '/nl/team/inhoud/werk-zoeken/nl/bewerken');
      if (!js) {
        assert.equal(await page.locator('.hl-toolbar').count(), 0, 'no toolbar without JavaScript');
        assert.match(await page.locator('#body-hint').innerText(), /Markdown/);
        assert.equal(await page.getByRole('button', { name: 'Voorbeeld bekijken', exact: true }).count(), 1);
        return;
      }
      await page.locator('.hl-toolbar').waitFor();
      assert.equal(await page.getByRole('toolbar', { name: 'Opmaak' }).locator('button').count(), 4);
      await page.locator('#body').focus();
      await page.keyboard.press('Control+End');
      await page.keyboard.type('\n\nDeze zin verschijnt terwijl u typt.');
      await page.getByRole('toolbar', { name: 'Opmaak' }).getByRole('button', { name: 'Vet', exact: true }).click();
      assert.match(await page.inputValue('#body'), /\*\*tekst\*\*$/, 'the toolbar inserted bold markup at the cursor');
      const live = page.locator('.hl-editor__live .hl-preview');
      await live.waitFor({ timeout: 5_000 });
      await page.waitForFunction(() => document.querySelector('.hl-editor__live strong')?.textContent === 'tekst', null, { timeout: 5_000 });
      assert.match(await live.innerText(), /Deze zin verschijnt terwijl u typt\./);
      await axeClean(page, 'editor with live preview', js);
      assert.deepEqual(seen.problems, []);
    });

    browserTest(`stored XSS payloads in every field run nowhere (${mode})`, options, async (context) => {
      const expected = rustLiteralCount();
      assert.ok(expected >= 25, `the Rust list has at least 25 payloads (${expected})`);
      assert.equal(RUST_PAYLOADS.length, expected, 'every payload of the Rust list was read');
      assert.ok(PAYLOADS.length >= expected + OWN_PAYLOADS.length, `all payloads go along (${PAYLOADS.length})`);
      const body = [`${XSS_MARK}: begin.`, ...PAYLOADS, `${XSS_MARK}: einde.`].join('\n\n');
      const summary = `${SUMMARY_PAYLOAD}`.slice(0, 590);
      const title = `${TITLE_PAYLOAD} ${XSS_MARK}`.slice(0, 200);
      const note = NOTE_PAYLOAD.slice(0, 300);

      // The detector itself finds injected markup (checked on a page without JavaScript).
      const probe = await newContext(context.browser(), { javaScriptEnabled: false });
      try {
        const pp = await probe.newPage();
        await pp.setContent(
          '<a href=" javascript:alert(1)">a</a><p onclick="alert(1)">b</p><iframe></iframe><script>alert(1)</script>',
        );
        const hits = await domInjections(pp);
        assert.equal(hits.length, 4, `the XSS detector finds 4 injections on a planted page: ${JSON.stringify(hits)}`);
      } finally {
        await probe.close();
      }

      const page = await context.newPage();
      // The payload `<img src="/a.png" onload=…>` keeps a harmless local image that does not
      // exist: that one failed load is the test's own doing.
      const seen = watch(page, { allow: [/^\/a\.png$/] });
      const caught = await armXss(context, page, js);
      await logIn(page, url, EDITOR);
      await go(page, url, `/nl/team/inhoud/${XSS_TOPIC}/nl/bewerken`);
      await page.fill('#title', title);
      await page.fill('#summary', summary);
      await page.fill('#body', body);
      await page.fill('#note', note);
      await assertNoXss(page, caught, 'editor while typing', js);
      if (js) {
        // The live preview fetches and shows the typed text: wait until it does.
        await page.waitForFunction(
          (mark) => (document.querySelector('.hl-editor__live')?.textContent ?? '').includes(`${mark}: einde`),
          XSS_MARK,
          { timeout: 15_000 },
        );
      }
      await assertNoXss(page, caught, 'editor after typing', js);
      const previewed = await press(page, page.getByRole('button', { name: 'Voorbeeld bekijken', exact: true }));
      assert.equal(previewed.status(), 200, 'the preview of the payloads answers 200');
      assert.match(await page.locator('.hl-editor__preview').innerText(), new RegExp(`${XSS_MARK}: begin`), 'the preview shows the text');
      await assertNoXss(page, caught, 'editor preview', js);
      assert.equal(await page.inputValue('#title'), title, 'the title field keeps the typed text verbatim');
      await press(page, page.getByRole('button', { name: 'Opslaan als concept', exact: true }));
      assert.match(await banner(page), /De tekst is opgeslagen als concept/, `saving the payloads: ${page.url()}`);
      await assertNoXss(page, caught, 'page state after saving', js);
      await press(page, page.getByRole('button', { name: 'Indienen ter beoordeling', exact: true }));
      await assertNoXss(page, caught, 'page state after submitting', js);
      // Back in the editor: the stored text is shown in the fields (and the checks below it).
      await go(page, url, `/nl/team/inhoud/${XSS_TOPIC}/nl/bewerken`);
      await assertNoXss(page, caught, 'editor with the stored text', js);
      await press(page, page.getByRole('button', { name: 'Voorbeeld bekijken', exact: true }));
      await assertNoXss(page, caught, 'editor preview of the stored text', js);

      // The publisher publishes it.
      const pubPage = await newContext(context.browser(), { javaScriptEnabled: js });
      try {
        const pp = await pubPage.newPage();
        const pcaught = await armXss(pubPage, pp, js);
        await logIn(pp, url, PUBLISHER);
        await assertNoXss(pp, pcaught, 'overview (publisher)', js);
        await go(pp, url, `/nl/team/inhoud/${XSS_TOPIC}/nl`);
        await assertNoXss(pp, pcaught, 'page state (publisher)', js);
        const published = await press(pp, pp.getByRole('button', { name: 'Publiceren', exact: true }));
        assert.equal(published.status(), 200);
        assert.match(await banner(pp), /De tekst is gepubliceerd/, 'the payload text is published');
        await assertNoXss(pp, pcaught, 'page state after publishing', js);
      } finally {
        await pubPage.close();
      }

      // Every staff page that shows the stored text.
      await go(page, url, `/nl/team/inhoud/${XSS_TOPIC}/nl/versies`);
      await assertNoXss(page, caught, 'versions page', js);
      const { rows } = await table(page);
      const latest = Number(rows[0][2].match(/^\d+/)[0]);
      await go(page, url, `/nl/team/inhoud/${XSS_TOPIC}/nl/versies/${latest}`);
      assert.match(await page.locator('main article').innerText(), new RegExp(`${XSS_MARK}: begin`), 'the version page shows the text');
      await assertNoXss(page, caught, 'version page', js);
      await go(page, url, `/nl/team/inhoud/${XSS_TOPIC}/nl/vergelijken?van=1&naar=${latest}`);
      await assertNoXss(page, caught, 'diff page', js);
      await go(page, url, '/nl/team/inhoud');
      await assertNoXss(page, caught, 'overview', js);
      await go(page, url, `/nl/team/inhoud/${XSS_TOPIC}/en/bewerken`);
      await assertNoXss(page, caught, 'English editor with the payloads as Dutch source', js);

      // The public pages, anonymously.
      const anon = await newContext(context.browser(), { javaScriptEnabled: js });
      try {
        const ap = await anon.newPage();
        const acaught = await armXss(anon, ap, js);
        await go(ap, url, `/nl/rechten-en-plichten/${XSS_TOPIC}`);
        assert.match(await ap.locator('main').innerText(), new RegExp(`${XSS_MARK}: begin`), 'the public page shows the published text');
        await assertNoXss(ap, acaught, `public page /nl/rechten-en-plichten/${XSS_TOPIC}`, js);
        await go(ap, url, `/en/rechten-en-plichten/${XSS_TOPIC}`);
        await assertNoXss(ap, acaught, `public page /en/rechten-en-plichten/${XSS_TOPIC}`, js);
        await go(ap, url, '/nl/rechten-en-plichten');
        await assertNoXss(ap, acaught, 'public topic list /nl/rechten-en-plichten', js);
      } finally {
        await anon.close();
      }
      assert.deepEqual(
        seen.problems.filter((p) => !/Content Security Policy/i.test(p.detail)),
        [],
        'no other problems on the editor pages',
      );
    });
  });
}
