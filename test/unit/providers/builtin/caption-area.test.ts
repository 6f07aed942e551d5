import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGE_CODES, type LanguageCode } from '../../../../lambdas/domain/languages.js';
import { buildAss, CAPTION_AREA, captionLayout, FRAME, MAX_PHRASE_CHARS, timedCuesForLine, type CaptionStyle } from '../../../../lambdas/engines/renderer/captions.js';
import { fontMetrics } from '../../../../lambdas/engines/renderer/font-metrics.js';
import { PHRASEBOOKS } from '../../../../lambdas/engines/writer/phrasebooks/registry.js';
import { fillFor, fillLine } from '../../../../lambdas/engines/writer/template.js';
import { allLines } from '../../../support/phrase-lines.js';
import { shapedGlyphIds } from './media-checks.js';

/**
 * Caption ink stays inside its box and the caption area (docs/renderer.md "Captions", "Safe area"): no white or
 * gold pixel of a caption outside its translucent box, below the area's bottom line (300 px above the frame's
 * bottom), beside its 80 px side margins, or in the top 10 %, measured on frames libass draws. Before, Noto
 * Nastaliq Urdu's descenders (deeper than the font's line descender, on which libass sits the line and draws the
 * box) hung below the box and up to 17 px below the area in 48 of the 196 Urdu phrases, and a Malayalam word
 * wider than the area (libass cannot wrap a word) ran 17 px past both sides.
 */

let work: string;
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'caption-area-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every phrasebook line of `language`, filled for a dog named Bruno, longest first. */
function filledLines(language: LanguageCode): string[] {
  const book = PHRASEBOOKS[language];
  const fill = fillFor(book, { cls: 'dog', count: 1, mixed: false }, 'Bruno');
  return allLines(book)
    .map((l) => fillLine(l.text, fill).replace(/\s+/g, ' ').trim())
    .sort((a, b) => [...b].length - [...a].length);
}

/**
 * The ink box (pixels brighter than 150: the white letters and the gold highlight) of one frame, and the
 * caption's translucent box: the rows with more than 60 pixels of its colour (mid grey under 70 % black, luma
 * 34–42; a glyph's dark halo crosses that band in a few pixels per row, never 60), its sides read on a row of its
 * bottom padding.
 */
interface Ink {
  left: number;
  right: number;
  top: number;
  bottom: number;
  pixels: number;
  box: { left: number; right: number; top: number; bottom: number };
}

/**
 * Draws every Dialogue event of the captions of `lines` (the renderer's cues, `style`) alone, one per frame,
 * with libass over mid grey, and returns each event's ink box with its text.
 */
function inkOfEvents(language: LanguageCode, lines: string[], style: Exclude<CaptionStyle, 'none'>): Array<{ ink: Ink; text: string }> {
  const cues = lines.flatMap((line) => timedCuesForLine(line, undefined, 0, 8, 1, MAX_PHRASE_CHARS, language));
  const document = buildAss(cues, language, style).split('\n');
  const events = document.filter((l) => l.startsWith('Dialogue:'));
  const head = document.filter((l) => !l.startsWith('Dialogue:'));
  const out: Array<{ ink: Ink; text: string }> = [];
  const Y0 = 100;
  const H = FRAME.height - Y0;
  const W = FRAME.width;
  const stamp = (s: number) => `0:${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}.00`;
  for (let from = 0; from < events.length; from += 120) {
    const batch = events.slice(from, from + 120).map((event, i) => {
      const fields = event.split(',');
      fields[1] = stamp(i);
      fields[2] = stamp(i + 1);
      return fields.join(',');
    });
    writeFileSync(path.join(work, 'c.ass'), [...head, ...batch].join('\n'));
    const raw = execFileSync(
      'ffmpeg',
      ['-v', 'error', '-f', 'lavfi', '-i', `color=c=0x808080:s=${W}x${FRAME.height}:d=${batch.length}:r=1`, '-vf', `ass=c.ass,crop=${W}:${H}:0:${Y0}`, '-f', 'rawvideo', '-pix_fmt', 'gray', '-'],
      { cwd: work, maxBuffer: 1 << 30 },
    );
    expect(raw.length).toBe(batch.length * W * H);
    batch.forEach((event, i) => {
      const ink: Ink = { left: W, right: -1, top: FRAME.height, bottom: -1, pixels: 0, box: { left: W, right: -1, top: FRAME.height, bottom: -1 } };
      const boxRows = new Array<number>(H).fill(0);
      for (let y = 0; y < H; y++) {
        for (let x = 0; x < W; x++) {
          const v = raw[(i * H + y) * W + x]!;
          if (v >= 34 && v <= 42) {
            boxRows[y]!++;
          }
          if (v <= 150) continue;
          ink.pixels++;
          ink.left = Math.min(ink.left, x);
          ink.right = Math.max(ink.right, x);
          ink.top = Math.min(ink.top, y + Y0);
          ink.bottom = Math.max(ink.bottom, y + Y0);
        }
      }
      boxRows.forEach((n, y) => {
        if (n <= 60) return;
        ink.box.top = Math.min(ink.box.top, y + Y0);
        ink.box.bottom = Math.max(ink.box.bottom, y + Y0);
      });
      // Its sides: the extent of the box colour along a row of its bottom padding (no glyph there).
      const padding = ink.box.bottom - Y0 - 3;
      for (let x = 0; padding > 0 && x < W; x++) {
        const v = raw[(i * H + padding) * W + x]!;
        if (v < 34 || v > 42) continue;
        ink.box.left = Math.min(ink.box.left, x);
        ink.box.right = Math.max(ink.box.right, x);
      }
      out.push({ ink, text: event.split(',').slice(9).join(',') });
    });
  }
  return out;
}

/** Each event whose ink leaves the caption area or its own box, described (empty when all are inside both). */
function outside(drawn: Array<{ ink: Ink; text: string }>): string[] {
  const area = { left: CAPTION_AREA.marginH, right: FRAME.width - CAPTION_AREA.marginH - 1, top: FRAME.height * 0.1, bottom: FRAME.height - CAPTION_AREA.marginV };
  return drawn
    .filter(
      ({ ink }) =>
        ink.left < area.left || ink.right > area.right || ink.top < area.top || ink.bottom > area.bottom ||
        ink.left < ink.box.left || ink.right > ink.box.right || ink.top < ink.box.top || ink.bottom > ink.box.bottom,
    )
    .map(({ ink, text }) => `${JSON.stringify(ink)} ${text}`);
}

describe('caption ink inside the caption area', () => {
  it('the layout comes from the caption font: Nastaliq is lifted by its glyphs’ depth below the line, Devanagari is not', () => {
    const nastaliq = fontMetrics('NotoNastaliqUrdu-Bold.ttf');
    expect(nastaliq.lowest).toBeGreaterThan(2 * nastaliq.descender);
    expect(captionLayout('ur').depthPx).toBeGreaterThan(20);
    expect(captionLayout('hi').depthPx).toBe(0);
    // The unshaped advance of a glyph the font has, and of one it lacks.
    expect(nastaliq.advance('ا'.codePointAt(0)!)).toBeGreaterThan(0);
    expect(fontMetrics('NotoSansDevanagari-Bold.ttf').advance('B'.codePointAt(0)!)).toBeUndefined();
  });

  it('every Urdu phrasebook line, every phrase and every karaoke slice: no ink below, beside or above the area', async () => {
    const lines = filledLines('ur');
    expect(lines.length).toBeGreaterThan(50);
    const phrases = inkOfEvents('ur', lines, 'phrase');
    expect(phrases.every(({ ink }) => ink.pixels > 500)).toBe(true);
    expect(outside(phrases)).toEqual([]);
    const slices = inkOfEvents('ur', lines.slice(0, 12), 'karaoke');
    expect(slices.length).toBeGreaterThan(100);
    expect(outside(slices)).toEqual([]);
    // Shaped without a missing glyph (the ink is the text's, not boxes).
    expect((await shapedGlyphIds('/usr/share/fonts/truetype/noto/NotoNastaliqUrdu-Bold.ttf', lines[0]!.replace(/Bruno/g, ''))).includes(0)).toBe(false);
  }, 240_000);

  it.each(LANGUAGE_CODES.filter((l) => l !== 'ur').map((l) => [l]))('%s: the 12 longest phrasebook lines stay inside the area', (language) => {
    const drawn = inkOfEvents(language, filledLines(language).slice(0, 12), 'phrase');
    expect(drawn.every(({ ink }) => ink.pixels > 300)).toBe(true);
    expect(outside(drawn)).toEqual([]);
  }, 120_000);

  it('a word wider than the area is drawn smaller, not past its sides (Malayalam)', () => {
    const layout = captionLayout('ml');
    expect(layout.scaleFor('അനങ്ങാതിരിക്കുന്നിടത്തോളം കാലം.')).toBeLessThan(100);
    expect(layout.scaleFor('നായ ഉറങ്ങുന്നു.')).toBe(100);
    const drawn = inkOfEvents('ml', ['അനങ്ങാതിരിക്കുന്നിടത്തോളം കാലം.'], 'karaoke');
    expect(outside(drawn)).toEqual([]);
  }, 60_000);
});
