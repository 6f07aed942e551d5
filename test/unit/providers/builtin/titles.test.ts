import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../../../../lambdas/domain/languages.js';
import { renderRoastVideo, type BuiltinRenderOutput } from '../../../../lambdas/engines/renderer/index.js';
import { END_CARD, OPENER, titleAss } from '../../../../lambdas/engines/renderer/titles.js';
import { buildAss } from '../../../../lambdas/engines/renderer/captions.js';
import { titleName, videoTitle } from '../../../../lambdas/engines/writer/title.js';
import { LANGUAGE_PROFILES } from '../../../../lambdas/engines/speech/voices.js';
import { PHRASEBOOKS } from '../../../../lambdas/engines/writer/phrasebooks/registry.js';
import { frameAt, lumaFrames, ocr, parseWebVtt, shapedGlyphIds } from './media-checks.js';

/**
 * The opener and the end card (docs/renderer.md "Opener and end card") on pixels: a flat grey photo (so any
 * ink is the titles'), rendered without titles, with the opener and a client's outro (English and Hindi), and
 * read back: tesseract reads the pet's name on an opener frame and the outro on the end card; without an outro
 * the last 1.5 s hold no ink; the fades are measured as ramps of luma; the voice and the WebVTT cues keep their
 * times when the end card lengthens the video.
 */
const RENDER_TIMEOUT = 400_000;
const FPS = 30;
const LINE_EN = 'This cat thinks the whole house belongs to her.';
const LINE_HI = 'यह बिल्ली सोचती है कि पूरा घर उसका है।';
const OUTRO_EN = { text: 'Made with PetRoast', handle: '@petroast' };
const OUTRO_HI = { text: 'पेटरोस्ट के साथ बनाया' };

let work: string;
let plain: BuiltinRenderOutput;
let titled: BuiltinRenderOutput;
let hindi: BuiltinRenderOutput;
beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'titles-test-'));
  const photo = path.join(work, 'grey.png');
  await sharp({ create: { width: 720, height: 1280, channels: 3, background: { r: 120, g: 120, b: 120 } } }).png().toFile(photo);
  const base = { media: { path: photo, kind: 'image' as const }, boxes: [], workDir: work, captionStyle: 'none' as const };
  plain = await renderRoastVideo({ ...base, script: { lines: [LINE_EN], language: 'en' } });
  titled = await renderRoastVideo({ ...base, script: { lines: [LINE_EN], language: 'en' }, opener: { title: videoTitle('en', 'Bruno') }, outro: OUTRO_EN });
  hindi = await renderRoastVideo({ ...base, script: { lines: [LINE_HI], language: 'hi' }, opener: { title: videoTitle('hi', 'ब्रूनो') }, outro: OUTRO_HI });
}, RENDER_TIMEOUT);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Pixels of a luma frame within rows [y0, y1) whose level is more than 25 off the grey background's. */
const inkIn = (frame: Uint8Array, y0: number, y1: number, background: number) => {
  let n = 0;
  for (let i = y0 * 720; i < y1 * 720; i++) if (Math.abs(frame[i]! - background) > 25) n++;
  return n;
};
/** Mean luma of rows [y0, y1). */
const meanLuma = (frame: Uint8Array, y0: number, y1: number) => {
  let sum = 0;
  for (let i = y0 * 720; i < y1 * 720; i++) sum += frame[i]!;
  return sum / ((y1 - y0) * 720);
};
const frameCount = (r: BuiltinRenderOutput) => Math.round(r.durationS * FPS);
/** The title band (upper third) and the end card's text band, in frame rows. */
const TITLE_ROWS = [150, 420] as const;
const CARD_ROWS = [480, 780] as const;
/** A band of the frame for OCR: the white glyphs only, black on white (the titles' black outline and shadow read as punctuation otherwise). */
const textBand = (rows: readonly [number, number]) => `crop=720:${rows[1] - rows[0]}:0:${rows[0]},format=gray,lut=y='if(gt(val,190),0,255)'`;

describe('opener', () => {
  it('titles the video with the pet\'s name in the narration language (OCR eng and hin)', async () => {
    const en = await ocr(await frameAt(titled.videoPath, 0.6, textBand(TITLE_ROWS)), 'eng');
    expect(en).toMatch(/Roast of Bruno/);
    const hi = await ocr(await frameAt(hindi.videoPath, 0.6, textBand(TITLE_ROWS)), 'hin');
    expect(hi.replace(/\s+/gu, ' ')).toMatch(/ब्रूनो का रोस्ट/);
  }, RENDER_TIMEOUT);

  it('fades in and out: the title\'s ink ramps up over 0.25 s, holds, ramps down over 0.3 s and is gone after 1.2 s', async () => {
    const count = Math.round(OPENER.endS * FPS) + 6;
    const { frames } = await lumaFrames(titled.videoPath, 0, count);
    const { frames: bare } = await lumaFrames(plain.videoPath, 0, 1);
    const background = meanLuma(bare[0]!, ...TITLE_ROWS);
    const ink = frames.map((f) => inkIn(f, ...TITLE_ROWS, background));
    const peak = Math.max(...ink);
    expect(peak).toBeGreaterThan(3000);
    const inFrames = Math.round(OPENER.fadeInS * FPS);
    const outFrom = Math.round((OPENER.endS - OPENER.fadeOutS) * FPS);
    // Fade in: starts near nothing, rises frame by frame (a little jitter allowed), reaches the plateau.
    expect(ink[0]!).toBeLessThan(0.25 * peak);
    for (let i = 1; i <= inFrames; i++) expect(ink[i]!).toBeGreaterThanOrEqual(ink[i - 1]! * 0.97);
    expect(ink[inFrames + 1]!).toBeGreaterThan(0.9 * peak);
    // Plateau, then fade out to nothing.
    for (let i = inFrames + 1; i < outFrom; i++) expect(ink[i]!).toBeGreaterThan(0.9 * peak);
    for (let i = outFrom + 1; i < Math.round(OPENER.endS * FPS); i++) expect(ink[i]!).toBeLessThanOrEqual(ink[i - 1]! * 1.03);
    expect(ink[Math.round(OPENER.endS * FPS) - 1]!).toBeLessThan(0.35 * peak);
    for (let i = Math.round(OPENER.endS * FPS) + 1; i < count; i++) expect(ink[i]!).toBe(0);
    // Without an opener the band is bare from the first frame.
    const { frames: plainFrames } = await lumaFrames(plain.videoPath, 0, count);
    for (const f of plainFrames) expect(inkIn(f, ...TITLE_ROWS, background)).toBe(0);
  }, RENDER_TIMEOUT);

  it('has a title line in every language that its caption font shapes with no missing glyph', async () => {
    for (const language of LANGUAGE_CODES) {
      const profile = LANGUAGE_PROFILES[language];
      const font = `/usr/share/fonts/truetype/noto/${profile.fontFile}`;
      const { named, generic } = PHRASEBOOKS[language].title;
      expect(named.text).toContain('{name}');
      expect(named.en).toContain('{name}');
      expect(videoTitle(language, null)).toBe(generic.text);
      expect(videoTitle(language, '  ')).toBe(generic.text);
      expect(videoTitle(language, 'Bruno')).toBe(named.text.replace('{name}', 'Bruno'));
      // The name stands alone: a space, a colon or the end on both sides of the placeholder (no case ending glued on).
      expect(named.text).toMatch(/(?:^|[\s:])\{name\}(?:$|[\s:])/u);
      for (const text of [generic.text, named.text.replace('{name}', '').trim()]) {
        const ids = await shapedGlyphIds(font, text);
        expect(ids.length, `${language}: ${text}`).toBeGreaterThan(0);
        expect(ids, `${language}: ${text}`).not.toContain(0);
      }
    }
  }, RENDER_TIMEOUT);

  it('lays Urdu out right to left, the Latin name apart from the postposition by a space', () => {
    // The title as the renderer writes it, with the Latin run coloured red (one tag added inside our own
    // font tag) so its ink can be told from the Nastaliq's, drawn by libass over grey.
    const t = titleAss({ language: 'ur', title: videoTitle('ur', 'Bruno') });
    const event = t.events[0]!.replace('\\fnNoto Sans', '\\1c&H0000FF&\\fnNoto Sans');
    expect(event).not.toBe(t.events[0]);
    const file = path.join(work, 'urdu-title.ass');
    writeFileSync(file, buildAss([], 'ur', 'none', { styles: t.styles, events: [event] }));
    const raw = spawnSync('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'color=c=gray:s=720x1280:d=1', '-vf', `ass=${file},crop=720:200:0:170,format=rgb24`, '-ss', '0.6', '-frames:v', '1', '-f', 'rawvideo', '-']).stdout;
    expect(raw.length).toBe(720 * 200 * 3);
    const red = { min: 720, max: -1 };
    const white = { min: 720, max: -1 };
    for (let i = 0; i < raw.length; i += 3) {
      const x = (i / 3) % 720;
      const [r, g, b] = [raw[i]!, raw[i + 1]!, raw[i + 2]!];
      const box = r > 180 && g < 90 && b < 90 ? red : r > 200 && g > 200 && b > 200 ? white : undefined;
      if (box) [box.min, box.max] = [Math.min(box.min, x), Math.max(box.max, x)];
    }
    // "Bruno کا روسٹ" read right to left: the name is the rightmost word, the Nastaliq to its left.
    expect(red.max).toBeGreaterThan(red.min + 80);
    expect(white.max).toBeGreaterThan(white.min + 60);
    expect(red.min).toBeGreaterThan(white.max);
    // A space's width between them (13 px measured; 5 px when libass drew the space in the Nastaliq font).
    expect(red.min - white.max).toBeGreaterThanOrEqual(10);
  });

  it('names the pet a prompt names, and nobody for a caller\'s own script', () => {
    expect(titleName({ text: 'Roast my lazy beagle Bruno', text_mode: 'prompt', language: 'en' })).toBe('Bruno');
    expect(titleName({ text: 'Bruno sleeps all day.', text_mode: 'script', language: 'en' })).toBeUndefined();
    expect(titleName({ text: 'Bruno sleeps all day.', language: 'en' })).toBeUndefined();
  });
});

describe('end card', () => {
  it('shows the client\'s outro text and handle (OCR eng and hin)', async () => {
    const crop = `crop=720:${CARD_ROWS[1] - CARD_ROWS[0]}:0:${CARD_ROWS[0]}`;
    const t = titled.durationS - END_CARD.fadeOutS - 0.25;
    const en = await ocr(await frameAt(titled.videoPath, t, crop), 'eng');
    expect(en).toMatch(/Made with PetRoast/);
    expect(en).toMatch(/@petroast/);
    const hi = await ocr(await frameAt(hindi.videoPath, hindi.durationS - END_CARD.fadeOutS - 0.25, crop), 'hin');
    expect(hi.replace(/\s+/gu, ' ')).toMatch(/पेटरोस्ट के साथ बनाया/);
  }, RENDER_TIMEOUT);

  it('is absent by default: the last 1.5 s of a render without an outro have no ink and differ from the outro render', async () => {
    const n = Math.round(END_CARD.durationS * FPS);
    const { frames: last } = await lumaFrames(plain.videoPath, frameCount(plain) - n, n);
    expect(last).toHaveLength(n);
    const background = meanLuma(last[0]!, 0, 1280);
    for (const f of last) {
      expect(inkIn(f, 0, 1280, background)).toBe(0);
      expect(Math.abs(meanLuma(f, 0, 1280) - background)).toBeLessThan(2);
    }
    const { frames: card } = await lumaFrames(titled.videoPath, frameCount(titled) - 20, 1);
    expect(inkIn(card[0]!, ...CARD_ROWS, meanLuma(card[0]!, 100, 300))).toBeGreaterThan(2000);
    expect(meanLuma(card[0]!, 100, 300)).toBeLessThan(background - 40);
  }, RENDER_TIMEOUT);

  it('fades in (the picture dims over 0.3 s) and the video fades to black over its last 0.3 s', async () => {
    const total = frameCount(titled);
    const cardFrames = Math.round(END_CARD.durationS * FPS);
    const { frames } = await lumaFrames(titled.videoPath, total - cardFrames - 3, cardFrames + 3);
    // Mean luma of a band with no text (rows 100–300): the backdrop's dimming, then the fade to black.
    const level = frames.map((f) => meanLuma(f, 100, 300));
    const before = level[0]!;
    const inEnd = 3 + Math.round(END_CARD.fadeInS * FPS);
    for (let i = 4; i <= inEnd; i++) expect(level[i]!).toBeLessThanOrEqual(level[i - 1]! + 0.5);
    const dimmed = level[inEnd + 1]!;
    expect(before - dimmed).toBeGreaterThan(40);
    // The ramp is gradual: some frame lies between the two levels by more than a quarter of the drop.
    expect(level.slice(4, inEnd).some((v) => v < before - 0.25 * (before - dimmed) && v > dimmed + 0.25 * (before - dimmed))).toBe(true);
    const outFrom = level.length - Math.round(END_CARD.fadeOutS * FPS);
    for (let i = inEnd + 2; i < outFrom; i++) expect(Math.abs(level[i]! - dimmed)).toBeLessThan(2);
    for (let i = outFrom + 1; i < level.length; i++) expect(level[i]!).toBeLessThanOrEqual(level[i - 1]! + 0.5);
    expect(level.at(-1)!).toBeLessThan(24);
  }, RENDER_TIMEOUT);

  it('lengthens the video by the card (gap + 1.5 s − the 0.8 s tail) and keeps the voice and the WebVTT cues in time', () => {
    expect(titled.durationS - plain.durationS).toBeCloseTo(END_CARD.gapS + END_CARD.durationS - 0.8, 1);
    const cuesPlain = parseWebVtt(readFileSync(plain.subtitlesPath, 'utf8'));
    const cuesTitled = parseWebVtt(readFileSync(titled.subtitlesPath, 'utf8'));
    expect(cuesTitled).toEqual(cuesPlain);
    // The voice as heard: silencedetect on the MP4's audio; speech starts with the first cue and ends with the last.
    const detect = spawnSync('ffmpeg', ['-v', 'info', '-nostats', '-i', titled.videoPath, '-af', 'silencedetect=n=-45dB:d=0.15', '-f', 'null', '-'], { encoding: 'utf8' });
    const ends = [...detect.stderr.matchAll(/silence_end: ([\d.]+)/gu)].map((m) => Number(m[1]));
    const starts = [...detect.stderr.matchAll(/silence_start: ([\d.]+)/gu)].map((m) => Number(m[1]));
    expect(ends[0]!).toBeCloseTo(cuesTitled[0]!.startS, 1);
    const line = titled.speech.at(-1)!;
    const lastWordEnd = line.startS + line.words!.at(-1)!.endS;
    expect(Math.abs(starts.at(-1)! - lastWordEnd)).toBeLessThan(0.1);
    expect(lastWordEnd).toBeLessThanOrEqual(cuesTitled.at(-1)!.endS);
    // The card comes after the last word.
    expect(titled.durationS - END_CARD.durationS).toBeGreaterThan(cuesTitled.at(-1)!.endS);
  });
});
