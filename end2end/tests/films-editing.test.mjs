// Browser test of film upload (issue 6): an editor uploads a film with Dutch captions, a poster
// and a transcript through the staff form (JavaScript on and off), links it to a topic, and a
// reader's Chromium plays it on the public page with the captions showing. axe-core on the
// film editor pages; a screenshot of the playing film.
//
// Run from end2end/:
//   HELDER_BIN=../target/debug/helder HELDER_SITE_ROOT=../target/site node --test tests/films-editing.test.mjs

import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, before } from 'node:test';
import { browserSuite, screenshotPath } from '../harness.mjs';
import { addStaffUser, axeClean, logIn, press, visit } from '../flows.mjs';

const media = join(dirname(dirname(dirname(fileURLToPath(import.meta.url)))), 'app', 'src', 'films', 'media');
const EDITOR = { email: 'fleur@voorbeeld.nl', role: 'editor', name: 'Fleur Film', password: 'a long password 123' };

for (const js of [true, false]) {
  const mode = js ? 'js' : 'nojs';
  describe(`film upload, JavaScript ${js ? 'on' : 'off'}`, () => {
    const suite = browserSuite({ testTimeoutMs: 90_000 });
    const { url, browserTest, watch } = suite;
    const slug = `werkuren-uitleg-${mode}`;
    const flow = {};

    before(async () => {
      await addStaffUser(suite.server, EDITOR);
    });

    browserTest(`an editor uploads a film with captions, poster and transcript (${mode})`, { javaScriptEnabled: js }, async (context) => {
      const page = await context.newPage();
      const seen = watch(page);
      await logIn(page, url, EDITOR);
      assert.equal((await visit(page, url('/nl/team/films'))).status(), 200);
      await axeClean(page, 'film list', js);
      await press(page, page.getByRole('link', { name: /Nieuwe film/i }).first());
      assert.ok(page.url().endsWith('/nl/team/films/nieuw'), page.url());
      await axeClean(page, 'new film form', js);

      await page.fill('#slug', slug);
      await page.fill('#title', 'Uw werkuren veranderen: wat doet u?');
      await page.fill('#summary', 'Een korte film over het doorgeven van werkuren.');
      await page.locator('input[name=topic][value=werkuren]').check();
      await page.fill('#transcript', 'Werkt u meer of minder uren? Geef het door.\n\nDan klopt uw uitkering.');
      await page.setInputFiles('#video', join(media, 'wat-moet-ik-doorgeven.webm'));
      await page.setInputFiles('#poster', join(media, 'wat-moet-ik-doorgeven.jpg'));
      await page.setInputFiles('#captions', join(media, 'wat-moet-ik-doorgeven.nl.vtt'));
      const done = await press(page, page.locator('main form button[type=submit]').last());
      assert.equal(done.status(), 200, `after upload: ${page.url()}`);
      assert.match(page.url(), new RegExp(`/nl/team/films/${slug}\\?klaar=aangemaakt$`));
      const detail = await page.locator('main').innerText();
      assert.match(detail, /webm/i, 'the file history lists the video');
      // Stored under generated names only, never the uploaded one.
      const links = await page.locator('main a[href^="/media/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      assert.ok(links.length >= 3, `video, poster and captions are linked: ${links}`);
      for (const href of links) {
        assert.match(href, /^\/media\/[0-9a-f]{32}\.(webm|jpg|vtt)$/, href);
      }
      await axeClean(page, 'film detail page', js);
      assert.deepEqual(seen.problems, []);
      flow.uploaded = true;
    });

    // The reader's browser plays the film: <video> needs no script of ours, but the test reads
    // the player's state through JavaScript, so this context has it on in both modes.
    browserTest(`a reader plays the uploaded film with captions (${mode})`, {}, async (context) => {
      assert.ok(flow.uploaded, 'the film was uploaded');
      const page = await context.newPage();
      const seen = watch(page);
      const topic = await visit(page, url('/nl/rechten-en-plichten/werkuren'));
      assert.equal(topic.status(), 200);
      await press(page, page.locator(`a[href="/nl/films/${slug}"]`));
      assert.ok(page.url().endsWith(`/nl/films/${slug}`), page.url());
      const track = page.locator('video track[kind=captions][srclang=nl]');
      assert.equal(await track.count(), 1, 'a Dutch caption track');
      assert.match(await track.getAttribute('src'), /^\/media\/[0-9a-f]{32}\.vtt$/);
      assert.match(await page.locator('video').getAttribute('poster'), /^\/media\/[0-9a-f]{32}\.jpg$/);
      assert.match(await page.locator('.hl-transcript').innerText(), /Werkt u meer of minder uren/);

      const state = await page.evaluate(async () => {
        const video = document.querySelector('video');
        video.muted = true;
        await video.play();
        const deadline = Date.now() + 15000;
        // Wait until the film has played a little and a caption is on screen.
        while (Date.now() < deadline) {
          const track = video.textTracks[0];
          if (video.currentTime > 1.5 && track && track.activeCues && track.activeCues.length > 0) break;
          await new Promise((r) => setTimeout(r, 100));
        }
        const track = video.textTracks[0];
        return {
          time: video.currentTime,
          paused: video.paused,
          error: video.error && video.error.code,
          source: video.currentSrc,
          mode: track && track.mode,
          cues: track && track.cues ? track.cues.length : 0,
          active: track && track.activeCues ? [...track.activeCues].map((c) => c.text) : [],
        };
      });
      assert.equal(state.error, null, `the video plays: ${JSON.stringify(state)}`);
      assert.ok(state.time > 1.5, `the video advanced: ${JSON.stringify(state)}`);
      assert.match(state.source, /\/media\/[0-9a-f]{32}\.webm$/);
      assert.equal(state.mode, 'showing', 'Dutch captions are on by default');
      assert.ok(state.cues > 5, `the captions loaded: ${JSON.stringify(state)}`);
      assert.ok(state.active.length > 0 && state.active[0].length > 3, `a caption shows while playing: ${JSON.stringify(state)}`);
      await page.screenshot({ path: screenshotPath(`films-playing-${mode}-1280.png`) });
      // Byte ranges: the browser fetched the video in parts (206), from Helder itself.
      const range = await page.evaluate(async (src) => {
        const r = await fetch(src, { headers: { Range: 'bytes=0-99' } });
        return { status: r.status, length: (await r.arrayBuffer()).byteLength, contentRange: r.headers.get('content-range') };
      }, state.source);
      assert.deepEqual([range.status, range.length], [206, 100]);
      assert.match(range.contentRange, /^bytes 0-99\/\d+$/);
      assert.deepEqual(seen.problems, []);
    });
  });
}
