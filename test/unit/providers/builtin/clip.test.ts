import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSoundtrack, planTimeline } from '../../../../lambdas/engines/renderer/audio.js';
import { clipInputs, clipVideoFilter, probeClip } from '../../../../lambdas/engines/renderer/clip.js';
import { EspeakTextToSpeech } from '../../../../lambdas/engines/speech/tts.js';
import { probe } from './media-checks.js';

// A clip longer than 30 s feeding a video longer than 30 s: only its first 30 s are used, looped.
let work: string;
let clip: string;
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'builtin-clip-test-'));
  clip = path.join(work, 'long.mp4');
  execFileSync('ffmpeg', [
    '-v', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc2=s=160x90:r=30', '-f', 'lavfi', '-i', 'sine=frequency=500:sample_rate=48000',
    '-t', '40', '-pix_fmt', 'yuv420p', '-c:v', 'libx264', '-preset', 'ultrafast', '-c:a', 'aac', clip,
  ]);
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Mean absolute difference of two gray frames. */
const diff = (a: Buffer, b: Buffer) => {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs(a[i]! - b[i]!);
  return sum / a.length;
};

describe('a 40 s clip under a 35 s video', () => {
  it('plays its first 30 s, then those again from the start, exactly 35 s of 720×1280 frames', async () => {
    const info = await probeClip(clip, 'mp4');
    expect(info).toMatchObject({ width: 160, height: 90, hasAudio: true });
    const inputs = clipInputs(clip, info, 35);
    expect(inputs.count).toBe(2);
    const filter = clipVideoFilter(inputs.count, 'contain', { x: 0, y: 0, width: 160, height: 90 }, 35 * 30);
    const out = path.join(work, 'looped.mp4');
    execFileSync('ffmpeg', ['-v', 'error', '-y', ...inputs.args, '-filter_complex', filter, '-map', '[out]', '-c:v', 'libx264', '-preset', 'ultrafast', out]);
    const video = (await probe(out)).streams.find((s) => s.codec_type === 'video')!;
    expect([video.width, video.height, Number(video.nb_frames)]).toEqual([720, 1280, 1050]);
    const frames = execFileSync('ffmpeg', ['-v', 'error', '-i', out, '-vf', "select='eq(n,30)+eq(n,930)+eq(n,960)',scale=72:128,format=gray", '-fps_mode', 'passthrough', '-f', 'rawvideo', '-'], { maxBuffer: 1 << 24 });
    const size = 72 * 128;
    const [at1, at31, at32] = [0, 1, 2].map((i) => frames.subarray(i * size, (i + 1) * size));
    expect(diff(at31!, at1!)).toBeLessThan(2); // 31 s shows the clip's second 1 again
    expect(diff(at32!, at31!)).toBeGreaterThan(2); // and it keeps moving
  }, 180_000);

  it('lays the first 30 s of its sound, looped, under the narration, for exactly 35 s', async () => {
    const info = await probeClip(clip, 'mp4');
    const wav = path.join(work, 'line.wav');
    const { durationS } = await new EspeakTextToSpeech().synthesize('A short line over a long clip.', 'en', wav);
    const timeline = planTimeline([durationS])!;
    const long = { ...timeline, totalS: 35 };
    const out = path.join(work, 'soundtrack.wav');
    await buildSoundtrack([wav], long, out, path.join(work, 'premix.wav'), { bed: { inputArgs: clipInputs(clip, info, 35).args, count: 2 } });
    const audio = (await probe(out)).streams[0]!;
    expect(audio.sample_rate).toBe('48000');
    expect(Number(audio.duration)).toBeCloseTo(35, 2);
  }, 180_000);
});
