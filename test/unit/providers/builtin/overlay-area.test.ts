import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LanguageCode } from '../../../../lambdas/domain/languages.js';
import { buildAss, captionBandTop, FRAME, MAX_PHRASE_CHARS, SAFE_AREA, timedCuesForLine } from '../../../../lambdas/engines/renderer/captions.js';
import { CROWN_LOWERED_HEIGHT, FILTER_LOOKS, LOOK_STYLE, overlayArea, overlayEvents, type BoxSpan } from '../../../../lambdas/engines/renderer/looks.js';
import { OPENER, titleAss } from '../../../../lambdas/engines/renderer/titles.js';
import { videoTitle } from '../../../../lambdas/engines/writer/title.js';
import { PHRASEBOOKS } from '../../../../lambdas/engines/writer/phrasebooks/registry.js';
import { fillFor, fillLine } from '../../../../lambdas/engines/writer/template.js';
import { allLines } from '../../../support/phrase-lines.js';

/**
 * The looks' overlays keep out of the captions, the apps' reserved bands and the opener's title (docs/renderer.md
 * "Filter looks"), measured on frames libass draws over mid grey: every overlay kind over a pet box low in the
 * frame, at its top and the whole photo, in languages with short and tall caption boxes, has no ink in the top
 * 10 %, the side 6 % or the caption band, and the band holds every caption box of the longest phrasebook lines;
 * the crown over a close-up and the opener's title never ink the same pixel in any frame of the opener; the
 * sparks of a whole-photo box are whole inside the frame; a crown lowered onto a close-up is drawn smaller. Before, the crown of a close-up was drawn under the
 * title and into the top band, the ticker bar ran behind the captions and the whole-photo sparks were cut in half.
 */
const FPS = 30;
const W: number = FRAME.width;
const H: number = FRAME.height;

let work: string;
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'overlay-area-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The frames `indices` (at 30 fps) of an ASS document drawn by libass over mid grey, as luma. */
function drawn(ass: string, indices: number[]): Uint8Array[] {
  writeFileSync(path.join(work, 'o.ass'), ass);
  const last = Math.max(...indices);
  const raw = execFileSync(
    'ffmpeg',
    ['-v', 'error', '-f', 'lavfi', '-i', `color=c=0x808080:s=${W}x${H}:r=${FPS}:d=${(last + 1) / FPS}`, '-vf', `ass=o.ass,select='${indices.map((i) => `eq(n,${i})`).join('+')}',format=gray`, '-fps_mode', 'passthrough', '-f', 'rawvideo', '-'],
    { cwd: work, maxBuffer: 1 << 30 },
  );
  expect(raw.length).toBe(indices.length * W * H);
  return indices.map((_, k) => new Uint8Array(raw.subarray(k * W * H, (k + 1) * W * H)));
}

/** Whether a pixel is ink: more than 25 luma levels off the grey background. */
const ink = (v: number) => Math.abs(v - 128) > 25;

/** The ink's bounding box and pixel count in a luma frame. */
function inkBox(frame: Uint8Array) {
  let [left, top, right, bottom, pixels] = [W, H, -1, -1, 0];
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      if (!ink(frame[y * W + x]!)) continue;
      pixels++;
      left = Math.min(left, x);
      right = Math.max(right, x);
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
    }
  }
  return { left, top, right, bottom, pixels };
}

/** An ASS document of the overlay of `filterId` over `box` for 3 s in `language` (no captions). */
const overlayDocument = (filterId: string, box: BoxSpan['box'], language: LanguageCode, revealS = 0) =>
  buildAss([], language, 'none', { styles: [LOOK_STYLE], events: overlayEvents(FILTER_LOOKS[filterId]!, [{ startS: 0, endS: 3, box }], overlayArea(language, revealS)) });

const BOXES = {
  low: { x: 120, y: 760, width: 480, height: 420 },
  top: { x: 60, y: 0, width: 600, height: 640 },
  whole: { x: 0, y: 0, width: W, height: H },
};
const LANGUAGES: LanguageCode[] = ['en', 'ur', 'ml', 'pa', 'ta'];

describe('overlays keep to the overlay area', () => {
  it.each(LANGUAGES.map((l) => [l]))('%s: the caption band holds the caption box of the 12 longest phrasebook lines', (language) => {
    const book = PHRASEBOOKS[language];
    const fill = fillFor(book, { cls: 'dog', count: 1, mixed: false }, 'Bruno');
    const lines = allLines(book)
      .map((l) => fillLine(l.text, fill).replace(/\s+/g, ' ').trim())
      .sort((a, b) => [...b].length - [...a].length)
      .slice(0, 12);
    // Every phrase on screen for one frame of its own.
    const cues = lines.flatMap((line) => timedCuesForLine(line, undefined, 0, 1, 1, MAX_PHRASE_CHARS, language));
    const timed = cues.map((cue, i) => ({ ...cue, startS: i / FPS, endS: (i + 1) / FPS, words: undefined }));
    const frames = drawn(buildAss(timed, language, 'phrase'), timed.map((_, i) => i));
    const tops = frames.map((f) => inkBox(f));
    expect(tops.every((b) => b.pixels > 1000)).toBe(true);
    const highest = Math.min(...tops.map((b) => b.top));
    expect(highest).toBeGreaterThanOrEqual(captionBandTop(language));
  }, 120_000);

  it.each(LANGUAGES.flatMap((l) => ['pet-maharaja', 'bollywood-burn', 'cricket-commentator'].flatMap((f) => Object.keys(BOXES).map((b) => [l, f, b]))))(
    '%s %s, %s box: no ink in the top band, the side bands or the caption band',
    (language, filterId, boxName) => {
      const [frame] = drawn(overlayDocument(filterId!, BOXES[boxName as keyof typeof BOXES], language as LanguageCode), [30]);
      const box = inkBox(frame!);
      expect(box.pixels).toBeGreaterThan(1500);
      expect(box.top).toBeGreaterThanOrEqual(SAFE_AREA.top);
      expect(box.left).toBeGreaterThanOrEqual(SAFE_AREA.side);
      expect(box.right).toBeLessThan(W - SAFE_AREA.side);
      expect(box.bottom).toBeLessThan(captionBandTop(language as LanguageCode));
    },
    60_000,
  );

  it('a whole-photo box: the four sparks are whole, each its full size, inside the frame', () => {
    const [frame] = drawn(overlayDocument('bollywood-burn', BOXES.whole, 'hi'), [30]);
    // Four separate sparks: one in each quadrant of the overlay area, each as tall as it is wide (a spark cut by
    // an edge is not) and all of the same size.
    const quadrant = (x0: number, x1: number, y0: number, y1: number) => {
      const part = new Uint8Array(W * H).fill(128);
      for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) part[y * W + x] = frame![y * W + x]!;
      return inkBox(part);
    };
    const midY = Math.round((SAFE_AREA.top + captionBandTop('hi')) / 2);
    const sparks = [quadrant(0, W / 2, 0, midY), quadrant(W / 2, W, 0, midY), quadrant(0, W / 2, midY, H), quadrant(W / 2, W, midY, H)];
    const size = 0.25 * W;
    for (const s of sparks) {
      expect(s.left).toBeGreaterThan(0);
      expect(s.top).toBeGreaterThan(0);
      expect(s.right).toBeLessThan(W - 1);
      expect(s.bottom).toBeLessThan(H - 1);
      expect(Math.abs(s.right - s.left - size)).toBeLessThan(10);
      expect(Math.abs(s.bottom - s.top - size)).toBeLessThan(10);
    }
  }, 60_000);

  it.each([['en'], ['hi'], ['ur']])('%s: the crown of a close-up and the opener\'s title never ink the same pixel; the crown is revealed as the title goes', (language) => {
    const lang = language as LanguageCode;
    const frames = Array.from({ length: Math.round((OPENER.endS + 0.6) * FPS) }, (_, i) => i);
    const title = titleAss({ language: lang, title: videoTitle(lang, 'Rocky') });
    const titleFrames = drawn(buildAss([], lang, 'none', title), frames);
    const crownFrames = drawn(overlayDocument('pet-maharaja', BOXES.top, lang, OPENER.endS), frames);
    const overlaps = frames.map((i) => {
      let n = 0;
      for (let p = 0; p < W * H; p++) if (ink(titleFrames[i]![p]!) && ink(crownFrames[i]![p]!)) n++;
      return n;
    });
    expect(overlaps.filter((n) => n > 0)).toEqual([]);
    // The test is not empty: the title is drawn across the crown's place, and the crown is there once revealed.
    const titleInk = inkBox(titleFrames[Math.round(0.6 * FPS)]!);
    const crownInk = inkBox(crownFrames[frames.length - 1]!);
    expect(titleInk.pixels).toBeGreaterThan(2000);
    expect(crownInk.pixels).toBeGreaterThan(5000);
    expect(crownInk.top).toBeLessThan(titleInk.bottom);
    expect(crownInk.bottom).toBeGreaterThan(titleInk.top);
    expect(crownInk.top).toBeGreaterThanOrEqual(SAFE_AREA.top);
    // Lowered onto a head at the frame's top, it is drawn smaller: at most CROWN_LOWERED_HEIGHT tall, outline included.
    expect(crownInk.bottom - crownInk.top + 1).toBeLessThanOrEqual(CROWN_LOWERED_HEIGHT + 8);
    expect(crownInk.bottom - crownInk.top + 1).toBeGreaterThan(CROWN_LOWERED_HEIGHT - 8);
    // It fades in: part-drawn one frame after the reveal, fully drawn 0.3 s after it.
    const at = (s: number) => inkBox(crownFrames[Math.round(s * FPS)]!).pixels;
    expect(at(OPENER.endS - 0.05)).toBe(0);
    expect(at(OPENER.endS + 0.34)).toBeGreaterThan(5000);
  }, 120_000);
});
