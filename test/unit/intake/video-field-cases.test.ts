import { errorOf, FIELD_CASES, PETS_EVAL } from '../../support/shared-data.js';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharp } from '../../../lambdas/engines/intake/sharp-safe.js';
import { mapSharpError } from '../../../lambdas/engines/intake/image.js';
import { SAMPLER_PEAK_RSS_MB, sampleImageSequence, sampleVideoFrames, type ProcessStats } from '../../../lambdas/engines/intake/video-frames.js';

/**
 * Field cases 2 and 5 (issue 13) with the real ffmpeg:
 * - 2: a container that declares no length (browser MediaRecorder WebM: no Duration, no Cues) is
 *   sampled over its real length, found by a packet scan; siblings are piped WebM/MKV made here.
 * - 4: an animated AVIF (sharp's libheif reads stills only) is read through the video path.
 * - 5: the sampler's ffmpeg child stays under SAMPLER_PEAK_RSS_MB for 4K HEVC Main10 HLG and 8K H.264
 *   (peak RSS polled from /proc while it runs); the figures are printed.
 */

const PHOTO = join(PETS_EVAL, 'darknet-dog-bicycle-truck.jpg');
let dir: string;

const ffmpeg = (...args: string[]) => execFileSync('ffmpeg', ['-hide_banner', '-v', 'error', '-y', ...args], { stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 });
const declaredDuration = (bytes: Buffer): string => {
  const file = join(dir, `probe-${Math.random().toString(36).slice(2)}`);
  execFileSync('sh', ['-c', `cat > '${file}'`], { input: bytes });
  return execFileSync('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', file], { encoding: 'utf8' }).trim();
};

/** 1 s of black, then 2 s of the dog, written to a pipe (so the muxer cannot go back to write a Duration or Cues). */
const pipedClip = (codec: string[], container: string): Buffer =>
  ffmpeg(
    '-f', 'lavfi', '-i', 'color=black:size=640x480:rate=10:duration=1',
    '-loop', '1', '-t', '2', '-r', '10', '-i', PHOTO,
    '-filter_complex', '[1:v]scale=640:480,setsar=1[d];[0:v][d]concat=n=2:v=1[v]',
    '-map', '[v]', ...codec, '-f', container, 'pipe:1',
  );

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'video-field-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Case 2: containers that do not declare their length', () => {
  it('the MediaRecorder WebM (no Duration, no Cues, 3 s, first 0.5 s dark) is sampled over its real 3 s', async () => {
    // Prepare
    const webm = readFileSync(join(FIELD_CASES, 'webm-mediarecorder-no-duration.webm'));
    expect(['', 'N/A']).toContain(declaredDuration(webm));

    // Act
    const video = await sampleVideoFrames(webm, { frames: 8 });

    // Assess
    expect(video).toMatchObject({ format: 'webm', width: 768, height: 576, decode: 'all' });
    expect(video.durationS).toBeCloseTo(3, 1);
    const times = video.frames.map((f) => f.timeS);
    expect(times).toHaveLength(8);
    expect(times[0]!).toBeLessThan(0.05);
    expect(times.at(-1)!).toBeGreaterThan(2.5);
    expect(times.filter((t) => t > 0.5).length).toBeGreaterThanOrEqual(6);
  });

  it.each([
    ['WebM (VP8) written to a pipe', ['-c:v', 'libvpx', '-deadline', 'realtime', '-cpu-used', '8'], 'webm'],
    ['Matroska (H.264) written to a pipe', ['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p'], 'matroska'],
  ])('sibling: %s — no declared length, frames spread over the real 3 s, most of them after the black second', async (_name, codec, container) => {
    // Prepare
    const clip = pipedClip(codec, container);
    expect(['', 'N/A']).toContain(declaredDuration(clip));

    // Act
    const video = await sampleVideoFrames(clip, { frames: 6 });

    // Assess
    expect(video.durationS).toBeCloseTo(3, 1);
    const times = video.frames.map((f) => f.timeS);
    expect(times).toEqual([0, 0.5, 1, 1.5, 2, 2.5]);
    // The frame at 2.5 s shows the dog (bright), the one at 0 s is black.
    const mean = async (i: number) => (await sharp(video.frames[i]!.bytes).stats()).channels[0]!.mean;
    expect(await mean(0)).toBeLessThan(10);
    expect(await mean(5)).toBeGreaterThan(40);
  });
});

describe('Case 5: the sampler’s memory on high-resolution video', () => {
  const measure = async (bytes: Buffer) => {
    const runs: ProcessStats[] = [];
    const video = await sampleVideoFrames(bytes, { frames: 8, timeoutMs: 120_000, onProcess: (s) => runs.push(s) });
    const ffmpegRun = runs.find((r) => r.tool === 'ffmpeg')!;
    return { video, runs, ffmpegRun };
  };

  it(`the field case (iPhone-like 4K HEVC Main10 HLG MOV) peaks under ${SAMPLER_PEAK_RSS_MB} MB in ffmpeg (was 2.15 GB)`, async () => {
    // Act
    const { video, runs, ffmpegRun } = await measure(readFileSync(join(FIELD_CASES, 'hevc-4k-hlg-10bit.mov')));

    // Assess
    console.info(`sampler peak RSS, 4K HEVC 10-bit: ${JSON.stringify(runs)}`);
    expect(ffmpegRun.peakRssMb).toBeGreaterThan(20); // the poll really saw the child
    expect(ffmpegRun.peakRssMb).toBeLessThan(SAMPLER_PEAK_RSS_MB);
    expect(video).toMatchObject({ format: 'mov', width: 3840, height: 2160, decode: 'keyframes' });
    expect(video.frames.map((f) => f.timeS)).toEqual([0, 1, 2]);
    const meta = await sharp(video.frames[0]!.bytes).metadata();
    expect([meta.width, meta.height]).toEqual([1280, 720]);
  });

  it(`sibling: an 8K H.264 clip (generated) peaks under ${SAMPLER_PEAK_RSS_MB} MB (was 2.8 GB)`, async () => {
    // Prepare: 7680×4320, 1 s at 4 fps, a keyframe every 2 frames
    const clip = ffmpeg('-f', 'lavfi', '-i', 'testsrc2=size=7680x4320:rate=4:duration=1', '-c:v', 'libx264', '-preset', 'ultrafast', '-g', '2', '-pix_fmt', 'yuv420p', '-movflags', 'frag_keyframe+empty_moov', '-f', 'mp4', 'pipe:1');

    // Act
    const { video, runs, ffmpegRun } = await measure(clip);

    // Assess: 2 keyframes in the window are not enough, so every frame is decoded, one at a time.
    console.info(`sampler peak RSS, 8K H.264: ${JSON.stringify(runs)}`);
    expect(ffmpegRun.peakRssMb).toBeGreaterThan(20);
    expect(ffmpegRun.peakRssMb).toBeLessThan(SAMPLER_PEAK_RSS_MB);
    expect(video).toMatchObject({ width: 7680, height: 4320, decode: 'all' });
    expect(video.frames.map((f) => f.timeS)).toEqual([0, 0.25, 0.5, 0.75]);
  });

  it('sibling: a rotated 4K phone clip keeps its display orientation (rotation after the downscale)', async () => {
    // Prepare: 3840×2160 H.264 tagged as shot in portrait (rotate=90, stored as a display matrix)
    const landscape = join(dir, 'landscape.mp4');
    ffmpeg('-f', 'lavfi', '-i', 'testsrc2=size=3840x2160:rate=2:duration=1.5', '-c:v', 'libx264', '-preset', 'ultrafast', '-g', '1', '-pix_fmt', 'yuv420p', landscape);
    const portrait = ffmpeg('-i', landscape, '-c', 'copy', '-metadata:s:v:0', 'rotate=90', '-movflags', 'frag_keyframe+empty_moov', '-f', 'mp4', 'pipe:1');

    // Act
    const { video, ffmpegRun } = await measure(portrait);

    // Assess
    expect([video.width, video.height]).toEqual([2160, 3840]);
    expect(video.decode).toBe('keyframes');
    const meta = await sharp(video.frames[0]!.bytes).metadata();
    expect([meta.width, meta.height]).toEqual([720, 1280]);
    expect(ffmpegRun.peakRssMb).toBeLessThan(SAMPLER_PEAK_RSS_MB);
  });
});

describe('Case 4: animated AVIF', () => {
  it('the field case (ftyp avis, 10 AV1 frames) gives its first frame through the video path', async () => {
    const avif = readFileSync(join(FIELD_CASES, 'avif-animated.avif'));
    const sequence = await sampleImageSequence(avif);
    expect(sequence).toMatchObject({ width: 768, height: 576 });
    expect(sequence.frames.map((f) => f.timeS)).toEqual([0]);
    expect(await sharp(sequence.frames[0]!.bytes).metadata()).toMatchObject({ format: 'jpeg', width: 768, height: 576 });
  });

  it('sibling: a damaged one is refused with a message about an animated AVIF', async () => {
    const err = await errorOf(sampleImageSequence(readFileSync(join(FIELD_CASES, 'avif-animated.avif')).subarray(0, 4000)));
    expect(err.code).toBe('invalid_media');
    expect(err.message).toMatch(/^The animated AVIF could not be read \(an AV1 image sequence\)/);
  });

  it('sibling: an AVIF the still-image decoder cannot read is described as an AVIF, never told to send an AVIF', () => {
    const err = mapSharpError(new Error('Input buffer contains unsupported image format'), 40_000_000, 'avif');
    expect(err.code).toBe('unsupported_media_type');
    expect(err.message).toBe('The file is an AVIF image that uses a feature our decoder does not support; send it as a JPEG or PNG.');
  });
});
