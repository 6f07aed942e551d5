/**
 * A local SIMULATOR of the Revid public API (v3, plus the legacy v2 render/status), for tests and the
 * local runtime. It is not Revid: it follows docs/reference/external-apis.md §1–3 and §8.1, including the parts marked
 * [INF], and every log line says `[revid-simulator]`.
 *
 * - `POST /api/public/v3/render` — auth `key: <apiKey>` or `Authorization: Bearer <apiKey>`; validates
 *   `workflow`, the `useProvidedInOrder ⇒ media.type=custom` rule, `source.text`, media URLs; answers
 *   `{success:1, pid, workflow, webhookUrl}` with a 20-char alphanumeric pid.
 * - `GET /api/public/v3/status?pid=` — `building` (+`progress`) until `renderMs` has passed, then
 *   `ready` + `videoUrl`/`thumbnailUrl`/`durationSeconds`, or `failed` + `error`; 404 for unknown pids.
 * - `POST /api/public/v2/render` `{webhook, creationParams}` and `GET /api/public/v2/status?pid=`
 *   (v2 reports failures as `error`).
 * - `GET|HEAD /videos/<pid>.mp4` and `/thumbnails/<pid>.jpg` once the render is ready (Range supported).
 * - On the terminal state it POSTs `{pid, status, videoUrl | error}` as JSON, with **no signature
 *   header**, to the exact webhook URL (query string kept), retrying a few times on non-2xx.
 *
 * Faults (set at start or at runtime with `faults.set`) reproduce what a client and the webhook
 * handler must survive: forced 401/402/429/5xx, latency, hangs, failed renders, dropped, duplicated,
 * late and premature webhooks.
 */
import { execFile } from 'node:child_process';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const LOG_PREFIX = '[revid-simulator]';
const MAX_BODY_BYTES = 1024 * 1024;
const DURATION_S = 1;
const CREDITS_PER_RENDER = 10;
const PID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const V3_WORKFLOWS = new Set([
  'script-to-video',
  'voiceover-to-video',
  'prompt-to-video',
  'audio-to-video',
  'music-to-video',
  'caption-video',
  'article-to-video',
  'avatar-to-video',
  'ad-generator',
  'motion-transfer',
  'static-background-video',
]);
const NAMED_RATIOS = new Set(['portrait', 'landscape', 'square', 'auto']);
/** Real message seen from Revid [3P]. */
export const USE_PROVIDED_IN_ORDER_MESSAGE = 'media.useProvidedInOrder is only supported when media.type is custom.';

/** Force the next `times` calls of an endpoint to answer `status` (402 bodies say `insufficient_credits`). */
export interface ForcedResponse {
  status: number;
  /** How many calls (default 1); `Infinity` until cleared. */
  times?: number;
  /** `Retry-After` seconds for 429 (default 5) and 503. */
  retryAfterS?: number;
  /** Override the `error` text of the `{success:0,error}` body. */
  error?: string;
}

export interface RevidSimulatorFaults {
  /** Forced answers for `POST …/render` (v3 and v2), checked before auth. */
  renderStatus?: ForcedResponse;
  /** Forced answers for `GET …/status` (v3 and v2), checked before auth. */
  statusStatus?: ForcedResponse;
  /** Added before every API answer (render and status). */
  latencyMs?: number;
  /** Render calls are never answered (the client must time out). */
  hangRender?: boolean;
  /** Status calls are never answered. */
  hangStatus?: boolean;
  /** Renders accepted while set end `failed` with this message (`true`: a default message). */
  failRender?: boolean | string;
  /** Terminal webhooks are not sent at all. */
  dropWebhook?: boolean;
  /** Send the terminal webhook this many times (`true` = 2): the first two concurrently, the rest one by one. */
  duplicateWebhook?: boolean | number;
  /** Wait this long after the terminal state before sending the webhook. */
  lateWebhookMs?: number;
  /** Right after accepting a render, send a bogus `ready` webhook while `/status` still says `building`. */
  webhookBeforeReady?: boolean;
  /** Replace the `/status` JSON (merged over `{success:1,pid}`), e.g. `{status:'rendering', progress:40}`. */
  statusOverride?: Record<string, unknown>;
}

export interface RevidSimulatorOptions {
  port?: number;
  host?: string;
  /** The accepted API key (default `sim-revid-key`). */
  apiKey?: string;
  /** Time from accept to the terminal state (default 1500 ms). */
  renderMs?: number;
  /** Receives every log line (already prefixed `[revid-simulator]`). Default: console.log. */
  log?: (line: string) => void;
  faults?: RevidSimulatorFaults;
  /** Base for `videoUrl`/`thumbnailUrl` when clients reach the simulator under another name. */
  publicUrl?: string;
  /** Waits between webhook attempts; the webhook is tried `length + 1` times (default [200, 1000, 3000]). */
  webhookRetryDelaysMs?: number[];
  /** Per-attempt webhook timeout (default 5000 ms). */
  webhookTimeoutMs?: number;
  /** Fetch each provided media URL like Revid would; an unreachable one ends the render `failed` (default false). */
  checkMedia?: boolean;
  /** ffmpeg binary used once per process to make the sample MP4; `false` uses the embedded clip. */
  ffmpeg?: string | false;
}

export interface WebhookAttempt {
  kind: 'final' | 'early';
  copy: number;
  attempt: number;
  at: number;
  status?: number;
  error?: string;
}

export interface SimulatedRender {
  pid: string;
  api: 'v3' | 'v2';
  /** The request body exactly as parsed. */
  body: Record<string, unknown>;
  workflow: string;
  webhookUrl?: string;
  state: 'building' | 'ready' | 'failed';
  createdAt: number;
  readyAt: number;
  error?: string;
  videoUrl?: string;
  thumbnailUrl?: string;
  auth: 'key' | 'bearer';
  userAgent?: string;
  webhooks: WebhookAttempt[];
}

export interface RevidSimulatorStats {
  renderRequests: number;
  statusRequests: number;
  mediaRequests: number;
  rendersAccepted: number;
  webhookAttempts: number;
  webhooksDelivered: number;
  /** Deliveries abandoned after the last retry. */
  webhooksAbandoned: number;
  /** The last 200 API requests (never the key itself). */
  requests: Array<{ method: string; path: string; auth: 'key' | 'bearer' | 'none' | 'invalid'; userAgent?: string; at: number }>;
}

export interface RevidSimulator {
  url: string;
  apiKey: string;
  renders: Map<string, SimulatedRender>;
  stats: RevidSimulatorStats;
  faults: {
    /** Merge faults; a key set to `undefined` clears it. */
    set(faults: Partial<RevidSimulatorFaults>): void;
    reset(): void;
    readonly current: Readonly<RevidSimulatorFaults>;
  };
  /**
   * Move a building render to its terminal state now (tests that don't want to wait `renderMs`).
   * Resolves once `/status` shows the new state; the webhook follows in the background (see `idle`).
   */
  finish(pid: string, outcome?: { error?: string }): Promise<void>;
  /** Resolves once no render timer or webhook delivery is pending. */
  idle(): Promise<void>;
  /** Stops listening, cancels timers and webhook deliveries, destroys every open socket. */
  close(): Promise<void>;
}

class SimulatorClosed extends Error {}

let sampleVideo: Promise<{ bytes: Buffer; source: string }> | undefined;

/** Starts the simulator; resolves once it listens. */
export async function startRevidSimulator(options: RevidSimulatorOptions = {}): Promise<RevidSimulator> {
  const apiKey = options.apiKey ?? 'sim-revid-key';
  const renderMs = options.renderMs ?? 1500;
  const webhookDelays = options.webhookRetryDelaysMs ?? [200, 1000, 3000];
  const webhookTimeoutMs = options.webhookTimeoutMs ?? 5000;
  const sink = options.log ?? ((line: string) => console.log(line));
  const log = (message: string) => sink(`${LOG_PREFIX} ${message}`);

  const video = await loadSampleVideo(options.ffmpeg ?? 'ffmpeg');
  const thumbnail = Buffer.from(THUMBNAIL_JPEG_BASE64, 'base64');

  const renders = new Map<string, SimulatedRender>();
  const stats: RevidSimulatorStats = {
    renderRequests: 0,
    statusRequests: 0,
    mediaRequests: 0,
    rendersAccepted: 0,
    webhookAttempts: 0,
    webhooksDelivered: 0,
    webhooksAbandoned: 0,
    requests: [],
  };
  let faults: RevidSimulatorFaults = { ...options.faults };
  let closed = false;

  // --- timers and background work, all cancellable by close() ---
  const timers = new Map<NodeJS.Timeout, (err: Error) => void>();
  const outbound = new Set<http.ClientRequest>();
  const sockets = new Set<Socket>();
  let pendingWork = 0;
  let idleWaiters: Array<() => void> = [];

  const sleep = (ms: number) =>
    new Promise<void>((resolve, reject) => {
      if (closed) return reject(new SimulatorClosed());
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, Math.max(0, ms));
      timers.set(timer, reject);
    });

  const track = (work: Promise<unknown>) => {
    pendingWork++;
    work
      .catch((err: unknown) => {
        if (!(err instanceof SimulatorClosed)) log(`background error: ${(err as Error)?.message ?? String(err)}`);
      })
      .finally(() => {
        pendingWork--;
        if (pendingWork === 0) flushIdle();
      });
  };
  const flushIdle = () => {
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  };

  const takeForced = (key: 'renderStatus' | 'statusStatus'): ForcedResponse | undefined => {
    const forced = faults[key];
    if (!forced) return undefined;
    const remaining = (forced.times ?? 1) - 1;
    faults = { ...faults, [key]: remaining > 0 ? { ...forced, times: remaining } : undefined };
    return forced;
  };

  let baseUrl = '';
  const publicBase = () => (options.publicUrl ?? baseUrl).replace(/\/+$/, '');

  // --- webhook delivery ---
  const postOnce = (target: string, body: string): Promise<{ status?: number; error?: string }> =>
    new Promise((resolve) => {
      if (closed) return resolve({ error: 'simulator closed' });
      let url: URL;
      try {
        url = new URL(target);
      } catch {
        return resolve({ error: 'invalid webhook URL' });
      }
      const client = url.protocol === 'https:' ? https : http;
      const req = client.request(
        url,
        {
          method: 'POST',
          agent: false,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            'user-agent': 'revid-simulator/1.0',
            connection: 'close',
          },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve({ status: res.statusCode }));
          res.on('error', () => resolve({ status: res.statusCode }));
        },
      );
      outbound.add(req);
      req.on('close', () => outbound.delete(req));
      req.setTimeout(webhookTimeoutMs, () => req.destroy(new Error(`timed out after ${webhookTimeoutMs} ms`)));
      req.on('error', (err) => resolve({ error: err.message }));
      req.end(body);
    });

  const deliver = async (render: SimulatedRender, kind: 'final' | 'early', payload: object, copy: number) => {
    if (!render.webhookUrl) return;
    const body = JSON.stringify(payload);
    for (let attempt = 1; attempt <= webhookDelays.length + 1; attempt++) {
      if (closed) return;
      stats.webhookAttempts++;
      const result = await postOnce(render.webhookUrl, body);
      const record: WebhookAttempt = { kind, copy, attempt, at: Date.now(), ...result };
      render.webhooks.push(record);
      const ok = result.status !== undefined && result.status >= 200 && result.status < 300;
      log(
        `webhook ${kind} pid=${render.pid} copy=${copy} attempt=${attempt} -> ${result.status ?? result.error} (${redact(render.webhookUrl)})`,
      );
      if (ok) {
        stats.webhooksDelivered++;
        return;
      }
      const wait = webhookDelays[attempt - 1];
      if (wait === undefined || kind === 'early') break;
      await sleep(wait);
    }
    stats.webhooksAbandoned++;
  };

  const webhookPayload = (render: SimulatedRender) => {
    if (render.state === 'ready') return { pid: render.pid, status: 'ready', videoUrl: render.videoUrl };
    return { pid: render.pid, status: render.api === 'v2' ? 'error' : 'failed', error: render.error };
  };

  const sendTerminalWebhooks = async (render: SimulatedRender) => {
    const f = faults;
    if (!render.webhookUrl) return;
    if (f.dropWebhook) {
      log(`webhook for pid=${render.pid} dropped (fault dropWebhook)`);
      return;
    }
    if (f.lateWebhookMs) await sleep(f.lateWebhookMs);
    const copies = f.duplicateWebhook === true ? 2 : typeof f.duplicateWebhook === 'number' ? Math.max(1, f.duplicateWebhook) : 1;
    const payload = webhookPayload(render);
    const first = [deliver(render, 'final', payload, 1)];
    if (copies >= 2) first.push(deliver(render, 'final', payload, 2));
    await Promise.all(first);
    for (let copy = 3; copy <= copies; copy++) await deliver(render, 'final', payload, copy);
  };

  const transition = async (render: SimulatedRender, forcedError?: string) => {
    if (render.state !== 'building') return;
    let error = forcedError ?? render.error;
    if (error === undefined && options.checkMedia) error = await checkProvidedMedia(render.body, webhookTimeoutMs);
    if (render.state !== 'building' || closed) return;
    if (error !== undefined) {
      render.state = 'failed';
      render.error = error;
    } else {
      render.state = 'ready';
      render.videoUrl = `${publicBase()}/videos/${render.pid}.mp4`;
      render.thumbnailUrl = `${publicBase()}/thumbnails/${render.pid}.jpg`;
    }
    render.readyAt = Date.now();
    log(`render pid=${render.pid} -> ${render.state}${render.error ? ` (${render.error})` : ''}`);
    track(sendTerminalWebhooks(render));
  };

  const accept = (api: 'v3' | 'v2', body: Record<string, unknown>, workflow: string, webhookUrl: string | undefined, auth: 'key' | 'bearer', userAgent: string | undefined) => {
    let pid = newPid();
    while (renders.has(pid)) pid = newPid();
    const failRender = faults.failRender;
    const render: SimulatedRender = {
      pid,
      api,
      body,
      workflow,
      state: 'building',
      createdAt: Date.now(),
      readyAt: Date.now() + renderMs,
      auth,
      webhooks: [],
      ...(webhookUrl ? { webhookUrl } : {}),
      ...(userAgent ? { userAgent } : {}),
      ...(failRender ? { error: typeof failRender === 'string' ? failRender : 'Render failed (simulated failure)' } : {}),
    };
    renders.set(pid, render);
    stats.rendersAccepted++;
    log(`render accepted api=${api} pid=${pid} workflow=${workflow} webhook=${webhookUrl ? redact(webhookUrl) : 'none'}`);

    if (faults.webhookBeforeReady && webhookUrl) {
      track(
        (async () => {
          await sleep(Math.min(20, renderMs / 4));
          log(`sending bogus early 'ready' webhook for pid=${pid} (fault webhookBeforeReady)`);
          await deliver(render, 'early', { pid, status: 'ready', videoUrl: `${publicBase()}/videos/${pid}.mp4` }, 1);
        })(),
      );
    }
    track(
      (async () => {
        await sleep(renderMs);
        await transition(render);
      })(),
    );
    return render;
  };

  // --- HTTP handlers ---
  const send = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    if (res.headersSent || res.destroyed) return;
    const text = JSON.stringify(body);
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(Buffer.byteLength(text)),
      'x-simulator': 'revid',
      ...headers,
    });
    res.end(text);
  };

  const sendForced = (res: http.ServerResponse, forced: ForcedResponse, route: string) => {
    const headers: Record<string, string> = {};
    if (forced.status === 429 || (forced.status === 503 && forced.retryAfterS !== undefined)) {
      headers['retry-after'] = String(forced.retryAfterS ?? 5);
    }
    log(`forced HTTP ${forced.status} on ${route}`);
    send(res, forced.status, { success: 0, error: forced.error ?? defaultErrorText(forced.status) }, headers);
  };

  const authenticate = (req: http.IncomingMessage): 'key' | 'bearer' | 'none' | 'invalid' => {
    const key = req.headers.key;
    const authorization = req.headers.authorization;
    if (typeof key === 'string') return safeEqual(key, apiKey) ? 'key' : 'invalid';
    if (typeof authorization === 'string') {
      const match = /^Bearer\s+(.+)$/i.exec(authorization.trim());
      return match?.[1] && safeEqual(match[1], apiKey) ? 'bearer' : 'invalid';
    }
    return 'none';
  };

  const handleRender = async (api: 'v3' | 'v2', req: http.IncomingMessage, res: http.ServerResponse, auth: 'key' | 'bearer') => {
    let raw: string;
    try {
      raw = await readBody(req);
    } catch {
      return send(res, 413, { success: 0, error: 'Request body too large' });
    }
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      return send(res, 400, { success: 0, error: 'Invalid JSON body' });
    }
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      return send(res, 400, { success: 0, error: 'Request body must be a JSON object' });
    }
    const userAgent = req.headers['user-agent'];
    const record = body as Record<string, unknown>;
    const problem = api === 'v3' ? validateV3(record) : validateV2(record);
    if (problem) {
      log(`render rejected (${api}): ${problem}`);
      return send(res, 400, { success: 0, error: problem });
    }
    const webhookUrl = api === 'v3' ? (record.webhookUrl as string | undefined) : (record.webhook as string | undefined);
    const workflow = api === 'v3' ? (record.workflow as string) : 'v2-creation';
    const render = accept(api, record, workflow, webhookUrl || undefined, auth, userAgent);
    if (api === 'v2') return send(res, 200, { success: 1, pid: render.pid });
    send(res, 200, {
      success: 1,
      pid: render.pid,
      workflow,
      webhookUrl: webhookUrl ?? null,
      endpoint: '/api/public/v3/render',
      docs: { note: 'revid simulator' },
    });
  };

  const handleStatus = (api: 'v3' | 'v2', url: URL, res: http.ServerResponse) => {
    const pid = url.searchParams.get('pid');
    if (!pid) return send(res, 400, { success: 0, error: 'pid is required' });
    const render = renders.get(pid);
    if (!render) return send(res, 404, { success: 0, error: `Project ${pid} not found` });
    if (faults.statusOverride) return send(res, 200, { success: 1, pid, ...faults.statusOverride });
    if (render.state === 'building') {
      const progress = Math.min(99, Math.floor(((Date.now() - render.createdAt) / Math.max(1, renderMs)) * 100));
      return send(res, 200, { success: 1, pid, status: 'building', progress });
    }
    if (render.state === 'failed') {
      return send(res, 200, { success: 1, pid, status: api === 'v2' ? 'error' : 'failed', error: render.error });
    }
    send(res, 200, {
      success: 1,
      pid,
      status: 'ready',
      progress: 100,
      videoUrl: render.videoUrl,
      thumbnailUrl: render.thumbnailUrl,
      durationSeconds: DURATION_S,
      creditsConsumed: CREDITS_PER_RENDER,
    });
  };

  const handleMedia = (req: http.IncomingMessage, res: http.ServerResponse, pid: string, kind: 'video' | 'thumbnail') => {
    stats.mediaRequests++;
    const render = renders.get(pid);
    if (!render || render.state !== 'ready') return send(res, 404, { success: 0, error: 'Not found' });
    const bytes = kind === 'video' ? video.bytes : thumbnail;
    const type = kind === 'video' ? 'video/mp4' : 'image/jpeg';
    const range = /^bytes=(\d*)-(\d*)$/.exec(String(req.headers.range ?? ''));
    let start = 0;
    let end = bytes.length - 1;
    let status = 200;
    if (range && (range[1] || range[2])) {
      if (range[1]) {
        start = Number(range[1]);
        end = range[2] ? Math.min(Number(range[2]), end) : end;
      } else {
        start = Math.max(0, bytes.length - Number(range[2]));
      }
      if (start > end || start >= bytes.length) {
        res.writeHead(416, { 'content-range': `bytes */${bytes.length}` });
        return res.end();
      }
      status = 206;
    }
    const slice = bytes.subarray(start, end + 1);
    res.writeHead(status, {
      'content-type': type,
      'content-length': String(slice.length),
      'accept-ranges': 'bytes',
      ...(status === 206 ? { 'content-range': `bytes ${start}-${end}/${bytes.length}` } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : slice);
  };

  const route = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://simulator.invalid');
    const method = req.method ?? 'GET';
    const pathname = url.pathname;

    const media = /^\/(videos|thumbnails)\/([A-Za-z0-9]+)\.(mp4|jpg)$/.exec(pathname);
    if (media && (method === 'GET' || method === 'HEAD')) {
      return handleMedia(req, res, media[2] as string, media[1] === 'videos' ? 'video' : 'thumbnail');
    }
    if (method === 'GET' && pathname === '/') {
      return send(res, 200, { simulator: 'revid', note: 'This is a local simulator, not Revid.', renders: renders.size });
    }

    const renderMatch = /^\/api\/public\/(v3|v2)\/render$/.exec(pathname);
    const statusMatch = /^\/api\/public\/(v3|v2)\/status$/.exec(pathname);
    if (renderMatch && method === 'GET' && renderMatch[1] === 'v3') {
      return send(res, 200, { success: 1, docs: 'Revid simulator: POST this path with {workflow, source, media, ...}.' });
    }
    if (!(renderMatch && method === 'POST') && !(statusMatch && method === 'GET')) {
      return send(res, 404, { success: 0, error: `No route ${method} ${pathname}` });
    }

    const auth = authenticate(req);
    const userAgent = req.headers['user-agent'];
    stats.requests.push({ method, path: pathname, auth, at: Date.now(), ...(userAgent ? { userAgent } : {}) });
    if (stats.requests.length > 200) stats.requests.shift();
    if (renderMatch) stats.renderRequests++;
    else stats.statusRequests++;

    if (faults.latencyMs) await sleep(faults.latencyMs);
    if (renderMatch ? faults.hangRender : faults.hangStatus) {
      log(`hanging ${method} ${pathname} (fault ${renderMatch ? 'hangRender' : 'hangStatus'})`);
      return; // never answered; close() destroys the socket
    }
    const forced = takeForced(renderMatch ? 'renderStatus' : 'statusStatus');
    if (forced) return sendForced(res, forced, `${method} ${pathname}`);
    if (auth === 'none' || auth === 'invalid') {
      return send(res, 401, { success: 0, error: 'Unauthorized: missing or invalid API key' });
    }
    const api = (renderMatch ?? statusMatch)?.[1] as 'v3' | 'v2';
    if (renderMatch) return handleRender(api, req, res, auth);
    return handleStatus(api, url, res);
  };

  const server = http.createServer((req, res) => {
    route(req, res).catch((err: unknown) => {
      if (err instanceof SimulatorClosed) return;
      log(`handler error: ${(err as Error)?.message ?? String(err)}`);
      send(res, 500, { success: 0, error: 'Internal server error' });
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  baseUrl = `http://${host}:${address.port}`;
  log(`SIMULATOR listening on ${baseUrl} (not the real Revid; renderMs=${renderMs}, sample video from ${video.source})`);

  return {
    url: baseUrl,
    apiKey,
    renders,
    stats,
    faults: {
      set(update) {
        const next: RevidSimulatorFaults = { ...faults };
        for (const [key, value] of Object.entries(update) as Array<[keyof RevidSimulatorFaults, unknown]>) {
          if (value === undefined) delete next[key];
          else (next as Record<string, unknown>)[key] = value;
        }
        faults = next;
        log(`faults now ${JSON.stringify(faults)}`);
      },
      reset() {
        faults = {};
      },
      get current() {
        return faults;
      },
    },
    async finish(pid, outcome = {}) {
      const render = renders.get(pid);
      if (!render) throw new Error(`${LOG_PREFIX} unknown pid ${pid}`);
      try {
        await transition(render, outcome.error);
      } catch (err) {
        if (!(err instanceof SimulatorClosed)) throw err;
      }
    },
    idle() {
      if (pendingWork === 0 || closed) return Promise.resolve();
      return new Promise<void>((resolve) => idleWaiters.push(resolve));
    },
    async close() {
      if (closed) return;
      closed = true;
      for (const [timer, reject] of timers) {
        clearTimeout(timer);
        reject(new SimulatorClosed());
      }
      timers.clear();
      for (const req of outbound) req.destroy();
      outbound.clear();
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      sockets.clear();
      server.closeAllConnections();
      await stopped;
      flushIdle();
      log('SIMULATOR stopped');
    },
  };
}

function validateV3(body: Record<string, unknown>): string | undefined {
  const workflow = body.workflow;
  if (typeof workflow !== 'string' || workflow.trim() === '') return 'workflow is required';
  if (!V3_WORKFLOWS.has(workflow)) return `Invalid workflow: ${workflow}`;
  const media = isObject(body.media) ? body.media : undefined;
  if (media?.useProvidedInOrder === true && media.type !== 'custom') return USE_PROVIDED_IN_ORDER_MESSAGE;
  if (workflow === 'script-to-video' || workflow === 'voiceover-to-video') {
    const source = isObject(body.source) ? body.source : undefined;
    if (typeof source?.text !== 'string' || source.text.trim() === '') {
      return `source.text is required for the ${workflow} workflow`;
    }
  }
  if (media?.provided !== undefined) {
    if (!Array.isArray(media.provided)) return 'Invalid media file';
    for (const item of media.provided) {
      if (!isObject(item) || !isHttpUrl(item.url)) return 'Invalid media file';
      if (item.type !== undefined && !['image', 'video', 'audio'].includes(String(item.type))) return 'Invalid media file';
    }
  }
  const ratio = body.aspectRatio;
  if (ratio !== undefined && !(typeof ratio === 'string' && (/^\d+\s*(?::|\/)\s*\d+$/.test(ratio) || NAMED_RATIOS.has(ratio)))) {
    return `Invalid aspectRatio: ${String(ratio)}`;
  }
  if (body.webhookUrl !== undefined && body.webhookUrl !== '' && !isHttpUrl(body.webhookUrl)) return 'Invalid webhookUrl';
  return undefined;
}

function validateV2(body: Record<string, unknown>): string | undefined {
  const params = body.creationParams;
  if (!isObject(params)) return 'creationParams is required';
  if (typeof params.inputText !== 'string' || params.inputText.trim() === '') return 'creationParams.inputText is required';
  if (body.webhook !== undefined && body.webhook !== '' && !isHttpUrl(body.webhook)) return 'Invalid webhook';
  return undefined;
}

async function checkProvidedMedia(body: Record<string, unknown>, timeoutMs: number): Promise<string | undefined> {
  const media = isObject(body.media) ? body.media : isObject(body.creationParams) ? body.creationParams : undefined;
  const items = Array.isArray(media?.provided) ? media.provided : Array.isArray(media?.inputMedias) ? media.inputMedias : [];
  for (const item of items) {
    if (!isObject(item) || typeof item.url !== 'string') return 'Invalid media file';
    const ok = await probe(item.url, timeoutMs);
    if (!ok) return 'Invalid media file';
  }
  return undefined;
}

function probe(target: string, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      return resolve(false);
    }
    const client = url.protocol === 'https:' ? https : http;
    const req = client.get(url, { agent: false, headers: { 'user-agent': 'revid-simulator/1.0' } }, (res) => {
      const status = res.statusCode ?? 0;
      res.destroy();
      resolve(status >= 200 && status < 300);
    });
    req.setTimeout(timeoutMs, () => req.destroy());
    req.on('error', () => resolve(false));
  });
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function defaultErrorText(status: number): string {
  switch (status) {
    case 401:
      return 'Unauthorized: missing or invalid API key';
    case 402:
      return 'insufficient_credits: not enough credits to render this video';
    case 403:
      return 'Forbidden: this feature is not available on your plan';
    case 404:
      return 'Not found';
    case 409:
      return 'Project state conflict';
    case 422:
      return 'Unprocessable request';
    case 429:
      return 'Too many requests: rate limit exceeded';
    default:
      return status >= 500 ? 'Internal server error' : `HTTP ${status}`;
  }
}

function newPid(): string {
  let pid = '';
  for (const byte of randomBytes(20)) pid += PID_ALPHABET[byte % PID_ALPHABET.length];
  return pid;
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Webhook URLs carry capability tokens: log them without their query string. */
function redact(target: string): string {
  const q = target.indexOf('?');
  return q < 0 ? target : `${target.slice(0, q)}?…`;
}

/** One sample clip per process: 1 s, 320x568 orange, H.264 + silent AAC from ffmpeg, else the embedded one. */
function loadSampleVideo(ffmpeg: string | false): Promise<{ bytes: Buffer; source: string }> {
  const fallback = { bytes: Buffer.from(FALLBACK_MP4_BASE64, 'base64'), source: 'embedded fallback' };
  if (ffmpeg === false) return Promise.resolve(fallback);
  sampleVideo ??= (async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'revid-sim-'));
    const file = path.join(dir, 'sample.mp4');
    try {
      await new Promise<void>((resolve, reject) => {
        execFile(
          ffmpeg,
          [
            '-hide_banner', '-loglevel', 'error', '-y',
            '-f', 'lavfi', '-i', 'color=c=orange:s=320x568:d=1:r=10',
            '-f', 'lavfi', '-i', 'anullsrc=r=22050:cl=mono',
            '-t', '1', '-shortest',
            '-c:v', 'libx264', '-preset', 'veryfast', '-pix_fmt', 'yuv420p',
            '-c:a', 'aac', '-b:a', '16k', '-movflags', '+faststart', file,
          ],
          { timeout: 15_000 },
          (err) => (err ? reject(err) : resolve()),
        );
      });
      const bytes = await readFile(file);
      return bytes.length > 0 ? { bytes, source: 'ffmpeg' } : fallback;
    } catch {
      return fallback;
    } finally {
      await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    }
  })();
  return sampleVideo;
}

// 1 s, 64x112 orange H.264 MP4 (no audio), made with ffmpeg; used when ffmpeg is unavailable.
const FALLBACK_MP4_BASE64 = [
  'AAAAIGZ0eXBpc29tAAACAGlzb21pc28yYXZjMW1wNDEAAAL0bW9vdgAAAGxtdmhkAAAAAAAAAAAAAAAAAAAD6AAAA+gAAQAAAQAA',
  'AAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAA',
  'AkN0cmFrAAAAXHRraGQAAAADAAAAAAAAAAAAAAABAAAAAAAAA+gAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAABAAAA',
  'AAAAAAAAAAAAAABAAAAAAEAAAABwAAAAAAAkZWR0cwAAABxlbHN0AAAAAAAAAAEAAAPoAAAAAAABAAAAAAG7bWRpYQAAACBtZGhk',
  'AAAAAAAAAAAAAAAAAABAAAAAQABVxAAAAAAALWhkbHIAAAAAAAAAAHZpZGUAAAAAAAAAAAAAAABWaWRlb0hhbmRsZXIAAAABZm1p',
  'bmYAAAAUdm1oZAAAAAEAAAAAAAAAAAAAACRkaW5mAAAAHGRyZWYAAAAAAAAAAQAAAAx1cmwgAAAAAQAAASZzdGJsAAAAwnN0c2QA',
  'AAAAAAAAAQAAALJhdmMxAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAEAAcABIAAAASAAAAAAAAAABDExhdmMgbGlieDI2NAAAAAAA',
  'AAAAAAAAAAAAAAAAAAAAGP//AAAAOGF2Y0MBZAAL/+EAGmdkAAuscgREPsBEAAADAAQAAAMACDxQphGAAQAHaOhDgZSyLP34+AAA',
  'AAAQcGFzcAAAAAEAAAABAAAAFGJ0cnQAAAAAAAAWuAAAFrgAAAAYc3R0cwAAAAAAAAABAAAAAQAAQAAAAAAcc3RzYwAAAAAAAAAB',
  'AAAAAQAAAAEAAAABAAAAFHN0c3oAAAAAAAAC1wAAAAEAAAAUc3RjbwAAAAAAAAABAAADJAAAAD11ZHRhAAAANW1ldGEAAAAAAAAA',
  'IWhkbHIAAAAAAAAAAG1kaXJhcHBsAAAAAAAAAAAAAAAACGlsc3QAAAAIZnJlZQAAAt9tZGF0AAACrwYF//+r3EXpvebZSLeWLNgg',
  '2SPu73gyNjQgLSBjb3JlIDE2NCByMzA5NSBiYWVlNDAwIC0gSC4yNjQvTVBFRy00IEFWQyBjb2RlYyAtIENvcHlsZWZ0IDIwMDMt',
  'MjAyMiAtIGh0dHA6Ly93d3cudmlkZW9sYW4ub3JnL3gyNjQuaHRtbCAtIG9wdGlvbnM6IGNhYmFjPTEgcmVmPTE2IGRlYmxvY2s9',
  'MTowOjAgYW5hbHlzZT0weDM6MHgxMzMgbWU9dW1oIHN1Ym1lPTEwIHBzeT0xIHBzeV9yZD0xLjAwOjAuMDAgbWl4ZWRfcmVmPTEg',
  'bWVfcmFuZ2U9MjQgY2hyb21hX21lPTEgdHJlbGxpcz0yIDh4OGRjdD0xIGNxbT0wIGRlYWR6b25lPTIxLDExIGZhc3RfcHNraXA9',
  'MSBjaHJvbWFfcXBfb2Zmc2V0PS0yIHRocmVhZHM9MyBsb29rYWhlYWRfdGhyZWFkcz0xIHNsaWNlZF90aHJlYWRzPTAgbnI9MCBk',
  'ZWNpbWF0ZT0xIGludGVybGFjZWQ9MCBibHVyYXlfY29tcGF0PTAgY29uc3RyYWluZWRfaW50cmE9MCBiZnJhbWVzPTggYl9weXJh',
  'bWlkPTIgYl9hZGFwdD0yIGJfYmlhcz0wIGRpcmVjdD0zIHdlaWdodGI9MSBvcGVuX2dvcD0wIHdlaWdodHA9MiBrZXlpbnQ9MjUw',
  'IGtleWludF9taW49MSBzY2VuZWN1dD00MCBpbnRyYV9yZWZyZXNoPTAgcmNfbG9va2FoZWFkPTYwIHJjPWNyZiBtYnRyZWU9MSBj',
  'cmY9NTEuMCBxY29tcD0wLjYwIHFwbWluPTAgcXBtYXg9NjkgcXBzdGVwPTQgaXBfcmF0aW89MS40MCBhcT0xOjEuMDAAgAAAACBl',
  'iIEAAr8SAg3/gNkBJyYYYHCqkYoYTW3PZgjpFJ7S0Q==',
].join('');
// 32x56 orange JPEG thumbnail.
const THUMBNAIL_JPEG_BASE64 = [
  '/9j/4AAQSkZJRgABAgAAAQABAAD//gAQTGF2YzU5LjM3LjEwMAD/2wBDAAgUFBcUFxsbGxsbGyAeICEhISAgICAhISEkJCQqKiok',
  'JCQhISQkKCgqKi4vLisrKisvLzIyMjw8OTlGRkhWVmf/xABNAAEBAAAAAAAAAAAAAAAAAAAABgEBAQEAAAAAAAAAAAAAAAAAAAYH',
  'EAEAAAAAAAAAAAAAAAAAAAAAEQEAAAAAAAAAAAAAAAAAAAAA/8AAEQgAOAAgAwEiAAIRAAMRAP/aAAwDAQACEQMRAD8ArQGOroAA',
  'AAAAAAAAAAAB/9k=',
].join('');

// `npx tsx local/simulators/revid.ts` runs the simulator on its own (REVID_SIM_PORT, REVID_SIM_API_KEY,
// REVID_SIM_RENDER_MS), until Ctrl-C.
if (process.argv[1] && import.meta.url === new URL(`file://${path.resolve(process.argv[1])}`).href) {
  const sim = await startRevidSimulator({
    port: Number(process.env.REVID_SIM_PORT ?? 4010),
    ...(process.env.REVID_SIM_API_KEY ? { apiKey: process.env.REVID_SIM_API_KEY } : {}),
    ...(process.env.REVID_SIM_RENDER_MS ? { renderMs: Number(process.env.REVID_SIM_RENDER_MS) } : {}),
  });
  const stop = () => void sim.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
