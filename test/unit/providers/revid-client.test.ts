import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../lambdas/domain/errors.js';
import type { HttpFetch } from '../../../lambdas/engines/outbound/index.js';
import {
  buildRenderBody,
  DEFAULT_REVID_VOICES,
  RevidClient,
  RevidError,
  type RevidRenderRequest,
} from '../../../lambdas/engines/revid/client.js';
import { LANGUAGE_CODES } from '../../../lambdas/domain/languages.js';
import {
  startRevidSimulator,
  USE_PROVIDED_IN_ORDER_MESSAGE,
  type RevidSimulator,
} from '../../../local/simulators/revid.js';

const USER_AGENT = 'PetRoastAI-Test/1.0 (+https://example.com/pet-roast)';
const PID = /^[A-Za-z0-9]{20}$/;

const baseRenderRequest = (overrides: Partial<RevidRenderRequest> = {}): RevidRenderRequest => ({
  text: 'आपका कुत्ता सोफ़े का असली मालिक है…',
  language: 'hi',
  media: { url: 'https://cdn.example.com/uploads/pet-123.jpg', kind: 'image' },
  // Only fake transports see this URL; tests against the simulator pass a loopback receiver's URL.
  webhookUrl: 'https://api.example.com/webhooks/revid?job=job_1&token=tok_secret_123',
  ...overrides,
});

async function caught(promise: Promise<unknown>): Promise<RevidError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(RevidError);
    return err as RevidError;
  }
  throw new Error('expected a RevidError');
}

interface Captured {
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  at: number;
}

/** A loopback webhook receiver that records every request; `answer` decides status and delay. */
async function startReceiver(answer: (n: number) => { status?: number; delayMs?: number } = () => ({})) {
  const received: Captured[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString(), at: Date.now() });
      const { status = 200, delayMs = 0 } = answer(received.length);
      setTimeout(() => {
        inFlight--;
        if (!res.destroyed) res.writeHead(status).end();
      }, delayMs).unref();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    maxInFlight: () => maxInFlight,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A fake transport answering one canned response (for shapes the simulator never produces). */
function cannedFetch(status: number, body: string, headers: Record<string, string> = {}): HttpFetch {
  return async () => ({
    status,
    headers: { get: (name: string) => headers[name.toLowerCase()] ?? null },
    text: async () => body,
  });
}

describe('Class: RevidClient (against the Revid simulator)', () => {
  let sim: RevidSimulator;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let client: RevidClient;
  const logs: string[] = [];
  // Every render sent to the simulator calls back to a loopback receiver, never to the internet.
  const renderRequest = (overrides: Partial<RevidRenderRequest> = {}) =>
    baseRenderRequest({ webhookUrl: `${receiver.url}/webhooks/revid?job=job_1&token=tok_secret_123`, ...overrides });

  beforeAll(async () => {
    receiver = await startReceiver();
    sim = await startRevidSimulator({ renderMs: 60_000, apiKey: 'test-key', log: (line) => logs.push(line) });
    client = new RevidClient({ baseUrl: sim.url, apiKey: async () => sim.apiKey, userAgent: USER_AGENT, timeoutMs: 2000 });
  });
  afterEach(() => sim.faults.reset());
  afterAll(async () => {
    await sim.close();
    await receiver.close();
  });

  describe('render', () => {
    it('sends the exact script-to-video body of docs/reference/external-apis.md §1.3 and returns the pid', async () => {
      // Prepare
      const req = renderRequest();
      // Act
      const { pid } = await client.render(req);
      // Assess
      expect(pid).toMatch(PID);
      const render = sim.renders.get(pid);
      expect(render?.body).toEqual({
        workflow: 'script-to-video',
        webhookUrl: req.webhookUrl,
        aspectRatio: '9:16',
        source: { text: req.text },
        media: {
          type: 'custom',
          useOnlyProvided: true,
          useProvidedInOrder: true,
          turnImagesIntoVideos: true,
          animation: 'soft',
          provided: [{ url: req.media.url, type: 'image', title: 'the pet' }],
        },
        voice: { enabled: true, voiceId: 'nPczCjzI2devNBz1zQrb', language: 'hi' },
        captions: { enabled: true, preset: 'Wrap 1', position: 'bottom' },
        music: { enabled: true },
        options: { language: 'hi', summarizationPreference: 'no-summarization' },
        render: { resolution: '720p' },
      });
    });

    it('authenticates with the `key` header and sends the explicit User-Agent', async () => {
      const { pid } = await client.render(renderRequest());
      expect(sim.renders.get(pid)).toMatchObject({ auth: 'key', userAgent: USER_AGENT });
    });

    it('passes a video as a video, without turning images into videos', async () => {
      const { pid } = await client.render(renderRequest({ media: { url: 'https://cdn.example.com/clip.mp4', kind: 'video' } }));
      const media = sim.renders.get(pid)?.body.media as Record<string, unknown>;
      expect(media.provided).toEqual([{ url: 'https://cdn.example.com/clip.mp4', type: 'video', title: 'the pet' }]);
      expect(media).not.toHaveProperty('turnImagesIntoVideos');
    });

    it('applies captions off, another aspect ratio, the language voice and a voice override', async () => {
      const a = await client.render(renderRequest({ language: 'ta', captions: false, aspectRatio: '1:1' }));
      const bodyA = sim.renders.get(a.pid)?.body as Record<string, unknown>;
      expect(bodyA.captions).toEqual({ enabled: false });
      expect(bodyA.aspectRatio).toBe('1:1');
      expect(bodyA.voice).toEqual({ enabled: true, voiceId: DEFAULT_REVID_VOICES.ta, language: 'ta' });
      expect(bodyA.options).toEqual({ language: 'ta', summarizationPreference: 'no-summarization' });

      const b = await client.render(renderRequest({ voiceId: 'pFZP5JQG7iQjIQuC4Bku' }));
      expect((sim.renders.get(b.pid)?.body.voice as Record<string, unknown>).voiceId).toBe('pFZP5JQG7iQjIQuC4Bku');
    });

    it('has a 20-character voice id for every supported language', () => {
      for (const language of LANGUAGE_CODES) expect(client.voiceFor(language)).toMatch(/^[A-Za-z0-9]{20}$/);
    });

    it('asks for the API key on every request', async () => {
      let calls = 0;
      const counting = new RevidClient({
        baseUrl: sim.url,
        userAgent: USER_AGENT,
        apiKey: async () => {
          calls++;
          return sim.apiKey;
        },
      });
      const { pid } = await counting.render(renderRequest());
      await counting.status(pid);
      expect(calls).toBe(2);
    });

    it('refuses requests that can never be valid without calling Revid', async () => {
      const before = sim.stats.renderRequests;
      await expect(client.render(renderRequest({ text: '  ' }))).rejects.toThrow(TypeError);
      await expect(client.render(renderRequest({ webhookUrl: 'not a url' }))).rejects.toThrow(TypeError);
      await expect(client.render(renderRequest({ media: { url: 'file:///etc/passwd', kind: 'image' } }))).rejects.toThrow(
        TypeError,
      );
      expect(sim.stats.renderRequests).toBe(before);
    });
  });

  describe('status', () => {
    it('maps building to pending with progress', async () => {
      const { pid } = await client.render(renderRequest());
      const status = await client.status(pid);
      expect(status).toMatchObject({ state: 'pending', rawStatus: 'building' });
      expect(status.progress).toBeGreaterThanOrEqual(0);
      expect(status.progress).toBeLessThan(100);
    });

    it('maps ready to success with the video, thumbnail, duration and credits', async () => {
      const { pid } = await client.render(renderRequest());
      await sim.finish(pid);
      const status = await client.status(pid);
      expect(status).toEqual({
        state: 'ready',
        rawStatus: 'ready',
        progress: 100,
        videoUrl: `${sim.url}/videos/${pid}.mp4`,
        thumbnailUrl: `${sim.url}/thumbnails/${pid}.jpg`,
        durationS: 1,
        creditsUsed: 10,
      });
    });

    it('maps failed to failure with the provider error', async () => {
      sim.faults.set({ failRender: 'Invalid media file' });
      const { pid } = await client.render(renderRequest());
      await sim.finish(pid);
      expect(await client.status(pid)).toMatchObject({ state: 'failed', rawStatus: 'failed', error: 'Invalid media file' });
    });

    it.each([
      [{ status: 'queued' }, 'pending'],
      [{ status: 'rendering', progress: 40 }, 'pending'],
      [{ status: 'some-new-state' }, 'pending'],
      [{}, 'pending'],
      [{ status: 'ready' }, 'pending'], // ready without a videoUrl is not yet usable
      [{ status: 'error', error: 'boom' }, 'failed'],
      [{ status: 'FAILED', message: 'boom' }, 'failed'],
      [{ status: 'canceled' }, 'failed'],
      [{ status: 'Ready', videoUrl: 'https://cdn.revid.ai/v.mp4' }, 'ready'],
    ])('maps %j to %s', async (override, state) => {
      const { pid } = await client.render(renderRequest());
      sim.faults.set({ statusOverride: override });
      expect((await client.status(pid)).state).toBe(state);
    });

    it('reads progress when present', async () => {
      const { pid } = await client.render(renderRequest());
      sim.faults.set({ statusOverride: { status: 'rendering', progress: 40 } });
      expect(await client.status(pid)).toEqual({ state: 'pending', rawStatus: 'rendering', progress: 40 });
    });

    it('reports an unknown pid as not_found, not retryable', async () => {
      const err = await caught(client.status('AAAAAAAAAAAAAAAAAAAA'));
      expect(err).toMatchObject({ reason: 'not_found', retryable: false, httpStatus: 404 });
    });

    it('refuses a malformed pid without calling Revid', async () => {
      await expect(client.status('../me?x=1')).rejects.toThrow(TypeError);
    });
  });

  describe('errors', () => {
    it('is an AppError 502 video_provider_error', async () => {
      sim.faults.set({ renderStatus: { status: 500 } });
      const err = await caught(client.render(renderRequest()));
      expect(err).toBeInstanceOf(AppError);
      expect(err).toMatchObject({ status: 502, code: 'video_provider_error', name: 'RevidError' });
    });

    it('401 (wrong key): not retryable, says to check the key, never shows it', async () => {
      const wrong = new RevidClient({ baseUrl: sim.url, apiKey: async () => 'wrong-key-XYZ', userAgent: USER_AGENT });
      const err = await caught(wrong.render(renderRequest()));
      expect(err).toMatchObject({ reason: 'unauthorized', retryable: false, httpStatus: 401 });
      expect(err.message).toMatch(/API key/);
      expect(err.message).not.toContain('wrong-key-XYZ');
    });

    it('402 insufficient_credits: not retryable, says the account is out of credits', async () => {
      sim.faults.set({ renderStatus: { status: 402 } });
      const err = await caught(client.render(renderRequest()));
      expect(err).toMatchObject({ reason: 'insufficient_credits', retryable: false, httpStatus: 402 });
      expect(err.message).toMatch(/out of credits/);
    });

    it('403 whose text says insufficient_credits is classified as credits too', async () => {
      sim.faults.set({ renderStatus: { status: 403, error: 'insufficient_credits: upgrade your plan' } });
      expect(await caught(client.render(renderRequest()))).toMatchObject({ reason: 'insufficient_credits', retryable: false });
    });

    it.each([
      [400, 'bad_request'],
      [403, 'forbidden'],
      [404, 'not_found'],
      [422, 'bad_request'],
    ])('%i: not retryable (%s), carries the provider message', async (status, reason) => {
      sim.faults.set({ renderStatus: { status, error: 'workflow is required' } });
      const err = await caught(client.render(renderRequest()));
      expect(err).toMatchObject({ reason, retryable: false, httpStatus: status });
      expect(err.message).toContain('workflow is required');
    });

    it('429 with Retry-After: retryable, carries retryAfterS', async () => {
      sim.faults.set({ renderStatus: { status: 429, retryAfterS: 7 } });
      const err = await caught(client.render(renderRequest()));
      expect(err).toMatchObject({ reason: 'rate_limited', retryable: true, httpStatus: 429, retryAfterS: 7 });
    });

    it.each([500, 502, 503])('%i: retryable', async (status) => {
      sim.faults.set({ statusStatus: { status } });
      const { pid } = await client.render(renderRequest());
      expect(await caught(client.status(pid))).toMatchObject({ reason: 'server_error', retryable: true, httpStatus: status });
    });

    it('503 with Retry-After carries retryAfterS', async () => {
      sim.faults.set({ renderStatus: { status: 503, retryAfterS: 30 } });
      expect(await caught(client.render(renderRequest()))).toMatchObject({ retryable: true, retryAfterS: 30 });
    });

    it('forced answers apply to the next N calls only; the client itself never retries', async () => {
      sim.faults.set({ renderStatus: { status: 500, times: 2 } });
      const before = sim.stats.renderRequests;
      await caught(client.render(renderRequest()));
      await caught(client.render(renderRequest()));
      await expect(client.render(renderRequest())).resolves.toMatchObject({ pid: expect.stringMatching(PID) });
      expect(sim.stats.renderRequests - before).toBe(3);
    });

    it('a hanging render times out as a retryable error within the deadline', async () => {
      sim.faults.set({ hangRender: true });
      const quick = new RevidClient({ baseUrl: sim.url, apiKey: async () => sim.apiKey, userAgent: USER_AGENT, timeoutMs: 300 });
      // The render hangs forever: only the client's deadline can settle this (else the test's timeout fails it).
      const err = await caught(quick.render(renderRequest()));
      expect(err).toMatchObject({ reason: 'timeout', retryable: true, httpStatus: undefined });
    });

    it('latency below the deadline is fine', async () => {
      sim.faults.set({ latencyMs: 100 });
      await expect(client.render(renderRequest())).resolves.toMatchObject({ pid: expect.stringMatching(PID) });
    });

    it('keeps its deadline even when the injected fetch ignores the abort signal', async () => {
      const never: HttpFetch = () => new Promise(() => undefined);
      const stuck = new RevidClient({ baseUrl: sim.url, apiKey: async () => 'k', userAgent: USER_AGENT, timeoutMs: 100, fetch: never });
      expect(await caught(stuck.status('AAAAAAAAAAAAAAAAAAAA'))).toMatchObject({ reason: 'timeout', retryable: true });
    });

    it('a refused connection is a retryable network error', async () => {
      const down = await startRevidSimulator({ log: () => undefined, ffmpeg: false });
      const url = down.url;
      await down.close();
      const offline = new RevidClient({ baseUrl: url, apiKey: async () => 'k', userAgent: USER_AGENT });
      expect(await caught(offline.render(renderRequest()))).toMatchObject({ reason: 'network', retryable: true });
    });
  });

  describe('responses the simulator does not produce (fake transport)', () => {
    const make = (fetch: HttpFetch) =>
      new RevidClient({ baseUrl: 'https://www.revid.ai', apiKey: async () => 'k', userAgent: USER_AGENT, fetch });

    it('falls back to `id` when there is no `pid`', async () => {
      expect(await make(cannedFetch(200, '{"success":1,"id":"zz269yLQn7WCYAypVxCg"}')).render(baseRenderRequest())).toEqual({
        pid: 'zz269yLQn7WCYAypVxCg',
      });
    });

    it('a 2xx without a pid or with a non-JSON body is a retryable bad_response', async () => {
      expect(await caught(make(cannedFetch(200, '{"success":1}')).render(baseRenderRequest()))).toMatchObject({
        reason: 'bad_response',
      });
      expect(await caught(make(cannedFetch(200, '<html>oops</html>')).render(baseRenderRequest()))).toMatchObject({
        reason: 'bad_response',
        retryable: true,
      });
    });

    it('a 200 with success:0 is a non-retryable rejection carrying the message', async () => {
      const err = await caught(make(cannedFetch(200, '{"success":0,"error":"Invalid media file"}')).render(baseRenderRequest()));
      expect(err).toMatchObject({ reason: 'bad_request', retryable: false });
      expect(err.message).toContain('Invalid media file');
    });

    it('explains a Cloudflare 1010 block (missing User-Agent)', async () => {
      const html = '<html><title>Access denied | www.revid.ai used Cloudflare</title>Error code 1010</html>';
      const err = await caught(make(cannedFetch(403, html, { 'content-type': 'text/html' })).render(baseRenderRequest()));
      expect(err).toMatchObject({ reason: 'forbidden', retryable: false, httpStatus: 403 });
      expect(err.message).toMatch(/User-Agent/);
    });

    it('parses an HTTP-date Retry-After', async () => {
      const at = new Date(Date.now() + 60_000).toUTCString();
      const err = await caught(make(cannedFetch(429, '{}', { 'retry-after': at })).render(baseRenderRequest()));
      expect(err.retryAfterS).toBeGreaterThanOrEqual(58);
      expect(err.retryAfterS).toBeLessThanOrEqual(61);
    });

    it('never repeats the webhook token when Revid echoes the webhook URL in an error', async () => {
      const body = JSON.stringify({ success: 0, error: 'Invalid webhookUrl https://api.example.com/hook?token=tok_secret_123' });
      const err = await caught(make(cannedFetch(400, body)).render(baseRenderRequest()));
      expect(err.message).not.toContain('tok_secret_123');
      expect(err.message).toContain('https://api.example.com/hook?[redacted]');
    });

    it('sends only key, accept, user-agent and content-type headers', async () => {
      let seen: Record<string, string> | undefined;
      const spy: HttpFetch = async (_url, init) => {
        seen = init?.headers;
        return cannedFetch(200, '{"success":1,"pid":"IUPGVSPxjRuK0LDhEDbs"}')('');
      };
      await make(spy).render(baseRenderRequest());
      expect(seen).toEqual({ key: 'k', accept: 'application/json', 'user-agent': USER_AGENT, 'content-type': 'application/json' });
    });
  });

  it('buildRenderBody is pure and matches what render sends', async () => {
    const req = renderRequest();
    const { pid } = await client.render(req);
    expect(sim.renders.get(pid)?.body).toEqual(buildRenderBody(req, DEFAULT_REVID_VOICES.hi));
  });

  it('requires a User-Agent', () => {
    expect(() => new RevidClient({ baseUrl: sim.url, apiKey: async () => 'k', userAgent: ' ' })).toThrow(TypeError);
  });

  it('only ever gave the simulator loopback webhook URLs', () => {
    expect(sim.renders.size).toBeGreaterThan(0);
    for (const render of sim.renders.values()) expect(render.webhookUrl?.startsWith(`${receiver.url}/`)).toBe(true);
  });

  it('labels every simulator log line', () => {
    expect(logs.length).toBeGreaterThan(0);
    for (const line of logs) expect(line.startsWith('[revid-simulator]')).toBe(true);
  });
});

describe('Simulator: revid', () => {
  const quiet = { log: () => undefined, webhookRetryDelaysMs: [20, 20, 20] };
  let sim: RevidSimulator;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;

  afterEach(async () => {
    await sim?.close();
    await receiver?.close();
  });

  const api = async (path: string, init: { method?: string; headers?: Record<string, string>; body?: unknown } = {}) => {
    const res = await fetch(sim.url + path, {
      method: init.method ?? 'GET',
      headers: { 'content-type': 'application/json', ...init.headers },
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    });
    return { status: res.status, headers: res.headers, json: (await res.json()) as Record<string, unknown> };
  };
  const v3Body = (webhookUrl?: string) => ({
    workflow: 'script-to-video',
    source: { text: 'Your dog owns the sofa.' },
    media: { type: 'custom', useProvidedInOrder: true, provided: [{ url: 'https://cdn.example.com/p.jpg', type: 'image' }] },
    ...(webhookUrl ? { webhookUrl } : {}),
  });

  it('accepts `key` and `Authorization: Bearer`, rejects a missing or wrong key with {success:0,error}', async () => {
    sim = await startRevidSimulator({ ...quiet, apiKey: 'k1' });
    expect((await api('/api/public/v3/render', { method: 'POST', headers: { key: 'k1' }, body: v3Body() })).json).toMatchObject({
      success: 1,
      pid: expect.stringMatching(PID),
      workflow: 'script-to-video',
    });
    const bearer = await api('/api/public/v3/render', { method: 'POST', headers: { authorization: 'Bearer k1' }, body: v3Body() });
    expect(bearer.status).toBe(200);
    const rejected: Array<Record<string, string>> = [{}, { key: 'nope' }, { authorization: 'Bearer nope' }];
    for (const headers of rejected) {
      const res = await api('/api/public/v3/render', { method: 'POST', headers, body: v3Body() });
      expect(res.status).toBe(401);
      expect(res.json).toEqual({ success: 0, error: expect.any(String) });
    }
  });

  it('validates the body with the real messages', async () => {
    sim = await startRevidSimulator({ ...quiet });
    const post = (body: unknown) => api('/api/public/v3/render', { method: 'POST', headers: { key: sim.apiKey }, body });
    expect(await post({ source: { text: 'x' } })).toMatchObject({ status: 400, json: { success: 0, error: 'workflow is required' } });
    expect(await post({ ...v3Body(), media: { type: 'moving-image', useProvidedInOrder: true } })).toMatchObject({
      status: 400,
      json: { error: USE_PROVIDED_IN_ORDER_MESSAGE },
    });
    expect(await post({ ...v3Body(), media: { type: 'custom', provided: [{ type: 'image' }] } })).toMatchObject({
      json: { error: 'Invalid media file' },
    });
    expect((await post({ ...v3Body(), aspectRatio: '9 / 16' })).status).toBe(200);
    expect((await post({ ...v3Body(), aspectRatio: '9:16' })).status).toBe(200);
  });

  it('goes building → ready, serves a real MP4, and POSTs {pid,status,videoUrl} unsigned to the exact webhook URL', async () => {
    receiver = await startReceiver();
    sim = await startRevidSimulator({ ...quiet, renderMs: 150 });
    const hook = `${receiver.url}/webhooks/revid?job=job_1&token=abc-123`;
    const { json } = await api('/api/public/v3/render', { method: 'POST', headers: { key: sim.apiKey }, body: v3Body(hook) });
    const pid = json.pid as string;
    expect(json.webhookUrl).toBe(hook);

    const building = await api(`/api/public/v3/status?pid=${pid}`, { headers: { key: sim.apiKey } });
    expect(building.json).toMatchObject({ status: 'building', progress: expect.any(Number) });
    expect((await fetch(`${sim.url}/videos/${pid}.mp4`)).status).toBe(404);

    await sim.idle();
    const ready = await api(`/api/public/v3/status?pid=${pid}`, { headers: { key: sim.apiKey } });
    expect(ready.json).toMatchObject({ status: 'ready', videoUrl: `${sim.url}/videos/${pid}.mp4`, durationSeconds: 1 });

    expect(receiver.received).toHaveLength(1);
    const [delivery] = receiver.received;
    expect(delivery?.url).toBe('/webhooks/revid?job=job_1&token=abc-123');
    expect(delivery?.headers['content-type']).toBe('application/json');
    expect(Object.keys(delivery?.headers ?? {}).filter((h) => /signature/i.test(h))).toEqual([]);
    expect(JSON.parse(delivery?.body ?? '')).toEqual({ pid, status: 'ready', videoUrl: `${sim.url}/videos/${pid}.mp4` });

    const video = await fetch(ready.json.videoUrl as string);
    const bytes = Buffer.from(await video.arrayBuffer());
    expect(video.headers.get('content-type')).toBe('video/mp4');
    expect(bytes.subarray(4, 8).toString('latin1')).toBe('ftyp');
    const ranged = await fetch(ready.json.videoUrl as string, { headers: { range: 'bytes=0-7' } });
    expect(ranged.status).toBe(206);
    expect(Buffer.from(await ranged.arrayBuffer())).toHaveLength(8);
    const thumb = await fetch(ready.json.thumbnailUrl as string);
    expect(Buffer.from(await thumb.arrayBuffer()).subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
  });

  it('answers 404 for an unknown pid and 400 without one', async () => {
    sim = await startRevidSimulator({ ...quiet });
    expect((await api('/api/public/v3/status?pid=nope', { headers: { key: sim.apiKey } })).status).toBe(404);
    expect((await api('/api/public/v3/status', { headers: { key: sim.apiKey } })).status).toBe(400);
  });

  it('ends failed with an error and sends {pid,status:"failed",error}', async () => {
    receiver = await startReceiver();
    sim = await startRevidSimulator({ ...quiet, renderMs: 50, faults: { failRender: 'Invalid media file' } });
    const { json } = await api('/api/public/v3/render', { method: 'POST', headers: { key: sim.apiKey }, body: v3Body(`${receiver.url}/h`) });
    await sim.idle();
    expect(JSON.parse(receiver.received[0]?.body ?? '')).toEqual({ pid: json.pid, status: 'failed', error: 'Invalid media file' });
  });

  it('retries a webhook answered with non-2xx until it is accepted', async () => {
    receiver = await startReceiver((n) => ({ status: n < 3 ? 500 : 204 }));
    sim = await startRevidSimulator({ ...quiet, renderMs: 20 });
    const { json } = await api('/api/public/v3/render', { method: 'POST', headers: { key: sim.apiKey }, body: v3Body(`${receiver.url}/h`) });
    await sim.idle();
    expect(receiver.received).toHaveLength(3);
    expect(sim.renders.get(json.pid as string)?.webhooks.map((w) => w.status)).toEqual([500, 500, 204]);
    expect(sim.stats.webhooksDelivered).toBe(1);
  });

  it('gives up after the last retry', async () => {
    receiver = await startReceiver(() => ({ status: 503 }));
    sim = await startRevidSimulator({ ...quiet, renderMs: 20 });
    await api('/api/public/v3/render', { method: 'POST', headers: { key: sim.apiKey }, body: v3Body(`${receiver.url}/h`) });
    await sim.idle();
    expect(receiver.received).toHaveLength(4);
    expect(sim.stats.webhooksAbandoned).toBe(1);
  });

  it('duplicateWebhook sends the same webhook twice, concurrently', async () => {
    receiver = await startReceiver(() => ({ delayMs: 100 }));
    sim = await startRevidSimulator({ ...quiet, renderMs: 20, faults: { duplicateWebhook: true } });
    await api('/api/public/v3/render', { method: 'POST', headers: { key: sim.apiKey }, body: v3Body(`${receiver.url}/h`) });
    await sim.idle();
    expect(receiver.received).toHaveLength(2);
    expect(receiver.received[0]?.body).toBe(receiver.received[1]?.body);
    expect(receiver.maxInFlight()).toBe(2);
  });

  it('dropWebhook sends nothing; lateWebhookMs delays the webhook', async () => {
    receiver = await startReceiver();
    sim = await startRevidSimulator({ ...quiet, renderMs: 20, faults: { dropWebhook: true } });
    await api('/api/public/v3/render', { method: 'POST', headers: { key: sim.apiKey }, body: v3Body(`${receiver.url}/h`) });
    await sim.idle();
    expect(receiver.received).toHaveLength(0);

    sim.faults.set({ dropWebhook: undefined, lateWebhookMs: 250 });
    const { json } = await api('/api/public/v3/render', { method: 'POST', headers: { key: sim.apiKey }, body: v3Body(`${receiver.url}/h`) });
    await sim.idle();
    const render = sim.renders.get(json.pid as string);
    expect(receiver.received).toHaveLength(1);
    expect((receiver.received[0]?.at ?? 0) - (render?.readyAt ?? 0)).toBeGreaterThanOrEqual(240);
  });

  it('webhookBeforeReady sends a bogus ready hint while /status still says building', async () => {
    receiver = await startReceiver();
    sim = await startRevidSimulator({ ...quiet, renderMs: 60_000, faults: { webhookBeforeReady: true } });
    const { json } = await api('/api/public/v3/render', { method: 'POST', headers: { key: sim.apiKey }, body: v3Body(`${receiver.url}/h`) });
    for (let i = 0; i < 100 && receiver.received.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(JSON.parse(receiver.received[0]?.body ?? '')).toMatchObject({ pid: json.pid, status: 'ready' });
    const status = await api(`/api/public/v3/status?pid=${json.pid as string}`, { headers: { key: sim.apiKey } });
    expect(status.json.status).toBe('building');
  });

  it('accepts the v2 API ({webhook, creationParams}) and reports v2 failures as `error`', async () => {
    receiver = await startReceiver();
    sim = await startRevidSimulator({ ...quiet, renderMs: 20 });
    const body = { webhook: `${receiver.url}/v2?s=1`, creationParams: { inputText: 'Roast', ratio: '9 / 16' } };
    const ok = await api('/api/public/v2/render', { method: 'POST', headers: { key: sim.apiKey }, body });
    expect(ok.json).toMatchObject({ pid: expect.stringMatching(PID) });
    expect((await api('/api/public/v2/render', { method: 'POST', headers: { key: sim.apiKey }, body: {} })).json).toMatchObject({
      success: 0,
      error: 'creationParams is required',
    });
    await sim.idle();
    expect((await api(`/api/public/v2/status?pid=${ok.json.pid as string}`, { headers: { key: sim.apiKey } })).json).toMatchObject({
      status: 'ready',
      videoUrl: expect.any(String),
    });
    expect(receiver.received[0]?.url).toBe('/v2?s=1');

    sim.faults.set({ failRender: true });
    const bad = await api('/api/public/v2/render', { method: 'POST', headers: { key: sim.apiKey }, body });
    await sim.idle();
    expect((await api(`/api/public/v2/status?pid=${bad.json.pid as string}`, { headers: { key: sim.apiKey } })).json).toMatchObject({
      status: 'error',
      error: expect.any(String),
    });
  });

  it('checkMedia fails a render whose media URL is unreachable', async () => {
    receiver = await startReceiver((n) => ({ status: n === 1 ? 404 : 200 }));
    sim = await startRevidSimulator({ ...quiet, renderMs: 20, checkMedia: true });
    const body = { ...v3Body(), media: { type: 'custom', provided: [{ url: `${receiver.url}/missing.jpg`, type: 'image' }] } };
    const { json } = await api('/api/public/v3/render', { method: 'POST', headers: { key: sim.apiKey }, body });
    await sim.idle();
    expect(sim.renders.get(json.pid as string)).toMatchObject({ state: 'failed', error: 'Invalid media file' });
  });

  it('falls back to the embedded MP4 when ffmpeg is not used', async () => {
    sim = await startRevidSimulator({ ...quiet, renderMs: 10, ffmpeg: false });
    const { json } = await api('/api/public/v3/render', { method: 'POST', headers: { key: sim.apiKey }, body: v3Body() });
    await sim.idle();
    const bytes = Buffer.from(await (await fetch(`${sim.url}/videos/${json.pid as string}.mp4`)).arrayBuffer());
    expect(bytes.subarray(4, 8).toString('latin1')).toBe('ftyp');
  });

  it('close() stops promptly with a hanging request, a pending render and an in-flight webhook', async () => {
    receiver = await startReceiver(() => ({ delayMs: 60_000 }));
    sim = await startRevidSimulator({ ...quiet, renderMs: 60_000 });
    const first = await api('/api/public/v3/render', { method: 'POST', headers: { key: sim.apiKey }, body: v3Body(`${receiver.url}/h`) });
    await api('/api/public/v3/render', { method: 'POST', headers: { key: sim.apiKey }, body: v3Body() }); // stays building
    const finishing = sim.finish(first.json.pid as string); // its webhook never gets an answer
    sim.faults.set({ hangRender: true });
    const hanging = fetch(`${sim.url}/api/public/v3/render`, { method: 'POST', headers: { key: sim.apiKey }, body: '{}' }).catch(
      (err: unknown) => err,
    );
    for (let i = 0; i < 100 && receiver.received.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(receiver.received).toHaveLength(1);
    // close() must not wait for the hanging request or the unanswered webhook (they never end on their own).
    await sim.close();
    expect(await hanging).toBeInstanceOf(Error);
    await expect(fetch(`${sim.url}/`)).rejects.toThrow();
    await finishing;
    await sim.idle();
  });
});
