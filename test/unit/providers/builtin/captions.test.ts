import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assTime, buildAss, cuesForLine, escapeAssText, MAX_PHRASE_CHARS, splitPhrases } from '../../../../lambdas/engines/renderer/captions.js';
import { cleanLine, narrationLines } from '../../../../lambdas/engines/renderer/text.js';
import { ocr } from './media-checks.js';

let work: string;
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'builtin-captions-test-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Renders an ASS document with libass over a grey 720×1280 frame; returns white-pixel rows and PNG. */
async function draw(ass: string): Promise<{ rows: number[]; png: Buffer }> {
  writeFileSync(path.join(work, 'c.ass'), ass);
  const png = execFileSync('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'color=c=0x808080:s=720x1280:d=1', '-vf', 'ass=filename=c.ass', '-frames:v', '1', '-f', 'image2pipe', '-c:v', 'png', '-'], { cwd: work });
  const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  const rows: number[] = [];
  for (let y = 0; y < info.height; y++) {
    for (let x = 0; x < info.width; x++) if (data[y * info.width + x]! > 200) {
      rows.push(y);
      break;
    }
  }
  return { rows, png };
}

describe('escapeAssText', () => {
  it('turns braces into libass literal escapes and disarms backslashes', () => {
    expect(escapeAssText('{\\pos(0,0)}hi')).toBe('\\{\\\u2060pos(0,0)\\}hi');
    expect(escapeAssText('a\\Nb')).toBe('a\\\u2060Nb');
    expect(escapeAssText('line\nbreak\r\nhere')).toBe('line break here');
  });

  it('keeps hostile override tags from moving, resizing or splitting the caption (rendered by libass)', async () => {
    const hostile = '{\\pos(10,10)\\fs200}Gotcha\\N{\\an8}done';
    const { rows, png } = await draw(buildAss([{ startS: 0, endS: 1, text: hostile }], 'en'));
    // Drawn literally in the caption band, on one or two wrapped rows, not at the top and not huge.
    expect(Math.min(...rows)).toBeGreaterThan(700);
    expect(Math.max(...rows)).toBeLessThan(1000);
    const text = await ocr(await sharp(png).extract({ left: 0, top: 650, width: 720, height: 350 }).negate().png().toBuffer(), 'eng');
    expect(text).toMatch(/Gotcha/);
    expect(text).toMatch(/pos/);
  }, 60_000);
});

describe('phrases and timing', () => {
  it('splits long lines at spaces into phrases of at most MAX_PHRASE_CHARS', () => {
    const line = 'This dog has clearly never been told no in his entire spoiled little life and it shows';
    const phrases = splitPhrases(line);
    expect(phrases.join(' ')).toBe(line);
    expect(phrases.length).toBeGreaterThan(1);
    for (const p of phrases) expect([...p].length).toBeLessThanOrEqual(MAX_PHRASE_CHARS);
  });

  it('shares a line’s time between its phrases by length, back to back', () => {
    const cues = cuesForLine('one two three four five six seven eight nine ten eleven twelve thirteen', 1, 4, 30);
    expect(cues[0]!.startS).toBe(1);
    expect(cues.at(-1)!.endS).toBe(4);
    for (let i = 1; i < cues.length; i++) expect(cues[i]!.startS).toBe(cues[i - 1]!.endS);
  });

  it('formats ASS times as H:MM:SS.cc', () => {
    expect(assTime(0)).toBe('0:00:00.00');
    expect(assTime(61.257)).toBe('0:01:01.26');
  });
});

describe('narration text cleaning', () => {
  it('normalises, drops controls and emoji, keeps Indic joiners', () => {
    expect(cleanLine('  Good\u0000 boy 🐶\u202E!  ')).toBe('Good boy !');
    expect(cleanLine('ന്‍')).toBe('ന്‍'.normalize('NFC'));
    expect(cleanLine('क्‍ष')).toContain('\u200D');
  });

  it('drops lines with nothing to say', () => {
    expect(narrationLines(['', 'Hello.', '  ', '!!'])).toEqual(['Hello.']);
  });
});
