import { FIELD_CASES } from '../support/shared-data.js';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPetModel, type PetModel } from '../../lambdas/engines/detection/index.js';
import { ensureModels } from '../../models/setup.js';
import { frameAt, probe, signalStats } from '../unit/providers/builtin/media-checks.js';
import { startBuiltinRenderRuntime, type JobsRuntime } from '../support/jobs-runtime.js';
import { call } from '../support/runtime.js';
import { startFileServer } from '../support/servers.js';

/**
 * Phone media through the whole local service with the built-in renderer (upload by URL →
 * generate-video → render → download), each video measured as a client downloads it
 * (docs/renderer.md "HDR clips", "Panoramas"; docs/media-intake.md "HEIC and HEIF"):
 * - an iPhone HEIC still becomes a completed roast video showing the dog;
 * - an HLG phone clip renders with the colours of the SDR render of the same clip (signalstats);
 * - the 10:1 panorama shows the dog at a sensible size, not as a strip.
 */
const JOB_TIMEOUT = 600_000;

let t: JobsRuntime;
let files: Awaited<ReturnType<typeof startFileServer>>;
let model: PetModel;
let dir: string;

beforeAll(async () => {
  await ensureModels();
  model = await loadPetModel({ intraOpThreads: 1 });
  dir = mkdtempSync(path.join(tmpdir(), 'field-media-e2e-'));
  const field = (name: string) => readFileSync(path.join(FIELD_CASES, name));
  ({ t, files } = await startBuiltinRenderRuntime({
    '/heic-dog.heic': { body: field('heic-dog.heic'), contentType: 'image/heic' },
    '/hdr-hlg.mp4': { body: field('hdr-hlg-vertical-dog.mp4'), contentType: 'video/mp4' },
    '/sdr.mp4': { body: field('sdr-vertical-dog.mp4'), contentType: 'video/mp4' },
    '/panorama.jpg': { body: field('panorama-6000x600-dog.jpg'), contentType: 'image/jpeg' },
  }));
}, 180_000);
afterAll(async () => {
  await t?.stop();
  await files?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Submits a roast of `media` and returns the downloaded MP4's path once the job completes. */
async function roast(media: Record<string, string>, name: string): Promise<string> {
  const jobId = await t.createJob({ text: 'Roast my dog, he thinks he is the boss of the house.', ...media, image_url: media.image_url });
  const job = await t.waitForJob(jobId, 'completed', (j) => j.status === 'completed' || j.status === 'failed', JOB_TIMEOUT);
  expect(job.status, job.failure_reason ?? '').toBe('completed');
  const result = await call(t.runtime, 'GET', `/api/video-result/${jobId}`);
  expect(result.status).toBe(200);
  const file = path.join(dir, `${name}.mp4`);
  writeFileSync(file, Buffer.from(await (await fetch(result.body.video_url)).arrayBuffer()));
  const v = (await probe(file)).streams.find((s) => s.codec_type === 'video')!;
  expect(v).toMatchObject({ codec_name: 'h264', width: 720, height: 1280 });
  return file;
}

/** Height of the tallest pet the detector finds in the frame at `timeS`, over the frame height. */
async function petHeight(file: string, timeS: number): Promise<number> {
  const pets = (await model.detect(await frameAt(file, timeS))).pets;
  return pets.length ? Math.max(...pets.map((p) => p.box.height)) / 1280 : 0;
}

const durationOf = async (file: string) => Number((await probe(file)).format.duration);

describe('field media end to end (built-in renderer)', () => {
  it('heic-dog.heic (iPhone HEIC) → 202, then a completed roast video showing the dog', async () => {
    const file = await roast({ image_url: `${files.url}/heic-dog.heic` }, 'heic');
    const d = await durationOf(file);
    for (const at of [0.1, 0.5, 0.9]) expect(await petHeight(file, d * at), `pet at ${at}`).toBeGreaterThan(0.2);
  }, JOB_TIMEOUT);

  it('hdr-hlg-vertical-dog.mp4 renders with the colours of the SDR render of sdr-vertical-dog.mp4', async () => {
    const sdr = await roast({ video_url: `${files.url}/sdr.mp4` }, 'sdr');
    const hlg = await roast({ video_url: `${files.url}/hdr-hlg.mp4` }, 'hlg');
    // The picture above the caption band (the captions' words differ between the two scripts).
    const a = await signalStats(sdr, 'crop=720:600:0:0');
    const b = await signalStats(hlg, 'crop=720:600:0:0');
    console.log(`e2e render: SDR ${a.saturation.toFixed(1)} sat / ${a.luma.toFixed(1)} luma; HLG ${b.saturation.toFixed(1)} / ${b.luma.toFixed(1)}`);
    expect(Math.abs(b.saturation - a.saturation)).toBeLessThan(0.1 * a.saturation);
    expect(Math.abs(b.luma - a.luma)).toBeLessThan(0.08 * a.luma);
  }, 2 * JOB_TIMEOUT);

  it('panorama-6000x600-dog.jpg: the dog fills a sensible part of the frame (shown whole it was 7 % of the height)', async () => {
    const file = await roast({ image_url: `${files.url}/panorama.jpg` }, 'panorama');
    const d = await durationOf(file);
    const heights = [await petHeight(file, d * 0.1), await petHeight(file, d * 0.5), await petHeight(file, d * 0.9)];
    console.log(`e2e panorama: pet height / frame height ${heights.map((h) => h.toFixed(2)).join(', ')}`);
    for (const h of heights) expect(h).toBeGreaterThanOrEqual(0.3);
  }, JOB_TIMEOUT);
});
