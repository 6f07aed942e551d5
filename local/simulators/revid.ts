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
 *
 * This module holds the render lifecycle and the routes; `revid/` holds the parts: `requests.ts` (what
 * the render endpoints refuse), `http.ts` (answers, auth, ranged media), `webhooks.ts` (delivery and its
 * faults), `background.ts` (cancellable timers and work), `sample-media.ts` (the served MP4 and JPEG).
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import { BackgroundWork, SimulatorClosed } from './revid/background.js';
import { authenticate, readBody, sendForced, sendJson, serveBytes } from './revid/http.js';
import { checkProvidedMedia, validateV2, validateV3 } from './revid/requests.js';
import { loadSampleVideo, THUMBNAIL_JPEG_BASE64 } from './revid/sample-media.js';
import type { ForcedResponse, RevidSimulator, RevidSimulatorFaults, RevidSimulatorOptions, RevidSimulatorStats, SimulatedRender } from './revid/types.js';
import { redact, WebhookSender } from './revid/webhooks.js';

export { USE_PROVIDED_IN_ORDER_MESSAGE } from './revid/requests.js';
export type {
  ForcedResponse,
  RevidSimulator,
  RevidSimulatorFaults,
  RevidSimulatorOptions,
  RevidSimulatorStats,
  SimulatedRender,
  WebhookAttempt,
} from './revid/types.js';

const LOG_PREFIX = '[revid-simulator]';
const DURATION_S = 1;
const CREDITS_PER_RENDER = 10;
const PID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Starts the simulator; resolves once it listens. */
export async function startRevidSimulator(options: RevidSimulatorOptions = {}): Promise<RevidSimulator> {
  const apiKey = options.apiKey ?? 'sim-revid-key';
  const renderMs = options.renderMs ?? 1500;
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
  const work = new BackgroundWork(log);
  const webhooks = new WebhookSender({ work, stats, log, retryDelaysMs: options.webhookRetryDelaysMs ?? [200, 1000, 3000], timeoutMs: webhookTimeoutMs });
  const sockets = new Set<Socket>();

  const takeForced = (key: 'renderStatus' | 'statusStatus'): ForcedResponse | undefined => {
    const forced = faults[key];
    if (!forced) return undefined;
    const remaining = (forced.times ?? 1) - 1;
    faults = { ...faults, [key]: remaining > 0 ? { ...forced, times: remaining } : undefined };
    return forced;
  };

  let baseUrl = '';
  const publicBase = () => (options.publicUrl ?? baseUrl).replace(/\/+$/, '');

  // --- the render lifecycle: building → ready | failed, then the webhook ---
  const transition = async (render: SimulatedRender, forcedError?: string) => {
    if (render.state !== 'building') return;
    let error = forcedError ?? render.error;
    if (error === undefined && options.checkMedia) error = await checkProvidedMedia(render.body, webhookTimeoutMs);
    if (render.state !== 'building' || work.closed) return;
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
    work.track(webhooks.sendTerminal(render, faults));
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
      work.track(
        (async () => {
          await work.sleep(Math.min(20, renderMs / 4));
          log(`sending bogus early 'ready' webhook for pid=${pid} (fault webhookBeforeReady)`);
          await webhooks.deliver(render, 'early', { pid, status: 'ready', videoUrl: `${publicBase()}/videos/${pid}.mp4` }, 1);
        })(),
      );
    }
    work.track(
      (async () => {
        await work.sleep(renderMs);
        await transition(render);
      })(),
    );
    return render;
  };

  // --- HTTP handlers ---
  const handleRender = async (api: 'v3' | 'v2', req: http.IncomingMessage, res: http.ServerResponse, auth: 'key' | 'bearer') => {
    let raw: string;
    try {
      raw = await readBody(req);
    } catch {
      return sendJson(res, 413, { success: 0, error: 'Request body too large' });
    }
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      return sendJson(res, 400, { success: 0, error: 'Invalid JSON body' });
    }
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      return sendJson(res, 400, { success: 0, error: 'Request body must be a JSON object' });
    }
    const userAgent = req.headers['user-agent'];
    const record = body as Record<string, unknown>;
    const problem = api === 'v3' ? validateV3(record) : validateV2(record);
    if (problem) {
      log(`render rejected (${api}): ${problem}`);
      return sendJson(res, 400, { success: 0, error: problem });
    }
    const webhookUrl = api === 'v3' ? (record.webhookUrl as string | undefined) : (record.webhook as string | undefined);
    const workflow = api === 'v3' ? (record.workflow as string) : 'v2-creation';
    const render = accept(api, record, workflow, webhookUrl || undefined, auth, userAgent);
    if (api === 'v2') return sendJson(res, 200, { success: 1, pid: render.pid });
    sendJson(res, 200, {
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
    if (!pid) return sendJson(res, 400, { success: 0, error: 'pid is required' });
    const render = renders.get(pid);
    if (!render) return sendJson(res, 404, { success: 0, error: `Project ${pid} not found` });
    if (faults.statusOverride) return sendJson(res, 200, { success: 1, pid, ...faults.statusOverride });
    if (render.state === 'building') {
      const progress = Math.min(99, Math.floor(((Date.now() - render.createdAt) / Math.max(1, renderMs)) * 100));
      return sendJson(res, 200, { success: 1, pid, status: 'building', progress });
    }
    if (render.state === 'failed') {
      return sendJson(res, 200, { success: 1, pid, status: api === 'v2' ? 'error' : 'failed', error: render.error });
    }
    sendJson(res, 200, {
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
    if (!render || render.state !== 'ready') return sendJson(res, 404, { success: 0, error: 'Not found' });
    serveBytes(req, res, kind === 'video' ? video.bytes : thumbnail, kind === 'video' ? 'video/mp4' : 'image/jpeg');
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
      return sendJson(res, 200, { simulator: 'revid', note: 'This is a local simulator, not Revid.', renders: renders.size });
    }

    const renderMatch = /^\/api\/public\/(v3|v2)\/render$/.exec(pathname);
    const statusMatch = /^\/api\/public\/(v3|v2)\/status$/.exec(pathname);
    if (renderMatch && method === 'GET' && renderMatch[1] === 'v3') {
      return sendJson(res, 200, { success: 1, docs: 'Revid simulator: POST this path with {workflow, source, media, ...}.' });
    }
    if (!(renderMatch && method === 'POST') && !(statusMatch && method === 'GET')) {
      return sendJson(res, 404, { success: 0, error: `No route ${method} ${pathname}` });
    }

    const auth = authenticate(req, apiKey);
    const userAgent = req.headers['user-agent'];
    stats.requests.push({ method, path: pathname, auth, at: Date.now(), ...(userAgent ? { userAgent } : {}) });
    if (stats.requests.length > 200) stats.requests.shift();
    if (renderMatch) stats.renderRequests++;
    else stats.statusRequests++;

    if (faults.latencyMs) await work.sleep(faults.latencyMs);
    if (renderMatch ? faults.hangRender : faults.hangStatus) {
      log(`hanging ${method} ${pathname} (fault ${renderMatch ? 'hangRender' : 'hangStatus'})`);
      return; // never answered; close() destroys the socket
    }
    const forced = takeForced(renderMatch ? 'renderStatus' : 'statusStatus');
    if (forced) {
      log(`forced HTTP ${forced.status} on ${method} ${pathname}`);
      return sendForced(res, forced);
    }
    if (auth === 'none' || auth === 'invalid') {
      return sendJson(res, 401, { success: 0, error: 'Unauthorized: missing or invalid API key' });
    }
    const api = (renderMatch ?? statusMatch)?.[1] as 'v3' | 'v2';
    if (renderMatch) return handleRender(api, req, res, auth);
    return handleStatus(api, url, res);
  };

  const server = http.createServer((req, res) => {
    route(req, res).catch((err: unknown) => {
      if (err instanceof SimulatorClosed) return;
      log(`handler error: ${(err as Error)?.message ?? String(err)}`);
      sendJson(res, 500, { success: 0, error: 'Internal server error' });
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
      return work.idle();
    },
    async close() {
      if (work.closed) return;
      work.close();
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      sockets.clear();
      server.closeAllConnections();
      await stopped;
      work.release();
      log('SIMULATOR stopped');
    },
  };
}

function newPid(): string {
  let pid = '';
  for (const byte of randomBytes(20)) pid += PID_ALPHABET[byte % PID_ALPHABET.length];
  return pid;
}

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
