import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MUSIC_TRACKS, pickTrack, renderRoastVideo, roastMood, type BuiltinRenderOutput } from '../../../../lambdas/engines/renderer/index.js';
import { renderTrack } from '../../../../lambdas/engines/renderer/music.js';
import { loudness } from './media-checks.js';

/**
 * The music bed (docs/renderer.md "Music"), measured on samples: the same roast rendered with and without
 * music; the music alone is the difference after removing the voice by least squares (the two mixes are
 * normalised with different gains), and its level is read in windows computed from the word timings.
 */
const RENDER_TIMEOUT = 300_000;
const LINES = ['Bruno, you lazy dog.', 'Even the sofa is tired of you!', 'Go chase a ball for once.'];

let work: string;
let grey: string;
beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'music-test-'));
  grey = path.join(work, 'grey.png');
  await sharp({ create: { width: 720, height: 1280, channels: 3, background: { r: 128, g: 128, b: 128 } } }).png().toFile(grey);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The MP4's audio as 48 kHz mono float samples (ffmpeg decodes the AAC). */
function samplesOf(file: string): Float32Array {
  const raw = execFileSync('ffmpeg', ['-v', 'error', '-i', file, '-map', '0:a', '-ac', '1', '-ar', '48000', '-f', 'f32le', '-'], { maxBuffer: 64 * 1024 * 1024 });
  return new Float32Array(raw.buffer, raw.byteOffset, raw.length / 4);
}
const SR = 48_000;
/** RMS level in dBFS of `x` over windows [start, end) in seconds. */
function levelDb(x: Float32Array, windows: Array<[number, number]>): number {
  let sum = 0;
  let count = 0;
  for (const [a, b] of windows) {
    for (let i = Math.max(0, Math.floor(a * SR)); i < Math.min(x.length, Math.floor(b * SR)); i++) {
      sum += x[i]! * x[i]!;
      count++;
    }
  }
  return 10 * Math.log10(sum / Math.max(1, count) + 1e-20);
}

describe('music choice', () => {
  it('auto picks by the roast’s mood; a track id plays that track; none plays nothing', () => {
    expect(roastMood(['Your Majesty sits on the sofa throne.'])).toBe('royal');
    expect(roastMood(['Wow!', 'Really?'])).toBe('playful');
    expect(roastMood(['He naps.', 'Then he naps again.'])).toBe('chill');
    expect(roastMood(['He naps.'], 'pet-maharaja')).toBe('royal');
    expect(pickTrack('auto', ['Wow!'])!.mood).toBe('playful');
    expect(pickTrack('lazy-sunday', ['Wow!'])!.id).toBe('lazy-sunday');
    expect(pickTrack('none', ['Wow!'])).toBeUndefined();
    for (const t of MUSIC_TRACKS) expect(t.provenance).toMatch(/music\.ts/);
  });

  it('renders each track deterministically, audible, under −6 dBFS, faded in and out', async () => {
    for (const track of MUSIC_TRACKS) {
      const a = path.join(work, `${track.id}-a.wav`);
      const b = path.join(work, `${track.id}-b.wav`);
      await renderTrack(track, 6, a);
      await renderTrack(track, 6, b);
      expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
      const { integrated, truePeak } = await loudness(a);
      expect(integrated).toBeGreaterThan(-30);
      expect(truePeak).toBeLessThanOrEqual(-5);
      const pcm = readFileSync(a).subarray(44);
      const x = new Float32Array(pcm.length / 2).map((_, i) => pcm.readInt16LE(i * 2) / 32768);
      expect(levelDb(x, [[5.9, 6]])).toBeLessThan(levelDb(x, [[2, 4]]) - 20);
      expect(levelDb(x, [[0, 0.05]])).toBeLessThan(levelDb(x, [[2, 4]]) - 10);
    }
  }, 60_000);
});

describe('one synthesis per process, cut to each video', () => {
  it('a short and a long render of a track are the same music up to the short one’s fade-out', async () => {
    const [a, b] = [path.join(work, 'cut-6.wav'), path.join(work, 'cut-40.wav')];
    await renderTrack(MUSIC_TRACKS[0]!, 6, a);
    await renderTrack(MUSIC_TRACKS[0]!, 40, b);
    const [x, y] = [readFileSync(a).subarray(44), readFileSync(b).subarray(44)];
    // Bytes of 0.5 s–4.5 s (48 kHz, 2 bytes a sample): after the fade-in, before the 6 s render's fade-out.
    expect(x.subarray(48_000, 432_000).equals(y.subarray(48_000, 432_000))).toBe(true);
    expect(y.length / 96_000).toBeCloseTo(40, 3);
  });
});

describe('a roast with music', () => {
  let plain: BuiltinRenderOutput;
  let withMusic: BuiltinRenderOutput;
  beforeAll(async () => {
    const script = { lines: LINES, language: 'en' as const };
    plain = await renderRoastVideo({ media: { path: grey, kind: 'image' }, boxes: [], script, workDir: work, captionStyle: 'none', music: 'none' });
    withMusic = await renderRoastVideo({ media: { path: grey, kind: 'image' }, boxes: [], script, workDir: work, captionStyle: 'none', music: 'auto' });
  }, RENDER_TIMEOUT);

  it('says which track played (auto: chill for this script, one "!" in three lines)', () => {
    expect(plain.musicTrack).toBeNull();
    expect(withMusic.musicTrack).toBe('lazy-sunday');
  });

  it('is present between lines, ≥ 8 dB under the voice while it speaks, faded at the end; the mix is −16 LUFS, ≤ −1 dBTP', async () => {
    const v = samplesOf(plain.videoPath);
    const m = samplesOf(withMusic.videoPath);
    const n = Math.min(v.length, m.length);
    // The voice's share of the music mix, by least squares; what is left is the music.
    let vm = 0;
    let vv = 0;
    for (let i = 0; i < n; i++) {
      vm += v[i]! * m[i]!;
      vv += v[i]! * v[i]!;
    }
    const a = vm / vv;
    const voice = v.subarray(0, n).map((x) => a * x);
    const music = m.subarray(0, n).map((x, i) => x - voice[i]!);
    // Windows from the word timings: inside words (speaking), and the pauses between lines.
    const words = withMusic.cues.flatMap((c) => c.words!).filter((w) => w.endS - w.startS > 0.1);
    const speaking = words.map((w): [number, number] => [w.startS + 0.03, w.endS - 0.03]);
    const lineStarts = withMusic.cues.map((c) => c.startS);
    const pauses: Array<[number, number]> = [[0.05, lineStarts[0]! - 0.05]];
    for (let i = 1; i < withMusic.cues.length; i++) {
      const lastWord = withMusic.cues[i - 1]!.words!.at(-1)!;
      if (withMusic.cues[i]!.startS - lastWord.endS > 0.25) pauses.push([lastWord.endS + 0.1, withMusic.cues[i]!.startS - 0.05]);
    }
    expect(pauses.length).toBeGreaterThanOrEqual(2);
    const voiceDb = levelDb(voice, speaking);
    const musicSpeakingDb = levelDb(music, speaking);
    const musicPausesDb = levelDb(music, pauses);
    expect(musicPausesDb, 'music between lines').toBeGreaterThan(-45);
    expect(levelDb(v, pauses), 'the voice-only mix is silent there').toBeLessThan(-60);
    expect(voiceDb - musicSpeakingDb, `voice ${voiceDb.toFixed(1)} dB, music under it ${musicSpeakingDb.toFixed(1)} dB`).toBeGreaterThanOrEqual(8);
    // Ducked: quieter while the voice speaks than between lines.
    expect(musicSpeakingDb).toBeLessThan(musicPausesDb - 2);
    // Faded out: the last 0.15 s is far below the pauses.
    const end = n / SR;
    expect(levelDb(music, [[end - 0.15, end]])).toBeLessThan(musicPausesDb - 15);
    const { integrated, truePeak } = await loudness(withMusic.videoPath);
    expect(integrated).toBeGreaterThanOrEqual(-18);
    expect(integrated).toBeLessThanOrEqual(-14);
    expect(truePeak).toBeLessThanOrEqual(-1);
  }, RENDER_TIMEOUT);
});
