import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startJobsRuntime, type JobsRuntime } from '../support/jobs-runtime.js';
import { call } from '../support/runtime.js';
import { frameAt, lumaFrames, ocr, probe } from '../unit/providers/builtin/media-checks.js';

/**
 * The opener and the client's end card through the whole local service (docs/renderer.md "Opener and end
 * card", docs/tenancy.md "End card"): a client registered with an `outro` gets videos ending on its card, read
 * by OCR; the `local` client, with none, gets no card; both open with the pet's name from the prompt.
 */
const JOB_TIMEOUT = 600_000;
const BRANDED = { id: 'branded-app', key: 'prk-branded-app-key-0000000000000001', outro: { text: 'Made with PetRoast', handle: '@petroast' } };
/** Only the white glyphs of a band, black on white, for tesseract (the titles' outline reads as punctuation otherwise). */
const textBand = (y0: number, y1: number) => `crop=720:${y1 - y0}:0:${y0},format=gray,lut=y='if(gt(val,190),0,255)'`;

describe('opener and end card end to end (built-in renderer)', () => {
  let t: JobsRuntime;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'end-card-'));
    t = await startJobsRuntime({ env: { VIDEO_PROVIDER: 'builtin', CALLBACK_DELAY_SCALE: '0.01', RENDER_BACKOFF_BASE_S: '1' }, clients: [BRANDED] });
  });
  afterAll(async () => {
    await t?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Renders a roast for the client with `key` and returns the downloaded MP4's path. */
  async function roast(key: string, name: string): Promise<string> {
    const res = await call(t.runtime, 'POST', '/api/generate-video', {
      body: { text: 'Roast my lazy dog Bruno who sleeps all day', image_url: t.photos.photoUrl('dog'), caption_style: 'none' },
      key,
    });
    expect(res.status, res.text).toBe(202);
    const jobId = res.body.job_id as string;
    await t.waitForJob(jobId, 'completed', (j) => j.status === 'completed' || j.status === 'failed', JOB_TIMEOUT);
    const result = await call(t.runtime, 'GET', `/api/video-result/${jobId}`, { key });
    expect(result.status, result.text).toBe(200);
    const file = path.join(dir, `${name}.mp4`);
    writeFileSync(file, Buffer.from(await (await fetch(result.body.video_url)).arrayBuffer()));
    return file;
  }

  it('ends a branded client\'s video on its card, and no other client\'s; both open with the pet\'s name', async () => {
    const branded = await roast(BRANDED.key, 'branded');
    const plain = await roast(t.runtime.apiKey, 'plain');
    for (const file of [branded, plain]) expect(await ocr(await frameAt(file, 0.6, textBand(150, 420)), 'eng')).toMatch(/Roast of Bruno/);
    const d = Number((await probe(branded)).format.duration);
    const card = await ocr(await frameAt(branded, d - 0.6, textBand(480, 780)), 'eng');
    expect(card).toMatch(/Made with PetRoast/);
    expect(card).toMatch(/@petroast/);
    // The branded video fades to black on its card; the other ends on the picture.
    const lastOf = async (file: string) => {
      const frames = Math.round(Number((await probe(file)).format.duration) * 30);
      const { frames: last } = await lumaFrames(file, frames - 2, 1);
      return last[0]!.reduce((a, b) => a + b, 0) / last[0]!.length;
    };
    expect(await lastOf(branded)).toBeLessThan(30);
    expect(await lastOf(plain)).toBeGreaterThan(40);
    const plainD = Number((await probe(plain)).format.duration);
    expect(await ocr(await frameAt(plain, plainD - 0.6, textBand(480, 780)), 'eng')).not.toMatch(/PetRoast|petroast/);
  }, 2 * JOB_TIMEOUT);
});
