// Browser tests for the content pages: topics, life events, films and search,
// in Dutch, English and Arabic (right-to-left). Accessibility (axe-core),
// pages without JavaScript, RTL layout, translation notices, the film player's
// files, print styles and screenshots at 320 and 1280 px.
//
// Run from end2end/:
//   HELDER_BIN=../target/debug/helder HELDER_SITE_ROOT=../target/site node --test tests/

import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { browserSuite, newContext, pathOf, screenshotPath, axeViolations, settle } from '../harness.mjs';
import { addStaffUser, logIn, press, visit } from '../flows.mjs';

const suite = browserSuite({ navTimeoutMs: 15_000, actionTimeoutMs: 10_000, testTimeoutMs: 60_000 });
const { url, browserTest, httpTest, open, followLink } = suite;

/** Same rule tags as test i in site.test.mjs. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Search words that occur in the body of each language's kostendeler page.
 * Arabic: "الإيجار" (the rent), from locales/ar/topics/kostendeler.md
 * ("مثل الإيجار والكهرباء والغاز والماء").
 */
const SEARCH_WORD = { nl: 'huur', en: 'rent', ar: 'الإيجار' };
const searchPath = (lang) => `/${lang}/zoeken?q=${encodeURIComponent(SEARCH_WORD[lang])}`;

const TOPIC = 'kostendeler';
const PUBLISHER = { email: 'publisher@gemeente.nl', role: 'publisher', name: 'Publisher', password: 'een lang wachtwoord voor de publisher' };
const FILM = 'iemand-komt-bij-u-wonen';
const FILMS = ['wat-moet-ik-doorgeven', 'iemand-komt-bij-u-wonen'];
const topicPath = (lang, slug = TOPIC) => `/${lang}/rechten-en-plichten/${slug}`;
const lifeEventsPath = (lang) => `/${lang}/rechten-en-plichten/levensgebeurtenissen`;
const filmPath = (lang, slug = FILM) => `/${lang}/films/${slug}`;

/**
 * With JavaScript on, after `open`: the page's print button is in place (its few bytes of
 * inline script ran under the CSP), or (`printButton: false`) the page has none. Each caller
 * says which, so a page that lost its button fails instead of passing silently. Public pages
 * have no islands: no leptos-island element, so no wasm to load.
 */
async function expectPrintButton(page, { printButton }) {
  assert.equal(typeof printButton, 'boolean', 'say whether the page has a print button');
  assert.equal(await page.locator('leptos-island').count(), 0, `no island on ${page.url()}`);
  const button = page.locator('button.hl-print-button');
  if (!printButton) {
    assert.equal(await button.count(), 0, `no print button on ${page.url()}`);
    return;
  }
  assert.equal(await button.count(), 1, `the print button is in place on ${page.url()}`);
  assert.ok(await button.isVisible(), 'the print button is visible');
}

async function expectNoHorizontalScroll(page, width) {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scrollWidth <= width, `no horizontal scroll at ${width}px (scrollWidth ${scrollWidth}) on ${page.url()}`);
}

async function visibleH1(page) {
  const h1 = page.locator('h1');
  assert.equal(await h1.count(), 1, `one h1 on ${page.url()}`);
  assert.ok(await h1.isVisible(), `the h1 is visible on ${page.url()}`);
  const text = (await h1.innerText()).trim();
  assert.notEqual(text, '', `the h1 has text on ${page.url()}`);
  return text;
}

/** The film player and transcript as served (works with or without JavaScript). */
async function expectFilmPage(page) {
  await visibleH1(page);
  const video = page.locator('main video');
  assert.equal(await video.count(), 1, 'one video element');
  assert.ok(await video.isVisible(), 'the video element is visible');
  assert.equal(await video.getAttribute('preload'), 'none', 'video[preload=none]');
  assert.ok((await video.getAttribute('poster'))?.trim(), 'the video has a poster');
  const types = await video.locator('source').evaluateAll((els) => els.map((s) => s.getAttribute('type')));
  assert.deepEqual(types.sort(), ['video/mp4', 'video/webm'], 'a webm and an mp4 source');
  const tracks = await video
    .locator('track')
    .evaluateAll((els) => els.map((t) => `${t.getAttribute('kind')}:${t.getAttribute('srclang')}`));
  assert.ok(tracks.includes('captions:nl'), `a Dutch captions track (${tracks})`);
  // Translated from the Dutch narration: subtitles, not captions.
  assert.ok(tracks.includes('subtitles:en'), `an English subtitles track (${tracks})`);
  assert.equal(tracks.filter((t) => t.startsWith('captions:')).length, 1, `only the Dutch track is captions (${tracks})`);
  const transcript = page.locator('main .hl-transcript');
  assert.equal(await transcript.count(), 1, 'one .hl-transcript');
  assert.ok(await transcript.isVisible(), 'the transcript is visible');
  const paragraphs = await transcript.locator('p').allInnerTexts();
  assert.ok(paragraphs.filter((p) => p.trim().length > 20).length >= 3, `transcript paragraphs (${paragraphs.length})`);
  // The transcript comes after the player.
  const order = await page.evaluate(() => {
    const v = document.querySelector('main video');
    const t = document.querySelector('main .hl-transcript');
    return Boolean(v.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  assert.ok(order, 'the transcript follows the video');
}

// ---------------------------------------------------------------------------
// 1. Accessibility: axe-core on the content pages in nl, en and ar

const axePages = [];
for (const lang of ['nl', 'en', 'ar']) {
  axePages.push(
    { path: `/${lang}/`, status: 200, printButton: true },
    { path: topicPath(lang), status: 200, printButton: true },
    { path: lifeEventsPath(lang), status: 200, printButton: true },
    { path: filmPath(lang), status: 200, printButton: false },
    { path: searchPath(lang), status: 200, results: true, printButton: false },
    { path: `/${lang}/bestaat-niet`, status: 404, printButton: false },
  );
}
axePages.push({ path: '/nl/rechten-en-plichten', status: 200, printButton: false });

for (const { path, status, results, printButton } of axePages) {
  browserTest(`1. axe-core: no WCAG A/AA violations on ${decodeURI(path)}`, {}, async (context) => {
    const { page, watch } = await open(context, path, status);
    await expectPrintButton(page, { printButton });
    if (results) {
      // Check a real results page, not the "no results" tips.
      assert.ok((await page.locator('ol.hl-results > li').count()) > 0, `${decodeURI(path)} has results`);
    }
    const violations = await axeViolations(page, { runOnly: AXE_TAGS });
    const summary = violations.map(
      (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
    assert.deepEqual(summary, []);
    const checked = await page.evaluate(() => globalThis.axe.getRules(['wcag2a', 'wcag2aa']).length);
    assert.ok(checked > 10, `axe-core has WCAG AA rules (${checked})`);
    assert.deepEqual(watch.problems, []);
  });
}

// ---------------------------------------------------------------------------
// 2. Without JavaScript

const noJs = { javaScriptEnabled: false };

browserTest('2. no JS: searching through the form on /nl/ lands on results with highlights', noJs, async (context) => {
  const { page, watch } = await open(context, '/nl/');
  const input = page.locator('form.hl-search #q');
  assert.equal(await input.count(), 1, 'the home page has the search form');
  await input.fill('huur');
  const navigation = page.waitForURL((u) => u.pathname === '/nl/zoeken', { waitUntil: 'load' });
  await input.press('Enter');
  await navigation;
  const current = new URL(page.url());
  assert.equal(current.pathname, '/nl/zoeken');
  assert.equal(current.searchParams.get('q'), 'huur', `query string of ${page.url()}`);
  assert.equal(await page.locator('#q').inputValue(), 'huur', 'the query stays in the box');
  const items = page.locator('ol.hl-results > li');
  assert.ok((await items.count()) > 0, 'at least one result');
  const marks = await page.locator('ol.hl-results mark').allInnerTexts();
  assert.ok(marks.length > 0, 'results highlight the query with <mark>');
  assert.ok(
    marks.every((m) => m.toLowerCase().includes('huur')),
    `every <mark> contains the query (${JSON.stringify(marks)})`,
  );
  const hrefs = await items.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.ok(hrefs.includes('/nl/rechten-en-plichten/kostendeler'), `kostendeler is a result (${hrefs})`);
  const status = await page.locator('main [role="status"]').innerText();
  assert.match(status, /\d/, `the status line gives a count (${status})`);

  // A result link works without JavaScript too.
  const res = await followLink(page, items.first().locator('a[href]').first());
  assert.equal(res.status(), 200);
  await visibleH1(page);
  assert.deepEqual(watch.problems, []);
});

browserTest('2. no JS: empty and junk queries show tips, never an error', noJs, async (context) => {
  for (const q of ['', 'zzqxv', '"<i id=injected>x</i>%%', ' '.repeat(3), 'a'.repeat(200)]) {
    const { page, watch } = await open(context, `/nl/zoeken?q=${encodeURIComponent(q)}`);
    await visibleH1(page);
    assert.equal(await page.locator('ol.hl-results > li').count(), 0, `no results for ${JSON.stringify(q)}`);
    const tips = page.locator('main .hl-inset');
    assert.ok(await tips.isVisible(), `tips are shown for ${JSON.stringify(q)}`);
    assert.ok((await tips.locator('li').count()) >= 2, 'tips list');
    assert.equal(await page.locator('#injected').count(), 0, 'the query is escaped, not injected');
    assert.deepEqual(watch.problems, []);
    await page.close();
  }
});

browserTest('2. no JS: a topic page renders fully', noJs, async (context) => {
  const { page, watch } = await open(context, topicPath('nl'));
  await visibleH1(page);
  assert.equal(await page.locator('html').getAttribute('lang'), 'nl');
  assert.ok(await page.locator('main .hl-lead').isVisible(), 'lead paragraph');
  const prose = page.locator('main article .hl-prose');
  assert.ok(await prose.isVisible(), 'the article text is visible');
  assert.ok((await prose.locator('h2').count()) >= 3, 'the article has sections');
  assert.ok((await prose.locator('p').count()) >= 5, 'the article has paragraphs');
  assert.ok((await prose.locator('ul > li').count()) >= 2, 'the article has a list');
  assert.ok(await page.locator('nav.hl-breadcrumbs').isVisible(), 'breadcrumbs');
  assert.match(await page.locator('.hl-updated').innerText(), /\d{4}/, 'an update date');
  assert.equal(await page.locator('button.hl-print-button').count(), 0, 'no print button without JavaScript');
  assert.deepEqual(watch.problems, []);
});

browserTest('2. no JS: the life-events page renders fully and links to topics', noJs, async (context) => {
  const { page, watch } = await open(context, lifeEventsPath('nl'));
  await visibleH1(page);
  const prose = page.locator('main .hl-prose');
  assert.ok(await prose.isVisible(), 'the text is visible');
  assert.ok((await prose.locator('h2').count()) >= 5, 'one section per life event');
  const links = await prose
    .locator('a[href^="/nl/rechten-en-plichten/"]')
    .evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')))]);
  assert.ok(links.length >= 5, `links to topics (${links.length})`);
  // Every linked topic exists.
  for (const href of links) {
    const res = await page.request.get(url(href));
    assert.equal(res.status(), 200, `linked topic ${href}`);
  }
  assert.deepEqual(watch.problems, []);
});

for (const slug of FILMS) {
  browserTest(`2. no JS: the film page ${slug} renders player and transcript`, noJs, async (context) => {
    const { page, watch } = await open(context, filmPath('nl', slug));
    await expectFilmPage(page);
    assert.deepEqual(watch.problems, []);
  });
}

browserTest('2. no JS: following a link from the topic index opens the topic', noJs, async (context) => {
  const { page, watch } = await open(context, '/nl/rechten-en-plichten');
  await visibleH1(page);
  const links = page.locator('main ul.hl-topic-list a[href]');
  assert.ok((await links.count()) >= 10, `the index lists the topics (${await links.count()})`);
  const link = page.locator(`main a[href="${topicPath('nl')}"]`).first();
  const linkText = (await link.innerText()).trim();
  const res = await followLink(page, link);
  assert.equal(res.status(), 200);
  assert.equal(pathOf(page.url()), topicPath('nl'));
  assert.equal(await visibleH1(page), linkText, 'the topic h1 matches the link text');
  assert.ok(await page.locator('main .hl-prose').isVisible(), 'the topic text is visible');
  assert.deepEqual(watch.problems, []);
});

// ---------------------------------------------------------------------------
// 3. Right-to-left: Arabic

for (const path of ['/ar/', topicPath('ar')]) {
  browserTest(`3. RTL layout on ${path}`, {}, async (context) => {
    const { page, watch } = await open(context, path);
    await expectPrintButton(page, { printButton: true });
    assert.equal(await page.locator('html').getAttribute('dir'), 'rtl', 'html[dir=rtl]');
    assert.equal(await page.locator('html').getAttribute('lang'), 'ar', 'html[lang=ar]');
    assert.equal(
      await page.locator('main').evaluate((m) => getComputedStyle(m).direction),
      'rtl',
      'computed direction of main',
    );

    // The h1 starts at the right edge of the main column.
    const h1 = await page.locator('main h1').evaluate((h) => {
      const m = document.querySelector('main').getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(h);
      const rects = [...range.getClientRects()];
      return { mainLeft: m.left, mainRight: m.right, textRight: Math.max(...rects.map((r) => r.right)) };
    });
    assert.ok(
      Math.abs(h1.mainRight - h1.textRight) <= 2,
      `the h1 text is aligned to the right of main (${JSON.stringify(h1)})`,
    );

    // The language switcher is in the header and visible.
    const switcher = page.locator('nav.hl-language-switcher');
    assert.equal(await switcher.count(), 1, 'one language switcher');
    assert.equal(await page.locator('header nav.hl-language-switcher').count(), 1, 'the switcher is inside the header');
    assert.ok(await switcher.isVisible(), 'the switcher is visible');
    const [sw, header] = [await switcher.boundingBox(), await page.locator('header').boundingBox()];
    assert.ok(
      sw.x >= header.x - 1 && sw.x + sw.width <= header.x + header.width + 1 && sw.y >= header.y - 1 && sw.y + sw.height <= header.y + header.height + 1,
      `the switcher lies within the header box (${JSON.stringify({ sw, header })})`,
    );

    if (path === topicPath('ar')) {
      // Bullet and indent on the right. In an RTL list the indent
      // (padding-inline-start) is on the right: the li box is flush with the
      // list's left edge and stops short of its right edge, where the marker
      // sits; the first line of text starts at the li's right edge.
      const geo = await page.evaluate(() => {
        const li = document.querySelector('.hl-prose ul li');
        const ul = li.parentElement;
        const main = document.querySelector('main');
        const box = (el) => {
          const b = el.getBoundingClientRect();
          return { left: b.left, right: b.right };
        };
        const range = document.createRange();
        range.selectNodeContents(li);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0);
        const top = Math.min(...rects.map((r) => r.top));
        const firstLine = rects.filter((r) => r.top < top + 4);
        return {
          li: box(li),
          ul: box(ul),
          main: box(main),
          firstLine: { left: Math.min(...firstLine.map((r) => r.left)), right: Math.max(...firstLine.map((r) => r.right)) },
          direction: getComputedStyle(li).direction,
        };
      });
      const info = JSON.stringify(geo);
      assert.equal(geo.direction, 'rtl', 'the list item is rtl');
      const indentRight = geo.main.right - geo.li.right;
      const indentLeft = geo.li.left - geo.main.left;
      assert.ok(indentRight >= 10, `the list indent is on the right (${indentRight}px) ${info}`);
      assert.ok(indentRight > indentLeft, `more indent on the right than on the left ${info}`);
      assert.ok(
        geo.ul.right - geo.li.right > geo.li.left - geo.ul.left,
        `the marker space is on the right side of the list ${info}`,
      );
      assert.ok(
        Math.abs(geo.li.right - geo.firstLine.right) <= 2,
        `the first line of the item starts at its right edge ${info}`,
      );
    }

    // No horizontal scroll at 320 px.
    await page.setViewportSize({ width: 320, height: 640 });
    await expectNoHorizontalScroll(page, 320);
    assert.ok(await switcher.isVisible(), 'the switcher is visible at 320px');
    assert.deepEqual(watch.problems, []);
  });
}

// ---------------------------------------------------------------------------
// 4. Translation notices

// One test (and so one fresh browser context and cache) per language.
for (const lang of ['en', 'ar']) {
  browserTest(`4. the ${lang} translation of ${TOPIC} says it is an aid and links the Dutch text`, {}, async (context) => {
    const { page, watch } = await open(context, topicPath(lang));
    assert.equal(await page.locator('article').getAttribute('lang'), lang, `article[lang=${lang}]`);
    const notice = page.locator('main .hl-notice');
    assert.equal(await notice.count(), 1, `one .hl-notice on ${topicPath(lang)}`);
    assert.ok(await notice.isVisible(), 'the notice is visible');
    const dutch = notice.locator('a[hreflang="nl"]');
    assert.equal(await dutch.count(), 1, 'the notice links the Dutch page');
    assert.equal(await dutch.getAttribute('href'), topicPath('nl'));
    if (lang === 'ar') {
      assert.match(await notice.innerText(), /[\u0600-\u06FF]/, 'the Arabic notice is in Arabic');
    }
    const res = await followLink(page, dutch);
    assert.equal(res.status(), 200);
    assert.equal(pathOf(page.url()), topicPath('nl'));
    assert.equal(await page.locator('html').getAttribute('lang'), 'nl');
    assert.equal(await page.locator('main .hl-notice').count(), 0, 'the Dutch original has no notice');
    assert.deepEqual(watch.problems, []);
  });
}

browserTest('4. an untranslated page in Arabic shows the Dutch text with a notice', {}, async (context) => {
  // Every shipped page is translated; a publisher takes the Arabic version of one offline.
  await addStaffUser(suite.server, PUBLISHER);
  const staff = await newContext(context.browser());
  const desk = await staff.newPage();
  await logIn(desk, url, PUBLISHER);
  await visit(desk, url('/nl/team/inhoud/vermogen/ar'));
  const removed = await press(desk, desk.getByRole('button', { name: 'Verwijderen' }));
  assert.equal(removed.status(), 200, `removed: ${desk.url()}`);
  await staff.close();

  const nl = await open(context, topicPath('nl', 'vermogen'));
  const dutchH1 = await visibleH1(nl.page);
  await nl.page.close();

  const { page, watch } = await open(context, topicPath('ar', 'vermogen'));
  assert.equal(await page.locator('html').getAttribute('lang'), 'ar', 'the page shell stays Arabic');
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  const notice = page.locator('main .hl-notice');
  assert.equal(await notice.count(), 1, 'one .hl-notice');
  assert.ok(await notice.isVisible(), 'the notice is visible');
  assert.match(await notice.innerText(), /[\u0600-\u06FF]/, 'the notice is in Arabic');
  const article = page.locator('main article');
  assert.equal(await article.count(), 1);
  assert.equal(await article.getAttribute('lang'), 'nl', 'article[lang=nl]');
  assert.equal(
    await article.evaluate((a) => getComputedStyle(a).direction),
    'ltr',
    'the Dutch text runs left to right',
  );
  assert.equal(await visibleH1(page), dutchH1, 'the h1 is the Dutch one');
  assert.deepEqual(watch.problems, []);
});

// ---------------------------------------------------------------------------
// 5. Film files

for (const slug of FILMS) {
  browserTest(`5. film ${slug}: preload=none, files same-origin and served, ranges, captions`, {}, async (context) => {
    const { page, watch } = await open(context, filmPath('nl', slug));
    await expectFilmPage(page);
    const origin = new URL(page.url()).origin;
    const media = await page.locator('main video').evaluate((v) => ({
      poster: v.poster,
      sources: [...v.querySelectorAll('source')].map((s) => ({ src: s.src, type: s.type })),
      tracks: [...v.querySelectorAll('track')].map((t) => ({ src: t.src, srclang: t.srclang })),
    }));
    // preload="none": the browser fetched no film bytes on its own.
    const fetchedMedia = watch.responses.filter((r) => /\.(mp4|webm)$/.test(r.pathname));
    assert.deepEqual(fetchedMedia, [], 'no film bytes loaded before the visitor presses play');

    const all = [media.poster, ...media.sources.map((s) => s.src), ...media.tracks.map((t) => t.src)];
    assert.equal(all.length, 3 + 8, `poster, 2 sources, a track in each of the 8 languages (${JSON.stringify(all)})`);
    for (const href of all) {
      assert.equal(new URL(href).origin, origin, `${href} is same-origin`);
      const res = await page.request.get(href);
      assert.equal(res.status(), 200, `GET ${href}`);
      assert.ok((await res.body()).length > 0, `${href} is not empty`);
    }

    const mp4 = media.sources.find((s) => s.type === 'video/mp4').src;
    const ranged = await page.request.get(mp4, { headers: { Range: 'bytes=0-99' } });
    assert.equal(ranged.status(), 206, 'a Range request answers 206');
    assert.equal((await ranged.body()).length, 100, '100 bytes');
    assert.match(ranged.headers()['content-range'] ?? '', /^bytes 0-99\/\d+$/, 'Content-Range');

    for (const track of media.tracks) {
      const res = await page.request.get(track.src);
      const text = (await res.text()).replace(/^\uFEFF/, '');
      assert.ok(text.startsWith('WEBVTT'), `${track.srclang} captions start with WEBVTT`);
      assert.match(text, /-->/, `${track.srclang} captions have cues`);
    }

    const trackCount = await page.locator('main video').evaluate((v) => v.textTracks.length);
    assert.ok(trackCount >= 2, `video.textTracks.length >= 2 (${trackCount})`);
    assert.deepEqual(watch.problems, []);
  });
}

// ---------------------------------------------------------------------------
// 6. Print

const display = (locator) => locator.evaluate((el) => getComputedStyle(el).display);

browserTest('6. print: a topic page hides navigation and shows source URL and date', {}, async (context) => {
  const { page, watch } = await open(context, topicPath('nl'));
  await expectPrintButton(page, { printButton: true });
  const hidden = {
    'service navigation': page.locator('header nav.hl-service-nav'),
    'language switcher': page.locator('nav.hl-language-switcher'),
    breadcrumbs: page.locator('nav.hl-breadcrumbs'),
    'print button': page.locator('button.hl-print-button'),
    'film link': page.locator('.hl-film-link'),
  };
  for (const [name, loc] of Object.entries(hidden)) {
    assert.equal(await loc.count(), 1, `one ${name} on the topic page`);
    assert.notEqual(await display(loc), 'none', `the ${name} shows on screen`);
  }
  const printOnly = page.locator('.hl-print-only');
  assert.equal(await display(printOnly), 'none', '.hl-print-only is hidden on screen');

  await page.emulateMedia({ media: 'print' });
  for (const [name, loc] of Object.entries(hidden)) {
    assert.equal(await display(loc), 'none', `the ${name} is hidden in print`);
  }
  assert.ok(await printOnly.isVisible(), '.hl-print-only is visible in print');
  assert.ok((await printOnly.innerText()).includes(page.url()), 'the printed page says its URL');
  const updated = page.locator('.hl-updated');
  assert.ok(await updated.isVisible(), '.hl-updated is visible in print');
  assert.match(await updated.innerText(), /\d{1,2}[-./ ]\d{1,2}[-./ ]\d{4}|\d{4}-\d{2}-\d{2}/, 'the date');
  assert.ok(await page.locator('.hl-checked').isVisible(), 'the day it was checked against the law prints too');
  assert.ok(await page.locator('main article .hl-prose').isVisible(), 'the text itself prints');

  // The search form (on the topic index) is hidden in print too.
  const index = await open(context, '/nl/rechten-en-plichten');
  const form = index.page.locator('form.hl-search');
  assert.equal(await form.count(), 1);
  assert.notEqual(await display(form), 'none', 'the search form shows on screen');
  await index.page.emulateMedia({ media: 'print' });
  assert.equal(await display(form), 'none', 'the search form is hidden in print');
  assert.deepEqual(watch.problems, []);
  assert.deepEqual(index.watch.problems, []);
});

browserTest('6. print: a PDF of the Dutch kostendeler page', {}, async (context) => {
  const { page, watch } = await open(context, topicPath('nl'));
  await expectPrintButton(page, { printButton: true });
  const file = screenshotPath('kostendeler-nl.pdf');
  await page.pdf({ path: file, format: 'A4', printBackground: true });
  const size = statSync(file).size;
  assert.ok(size > 10 * 1024, `the PDF is larger than 10 KB (${size} bytes)`);
  assert.deepEqual(watch.problems, []);
});

// ---------------------------------------------------------------------------
// 7. Screenshots at 320 and 1280 px

const shotPages = [
  { name: 'topic-nl', path: topicPath('nl'), printButton: true },
  { name: 'topic-ar', path: topicPath('ar'), printButton: true },
  { name: 'home-ar', path: '/ar/', printButton: true },
  { name: 'life-events-nl', path: lifeEventsPath('nl'), printButton: true },
  { name: 'film-nl', path: filmPath('nl'), printButton: false },
  { name: 'search-ar', path: searchPath('ar'), printButton: false },
];

for (const shot of shotPages) {
  const narrow = { viewport: { width: 320, height: 640 } };
  browserTest(`7. screenshots ${shot.name}-320.png and -1280.png without horizontal scroll`, narrow, async (context) => {
    const { page, watch } = await open(context, shot.path);
    await expectPrintButton(page, { printButton: shot.printButton });
    for (const [width, height] of [
      [320, 640],
      [1280, 800],
    ]) {
      await page.setViewportSize({ width, height });
      await expectNoHorizontalScroll(page, width);
      const file = screenshotPath(`${shot.name}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      assert.ok(statSync(file).size > 1000, `${file} was written`);
    }
    assert.deepEqual(watch.problems, []);
  });
}

// ---------------------------------------------------------------------------
// 8. Revisits: the HTML carries an ETag and `Cache-Control: no-cache`, so the
// browser revalidates and may get a 304. Chromium then merges the 304's
// headers into the cached answer, so the 304 must carry the same CSP (with the
// script hashes) as the 200, or the page's inline bootstrap script is blocked.

for (const path of ['/nl/', topicPath('nl')]) {
  httpTest(`8. a conditional GET of ${path} keeps the Content-Security-Policy of the 200`, async () => {
    const first = await fetch(url(path));
    await first.arrayBuffer();
    assert.equal(first.status, 200);
    const etag = first.headers.get('etag');
    const csp = first.headers.get('content-security-policy');
    // Pages are served with a validator, so a revisit can be a 304: that is what is checked.
    assert.ok(etag, `${path} has an ETag`);
    assert.ok(csp?.includes("'sha256-"), `${path} has a CSP with script hashes: ${csp}`);
    const again = await fetch(url(path), { headers: { 'If-None-Match': etag } });
    await again.arrayBuffer();
    assert.equal(again.status, 304, 'the same ETag is answered with 304');
    assert.equal(
      again.headers.get('content-security-policy'),
      csp,
      'the 304 repeats the CSP of the body it validates (Chromium keeps the 304 headers)',
    );
  });
}

browserTest('8. a page revisited in the same browser (a 304) still gets its print button', {}, async (context) => {
  const { page, watch } = await open(context, topicPath('nl'));
  await expectPrintButton(page, { printButton: true });
  await page.goto(url('/nl/'), { waitUntil: 'load' });
  // Only what the server logs from here on counts: an earlier test may have left a 304 too.
  const mark = suite.server.logMark();
  const res = await page.goto(url(topicPath('nl')), { waitUntil: 'load' });
  assert.equal(res.status(), 200);
  // The revisit really went through a 304 (Playwright reports the cached 200;
  // the server log has the truth). Without it this test would check nothing.
  // The server's output reaches us through a pipe: give its line a moment to arrive.
  const revalidated = () =>
    suite.server
      .logsSince(mark)
      .split('\n')
      .some((line) => line.includes(`path=${topicPath('nl')}}`) && /status=304\b/.test(line));
  for (let waited = 0; !revalidated() && waited < 5_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
  assert.ok(revalidated(), 'the server answered the revisit with 304 (see its log)');
  await settle(page);
  const csp = watch.problems.filter((p) => /Content Security Policy/.test(p.detail));
  assert.deepEqual(csp.map((p) => `${pathOf(p.url)}: ${p.detail.slice(0, 90)}…`), [], 'no CSP blocks on the revisit');
  await expectPrintButton(page, { printButton: true });
  assert.deepEqual(watch.problems, []);
});
