import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PETS_EVAL } from '../support/shared-data.js';
import { call, startTestRuntime } from '../support/runtime.js';
import { requireTool } from '../support/system-tools.js';
import type { LocalRuntime } from '../../local/runtime.js';

const CHROMIUM = requireTool('chromium');
const FFMPEG = requireTool('ffmpeg');
const PET_PHOTO = path.join(PETS_EVAL, 'darknet-dog-bicycle-truck.jpg');
const NO_PET_PHOTO = path.join(PETS_EVAL, 'pixabay-aurora.jpg');
/** Screenshots of each step (test artifacts, git-ignored); docs/images holds the README's copies. */
const ARTIFACTS = path.resolve(import.meta.dirname, '..', '..', '.local', 'artifacts', 'playground');

/**
 * The playground (issue 16, docs/playground.md) driven in headless Chromium through one local runtime
 * (built-in renderer, callback inbox as the default callback URL): a non-pet photo shows the service's
 * no-pet message and suggestion; a dog photo gets boxes where the API put them, a filter, a real video
 * whose metadata loads with the API's duration, with its thumbnail as poster and its WebVTT subtitles as a
 * loaded captions track whose cues are the script, its script, and a verified entry in the callback inbox;
 * the translate box shows provider metadata; the page fits 360 px and stores nothing.
 */
describe('Playground in a browser', () => {
  let runtime: LocalRuntime;
  let browser: Browser;
  let page: Page;
  let scratch: string;
  const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    scratch = mkdtempSync(path.join(tmpdir(), 'playground-'));
    runtime = await startTestRuntime({ callbackInbox: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const failures: string[] = [];
    page.on('pageerror', (err) => failures.push(err.message));
    page.on('console', (msg) => msg.type() === 'error' && failures.push(msg.text()));
    await page.goto(`${runtime.url}/playground`);
    expect(failures, 'no script errors or CSP violations').toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await runtime?.stop();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('is pre-filled locally, labels every control, fits 360 px and keeps nothing in storage', async () => {
    await expect.poll(() => page.getByTestId('api-key-input').inputValue(), { timeout: 10_000 }).toBe(runtime.apiKey);
    // Browser-side code as strings: the repository's tsconfig has no DOM types.
    const unlabelled = await page.evaluate<string[]>(
      "[...document.querySelectorAll('input, select, textarea')].filter((el) => !el.labels?.length && !el.getAttribute('aria-label')).map((el) => el.outerHTML)",
    );
    expect(unlabelled).toEqual([]);
    expect(await page.evaluate<number>('localStorage.length + sessionStorage.length + document.cookie.length')).toBe(0);
    // Keyboard: Tab moves from the key to the file picker, the first step of the flow.
    await page.getByTestId('api-key-input').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate<string | null>("document.activeElement?.getAttribute('data-testid') ?? null")).toBe('file-input');
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    await page.setViewportSize({ width: 1200, height: 900 });
  });

  it("shows the API's message and suggestion for a photo without a pet", async () => {
    const detected = page.waitForResponse((r) => r.url().endsWith('/api/detect-pets'));
    await page.getByTestId('file-input').setInputFiles(NO_PET_PHOTO);
    expect((await (await detected).json()).has_pets).toBe(false);
    await page.getByTestId('generate-button').click();
    const error = page.getByTestId('error-message');
    await expect.poll(() => error.textContent(), { timeout: 30_000 }).toContain('No pets found in the uploaded image.');
    expect(await error.textContent()).toContain('Try uploading a clear photo or video of your pet.');
    expect(await error.getAttribute('data-code')).toBe('no_pets_detected');
    await shot('1-no-pet-error');
  });

  it('draws the frame of a video where the pet was found, with its box', async () => {
    // A 2-second H.264 clip of the dog photo (what a phone would upload, small).
    const clip = path.join(scratch, 'dog.mp4');
    execFileSync(FFMPEG, ['-v', 'error', '-loop', '1', '-t', '2', '-i', PET_PHOTO, '-vf', 'scale=640:-2,format=yuv420p', '-r', '5', '-c:v', 'libx264', '-preset', 'ultrafast', clip]);
    const detectedResponse = page.waitForResponse((r) => r.url().endsWith('/api/detect-pets'));
    await page.getByTestId('file-input').setInputFiles(clip);
    const detection = await (await detectedResponse).json();
    expect(detection).toMatchObject({ has_pets: true, media: { kind: 'video' } });
    const boxes = page.getByTestId('detection-box');
    await expect.poll(() => boxes.count(), { timeout: 15_000 }).toBe(detection.pets.length);
    const frames = new Set(detection.pets.map((p: { frame_time_s: number }) => p.frame_time_s));
    expect(await page.locator('.frame canvas').count()).toBe(frames.size);
    const canvas = page.locator('.frame canvas').first();
    const shown = (await canvas.boundingBox())!;
    // Frames are shown in time order: the first figure is the earliest frame with a pet.
    const first = Math.min(...(frames as Set<number>));
    const pet = detection.pets.find((p: { frame_time_s: number }) => p.frame_time_s === first);
    expect(await page.locator('.figure figcaption').first().textContent()).toBe(`Frame at ${first.toFixed(1)} s`);
    const box = (await page.locator('.figure').first().getByTestId('detection-box').first().boundingBox())!;
    const scale = shown.width / detection.media.width;
    expect(Math.abs(box.x - (shown.x + pet.box.x * scale))).toBeLessThan(1.5);
    expect(Math.abs(box.width - pet.box.width * scale)).toBeLessThan(1.5);
    // The frame was really drawn (not a blank canvas): some pixels are not black.
    expect(await canvas.evaluate((c: any) => c.getContext('2d').getImageData(0, 0, c.width, c.height).data.some((v: number, i: number) => i % 4 !== 3 && v > 40))).toBe(true);
    await shot('2-video-frame');
  });

  it('draws the boxes where the API found the pets, makes the video, shows its script and a verified callback', async () => {
    const detectedResponse = page.waitForResponse((r) => r.url().endsWith('/api/detect-pets'));
    await page.getByTestId('file-input').setInputFiles(PET_PHOTO);
    const detection = await (await detectedResponse).json();
    expect(detection.has_pets).toBe(true);
    const boxes = page.getByTestId('detection-box');
    await expect.poll(() => boxes.count(), { timeout: 10_000 }).toBe(detection.pets.length);
    const image = (await page.locator('.frame img').boundingBox())!;
    const scale = image.width / detection.media.width;
    for (const [i, pet] of detection.pets.entries()) {
      const box = (await boxes.nth(i).boundingBox())!;
      expect(await boxes.nth(i).getAttribute('data-label')).toBe(pet.label);
      // Within 1.5 CSS px of the API's box mapped onto the displayed image.
      expect(Math.abs(box.x - (image.x + pet.box.x * scale))).toBeLessThan(1.5);
      expect(Math.abs(box.y - (image.y + pet.box.y * scale))).toBeLessThan(1.5);
      expect(Math.abs(box.width - pet.box.width * scale)).toBeLessThan(1.5);
      expect(Math.abs(box.height - pet.box.height * scale)).toBeLessThan(1.5);
    }
    expect(await page.getByTestId('error-message').isHidden()).toBe(true);
    const filters = page.getByTestId('filter-option');
    await expect.poll(() => filters.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await filters.first().check();
    await page.getByTestId('text-input').fill('Roast my dog who guards a bicycle like it is a bank vault.');
    await page.getByTestId('language-select').selectOption('en');
    await shot('3-detection');

    const createdResponse = page.waitForResponse((r) => r.url().endsWith('/api/generate-video'));
    // With the keyboard: focus the button and press Enter.
    await page.getByTestId('generate-button').focus();
    await page.keyboard.press('Enter');
    const created = await (await createdResponse).json();
    expect(created.job_id).toMatch(/^job_/);

    // While the video renders: the translate box, with the provider's metadata.
    await page.getByLabel('From', { exact: true }).selectOption('en');
    await page.getByLabel('To', { exact: true }).selectOption('hi');
    await page.getByRole('button', { name: 'Translate' }).click();
    await expect.poll(() => page.locator('.meta').textContent(), { timeout: 30_000 }).toContain('Simulated');
    expect(await page.locator('output.translation').textContent()).not.toBe('');

    // Rendering takes 20–30 s on an idle 2-core machine, minutes when it is shared.
    const resultResponse = page.waitForResponse((r) => r.url().includes(`/api/video-result/${created.job_id}`), { timeout: 420_000 });
    await page.locator('[data-testid="progress"][data-status="completed"]').waitFor({ timeout: 420_000 });
    const result = await (await resultResponse).json();
    const duration = await page.getByTestId('result-video').evaluate(
      (v: any) =>
        new Promise<number>((resolve, reject) => {
          if (v.readyState >= 1) return resolve(v.duration);
          v.addEventListener('loadedmetadata', () => resolve(v.duration), { once: true });
          v.addEventListener('error', () => reject(new Error(`video error ${v.error?.code}`)), { once: true });
        }),
    );
    expect(duration).toBeGreaterThan(3);
    expect(Math.abs(duration - result.duration_s)).toBeLessThan(0.25);
    // It plays from the local service: metadata loaded, controls, the thumbnail as poster.
    const media = await page.getByTestId('result-video').evaluate((v: any) => ({ readyState: v.readyState, duration: v.duration, controls: v.controls, poster: v.poster, error: v.error?.code ?? null }));
    expect(media).toMatchObject({ controls: true, poster: result.thumbnail_url, error: null });
    expect(media.readyState).toBeGreaterThanOrEqual(1);
    expect(media.duration).toBeGreaterThan(0);
    // Its WebVTT subtitles as the captions track: loaded by the browser (cross-origin, in CORS mode), hidden
    // (the captions are burned in) until the viewer turns them on; the cues' text, in order, is the script.
    expect(result.subtitles_url).toBeTruthy();
    const track = page.getByTestId('result-captions');
    expect(await track.getAttribute('kind')).toBe('captions');
    expect(await track.getAttribute('src')).toBe(result.subtitles_url);
    const captions = await track.evaluate(
      (t: any) =>
        new Promise<{ mode: string; cues: Array<{ text: string; startS: number; endS: number }> }>((resolve, reject) => {
          const read = () =>
            resolve({ mode: t.track.mode, cues: [...t.track.cues].map((c: any) => ({ text: c.getCueAsHTML().textContent, startS: c.startTime, endS: c.endTime })) });
          if (t.readyState === 2) return read();
          const failed = () => reject(new Error(`the captions track did not load (readyState ${t.readyState})`));
          t.addEventListener('load', read, { once: true });
          t.addEventListener('error', failed, { once: true });
          setTimeout(failed, 20_000);
        }),
    );
    expect(captions.mode).toBe('hidden');
    expect(captions.cues.length).toBeGreaterThan(0);
    expect(captions.cues.map((c) => c.text).join(' ').split(/\s+/u)).toEqual(result.script.split(/\s+/u));
    expect(captions.cues.at(-1)!.endS).toBeLessThanOrEqual(duration + 0.01);
    // Seeked into the second cue, the browser shows that cue (and the screenshot below shows the frame).
    const second = captions.cues[Math.min(1, captions.cues.length - 1)]!;
    const active = await page.getByTestId('result-video').evaluate(
      (v: any, t: number) =>
        new Promise<string[]>((resolve) => {
          v.addEventListener('seeked', () => setTimeout(() => resolve([...v.textTracks[0].activeCues].map((c: any) => c.getCueAsHTML().textContent)), 100), { once: true });
          v.currentTime = t;
        }),
      (second.startS + second.endS) / 2,
    );
    expect(active).toEqual([second.text]);
    expect(result.script).toBeTruthy();
    expect(await page.getByTestId('script').textContent()).toBe(result.script);

    const entry = page.locator(`[data-testid="callback-entry"][data-job-id="${created.job_id}"]`);
    await entry.first().waitFor({ timeout: 60_000 });
    expect(await entry.first().getAttribute('data-verified')).toBe('true');
    expect(await entry.first().textContent()).toContain('attempt 1');
    await shot('4-video-and-callback');
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    await shot('5-narrow-360px');
    await page.setViewportSize({ width: 1200, height: 900 });

    await page.getByRole('button', { name: 'Delete job' }).click();
    await expect.poll(() => page.locator('#progress-label').textContent(), { timeout: 10_000 }).toContain('deleted');
    expect((await call(runtime, 'GET', `/api/video-status/${created.job_id}`)).status).toBe(404);
  }, 480_000);
});
