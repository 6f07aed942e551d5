/**
 * GET /docs in a real browser (headless Chromium through playwright-core): the Scalar page of the
 * local service renders every operation of the document it loads from /openapi.json, logs no console
 * error, throws nothing, and requests nothing from any other origin (no CDN, no web fonts, no
 * telemetry): every request the page makes is answered by this API. The same browser also runs
 * `@pet-roast/client` bundled for browsers (esbuild), against the service.
 */
import { build } from 'esbuild';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWebhookHeaders, generateWebhookSecret, newWebhookId } from '../../lambdas/domain/callbacks/signing.js';
import { REPO_ROOT } from '../../local/runtime.js';
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
    // …and the introduction (the document's title), which Scalar renders in the content pane after the sidebar.
    await page.waitForFunction(`document.body.innerText.includes('Pet Roast AI')`, undefined, { timeout: 60_000 }).catch(() => undefined);
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

  it('runs @pet-roast/client in the browser: calls the API and verifies a signed callback', async () => {
    // Bundled as a browser app would (node:fs is only imported for a file-path upload, never here).
    const bundle = await build({
      entryPoints: [path.join(REPO_ROOT, 'packages/client/src/index.ts')],
      bundle: true,
      platform: 'browser',
      format: 'iife',
      globalName: 'PetRoast',
      external: ['node:*'],
      write: false,
      logLevel: 'silent',
    });
    const secret = generateWebhookSecret();
    const body = JSON.stringify({ type: 'video.completed', timestamp: new Date().toISOString(), data: { job_id: 'job_01JD3YQ5Z8M2W4V6T7R9P0K1C3', status: 'completed', video_url: 'https://x.example/v.mp4', detail: null, detected_pets: [{ label: 'dog', confidence: 0.9 }], metadata: null, script: null, writer: null } });
    const headers = buildWebhookHeaders({ id: newWebhookId(), body, secrets: [secret] });

    const context = await browser!.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(`${runtime!.url}/healthz`);
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    const seen = await page.evaluate(
      async ({ url, key, headers, body, secret }) => {
        const sdk = (globalThis as any).PetRoast;
        const client = new sdk.PetRoastClient({ baseUrl: url, apiKey: key });
        const health = await client.health();
        const filters = await client.listFilters({ pet: 'dog' });
        const event = sdk.verifyWebhook(headers, body, secret);
        let forged = 'accepted';
        try {
          sdk.verifyWebhook(headers, body.replace('completed', 'failed'), secret);
        } catch (err) {
          forged = (err as { reason: string }).reason;
        }
        const userAgent = (globalThis as any).navigator.userAgent as string;
        return { health: health.status, filters: filters.filters.length, event: event.type, forged, userAgent };
      },
      { url: runtime!.url, key: runtime!.apiKey, headers, body, secret },
    );
    expect(seen).toMatchObject({ health: 'ok', event: 'video.completed', forged: 'no_matching_signature', userAgent: expect.stringContaining('HeadlessChrome') });
    expect(seen.filters).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});
