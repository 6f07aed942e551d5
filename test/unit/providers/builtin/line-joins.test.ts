import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSoundtrack, planTimeline } from '../../../../lambdas/engines/renderer/audio.js';
import { pcm16ToWav } from '../../../../lambdas/engines/speech/tts.js';

const work = mkdtempSync(path.join(tmpdir(), 'line-joins-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A 440 Hz cosine at `rate` for `seconds`: it starts and stops at full amplitude, the worst case for a click. */
function toneWav(name: string, rate: number, seconds: number): string {
  const n = Math.round(rate * seconds);
  const pcm = Buffer.alloc(n * 2);
  for (let i = 0; i < n; i++) pcm.writeInt16LE(Math.round(16000 * Math.cos((2 * Math.PI * 440 * i) / rate)), i * 2);
  const file = path.join(work, name);
  writeFileSync(file, pcm16ToWav(pcm, rate));
  return file;
}

/** The soundtrack's samples at 48 kHz, as floats. */
function samples(wav: string): Float32Array {
  const raw = execFileSync('ffmpeg', ['-v', 'error', '-i', wav, '-f', 'f32le', '-ac', '1', '-ar', '48000', 'pipe:1'], { maxBuffer: 64 << 20 });
  return new Float32Array(raw.buffer, raw.byteOffset, raw.length / 4);
}

/** Largest sample-to-sample step in [a, b) (a click is a step far above the signal's own slope). */
function maxStep(x: Float32Array, a: number, b: number): number {
  let m = 0;
  for (let i = Math.max(1, a); i < Math.min(x.length, b); i++) m = Math.max(m, Math.abs(x[i]! - x[i - 1]!));
  return m;
}

describe('joins between narration lines (providers at 16, 22.05 and 24 kHz)', () => {
  it('no click where a line starts or stops mid-waveform: the edge steps stay within the tone’s own slope', async () => {
    const lines = [toneWav('polly.wav', 16_000, 1), toneWav('google.wav', 24_000, 1), toneWav('indictts.wav', 22_050, 1)];
    const timeline = planTimeline([1, 1, 1])!;
    const out = path.join(work, 'soundtrack.wav');
    await buildSoundtrack(lines, timeline, out, path.join(work, 'premix.wav'));
    const x = samples(out);
    const at = (s: number) => Math.round(s * 48_000);
    for (const [i, start] of timeline.starts.entries()) {
      const end = start + timeline.durations[i]!;
      // The tone's own largest step, well inside the line.
      const inside = maxStep(x, at(start + 0.3), at(start + 0.7));
      expect(inside).toBeGreaterThan(0.01);
      const onset = maxStep(x, at(start - 0.01), at(start + 0.01));
      const offset = maxStep(x, at(end - 0.01), at(end + 0.01));
      expect(onset / inside, `line ${i} onset`).toBeLessThan(1.2);
      expect(offset / inside, `line ${i} offset`).toBeLessThan(1.2);
    }
  });
});
