import { FIELD_CASES, PETS_EVAL } from '../support/shared-data.js';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureModels } from '../../models/setup.js';
import { NO_PETS_MESSAGE, NO_PETS_SUGGESTION, NO_PETS_VIDEO_MESSAGE } from '../../lambdas/domain/errors.js';
import { sharp } from '../../lambdas/engines/intake/sharp-safe.js';
import { call, startTestRuntime } from '../support/runtime.js';
import { startFileServer } from '../support/servers.js';

/**
 * Issue 13's field cases that are visible over HTTP, each with siblings of the same kind, through the
 * whole local runtime (the synthesized stack's gateway, authorizer and functions).
 */

const field = (name: string) => readFileSync(path.join(FIELD_CASES, name));
const dog = readFileSync(path.join(PETS_EVAL, 'darknet-dog-bicycle-truck.jpg'));
const aurora = readFileSync(path.join(PETS_EVAL, 'pixabay-aurora.jpg'));

/** A 2 s H.264 MP4 of a still photo. */
function stillClip(photo: string): Buffer {
  return execFileSync('ffmpeg', ['-v', 'error', '-loop', '1', '-t', '2', '-i', path.join(PETS_EVAL, photo), '-vf', 'scale=640:-2,format=yuv420p', '-r', '5',
    '-c:v', 'libx264', '-preset', 'ultrafast', '-movflags', 'frag_keyframe+empty_moov', '-f', 'mp4', 'pipe:1'], { maxBuffer: 32 * 1024 * 1024 });
}

/**
 * A one-frame H.264 clip of the 6000x576 panorama at 3000x288 (the sampler scales frames to 1280 px
 * wide, so the dog is about 60 px tall in a 1280x123 frame). A 0.2 s clip keeps the tile path to a few frames.
 */
function panoramaClip(): Buffer {
  return execFileSync('ffmpeg', ['-v', 'error', '-loop', '1', '-t', '0.2', '-i', path.join(FIELD_CASES, 'panorama-6000x576-dog.jpg'), '-vf', 'scale=3000:288,format=yuv420p', '-r', '5',
    '-c:v', 'libx264', '-preset', 'ultrafast', '-movflags', 'frag_keyframe+empty_moov', '-f', 'mp4', 'pipe:1'], { maxBuffer: 32 * 1024 * 1024 });
}

/** A 2-frame animated WebP: `first` then `second`. */
async function animatedWebp(first: Buffer, second: Buffer): Promise<Buffer> {
  const frame = (b: Buffer) => sharp(b).resize(384, 288, { fit: 'fill' }).toBuffer();
  return sharp([await frame(first), await frame(second)], { join: { animated: true } }).webp({ loop: 0 }).toBuffer();
}

/** `bytes` with `extra` inserted before the first `marker` segment (a JPEG marker byte). */
function insertBeforeMarker(bytes: Buffer, marker: number, extra: number[]): Buffer {
  const at = bytes.indexOf(Buffer.from([0xff, marker]), 2);
  return Buffer.concat([bytes.subarray(0, at), Buffer.from(extra), bytes.subarray(at)]);
}

let runtime: Awaited<ReturnType<typeof startTestRuntime>>;
let files: Awaited<ReturnType<typeof startFileServer>>;

beforeAll(async () => {
  await ensureModels();
  files = await startFileServer({
    '/clean.jpg': { body: dog, contentType: 'image/jpeg' },
    '/sos-se0.jpg': { body: field('jpeg-sos-spectral-end-zero.jpg'), contentType: 'image/jpeg' },
    '/stray-bytes.jpg': { body: insertBeforeMarker(dog, 0xc0, [0x12, 0x34, 0x56]), contentType: 'image/jpeg' },
    '/cut.jpg': { body: dog.subarray(0, Math.floor(dog.length * 0.6)), contentType: 'image/jpeg' },
    '/aurora.jpg': { body: aurora, contentType: 'image/jpeg' },
    '/mediarecorder.webm': { body: field('webm-mediarecorder-no-duration.webm'), contentType: 'video/webm' },
    '/aurora.mp4': { body: stillClip('pixabay-aurora.jpg'), contentType: 'video/mp4' },
    '/iphone-4k-hlg.mov': { body: field('hevc-4k-hlg-10bit.mov'), contentType: 'video/quicktime' },
    '/animated.avif': { body: field('avif-animated.avif'), contentType: 'image/avif' },
    '/damaged-animated.avif': { body: field('avif-animated.avif').subarray(0, 4000), contentType: 'image/avif' },
    '/dog-then-aurora.webp': { body: await animatedWebp(dog, aurora), contentType: 'image/webp' },
    '/panorama.jpg': { body: field('panorama-6000x576-dog.jpg'), contentType: 'image/jpeg' },
    '/panorama.mp4': { body: panoramaClip(), contentType: 'video/mp4' },
    '/aurora-then-dog.webp': { body: await animatedWebp(aurora, dog), contentType: 'image/webp' },
  });
  process.env.OUTBOUND_ALLOWED_HOSTS = files.hostPort;
  runtime = await startTestRuntime();
});
afterAll(async () => {
  await runtime?.stop();
  await files?.close();
});

/** A raw request: exact body bytes and headers, nothing added but the API key. */
function raw(method: string, route: string, body: Buffer | undefined, headers: Record<string, string> = {}) {
  const url = new URL(route, runtime.url);
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: any }>((resolve, reject) => {
    const req = http.request(url, { method, headers: { 'x-api-key': runtime.apiKey, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text ? JSON.parse(text) : undefined });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('Case 1: phone JPEGs with recoverable decoder warnings', () => {
  it('the Se=0 field case and a stray-bytes sibling give 200 with the clean photo’s boxes; a cut scan is still a clear 400', async () => {
    // Act
    const clean = await call(runtime, 'POST', '/api/detect-pets', { body: { image_url: `${files.url}/clean.jpg` } });
    const fieldCase = await call(runtime, 'POST', '/api/detect-pets', { body: { image_url: `${files.url}/sos-se0.jpg` } });
    const stray = await call(runtime, 'POST', '/api/detect-pets', { body: { image_url: `${files.url}/stray-bytes.jpg` } });
    const cut = await call(runtime, 'POST', '/api/detect-pets', { body: { image_url: `${files.url}/cut.jpg` } });

    // Assess
    expect(clean.status).toBe(200);
    expect(clean.body.has_pets).toBe(true);
    for (const res of [fieldCase, stray]) {
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body.has_pets).toBe(true);
      expect(res.body.pets).toEqual(clean.body.pets);
    }
    expect(cut.status).toBe(400);
    expect(cut.body.detail).toMatchObject({ error: 'invalid_media', message: expect.stringMatching(/truncated or corrupt/) });
  });
});

const detect = (body: unknown) => call(runtime, 'POST', '/api/detect-pets', { body });

describe('Case 2: browser WebM without a duration, and the no-pet message for videos', () => {
  it('the MediaRecorder WebM finds the dog in frames spread over its real 3 s (not one frame)', async () => {
    const res = await detect({ video_url: `${files.url}/mediarecorder.webm` });
    expect(res.status).toBe(200);
    expect(res.body.has_pets).toBe(true);
    expect(res.body.media).toMatchObject({ kind: 'video', format: 'webm', width: 768, height: 576 });
    expect(res.body.media.frames_checked).toBeGreaterThanOrEqual(3);
    const times = res.body.pets.map((p: { frame_time_s: number }) => p.frame_time_s);
    expect(Math.max(...times)).toBeGreaterThan(2);
  });

  it('no pet in a video → the exact video sentence; no pet in an image → the exact image sentence, unchanged', async () => {
    const video = await call(runtime, 'POST', '/api/generate-video', { body: { text: 'Roast!', video_url: `${files.url}/aurora.mp4` } });
    expect(video.status).toBe(400);
    expect(video.body).toEqual({ detail: { error: 'no_pets_detected', message: NO_PETS_VIDEO_MESSAGE, suggestion: NO_PETS_SUGGESTION } });
    expect(NO_PETS_VIDEO_MESSAGE).toBe(
      'No pets found in the uploaded video. Please upload an image or video containing pets (dogs, cats, birds, etc.) to generate a roast video.',
    );
    const image = await call(runtime, 'POST', '/api/generate-video', { body: { text: 'Roast!', image_url: `${files.url}/aurora.jpg` } });
    expect(image.status).toBe(400);
    expect(image.body).toEqual({
      detail: {
        error: 'no_pets_detected',
        message: 'No pets found in the uploaded image. Please upload an image or video containing pets (dogs, cats, birds, etc.) to generate a roast video.',
        suggestion: 'Try uploading a clear photo or video of your pet.',
      },
    });
    expect(image.body.detail.message).toBe(NO_PETS_MESSAGE);
  });
});

describe('Case 4: animated images are judged on their first frame; errors say what arrived', () => {
  it('the animated AVIF (avis, 10 frames) → 200, judged on its first frame', async () => {
    const res = await detect({ image_url: `${files.url}/animated.avif` });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.has_pets).toBe(true);
    expect(res.body.media).toEqual({ kind: 'image', format: 'avif', width: 768, height: 576, frames_checked: 1 });
    expect(res.body.pets[0].label).toBe('dog');
  });

  it('sibling: animated WebP is judged on its first frame too (dog first → pet; aurora first → none)', async () => {
    const dogFirst = await detect({ image_url: `${files.url}/dog-then-aurora.webp` });
    expect(dogFirst.status).toBe(200);
    expect(dogFirst.body).toMatchObject({ has_pets: true, media: { kind: 'image', format: 'webp', frames_checked: 1 } });
    const auroraFirst = await detect({ image_url: `${files.url}/aurora-then-dog.webp` });
    expect(auroraFirst.status).toBe(200);
    expect(auroraFirst.body).toMatchObject({ has_pets: false, media: { kind: 'image', format: 'webp', frames_checked: 1 } });
  });

  it('sibling: a damaged animated AVIF → 400 whose message names an animated AVIF and never lists AVIF as supported', async () => {
    const res = await detect({ image_url: `${files.url}/damaged-animated.avif` });
    expect(res.status).toBe(400);
    expect(res.body.detail.error).toBe('invalid_media');
    expect(res.body.detail.message).toMatch(/animated AVIF/);
    expect(res.body.detail.message).not.toMatch(/Send a JPEG.*AVIF/);
  });
});

describe('Case 5: an iPhone-like 4K HDR clip', () => {
  it('hevc-4k-hlg-10bit.mov → 200, has_pets true (sampled on keyframes, one bounded ffmpeg)', async () => {
    const res = await detect({ video_url: `${files.url}/iphone-4k-hlg.mov` });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.has_pets).toBe(true);
    expect(res.body.media).toMatchObject({ kind: 'video', format: 'mov', width: 3840, height: 2160, frames_checked: 3 });
  });
});

describe('Cases 9 and 10: social text through /api/translate-text (IndicTrans2 simulator)', () => {
  it('the field case: the handle survives en → hi (no 502 "English echo")', async () => {
    const res = await call(runtime, 'POST', '/api/translate-text', { body: { text: 'Hey @bruno_the_beagle_official you lazy dog', source_lang: 'en', target_lang: 'hi' } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.translated_text).toContain('@bruno_the_beagle_official');
    expect(res.body.provider_metadata.simulated).toBe(true);
  });

  it('sibling: URL, e-mail, hashtag and a decimal come back verbatim in Assamese, with ৰ kept and no 2।5', async () => {
    const text = 'Bruno ate 2.5 rotis, see https://pets.example/b?x=1 or write me@pets.example #lazydog';
    const res = await call(runtime, 'POST', '/api/translate-text', { body: { text, source_lang: 'en', target_lang: 'as' } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    for (const token of ['2.5', 'https://pets.example/b?x=1', 'me@pets.example', '#lazydog']) expect(res.body.translated_text).toContain(token);
    expect(res.body.translated_text).toContain('ৰ');
    expect(res.body.translated_text).not.toContain('2।5');
  });
});

describe('Case 3: media types with parameters or odd case (RFC 9110)', () => {
  it.each([
    ['video/webm;codecs=vp8,opus', 'video/webm', 'video'],
    ['IMAGE/JPEG', 'image/jpeg', 'image'],
    ['Video/MP4 ; codecs="avc1.42E01E, mp4a.40.2"', 'video/mp4', 'video'],
    ['image/png; charset=binary', 'image/png', 'image'],
    ['video/x-matroska;codecs=avc1', 'video/x-matroska', 'video'],
  ])('%j → 201, the form pins the type %s', async (given, essence, kind) => {
    // Act
    const res = await call(runtime, 'POST', '/api/uploads', { body: { content_type: given } });

    // Assess
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.fields['Content-Type']).toBe(essence);
    expect(res.body.upload_key).toMatch(new RegExp(`^uploads/.+/${kind}$`));
  });

  it.each(['image/svg+xml', 'video/webm-fake', 'image/jpeg, image/png', 'text/html;x=image/jpeg', 'image/', 'jpeg', ''])(
    'keeps the strict allow-list: %j → 422 naming content_type',
    async (given) => {
      const res = await call(runtime, 'POST', '/api/uploads', { body: { content_type: given } });
      expect(res.status).toBe(422);
      expect(res.body.detail.issues[0].path).toBe('body.content_type');
    },
  );
});

describe('Case 6: malformed Unicode in any string field', () => {
  it('the field case (a caption cut inside an emoji) → 422 naming body.text, not 500', async () => {
    // Prepare: the JSON escape arrives as is, as an app would send it
    const body = Buffer.from('{"text":"My pug \\ud83d is lazy","source_lang":"en","target_lang":"hi"}');

    // Act
    const res = await raw('POST', '/api/translate-text', body, { 'content-type': 'application/json' });

    // Assess
    expect(res.status).toBe(422);
    expect(res.body.detail).toMatchObject({ error: 'validation_error' });
    expect(res.body.detail.issues).toEqual([{ path: 'body.text', message: expect.stringMatching(/well-formed Unicode/) }]);
  });

  it.each([
    ['/api/generate-video', '{"text":"Roast \\udc36 him","image_url":"https://example.com/d.jpg"}', ['body.text']],
    ['/api/generate-video', '{"text":"ok","image_url":"https://example.com/d.jpg","metadata":{"post_id":"p\\ud83d"}}', ['body.metadata.post_id']],
    ['/api/generate-video', '{"text":"ok","image_url":"https://example.com/d.jpg","metadata":{"k\\udfff":"v"}}', ['body.metadata.k\uFFFD']],
    ['/api/uploads', '{"content_type":"image/jpeg\\ud800"}', ['body.content_type']],
    ['/api/detect-pets', '{"image_url":"https://example.com/\\ud83d.jpg"}', ['body.image_url']],
    ['/api/translate-text', '{"text":"a\\ud83d","source_lang":"e\\udc00"}', ['body.text', 'body.source_lang']],
  ])('sibling: POST %s %s → 422 naming %j', async (route, json, paths) => {
    const res = await raw('POST', route, Buffer.from(json), { 'content-type': 'application/json' });
    expect(res.status).toBe(422);
    expect(res.body.detail.issues.map((i: { path: string }) => i.path)).toEqual(paths);
  });

  it('a whole emoji (a valid surrogate pair) is still accepted', async () => {
    const res = await raw('POST', '/api/translate-text', Buffer.from('{"text":"My pug \\ud83d\\udc36 is lazy","source_lang":"en","target_lang":"en"}'), {
      'content-type': 'application/json',
    });
    expect(res.status).toBe(200);
    expect(res.body.translated_text).toBe('My pug 🐶 is lazy');
  });
});

describe('Case 7: request bodies in other encodings', () => {
  const echo = (text: string) => `{"text":"${text}","source_lang":"en","target_lang":"en"}`;

  it('the field case: a Latin-1 body declared as ISO-8859-1 is decoded, never stored or echoed as U+FFFD', async () => {
    // Act
    const res = await raw('POST', '/api/translate-text', Buffer.from(echo('Caf\u00e9 cr\u00e8me'), 'latin1'), {
      'content-type': 'application/json; charset=ISO-8859-1',
    });

    // Assess
    expect(res.status).toBe(200);
    expect(res.body.translated_text).toBe('Café crème');
  });

  it.each([
    ['a UTF-8 BOM (accepted and ignored)', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(echo('Café'))]), 'application/json', 'Café'],
    ['a UTF-8 BOM with charset=utf-8', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(echo('naïve'))]), 'application/json; charset=UTF-8', 'naïve'],
    ['windows-1252 (the € sign is 0x80)', Buffer.from([...Buffer.from(echo('5 X'), 'latin1')].map((b) => (b === 0x58 ? 0x80 : b))), 'application/json; charset=windows-1252', '5 €'],
    ['UTF-16LE with its BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(echo('Grüß 🐶'), 'utf16le')]), 'application/json; charset=utf-16', 'Grüß 🐶'],
    ['a quoted charset parameter in odd case', Buffer.from(echo('\u00e9t\u00e9'), 'latin1'), 'Application/JSON; Charset="latin1"', 'été'],
  ])('sibling: %s → 200 with the exact text', async (_name, body, type, expected) => {
    const res = await raw('POST', '/api/translate-text', body, { 'content-type': type });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.translated_text).toBe(expected);
  });

  it.each([
    ['Latin-1 bytes without a charset (UTF-8 is the default)', Buffer.from(echo('Caf\u00e9'), 'latin1'), 'application/json', 400, 'invalid_encoding'],
    ['Latin-1 bytes declared as UTF-8', Buffer.from(echo('Caf\u00e9'), 'latin1'), 'application/json; charset=utf-8', 400, 'invalid_encoding'],
    ['an encoded surrogate (CESU-8) in UTF-8', Buffer.concat([Buffer.from('{"text":"a'), Buffer.from([0xed, 0xa0, 0xbd]), Buffer.from('","source_lang":"en"}')]), 'application/json', 400, 'invalid_encoding'],
    ['a charset nobody knows', Buffer.from(echo('x')), 'application/json; charset=klingon', 415, 'unsupported_content_type'],
  ])('refused: %s', async (_name, body, type, status, code) => {
    const res = await raw('POST', '/api/translate-text', body, { 'content-type': type });
    expect(res.status).toBe(status);
    expect(res.body.detail).toMatchObject({ error: code, message: expect.any(String) });
    expect(JSON.stringify(res.body)).not.toContain('\uFFFD');
  });
});

describe('Case 8: wrong methods and trailing slashes (as API Gateway REST APIs do)', () => {
  it('the field case: GET /api/translate-text → 405 with Allow: POST, OPTIONS', async () => {
    const res = await raw('GET', '/api/translate-text', undefined);
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('POST, OPTIONS');
    expect(res.body.detail).toMatchObject({ error: 'method_not_allowed', allowed_methods: ['POST', 'OPTIONS'] });
    expect(res.headers['x-request-id']).toBeTruthy();
  });

  it.each([
    ['DELETE', '/healthz', 'GET, OPTIONS'],
    ['POST', '/api/banuba-filters', 'GET, OPTIONS'],
    ['PUT', '/api/uploads', 'POST, OPTIONS'],
    ['GET', '/api/jobs/job_01JD3YQ5Z8M2W4V6T7R9P0K1C3', 'DELETE, OPTIONS'],
    ['PATCH', '/api/video-status/job_01JD3YQ5Z8M2W4V6T7R9P0K1C3', 'GET, OPTIONS'],
    ['GET', '/webhooks/revid', 'POST, OPTIONS'],
  ])('sibling: %s %s → 405, Allow: %s', async (method, route, allow) => {
    const res = await raw(method, route, undefined);
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe(allow);
  });

  it('a wrong method on an /api/* path is still behind the authorizer (403 without a key, never 405)', async () => {
    const res = await raw('GET', '/api/translate-text', undefined, { 'x-api-key': '' });
    expect(res.status).toBe(403);
  });

  it('the deployed behaviour (API Gateway REST): a trailing slash reaches the same resource; the path keeps it', async () => {
    // /healthz/ is the field case; the siblings are a keyed route, a path parameter and a wrong method.
    const health = await raw('GET', '/healthz/', undefined);
    expect(health.status).toBe(200);
    expect(health.body.status).toBe('ok');
    expect((await raw('GET', '/api/banuba-filters/?pet=dog', undefined)).status).toBe(200);
    const status = await raw('GET', '/api/video-status/job_01JD3YQ5Z8M2W4V6T7R9P0K1C3/', undefined);
    expect(status.status).toBe(404);
    expect(status.body.detail.error).toBe('job_not_found');
    const wrong = await raw('POST', '/healthz/', undefined);
    expect(wrong.status).toBe(405);
    expect(wrong.headers.allow).toBe('GET, OPTIONS');
  });

  it('unknown paths stay 404 not_found, also with two trailing slashes or an unknown child', async () => {
    for (const route of ['/api/nope', '/healthz//', '/healthz/extra', '/api/video-status']) {
      const res = await raw('GET', route, undefined);
      expect(res.status, route).toBe(404);
      expect(res.body.detail.error).toBe('not_found');
    }
  });
});

describe('Issue 14: the 6000x576 panorama (a dog half its height, 20 px tall in a 416 input)', () => {
  it('is a pet through the second look over tiles, with the box in original pixels; as a video frame too', async () => {
    // Act
    const image = await detect({ image_url: `${files.url}/panorama.jpg` });
    const video = await detect({ video_url: `${files.url}/panorama.mp4` });

    // Assess: the field case's expected answer is 200 with has_pets true
    expect(image.status, JSON.stringify(image.body)).toBe(200);
    expect(image.body).toMatchObject({ has_pets: true, media: { kind: 'image', width: 6000, height: 576 } });
    const dog = image.body.pets.find((p: { label: string }) => p.label === 'dog');
    expect(dog, JSON.stringify(image.body.pets)).toBeDefined();
    // The dog fills about half the height, somewhere along the 6000 px: a box of original pixels.
    expect(dog.box.height).toBeGreaterThan(0.35 * 576);
    expect(dog.box.height).toBeLessThanOrEqual(576);
    expect(dog.box.x + dog.box.width).toBeLessThanOrEqual(6000);
    expect(dog.box.width).toBeLessThan(600);
    expect(video.status, JSON.stringify(video.body)).toBe(200);
    expect(video.body.has_pets).toBe(true);
    expect(video.body.media).toMatchObject({ kind: 'video', width: 3000, height: 288 });
  });
});
