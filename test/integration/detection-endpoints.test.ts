import { SHARED_DIR } from '../support/shared-data.js';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureModels } from '../../models/setup.js';
import { call, startTestRuntime } from '../support/runtime.js';
import { startFileServer } from '../support/servers.js';
import { uploadKeyOf } from '../../lambdas/domain/auth/ownership.js';

const SHARED = path.join(SHARED_DIR, 'data');
const dog = readFileSync(path.join(SHARED, 'pets-eval', 'darknet-dog-bicycle-truck.jpg'));
const aurora = readFileSync(path.join(SHARED, 'pets-eval', 'pixabay-aurora.jpg'));
const bad = (name: string) => readFileSync(path.join(SHARED, 'bad-inputs', name));

/** A 3-second MP4 made from the dog photo (the video path end to end). */
function dogClip(): Buffer {
  const dir = mkdtempSync(path.join(tmpdir(), 'clip-'));
  try {
    const out = path.join(dir, 'dog.mp4');
    execFileSync('ffmpeg', ['-v', 'error', '-loop', '1', '-t', '3', '-i', path.join(SHARED, 'pets-eval', 'darknet-dog-bicycle-truck.jpg'),
      '-vf', 'scale=640:-2,format=yuv420p', '-r', '5', '-c:v', 'libx264', '-preset', 'ultrafast', out]);
    return readFileSync(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Small caps so the size checks are exercised with small files.
const CAP = 350_000;
let runtime: Awaited<ReturnType<typeof startTestRuntime>>;
let files: Awaited<ReturnType<typeof startFileServer>>;

beforeAll(async () => {
  await ensureModels();
  files = await startFileServer({
    '/dog.jpg': { body: dog, contentType: 'image/jpeg' },
    '/aurora.jpg': { body: aurora, contentType: 'image/jpeg' },
    '/cat.svg': { body: bad('cat-face-drawing.svg'), contentType: 'image/jpeg' },
    '/bomb.jpg': { body: bad('jpeg-header-65500x65500.jpg'), contentType: 'image/jpeg' },
    '/bomb.png': { body: bad('png-bomb-60000x60000.png'), contentType: 'image/png' },
    '/empty.jpg': { body: Buffer.alloc(0), contentType: 'image/jpeg' },
    '/dog.mp4': { body: dogClip(), contentType: 'video/mp4' },
    '/stall.jpg': { body: dog, contentType: 'image/jpeg', stall: true },
  });
  process.env.OUTBOUND_ALLOWED_HOSTS = files.hostPort;
  runtime = await startTestRuntime({ env: { MAX_IMAGE_BYTES: String(CAP), MAX_VIDEO_BYTES: String(CAP) } });
});
afterAll(async () => {
  await runtime?.stop();
  await files?.close();
});

const detect = (body: unknown) => call(runtime, 'POST', '/api/detect-pets', { body });

describe('POST /api/detect-pets through the local runtime', () => {
  it('finds the dog in a real photo with its box in original pixels', async () => {
    const res = await detect({ image_url: `${files.url}/dog.jpg` });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      has_pets: true,
      media: { kind: 'image', format: 'jpeg', width: 768, height: 576, frames_checked: 1 },
      model: { threshold: 0.5, name: expect.any(String) },
    });
    const [top] = res.body.pets;
    expect(top.label).toBe('dog');
    expect(top.confidence).toBeGreaterThanOrEqual(0.5);
    // The dog stands left of centre in the lower half (about x 131..308, y 220..539).
    expect(top.box.x).toBeGreaterThan(100);
    expect(top.box.x + top.box.width).toBeLessThan(360);
    expect(top.box.y + top.box.height).toBeGreaterThan(480);
    expect(res.body.timings_ms.total).toBeGreaterThan(0);
  });

  it('answers has_pets false (200) for a photo without animals', async () => {
    const res = await detect({ image_url: `${files.url}/aurora.jpg` });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ has_pets: false, pets: [] });
  });

  it('samples frames of a video and reports the frame time of each pet', async () => {
    const res = await detect({ video_url: `${files.url}/dog.mp4` });
    expect(res.status).toBe(200);
    expect(res.body.media).toMatchObject({ kind: 'video', width: 640 });
    expect(res.body.media.frames_checked).toBeGreaterThan(1);
    expect(res.body.has_pets).toBe(true);
    expect(res.body.pets[0]).toMatchObject({ label: 'dog', frame_time_s: expect.any(Number) });
  });

  it('rejects hostile or broken media with a clear 400', async () => {
    const cases: Array<[string, string]> = [
      ['/cat.svg', 'unsupported_media_type'],
      ['/bomb.jpg', 'invalid_media'],
      ['/bomb.png', 'media_too_large'],
      ['/empty.jpg', 'invalid_media'],
    ];
    for (const [file, code] of cases) {
      const res = await detect({ image_url: `${files.url}${file}` });
      expect(res.status, file).toBe(400);
      expect(res.body.detail).toMatchObject({ error: code, message: expect.any(String) });
    }
  });

  it('refuses private and metadata addresses without connecting', async () => {
    // Victims on loopback (not on the test allow-list) count every TCP connection they receive.
    const victims = await Promise.all(['127.0.0.1', '::1'].map(async (host) => {
      const state = { connections: 0, server: net.createServer((socket) => socket.destroy()) };
      state.server.on('connection', () => state.connections++);
      await new Promise<void>((resolve, reject) => state.server.once('error', reject).listen(0, host, resolve));
      return { ...state, port: (state.server.address() as AddressInfo).port };
    }));
    const [v4, v6] = victims as [(typeof victims)[number], (typeof victims)[number]];
    try {
      const urls = [
        'https://169.254.169.254/latest/meta-data/',
        `http://127.0.0.1:${v4.port}/dog.jpg`,
        `https://127.0.0.1:${v4.port}/`,
        `http://[::1]:${v6.port}/dog.jpg`,
        `http://localhost:${v4.port}/dog.jpg`,
        'http://example.com/dog.jpg',
      ];
      for (const url of urls) {
        const res = await detect({ image_url: url });
        expect(res.status, url).toBe(400);
        expect(res.body.detail.error, url).toBe('media_unreachable');
      }
      // The answers above are final (the handler returned), so no connection can still be on its way.
      expect(v4.connections).toBe(0);
      expect(v6.connections).toBe(0);
    } finally {
      await Promise.all(victims.map((v) => new Promise<void>((resolve) => v.server.close(() => resolve()))));
    }
  });

  it('answers a stalling image host with a controlled 400 well inside the gateway timeout (E7)', async () => {
    const started = Date.now();
    const res = await detect({ image_url: `${files.url}/stall.jpg` });
    expect(res.status).toBe(400);
    expect(res.body.detail).toMatchObject({ error: 'media_unreachable', message: expect.stringMatching(/did not complete within \d+ s/) });
    expect(Date.now() - started).toBeLessThan(25_000);
  });

  it('requires exactly one media source (422)', async () => {
    for (const body of [{}, { image_url: `${files.url}/dog.jpg`, video_url: `${files.url}/dog.mp4` }]) {
      const res = await detect(body);
      expect(res.status).toBe(422);
      expect(res.body.detail.error).toBe('validation_error');
    }
  });
});

describe('POST /api/uploads → upload → detect', () => {
  async function upload(contentType: string, bytes: Buffer): Promise<string> {
    const res = await call(runtime, 'POST', '/api/uploads', { body: { content_type: contentType } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ upload_key: expect.stringMatching(/^uploads\//), expires_in: 900, max_bytes: CAP });
    const form = new FormData();
    for (const [k, v] of Object.entries<string>(res.body.fields)) form.append(k, v);
    form.append('file', new Blob([bytes], { type: contentType }));
    const posted = await fetch(res.body.url, { method: 'POST', body: form });
    expect(posted.status).toBeLessThan(300);
    return res.body.upload_key;
  }

  it('detects a pet in an uploaded photo', async () => {
    const key = await upload('image/jpeg', dog);
    const res = await detect({ upload_key: key });
    expect(res.status).toBe(200);
    expect(res.body.has_pets).toBe(true);
  });

  it('sniffs what was really uploaded: SVG declared as JPEG is refused', async () => {
    const key = await upload('image/jpeg', bad('cat-face-drawing.svg'));
    const res = await detect({ upload_key: key });
    expect(res.status).toBe(400);
    expect(res.body.detail.error).toBe('unsupported_media_type');
  });

  it('enforces the size cap itself when reading an upload (the emulator does not enforce the form)', async () => {
    const key = await upload('image/png', Buffer.concat([bad('cat-16bit-rgb.png'), Buffer.alloc(CAP)]));
    const res = await detect({ upload_key: key });
    expect(res.status).toBe(400);
    expect(res.body.detail.error).toBe('media_too_large');
  });

  it('refuses keys it did not issue and keys with nothing uploaded', async () => {
    expect((await detect({ upload_key: 'media/job_x/source.jpg' })).status).toBe(422);
    // The pre-ownership shape (no owner segment) is not an upload key any more.
    expect((await detect({ upload_key: 'uploads/01JD3YQ5Z8M2W4V6T7R9P0K1C3/image' })).status).toBe(422);
    const missing = await detect({ upload_key: uploadKeyOf('local', '01JD3YQ5Z8M2W4V6T7R9P0K1C3', 'image') });
    expect(missing.status).toBe(400);
    expect(missing.body.detail.error).toBe('media_unreachable');
  });

  it('only offers uploads for types the detector accepts', async () => {
    const res = await call(runtime, 'POST', '/api/uploads', { body: { content_type: 'image/svg+xml' } });
    expect(res.status).toBe(422);
  });
});
