import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KARAOKE_HIGHLIGHT } from '../../../../lambdas/core/providers/builtin/captions.js';
import { renderRoastVideo, type BuiltinRenderOutput } from '../../../../lambdas/core/providers/builtin/index.js';
import { frameAt } from './media-checks.js';

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

/** A strict reading of a WebVTT file: its cues, with each word's start (inline timestamp or the cue's). */
function parseWebVtt(text: string): Array<{ startS: number; endS: number; words: Array<{ text: string; startS: number }> }> {
  const seconds = (t: string) => {
    const m = /^(\d{2,}):([0-5]\d):([0-5]\d)\.(\d{3})$/u.exec(t);
    if (!m) throw new Error(`bad timestamp ${t}`);
    return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) + Number(m[4]) / 1000;
  };
  const blocks = text.split(/\n\n+/u).map((b) => b.trim()).filter(Boolean);
  const header = blocks.shift()!;
  if (!/^WEBVTT(?:[ \t][^\n]*)?(?:\n[^\n]+)*$/u.test(header)) throw new Error('missing WEBVTT header');
  return blocks.map((block) => {
    const lines = block.split('\n');
    const timingAt = lines.findIndex((l) => l.includes('-->'));
    if (timingAt < 0 || timingAt > 1) throw new Error(`cue without timing: ${block}`);
    const [from, to] = lines[timingAt]!.split(' --> ');
    const startS = seconds(from!.trim());
    const endS = seconds(to!.trim().split(/\s/u)[0]!);
    if (!(endS > startS)) throw new Error(`cue ends before it starts: ${block}`);
    const payload = lines.slice(timingAt + 1).join('\n');
    if (/<(?!\d{2,}:\d{2}:\d{2}\.\d{3}>)/u.test(payload)) throw new Error(`unexpected markup: ${payload}`);
    let at = startS;
    const words = payload.split(' ').map((token) => {
      const m = /^<([^>]+)>(.*)$/u.exec(token);
      if (m) {
        const t = seconds(m[1]!);
        if (!(t > at && t < endS)) throw new Error(`timestamp ${m[1]} out of order or outside its cue`);
        at = t;
      }
      const word = (m ? m[2]! : token).replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&amp;/gu, '&');
      return { text: word, startS: at };
    });
    return { startS, endS, words };
  });
}

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
