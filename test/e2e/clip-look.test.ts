import { readFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPetModel, type PetModel } from '../../lambdas/engines/detection/index.js';
import { ensureModels } from '../../models/setup.js';
import { startBuiltinRenderRuntime, type JobsRuntime } from '../support/jobs-runtime.js';
import { call } from '../support/runtime.js';
import { startFileServer } from '../support/servers.js';
import { FIELD_CASES } from '../support/shared-data.js';
import { frameAt } from '../unit/providers/builtin/media-checks.js';
import { SAFE_AREA } from '../../lambdas/engines/renderer/captions.js';
import { OVERLAY_FADE_IN_S } from '../../lambdas/engines/renderer/looks.js';
import { OPENER } from '../../lambdas/engines/renderer/titles.js';

/**
 * A filter look on a clip through the whole local service (docs/renderer.md "Filter looks"): a phone clip
 * of a dog with `filter_id: pet-maharaja`. The job keeps the dog's box in every sampled frame
 * (`pet_track`), and in the downloaded video the gold crown sits on the dog the project's detector finds
 * in that very frame.
 */
const JOB_TIMEOUT = 600_000;

let t: JobsRuntime;
let files: Awaited<ReturnType<typeof startFileServer>>;
let model: PetModel;
let dir: string;

beforeAll(async () => {
  await ensureModels();
  model = await loadPetModel({ intraOpThreads: 1 });
  dir = mkdtempSync(path.join(tmpdir(), 'clip-look-e2e-'));
  ({ t, files } = await startBuiltinRenderRuntime({ '/dog.mp4': { body: readFileSync(path.join(FIELD_CASES, 'sdr-vertical-dog.mp4')), contentType: 'video/mp4' } }));
}, 180_000);
afterAll(async () => {
  await t?.stop();
  await files?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Bounding box of the gold crown's pixels (its fill, #FFD700, as encoded; stricter than grass in sunlight). */
async function goldBox(png: Buffer) {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  let [x0, y0, x1, y1, count] = [Infinity, Infinity, -Infinity, -Infinity, 0];
  for (let y = 0; y < info.height; y++) {
    for (let x = 0; x < info.width; x++) {
      const i = (y * info.width + x) * 3;
      if (data[i]! > 225 && data[i + 1]! > 185 && data[i + 1]! < 235 && data[i + 2]! < 60) {
        [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
        count++;
      }
    }
  }
  return { x0, y0, x1, y1, count };
}

describe('filter look on a clip (built-in renderer, local runtime)', () => {
  it('keeps the dog’s box per sampled frame and draws the crown on the dog in the rendered frames', async () => {
    const jobId = await t.createJob({ text: 'Roast my dog, he thinks he is the king of the house.', video_url: `${files.url}/dog.mp4`, image_url: undefined, filter_id: 'pet-maharaja', caption_style: 'none' });
    const job = await t.waitForJob(jobId, 'completed', (j) => j.status === 'completed' || j.status === 'failed', JOB_TIMEOUT);
    expect(job.status, job.failure_reason ?? '').toBe('completed');
    expect(new Set(job.pet_track!.map((b) => b.t)).size, 'sampled frames with a box').toBeGreaterThanOrEqual(4);
    const result = await call(t.runtime, 'GET', `/api/video-result/${jobId}`);
    expect(result.body.filter_applied).toBe('pet-maharaja');
    const video = path.join(dir, 'look.mp4');
    writeFileSync(video, Buffer.from(await (await fetch(result.body.video_url)).arrayBuffer()));
    const d = result.body.duration_s as number;
    // The crown is revealed as the opener's title goes (OPENER.endS, fading in over OVERLAY_FADE_IN_S).
    const revealedS = OPENER.endS + OVERLAY_FADE_IN_S + 0.1;
    for (const at of [0.15, 0.5, 0.85]) {
      const png = await frameAt(video, Math.max(d * at, revealedS));
      if (process.env.KEEP_FRAMES_DIR) writeFileSync(path.join(process.env.KEEP_FRAMES_DIR, `clip-look-${at}.png`), png);
      const crown = await goldBox(png);
      expect(crown.count, `crown pixels at ${at}`).toBeGreaterThan(300);
      const dogs = (await model.detect(png)).pets.filter((p) => p.label === 'dog');
      expect(dogs.length, `a dog at ${at}`).toBeGreaterThan(0);
      // The crown is whole below the top 10 % the apps cover and sits on the top of a dog the detector sees
      // in this frame: its centre over the dog's box, its bottom at the dog's top (within 8 % of the frame
      // height), or lowered to just below that band when the dog's top is too near the frame's top (a
      // close-up wears it).
      expect(crown.y0, `crown top at ${at}`).toBeGreaterThanOrEqual(SAFE_AREA.top);
      const cx = (crown.x0 + crown.x1) / 2;
      const seat = (top: number) => Math.max(top, SAFE_AREA.top + (crown.y1 - crown.y0));
      const onDog = dogs.some((p) => cx > p.box.x && cx < p.box.x + p.box.width && Math.abs(crown.y1 - seat(p.box.y)) < 0.08 * 1280);
      expect(onDog, `at ${at}: crown ${JSON.stringify(crown)}, dogs ${JSON.stringify(dogs.map((p) => p.box))}`).toBe(true);
    }
  }, JOB_TIMEOUT);
});
