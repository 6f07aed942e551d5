import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAss, withLatinRuns } from '../../../../lambdas/engines/renderer/captions.js';

/**
 * Latin words inside Urdu captions (docs/renderer.md "Captions"): drawn in Noto Sans at the size whose
 * capitals are as tall as the Nastaliq alif, measured on frames libass draws.
 */

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'urdu-latin-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

/** Renders cue `text` of an Urdu caption alone on a black 720×1280 frame; the ink's height in rows (luma > 128). */
async function inkHeight(text: string, name: string): Promise<number> {
  await writeFile(path.join(dir, `${name}.ass`), buildAss([{ startS: 0, endS: 1, text }], 'ur'), 'utf8');
  const gray = execFileSync('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'color=black:s=720x1280:d=1', '-vf', `ass=${name}.ass`, '-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'gray', 'pipe:1'], {
    cwd: dir,
    maxBuffer: 8 * 1024 * 1024,
  });
  // The caption box is translucent black: only the white letters pass 128.
  const rows: number[] = [];
  for (let y = 0; y < 1280; y++) {
    for (let x = 0; x < 720; x++) {
      if (gray[y * 720 + x]! > 128) {
        rows.push(y);
        break;
      }
    }
  }
  return rows.length === 0 ? 0 : rows[rows.length - 1]! - rows[0]! + 1;
}

describe('Latin runs in Urdu captions', () => {
  it('wraps each Latin run in our own font and size tags around escaped text', () => {
    expect(withLatinRuns('میرا Mr. Bruno کتا', 50)).toBe('میرا{\\fnNoto Sans\\fs50} Mr. Bruno {\\r}کتا');
    expect(withLatinRuns('{\\fs200}', 50)).toBe('\\{\\\u2060{\\fnNoto Sans\\fs50}fs{\\r}200\\}');
    expect(buildAss([{ startS: 0, endS: 1, text: 'OK' }], 'hi')).not.toContain('\\fn');
  });

  it('a Latin capital is as tall as the Nastaliq alif around it (within 15 %), not 1.5× as before', async () => {
    const alif = await inkHeight('ا ا ا', 'alif');
    const capitals = await inkHeight('HHH', 'capitals');
    expect(alif).toBeGreaterThan(15);
    expect(capitals / alif).toBeGreaterThan(0.85);
    expect(capitals / alif).toBeLessThan(1.15);
  });
});
