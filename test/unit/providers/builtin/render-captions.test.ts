import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KARAOKE_HIGHLIGHT } from '../../../../lambdas/engines/renderer/captions.js';
import { renderRoastVideo, type BuiltinRenderOutput } from '../../../../lambdas/engines/renderer/index.js';
import { frameAt, parseWebVtt } from './media-checks.js';

/**
 * A whole render with each caption style, over a plain grey photo so every caption pixel stands out:
 * karaoke shows the gold word while it is spoken, `none` leaves the picture untouched, and the WebVTT
 * beside the video parses and holds the script's words in order (docs/renderer.md "Subtitles").
 */
const RENDER_TIMEOUT = 300_000;
const LINES = ['Bruno, you lazy dog.', 'Even the sofa is tired of you & your <snoring>!'];

let work: string;
let grey: string;
beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'render-captions-test-'));
  grey = path.join(work, 'grey.png');
  await sharp({ create: { width: 720, height: 1280, channels: 3, background: { r: 128, g: 128, b: 128 } } }).png().toFile(grey);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const [hr, hg, hb] = KARAOKE_HIGHLIGHT.rgb;
/** Pixels of a frame that are gold, and that differ from the grey photo at all. */
async function census(png: Buffer): Promise<{ gold: number; changed: number }> {
  const { data } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  let gold = 0;
  let changed = 0;
  for (let i = 0; i < data.length; i += 3) {
    const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
    if (Math.abs(r - hr) < 40 && Math.abs(g - hg) < 40 && Math.abs(b - hb) < 70) gold++;
    if (Math.abs(r - 128) > 12 || Math.abs(g - 128) > 12 || Math.abs(b - 128) > 12) changed++;
  }
  return { gold, changed };
}

describe.each(['karaoke', 'none'] as const)('renderRoastVideo with caption style %s', (captionStyle) => {
  let out: BuiltinRenderOutput;
  beforeAll(async () => {
    out = await renderRoastVideo({ media: { path: grey, kind: 'image' }, boxes: [], script: { lines: LINES, language: 'en' }, workDir: work, captionStyle });
  }, RENDER_TIMEOUT);

  it('writes WebVTT subtitles that parse, one cue per phrase, whose words in order are the script', () => {
    const cues = parseWebVtt(readFileSync(out.subtitlesPath, 'utf8'));
    expect(cues.length).toBe(out.cues.length);
    expect(cues.flatMap((c) => c.words.map((w) => w.text)).join(' ')).toBe(LINES.join(' '));
    for (let i = 1; i < cues.length; i++) expect(cues[i]!.startS).toBeGreaterThanOrEqual(cues[i - 1]!.endS);
    // Words are timed: every word after a cue's first carries its own start, the burned-in one.
    const timed = out.cues.flatMap((c) => c.words!.slice(1));
    const parsed = cues.flatMap((c) => c.words.slice(1));
    expect(parsed.length).toBeGreaterThan(5);
    parsed.forEach((w, i) => expect(Math.abs(w.startS - timed[i]!.startS), w.text).toBeLessThanOrEqual(0.0006));
  });

  it(captionStyle === 'none' ? 'burns in no caption pixels' : 'shows the spoken word in gold, and only while it is spoken', async () => {
    const words = out.cues.flatMap((c) => c.words!).filter((w) => w.endS - w.startS > 0.15);
    for (const word of [words[1]!, words[4]!, words.at(-1)!]) {
      const frame = await census(await frameAt(out.videoPath, (word.startS + word.endS) / 2));
      if (captionStyle === 'none') {
        expect(frame, `at ${word.text}`).toEqual({ gold: 0, changed: 0 });
      } else {
        expect(frame.gold, `gold while "${word.text}" is spoken`).toBeGreaterThan(100);
        expect(frame.changed).toBeGreaterThan(5000);
      }
    }
    // Before the first line is spoken (the lead) nothing is drawn in either style.
    expect(await census(await frameAt(out.videoPath, 0.1))).toEqual({ gold: 0, changed: 0 });
  }, RENDER_TIMEOUT);
});
