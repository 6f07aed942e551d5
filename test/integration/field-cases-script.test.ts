import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureModels } from '../../models/setup.js';
import { sharp } from '../../lambdas/engines/intake/sharp-safe.js';
import { maxScriptChars, scriptCharacters } from '../../lambdas/domain/narration-limits.js';
import { splitScript } from '../../lambdas/engines/writer/index.js';
import { call } from '../support/runtime.js';
import { startJobsRuntime, type JobsRuntime } from '../support/jobs-runtime.js';
import { scriptAtLimit } from '../support/script-at-limit.js';
import { startFileServer } from '../support/servers.js';
import { FIELD_CASES, PETS_EVAL } from '../support/shared-data.js';

/**
 * Field cases through the whole local runtime (gateway, authorizer, detector, job store, render worker with
 * the Revid simulator, template writer): one dog counted once (docs/detection.md §5), grayscale photos
 * (docs/detection.md §2 "Grayscale input"), and scripts too long for one video refused at submission
 * (docs/api-contract.md "Script length").
 */

const evalFile = (name: string) => readFileSync(path.join(PETS_EVAL, name));
const fieldFile = (name: string) => readFileSync(path.join(FIELD_CASES, name));

/** A 3 s 640-wide H.264 clip of a still photo (5 fps). */
function stillClip(photo: string): Buffer {
  return execFileSync('ffmpeg', ['-v', 'error', '-loop', '1', '-t', '3', '-i', path.join(PETS_EVAL, photo), '-vf', 'scale=640:-2,format=yuv420p', '-r', '5',
    '-c:v', 'libx264', '-preset', 'ultrafast', '-movflags', 'frag_keyframe+empty_moov', '-f', 'mp4', 'pipe:1'], { maxBuffer: 32 * 1024 * 1024 });
}


let t: JobsRuntime;
let files: Awaited<ReturnType<typeof startFileServer>>;

beforeAll(async () => {
  await ensureModels();
  const grey = await sharp(fieldFile('gray-dog.png')).extractChannel(0).toColourspace('b-w').png().toBuffer();
  files = await startFileServer({
    '/one-dog.jpg': { body: evalFile('coco-train2017-000000000394.jpg'), contentType: 'image/jpeg' },
    '/one-dog.mp4': { body: fieldFile('sdr-vertical-dog.mp4'), contentType: 'video/mp4' },
    '/two-cats.jpg': { body: evalFile('dogsvscats-cat-0008.jpg'), contentType: 'image/jpeg' },
    '/two-cats.mp4': { body: stillClip('dogsvscats-cat-0008.jpg'), contentType: 'video/mp4' },
    '/two-elephants.jpg': { body: evalFile('coco-train2017-000000000263.jpg'), contentType: 'image/jpeg' },
    '/dog-and-cat.jpg': { body: evalFile('dogsvscats-dog-0007.jpg'), contentType: 'image/jpeg' },
    '/person-dog-horse.jpg': { body: evalFile('darknet-person-dog-horse.jpg'), contentType: 'image/jpeg' },
    '/gray-dog.png': { body: fieldFile('gray-dog.png'), contentType: 'image/png' },
    '/grey16.png': { body: await sharp(grey).toColourspace('grey16').png().toBuffer(), contentType: 'image/png' },
    '/grey-alpha.png': { body: await sharp(grey).ensureAlpha(1).png().toBuffer(), contentType: 'image/png' },
    '/grey-palette.png': { body: await sharp(fieldFile('gray-dog.png')).png({ palette: true, colours: 256 }).toBuffer(), contentType: 'image/png' },
    '/grey.jpg': { body: await sharp(grey).jpeg({ quality: 90 }).toBuffer(), contentType: 'image/jpeg' },
    '/grey.webp': { body: await sharp(grey).webp({ quality: 85 }).toBuffer(), contentType: 'image/webp' },
  });
  t = await startJobsRuntime({ env: { OUTBOUND_ALLOWED_HOSTS: files.hostPort, ROAST_WRITER: 'template' } });
}, 120_000);
afterAll(async () => {
  await t?.stop();
  await files?.close();
});

const detect = (body: unknown) => call(t.runtime, 'POST', '/api/detect-pets', { body });
type Pet = { label: string; frame_time_s?: number };
const perFrame = (pets: Pet[]) => {
  const counts = new Map<string, number>();
  for (const p of pets) counts.set(`${p.frame_time_s ?? 'image'} ${p.label}`, (counts.get(`${p.frame_time_s ?? 'image'} ${p.label}`) ?? 0) + 1);
  return Math.max(...counts.values());
};

describe('One animal, one count (whole-animal box + head box)', () => {
  it('the dev photo of one white dog: one dog in detect-pets; its clip: at most one dog in every frame', async () => {
    const photo = await detect({ image_url: `${files.url}/one-dog.jpg` });
    expect(photo.status).toBe(200);
    expect(photo.body.pets.map((p: Pet) => p.label)).toEqual(['dog']);
    const clip = await detect({ video_url: `${files.url}/one-dog.mp4` });
    expect(clip.status).toBe(200);
    expect(clip.body.media.frames_checked).toBeGreaterThanOrEqual(3);
    expect(perFrame(clip.body.pets)).toBe(1);
  });

  it('two real animals side by side stay two, of one class or of two', async () => {
    const cats = await detect({ image_url: `${files.url}/two-cats.jpg` });
    expect(cats.body.pets.map((p: Pet) => p.label)).toEqual(['cat', 'cat']);
    const elephants = await detect({ image_url: `${files.url}/two-elephants.jpg` });
    expect(elephants.body.pets.map((p: Pet) => p.label)).toEqual(['elephant', 'elephant']);
    const mixed = await detect({ image_url: `${files.url}/dog-and-cat.jpg` });
    expect(mixed.body.pets.map((p: Pet) => p.label).sort()).toEqual(['cat', 'dog']);
    // A horse and its rider: the rider is no animal; the dog beside them is one.
    const farm = await detect({ image_url: `${files.url}/person-dog-horse.jpg` });
    expect(farm.body.pets.map((p: Pet) => p.label).sort()).toEqual(['dog', 'horse']);
  });

  it.each([
    ['the one-dog clip', 'one-dog.mp4', { dog: 1 }],
    ['the one-dog photo', 'one-dog.jpg', { dog: 1 }],
    ['a clip of two cats', 'two-cats.mp4', { cat: 2 }],
  ])('%s: the job counts %o and the roast speaks of as many', async (_name, file, counts) => {
    const media = file.endsWith('.mp4') ? { image_url: undefined, video_url: `${files.url}/${file}` } : { image_url: `${files.url}/${file}` };
    const jobId = await t.createJob({ text: 'Roast my pet, be savage', ...media });
    const job = await t.waitForJob(jobId, 'completed', (j) => j.status === 'completed', 60_000);
    expect(job.pet_counts).toEqual(counts);
    const script = job.script!.lines.join(' ');
    if (Object.values(counts)[0] === 1) {
      expect(script).not.toMatch(/\b(two|three|four|several|both|dogs|cats|pets|ringleader|crew|gang|squad)\b/i);
    } else {
      expect(script).toMatch(/\b(two|both|cats|pets|crew|gang|duo|pair)\b/i);
    }
  }, 90_000);
});

describe('Grayscale photos', () => {
  it.each(['gray-dog.png', 'grey16.png', 'grey-alpha.png', 'grey-palette.png', 'grey.jpg', 'grey.webp'])('%s: 200, a dog', async (file) => {
    const res = await detect({ image_url: `${files.url}/${file}` });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.has_pets).toBe(true);
    expect(res.body.pets[0]).toMatchObject({ label: 'dog', confidence: expect.any(Number) });
    expect(res.body.pets[0].confidence).toBeGreaterThanOrEqual(0.5);
  });

  it('the field case becomes a job (today 400 no_pets_detected)', async () => {
    const res = await t.generate({ image_url: `${files.url}/gray-dog.png` });
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    expect(res.body.detected_pets[0]).toMatchObject({ label: 'dog' });
  });
});

describe('Scripts too long for one video', () => {
  it('an English script one word over the limit → 422 script_too_long naming the limit; exactly at the limit → 202', async () => {
    const over = scriptAtLimit('en', 1);
    const lines = splitScript(over, 'en');
    const refused = await t.generate({ text: over, text_mode: 'script' });
    expect(refused.status).toBe(422);
    expect(refused.body.detail).toMatchObject({
      error: 'script_too_long',
      characters: scriptCharacters(lines),
      limit_characters: maxScriptChars('en', lines.length),
      message: expect.stringContaining(`written in English, a script of ${lines.length} sentences fits in one video up to ${maxScriptChars('en', lines.length)} characters`),
    });
    const accepted = await t.generate({ text: scriptAtLimit('en'), text_mode: 'script' });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(202);
  });

  it('a Tamil script sent with source_lang "en" → 422 script_language_mismatch in the documented envelope; as "ta" → 202', async () => {
    const text = 'புருனோ நாள் முழுக்க தூங்குகிறான். சாப்பாட்டுக்கு மட்டும் எழுகிறான்!';
    const refused = await t.generate({ text, text_mode: 'script', language: 'ta', source_lang: 'en' });
    expect(refused.status).toBe(422);
    expect(refused.headers.get('x-request-id')).toBeTruthy();
    expect(refused.body).toEqual({
      detail: expect.objectContaining({ error: 'script_language_mismatch', field: 'source_lang', source_lang: 'en', expected_script: 'Latin', found_script: 'Tamil', message: expect.stringContaining('written in Tamil letters') }),
    });
    const accepted = await t.generate({ text, text_mode: 'script', language: 'ta', source_lang: 'ta' });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(202);
  });

  it('Tamil has its own, lower limit; prompt mode is not limited by it', async () => {
    const over = scriptAtLimit('ta', 1);
    const refused = await t.generate({ text: over, text_mode: 'script', language: 'ta', source_lang: 'ta' });
    expect(refused.status).toBe(422);
    expect(refused.body.detail.message).toContain('written in Tamil');
    expect(refused.body.detail.limit_characters).toBeLessThan(maxScriptChars('en', 20));
    const prompt = await t.generate({ text: `Roast my dog Bruno. ${'He sleeps all day. '.repeat(60)}`, text_mode: 'prompt' });
    expect(prompt.status, JSON.stringify(prompt.body)).toBe(202);
  });
});
