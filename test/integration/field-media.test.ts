import { FIELD_CASES, PETS_EVAL } from '../support/shared-data.js';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureModels } from '../../models/setup.js';
import { makeHeifSiblings, type HeifSiblings } from '../support/heif-writer.js';
import { call, startTestRuntime } from '../support/runtime.js';
import { startFileServer } from '../support/servers.js';

/**
 * HEIC/HEIF stills (iPhone photos) and HDR phone clips through the local runtime's /api/detect-pets and
 * /api/uploads (docs/media-intake.md "HEIC and HEIF", "HDR video"). The HEIF siblings are written here
 * from a dev photo (test/support/heif-writer.ts).
 */

const field = (name: string) => readFileSync(path.join(FIELD_CASES, name));
let dir: string;
let heif: HeifSiblings;
let runtime: Awaited<ReturnType<typeof startTestRuntime>>;
let files: Awaited<ReturnType<typeof startFileServer>>;

beforeAll(async () => {
  await ensureModels();
  dir = mkdtempSync(path.join(tmpdir(), 'field-media-int-'));
  heif = makeHeifSiblings(path.join(PETS_EVAL, 'darknet-dog-bicycle-truck.jpg'), { width: 768, height: 576 }, field('heic-dog.heic'), dir);
  files = await startFileServer({
    '/heic-dog.heic': { body: field('heic-dog.heic'), contentType: 'image/heic' },
    '/mif1.heif': { body: heif.mif1, contentType: 'image/heif' },
    '/rotated.heic': { body: heif.rotated, contentType: 'image/heic' },
    '/grid.heic': { body: heif.grid, contentType: 'image/heic' },
    '/truncated.heic': { body: heif.truncated, contentType: 'image/heic' },
    '/declared-48mp.heic': { body: heif.declared48mp, contentType: 'image/heic' },
    '/hdr-hlg.mp4': { body: field('hdr-hlg-vertical-dog.mp4'), contentType: 'video/mp4' },
  });
  process.env.OUTBOUND_ALLOWED_HOSTS = files.hostPort;
  runtime = await startTestRuntime();
}, 180_000);
afterAll(async () => {
  await runtime?.stop();
  await files?.close();
  rmSync(dir, { recursive: true, force: true });
});

const detect = (body: unknown) => call(runtime, 'POST', '/api/detect-pets', { body });

describe('HEIC/HEIF stills', () => {
  it('the field case heic-dog.heic → 200, has_pets true, format heic, 768×576', async () => {
    const res = await detect({ image_url: `${files.url}/heic-dog.heic` });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ has_pets: true, media: { kind: 'image', format: 'heic', width: 768, height: 576, frames_checked: 1 } });
    expect(res.body.pets[0].label).toBe('dog');
  });

  it.each([
    ['a HEIF with major brand mif1', '/mif1.heif', 'heic', 768, 576],
    ['a sideways-coded HEIC with irot 90° (shown upright, so 768×576)', '/rotated.heic', 'heic', 768, 576],
    ['a 2×3 grid of HEVC tiles (as iPhones write)', '/grid.heic', 'heic', 768, 576],
  ])('sibling: %s → 200 with the dog', async (_name, route, format, width, height) => {
    const res = await detect({ image_url: `${files.url}${route}` });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ has_pets: true, media: { kind: 'image', format, width, height } });
    // The dog of the dev photo sits in its left half, taller than wide: the rotation was applied once.
    const dog = res.body.pets.find((p: { label: string }) => p.label === 'dog');
    expect(dog, JSON.stringify(res.body.pets)).toBeDefined();
    expect(dog.box.height).toBeGreaterThan(dog.box.width);
    expect(dog.box.x + dog.box.width / 2).toBeLessThan(width / 2);
  });

  it('sibling: a truncated HEIC → 400 invalid_media saying it is truncated', async () => {
    const res = await detect({ image_url: `${files.url}/truncated.heic` });
    expect(res.status).toBe(400);
    expect(res.body.detail).toMatchObject({ error: 'invalid_media', message: expect.stringMatching(/truncated or corrupt/) });
  });

  it('sibling: a HEIC whose header declares 8000×6000 → 400 naming 48 MP and the 40 MP limit (refused before decoding: its real 0.4 MP would decode)', async () => {
    const res = await detect({ image_url: `${files.url}/declared-48mp.heic` });
    expect(res.status).toBe(400);
    expect(res.body.detail).toMatchObject({ error: 'invalid_media', message: expect.stringMatching(/8000×6000 \(48 MP\); the limit is 40 MP/) });
  });

  it.each(['image/heic', 'image/heif', 'IMAGE/HEIC'])('POST /api/uploads accepts %s (an image upload)', async (type) => {
    const res = await call(runtime, 'POST', '/api/uploads', { body: { content_type: type } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.fields['Content-Type']).toBe(type.toLowerCase());
    expect(res.body.upload_key).toMatch(/^uploads\/.+\/image$/);
  });
});

describe('HDR phone clips in detection', () => {
  it('hdr-hlg-vertical-dog.mp4 → 200, has_pets true (frames tone-mapped before the detector sees them)', async () => {
    const res = await detect({ video_url: `${files.url}/hdr-hlg.mp4` });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ has_pets: true, media: { kind: 'video', format: 'mp4', width: 1080, height: 1920 } });
  });
});
