/**
 * GET /docs in a real browser (headless Chromium through playwright-core): the Scalar page of the
 * local service renders every operation of the document it loads from /openapi.json, logs no console
 * error, throws nothing, and requests nothing from any other origin (no CDN, no web fonts, no
 * telemetry): every request the page makes is answered by this API.
 */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireTool } from '../support/system-tools.js';
import { startTestRuntime } from '../support/runtime.js';

let runtime: Awaited<ReturnType<typeof startTestRuntime>> | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  // Only the gateway and the handlers are needed: no queue pollers, no third-party simulators.
  [runtime, browser] = await Promise.all([
    startTestRuntime({ pollers: false, simulators: false }),
    chromium.launch({ executablePath: requireTool('chromium'), args: ['--no-sandbox', '--disable-dev-shm-usage'] }),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await runtime?.stop();
});

describe('GET /docs in headless Chromium', () => {
  it('renders every operation of /openapi.json with no console error and no request to another origin', async () => {
    const origin = new URL(runtime!.url).origin;
    const spec = (await (await fetch(`${runtime!.url}/openapi.json`)).json()) as { paths: Record<string, Record<string, { summary?: string; operationId?: string }>> };
    const summaries = Object.values(spec.paths).flatMap((item) => Object.values(item).filter((op) => op.operationId).map((op) => op.summary!));
    expect(summaries.length).toBeGreaterThanOrEqual(13);

    const context = await browser!.newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    const consoleErrors: string[] = [];
    page.on('request', (req) => requests.push(req.url()));
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(msg.text());
    });
    page.on('pageerror', (err) => consoleErrors.push(`pageerror: ${err.message}`));

    const res = await page.goto(`${runtime!.url}/docs`, { waitUntil: 'load' });
    expect(res?.status()).toBe(200);
    // Scalar fetches the document and renders it client-side: wait until the last operation is on the page.
    await page.waitForFunction(`document.body.innerText.includes(${JSON.stringify(summaries.at(-1))})`, undefined, { timeout: 60_000 });
    // Every font the rendered page uses has been requested (or failed) once this resolves.
    await page.evaluate('document.fonts.ready.then(() => true)');
    const text = await page.locator('body').innerText();
    const missing = summaries.filter((s) => !text.includes(s));
    expect(missing).toEqual([]);
    expect(text).toContain('Pet Roast AI');

    const foreign = requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin);
    expect(foreign).toEqual([]);
    expect(requests).toEqual(expect.arrayContaining([`${origin}/docs`, `${origin}/openapi.json`]));
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 120_000);
});
