import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPetModel, type PetModel } from '../../../../lambdas/engines/detection/index.js';
import { sampleVideoFrames } from '../../../../lambdas/engines/intake/video-frames.js';
import { RENDER_STAGE_DONE, renderRoastVideo, type BuiltinRenderOutput } from '../../../../lambdas/engines/renderer/index.js';
import { contains, planStill, type Rect } from '../../../../lambdas/engines/renderer/framing.js';
import { ensureAllModels, evalDir } from '../../detection/helpers.js';
import { blackAndFrozen, frameAt, loudness, lumaFrames, ocr, probe, smoothness, topLevelAtoms, trackPatch } from './media-checks.js';

// Real renders (ffmpeg, espeak-ng, libass, Noto fonts) checked with ffprobe, ffmpeg's analysers,
// tesseract and the project's own pet detector. Generous timeouts: the machine may be busy; nothing
// here asserts speed (that is `npm run bench:render`).
const RENDER_TIMEOUT = 300_000;

let model: PetModel;
let work: string;

beforeAll(async () => {
  await ensureAllModels();
  model = await loadPetModel({ intraOpThreads: 1 });
  work = mkdtempSync(path.join(tmpdir(), 'builtin-render-test-'));
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const photo = (file: string) => path.join(evalDir, file);
const boxesOf = async (bytes: Buffer) => (await model.detect(bytes)).pets.map((p) => p.box);
const petFound = async (png: Buffer) => (await model.detect(png)).pets.length > 0;

/** The checks every rendered MP4 must pass (issue #11 "The video"). */
async function expectDeliverable(out: BuiltinRenderOutput, narrationS: number): Promise<void> {
  const probed = await probe(out.videoPath);
  const video = probed.streams.find((s) => s.codec_type === 'video')!;
  const audio = probed.streams.find((s) => s.codec_type === 'audio')!;
  expect(video).toMatchObject({ codec_name: 'h264', profile: 'High', width: 720, height: 1280, pix_fmt: 'yuv420p', r_frame_rate: '30/1', avg_frame_rate: '30/1' });
  expect(audio.codec_name).toBe('aac');
  expect(['44100', '48000']).toContain(audio.sample_rate);
  expect(Math.abs(Number(video.duration) - Number(audio.duration))).toBeLessThanOrEqual(0.1);
  // Length = narration + at most 1.5 s, never over 60 s.
  const duration = Number(probed.format.duration);
  expect(duration).toBeGreaterThanOrEqual(narrationS);
  expect(duration).toBeLessThanOrEqual(narrationS + 1.5);
  expect(duration).toBeLessThanOrEqual(60);
  expect(out.durationS).toBeCloseTo(duration, 2);
  // Faststart: the movie header comes before the media data.
  const atoms = topLevelAtoms(out.videoPath);
  expect(atoms.indexOf('moov')).toBeGreaterThanOrEqual(0);
  expect(atoms.indexOf('moov')).toBeLessThan(atoms.indexOf('mdat'));
  // Loudness: −16 LUFS ± 2, true peak ≤ −1 dBTP.
  const { integrated, truePeak } = await loudness(out.videoPath);
  expect(integrated).toBeGreaterThanOrEqual(-18);
  expect(integrated).toBeLessThanOrEqual(-14);
  expect(truePeak).toBeLessThanOrEqual(-1);
  // No black and no frozen stretch.
  expect(await blackAndFrozen(out.videoPath)).toEqual({ black: [], frozen: [] });
  // Thumbnail: JPEG 720×1280, ≤ 500 KB, showing the pet.
  const thumb = readFileSync(out.thumbnailPath);
  const meta = await sharp(thumb).metadata();
  expect(meta).toMatchObject({ format: 'jpeg', width: 720, height: 1280 });
  expect(statSync(out.thumbnailPath).size).toBeLessThanOrEqual(500 * 1024);
  expect(await petFound(thumb)).toBe(true);
}

/** Spoken length from the cues: first cue start to last cue end. */
const narrationOf = (out: BuiltinRenderOutput) => out.cues[out.cues.length - 1]!.endS - out.cues[0]!.startS;

/** The caption band (safe area, above the bottom 23 %) as black-on-white for OCR. */
const captionCrop = "crop=720:330:0:650,lutyuv=y='if(gt(val,190),0,255)':u=128:v=128,scale=1440:-1";

describe('renderRoastVideo: an English photo roast', () => {
  let out: BuiltinRenderOutput;
  let boxes: Rect[];
  const lines = ['Look at this dog guarding a bicycle.', 'Nobody asked him to do security.'];
  const progress: number[] = [];

  beforeAll(async () => {
    const file = photo('darknet-dog-bicycle-truck.jpg');
    boxes = await boxesOf(readFileSync(file));
    expect(boxes.length).toBeGreaterThan(0);
    out = await renderRoastVideo({
      media: { path: file, kind: 'image' },
      boxes,
      script: { lines, language: 'en' },
      workDir: work,
      onProgress: (fraction) => progress.push(fraction),
    });
  }, RENDER_TIMEOUT);

  it('reports progress: the stage marks, then frame by frame through the encode, rising, ending at 1', () => {
    expect(progress[0]).toBe(RENDER_STAGE_DONE.speech);
    expect(progress.at(-1)).toBe(1);
    for (let i = 1; i < progress.length; i++) expect(progress[i]).toBeGreaterThan(progress[i - 1]!);
    // One report per frame fed to the encoder (30 fps), between the speech and encode marks (the
    // soundtrack is built meanwhile).
    const duringEncode = progress.filter((f) => f > RENDER_STAGE_DONE.speech && f <= RENDER_STAGE_DONE.encode);
    expect(Math.abs(duringEncode.length - out.durationS * 30)).toBeLessThanOrEqual(3);
  });

  it('is a deliverable MP4 (codecs, size, fps, sync, faststart, loudness, no black/frozen stretch, thumbnail)', async () => {
    await expectDeliverable(out, narrationOf(out));
    expect(out.fill).toBe('contain'); // a landscape photo over its blurred copy
  }, RENDER_TIMEOUT);

  it('shows the pet at 10 %, 50 % and 90 % of the video (the project detector finds it)', async () => {
    for (const at of [0.1, 0.5, 0.9]) {
      expect(await petFound(await frameAt(out.videoPath, out.durationS * at)), `pet at ${at * 100} %`).toBe(true);
    }
  }, RENDER_TIMEOUT);

  it('keeps the pets fully in frame for the whole move', () => {
    const plan = planStill(768, 576, boxes);
    expect(contains(plan.start, plan.pets)).toBe(true);
    expect(contains(plan.end, plan.pets)).toBe(true);
  });

  it('burns in captions that OCR reads back, each phrase while it is spoken', async () => {
    for (const cue of [out.cues[0]!, out.cues[out.cues.length - 1]!]) {
      const text = (await ocr(await frameAt(out.videoPath, (cue.startS + cue.endS) / 2, captionCrop), 'eng')).toLowerCase();
      const words = cue.text.toLowerCase().match(/[a-z]{4,}/g)!;
      const read = words.filter((w) => text.includes(w));
      expect(read.length, `OCR read "${text.trim()}" for "${cue.text}"`).toBeGreaterThanOrEqual(Math.ceil(words.length / 2));
    }
    // Between the lines (the pause) no caption is shown.
    const pause = (out.cues[0]!.endS + out.cues[1]!.startS) / 2;
    expect(out.cues[1]!.startS).toBeGreaterThan(out.cues[0]!.endS - 1e-9);
    const before = await ocr(await frameAt(out.videoPath, out.cues[0]!.startS - 0.15, captionCrop), 'eng');
    expect(before.toLowerCase()).not.toContain('bicycle');
    expect(pause).toBeGreaterThan(0);
  }, RENDER_TIMEOUT);

  it('moves smoothly: a tracked point advances in small, steady sub-pixel steps (no shake)', async () => {
    const { frames, width } = await lumaFrames(out.videoPath, 20, 60);
    expect(frames).toHaveLength(60);
    // Track a textured point on the dog, above the caption band, over 2 s.
    const motion = smoothness(trackPatch(frames, width, { x: 300, y: 560 }));
    expect(motion.distance).toBeGreaterThan(3); // it does move
    expect(motion.maxStep).toBeLessThan(1.5); // in small steps
    expect(motion.rmsResidual).toBeLessThan(0.2); // on a smooth path: no jitter
    expect(motion.maxResidual).toBeLessThan(0.45);
    expect(motion.backwardSteps).toBe(0); // never stepping back
  }, RENDER_TIMEOUT);
});

describe('the smoothness check itself', () => {
  it('flags the shake of ffmpeg zoompan on a 1× still (so it can fail)', async () => {
    const clip = path.join(work, 'zoompan.mp4');
    execFileSync('ffmpeg', [
      '-v', 'error', '-y', '-i', photo('darknet-dog-bicycle-truck.jpg'),
      '-vf', "scale=720:1280,setsar=1,zoompan=z='1+0.0015*on':x='iw/2-(iw/zoom/2)':y='ih/2-(ih/zoom/2)':d=80:s=720x1280:fps=30",
      '-frames:v', '80', '-c:v', 'libx264', '-preset', 'ultrafast', '-crf', '18', '-pix_fmt', 'yuv420p', clip,
    ]);
    const { frames, width } = await lumaFrames(clip, 10, 60);
    const motion = smoothness(trackPatch(frames, width, { x: 300, y: 560 }));
    expect(motion.rmsResidual).toBeGreaterThan(0.5);
  }, RENDER_TIMEOUT);
});

describe('renderRoastVideo: a Hindi photo roast', () => {
  let out: BuiltinRenderOutput;
  const lines = ['यह बिल्ली सोचती है कि घर उसका है।', 'और सच में घर उसी का है।'];

  beforeAll(async () => {
    const file = photo('coco-train2017-000000000575.jpg');
    out = await renderRoastVideo({ media: { path: file, kind: 'image' }, boxes: await boxesOf(readFileSync(file)), script: { lines, language: 'hi' }, workDir: work });
  }, RENDER_TIMEOUT);

  it('is deliverable and the pet stays in view', async () => {
    await expectDeliverable(out, narrationOf(out));
    for (const at of [0.1, 0.5, 0.9]) expect(await petFound(await frameAt(out.videoPath, out.durationS * at))).toBe(true);
  }, RENDER_TIMEOUT);

  it('draws shaped Devanagari that Hindi OCR reads back', async () => {
    const cue = out.cues[0]!;
    const text = await ocr(await frameAt(out.videoPath, (cue.startS + cue.endS) / 2, captionCrop), 'hin');
    const words = cue.text.replace(/[।]/g, '').split(' ').filter((w) => [...w].length >= 2);
    const read = words.filter((w) => text.includes(w));
    expect(read.length, `OCR read "${text.trim()}" for "${cue.text}"`).toBeGreaterThanOrEqual(Math.ceil(words.length / 2));
  }, RENDER_TIMEOUT);
});

describe('renderRoastVideo: a phone clip (rotated, shorter than the narration, with its own sound)', () => {
  let out: BuiltinRenderOutput;
  let clip: string;
  const clipProgress: number[] = [];

  beforeAll(async () => {
    // A 2 s clip made from a dev photo: a slow pan, a white bar along the TOP of the upright picture,
    // stored sideways (transposed) with a 90° display rotation, and a 440 Hz tone as its own audio.
    const sideways = path.join(work, 'phone-clip-sideways.mp4');
    clip = path.join(work, 'phone-clip.mp4');
    execFileSync('ffmpeg', [
      '-v', 'error', '-y', '-loop', '1', '-framerate', '30', '-i', photo('dogsvscats-dog-0016.jpg'),
      '-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000',
      '-filter_complex',
      "[0:v]scale=-2:640,crop=360:600:'(iw-360)/2+20*sin(t*3)':20,pad=360:640:0:40:color=white,transpose=1,format=yuv420p[v]",
      '-map', '[v]', '-map', '1:a', '-t', '2', '-c:v', 'libx264', '-preset', 'ultrafast', '-c:a', 'aac',
      sideways,
    ]);
    // ffmpeg 5.1 writes the display matrix from the rotate tag when remuxing.
    execFileSync('ffmpeg', ['-v', 'error', '-y', '-i', sideways, '-c', 'copy', '-metadata:s:v:0', 'rotate=90', clip]);
    const sampled = await sampleVideoFrames(readFileSync(clip), { frames: 4 });
    expect([sampled.width, sampled.height]).toEqual([360, 640]); // the display is portrait
    const boxes: Rect[] = [];
    for (const frame of sampled.frames) {
      const verdict = await model.detect(frame.bytes);
      const sx = sampled.width / verdict.width;
      const sy = sampled.height / verdict.height;
      boxes.push(...verdict.pets.map((p) => ({ x: p.box.x * sx, y: p.box.y * sy, width: p.box.width * sx, height: p.box.height * sy })));
    }
    expect(boxes.length).toBeGreaterThan(0);
    out = await renderRoastVideo({
      media: { path: clip, kind: 'video' },
      boxes,
      script: { lines: ['Two dogs, one brain cell.', 'They take turns using it.'], language: 'en' },
      workDir: work,
      onProgress: (fraction) => clipProgress.push(fraction),
    });
  }, RENDER_TIMEOUT);

  it('reports progress by stage (a clip is encoded in one ffmpeg run, the soundtrack built meanwhile), ending at 1', () => {
    expect(clipProgress).toEqual([RENDER_STAGE_DONE.speech, RENDER_STAGE_DONE.encode, 1]);
  });

  it('is deliverable, loops the clip to the narration and keeps the pets in view', async () => {
    await expectDeliverable(out, narrationOf(out));
    expect(out.durationS).toBeGreaterThan(3); // longer than the 2 s clip: it looped
    for (const at of [0.1, 0.5, 0.9]) expect(await petFound(await frameAt(out.videoPath, out.durationS * at))).toBe(true);
  }, RENDER_TIMEOUT);

  it('honours the rotation: the white bar of the upright picture is at the top', async () => {
    const top = await sharp(await frameAt(out.videoPath, 1, 'crop=720:40:0:10,format=gray')).raw().toBuffer();
    const side = await sharp(await frameAt(out.videoPath, 1, 'crop=40:600:0:300,format=gray')).raw().toBuffer();
    const mean = (b: Buffer) => b.reduce((s, v) => s + v, 0) / b.length;
    expect(mean(top)).toBeGreaterThan(200);
    expect(mean(side)).toBeLessThan(200);
  }, RENDER_TIMEOUT);

  it('ducks the clip sound under the voice', async () => {
    const level = async (from: number, to: number) => {
      const { stderr } = await import('node:child_process').then(({ spawnSync }) =>
        spawnSync('ffmpeg', ['-hide_banner', '-nostats', '-i', out.videoPath, '-af', `atrim=${from}:${to},bandpass=f=440:width_type=h:w=20,volumedetect`, '-f', 'null', '-'], { encoding: 'utf8' }),
      );
      return Number(/mean_volume:\s+(-?[\d.]+) dB/.exec(stderr)![1]);
    };
    const speaking = await level(out.cues[0]!.startS + 0.3, out.cues[0]!.endS - 0.1);
    const tail = await level(out.durationS - 0.35, out.durationS - 0.05);
    expect(tail - speaking, `bed at ${speaking} dB under speech, ${tail} dB after`).toBeGreaterThan(6);
  }, RENDER_TIMEOUT);
});
