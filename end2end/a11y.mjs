// What the accessibility tests share: walking the public site, html-validate, errors that reach
// everyone (focus, title, aria) and moving by keyboard. Not a test file itself.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HtmlValidate } from 'html-validate';
import { settle } from './harness.mjs';

const locales = join(dirname(fileURLToPath(import.meta.url)), '..', 'locales');

/** The eight languages, and which are written right to left. */
export const LANGUAGES = ['nl', 'en', 'ar', 'fa', 'tr', 'pl', 'ti', 'so'];
export const RTL = new Set(['ar', 'fa']);

/** A Fluent message's value in one language (single-line messages only). */
export function fluent(lang, file, key) {
  const text = readFileSync(join(locales, lang, file), 'utf8');
  const line = text.split('\n').find((l) => l.startsWith(`${key} =`));
  assert.ok(line, `${key} in ${lang}/${file}`);
  return line.slice(key.length + 2).trim();
}

/**
 * html-validate with its recommended rules; changed, and why:
 * - `attribute-boolean-style` off: Leptos writes boolean attributes as `name=""`, which the HTML
 *   standard allows as well; the rule only prefers the shorter spelling.
 * - `long-title` off: its 70-character limit is how much a search engine shows. A title here
 *   names the page and the municipality ("Samenwonen – Gemeente Voorbeeld"), as WCAG 2.4.2
 *   asks; a long page name is not shortened to fit a search result.
 * - `form-dup-name`: checkboxes of one group share their name (one value per ticked box), which
 *   is plain HTML; the rule's default only allows that for PHP-style `name[]`.
 */
export const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    'attribute-boolean-style': 'off',
    'long-title': 'off',
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
});

/** html-validate's messages for one page, as "line:column rule: message" strings. */
export async function htmlProblems(html) {
  const report = await validator.validateString(html);
  return report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}

/**
 * Every public HTML page reachable by links from each language's home page (same origin, the
 * language's own paths, no staff pages, no files), with its HTML as served. Also one search
 * with results per language. At most `limit` pages, so a link loop cannot run away.
 */
export async function crawl(baseUrl, { limit = 1500 } = {}) {
  const seen = new Set();
  const queue = [];
  const pages = [];
  const add = (path) => {
    if (!seen.has(path)) {
      seen.add(path);
      queue.push(path);
    }
  };
  for (const lang of LANGUAGES) {
    add(`/${lang}/`);
    add(`/${lang}/zoeken?q=${encodeURIComponent(lang === 'nl' ? 'huur' : 'a')}`);
  }
  while (queue.length > 0) {
    assert.ok(pages.length < limit, `more than ${limit} pages: a link loop?`);
    const path = queue.shift();
    const res = await fetch(new URL(path, baseUrl), { redirect: 'manual' });
    const type = res.headers.get('content-type') ?? '';
    if (!type.startsWith('text/html')) continue;
    const html = await res.text();
    pages.push({ path, status: res.status, html });
    for (const [, href] of html.matchAll(/<a\b[^>]*?\shref="([^"#]*)/g)) {
      const target = new URL(href.replaceAll('&amp;', '&'), new URL(path, baseUrl));
      if (target.origin !== new URL(baseUrl).origin) continue;
      const lang = target.pathname.split('/')[1];
      if (!LANGUAGES.includes(lang)) continue;
      if (target.pathname.includes('/team') || target.pathname.startsWith('/media/')) continue;
      // Each search is its own page; the walk keeps the ones it started with.
      if (target.pathname.endsWith('/zoeken') && target.search) continue;
      add(target.pathname + target.search);
    }
  }
  return pages;
}

/** Presses Tab until the focused element matches `selector` (at most `max` times). */
export async function tabTo(page, selector, max = 60) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return i;
    await page.keyboard.press('Tab');
  }
  assert.fail(`${selector} not reached with ${max} Tabs on ${page.url()}`);
}

/** Presses `key` on the focused element and waits for the next document. */
export async function pressAndLoad(page, key = 'Enter') {
  const [response] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press(key)]);
  await settle(page);
  return response;
}

/** What the focused element is: "#id", "a[href=…]" or the tag and class. */
export async function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    if (el.id) return `#${el.id}`;
    if (el.matches('a[href]')) return `a[href="${el.getAttribute('href')}"]`;
    return `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`;
  });
}

/**
 * A form that came back with errors reaches everyone:
 * - the error summary has the focus (also without JavaScript: `autofocus`);
 * - the title starts with the error prefix of the page's language ("Fout:");
 * - every link in the summary points at a field that exists;
 * - every error message is tied to its field: the field (every box of a group) has
 *   `aria-invalid="true"`, and its `aria-describedby` (or its fieldset's) names the message;
 * - every field marked invalid names an error message that exists.
 */
export async function expectErrorState(page, lang, { prefixes }) {
  assert.equal(await focused(page), 'div.hl-error-summary', `focus on the error summary (${page.url()})`);
  const title = await page.title();
  assert.ok(
    prefixes.some((p) => title.startsWith(`${p}:`)),
    `the title "${title}" starts with one of ${prefixes.map((p) => `"${p}:"`).join(', ')}`,
  );
  const problems = await page.evaluate(() => {
    const out = [];
    const describedBy = (el) => (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    for (const a of document.querySelectorAll('.hl-error-summary a[href^="#"]')) {
      if (!document.getElementById(a.getAttribute('href').slice(1))) out.push(`summary link ${a.getAttribute('href')} has no field`);
    }
    for (const message of document.querySelectorAll('.hl-error-message')) {
      if (!message.id?.endsWith('-error')) {
        out.push(`an error message without an id ending in -error: ${message.textContent.trim()}`);
        continue;
      }
      const field = document.getElementById(message.id.slice(0, -'-error'.length));
      if (!field) {
        out.push(`no field for #${message.id}`);
        continue;
      }
      const group = field.name ? [...document.getElementsByName(field.name)] : [field];
      for (const el of group) {
        if (el.getAttribute('aria-invalid') !== 'true') out.push(`#${el.id || el.name} has no aria-invalid="true"`);
        const names = [...describedBy(el), ...(el.closest('fieldset') ? describedBy(el.closest('fieldset')) : [])];
        if (!names.includes(message.id)) out.push(`#${el.id || el.name} is not described by #${message.id}`);
      }
    }
    for (const el of document.querySelectorAll('[aria-invalid="true"]')) {
      const names = [...describedBy(el), ...(el.closest('fieldset') ? describedBy(el.closest('fieldset')) : [])];
      if (!names.some((n) => document.getElementById(n)?.classList.contains('hl-error-message'))) {
        out.push(`#${el.id || el.name} is invalid but names no error message`);
      }
    }
    for (const el of document.querySelectorAll('[aria-describedby]')) {
      for (const n of describedBy(el)) if (!document.getElementById(n)) out.push(`#${el.id} names a missing #${n}`);
    }
    return out;
  });
  assert.deepEqual(problems, [], `errors tied to their fields on ${page.url()}`);
}

/**
 * Proper names and technical terms, which WCAG 3.1.2 does not ask to mark: the municipality's
 * own name (header, footer), the values of its snippets (its address, the name of its change
 * form), and these names of Dutch organisations and benefits used in the translations.
 */
export const PROPER_NAMES = ['Autoriteit Persoonsgegevens', 'bijzondere bijstand'];

/** Every Latin-script value in the snippets file (names set per municipality). */
export function snippetNames() {
  const text = readFileSync(join(locales, 'snippets.toml'), 'utf8');
  return [...text.matchAll(/^[a-z_]+ = "(.*)"$/gm)].map((m) => m[1]);
}

/**
 * Text in Latin script inside a page part in Arabic, Farsi or Tigrinya that is not marked as
 * another language: runs of two or more words of letters, outside code, e-mail and web
 * addresses, and the names in `allowed`. Returns them with the closest element's tag.
 */
export async function unmarkedLatinRuns(page, allowed) {
  return page.evaluate((allowed) => {
    const nonLatin = new Set(['ar', 'fa', 'ti']);
    const names = [document.querySelector('.hl-header__name')?.textContent.trim(), ...allowed].filter(Boolean);
    const found = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || el.closest('script, style, code, pre')) continue;
      const lang = el.closest('[lang]')?.getAttribute('lang') ?? '';
      if (!nonLatin.has(lang)) continue;
      let text = node.textContent.replace(/\S*[@/.]\S*\.\S+/g, ' ');
      for (const name of names) text = text.replaceAll(name, ' ');
      // Two or more Latin words in a row.
      for (const m of text.matchAll(/[A-Za-zÀ-ÿ]{2,}(?:[ \u00a0]+[A-Za-zÀ-ÿ]{2,})+/g)) {
        found.push(`${el.tagName.toLowerCase()}: ${m[0]}`);
      }
    }
    return found;
  }, allowed);
}
