/**
 * Loopback servers of the load run: the media host the service fetches the photos from, and the
 * customer callback receivers (some of which misbehave on purpose). Every server binds 127.0.0.1 on a
 * free port (port 0) unless a port is given explicitly (only for `--api` runs against a service whose
 * OUTBOUND_ALLOWED_HOSTS must name them in advance), and `close()` destroys every open socket.
 */
import { readFile } from 'node:fs/promises';
import http, { type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import { verifyLegacySignature, verifyStandardWebhook } from '../../lambdas/domain/callbacks/signing.js';

export interface LoopbackServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** `127.0.0.1:<port>`, for OUTBOUND_ALLOWED_HOSTS. */
  host: string;
  port: number;
  close(): Promise<void>;
}

/** Listens on 127.0.0.1 (port 0 = a free one) and tracks sockets so close() never waits on keep-alives. */
export async function listenLoopback(server: http.Server, port = 0): Promise<LoopbackServer> {
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const bound = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${bound}`,
    host: `127.0.0.1:${bound}`,
    port: bound,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        sockets.clear();
        server.closeAllConnections();
        if (!server.listening) return resolve();
        server.close(() => resolve());
      }),
  };
}

// --- media ---------------------------------------------------------------------------------------

export interface MediaFile {
  /** File name inside the evaluation set. */
  file: string;
  /** Whether the photo shows a pet (the manifest's `has_pet`). */
  pet: boolean;
}

/** Dev photos of ../shared/data/pets-eval (read in place, never copied): three pets, three non-pets. */
export const DEFAULT_MEDIA: readonly MediaFile[] = [
  { file: 'darknet-dog-bicycle-truck.jpg', pet: true },
  { file: 'dogsvscats-cat-0001.jpg', pet: true },
  { file: 'darknet-horses.jpg', pet: true },
  { file: 'pixabay-aurora.jpg', pet: false },
  { file: 'skimage-coffee.png', pet: false },
  { file: 'pixabay-terrace.jpg', pet: false },
];

export const PETS_EVAL_DIR = path.resolve(import.meta.dirname, '../../../shared/data/pets-eval');

export interface MediaServer extends LoopbackServer {
  files: readonly MediaFile[];
  urlOf(file: string): string;
  hits: Map<string, number>;
}

/** Serves each media file at `/media/<file>` with its content type; counts requests per path. */
export async function startMediaServer(files: readonly MediaFile[] = DEFAULT_MEDIA, port = 0, dir = PETS_EVAL_DIR): Promise<MediaServer> {
  const bodies = new Map<string, { bytes: Buffer; type: string }>();
  for (const f of files) {
    const bytes = await readFile(path.join(dir, f.file));
    bodies.set(`/media/${f.file}`, { bytes, type: f.file.endsWith('.png') ? 'image/png' : 'image/jpeg' });
  }
  const hits = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    hits.set(pathname, (hits.get(pathname) ?? 0) + 1);
    const body = bodies.get(pathname);
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': body.type, 'content-length': String(body.bytes.length) });
    res.end(req.method === 'HEAD' ? undefined : body.bytes);
  });
  const base = await listenLoopback(server, port);
  return { ...base, files, hits, urlOf: (file) => `${base.url}/media/${encodeURIComponent(file)}` };
}

// --- callback receivers --------------------------------------------------------------------------

/** One delivery a receiver saw. */
export interface ReceivedCallback {
  receiver: string;
  at: number;
  jobId?: string;
  webhookId?: string;
  /** `data.status` of the body. */
  status?: string;
  type?: string;
  /** What the receiver answered. */
  answered: number;
  /** Standard Webhooks signature check (undefined when the secret is unknown). */
  signatureOk?: boolean;
  legacySignatureOk?: boolean;
}

/** How a receiver answers: `hit` counts every request it got, `attempt` those for the same webhook-id. */
export type ReceiverBehaviour = (ctx: { hit: number; attempt: number; now: number }) => { status: number; headers?: Record<string, string> };

export interface ReceiverSpec {
  name: string;
  behaviour: ReceiverBehaviour;
  /** Refuses connections from its start until this long after `startDowntime()`, then up for good. */
  downForMs?: number;
  /** Share of jobs sent to this receiver (relative weight). */
  weight: number;
  /** Whether a job sent here is expected to end dead-lettered rather than delivered. */
  expectDeadLetter?: boolean;
}

export interface CallbackReceiver extends LoopbackServer {
  spec: ReceiverSpec;
  deliveries: ReceivedCallback[];
  /** Whether the receiver is currently accepting connections. */
  isUp(): boolean;
  /** A receiver with `downForMs` refuses connections from its start; this starts the countdown to up. */
  startDowntime(): void;
}

/**
 * A customer webhook receiver: records every delivery (job id, webhook-id, status, signature check)
 * and answers what its behaviour says. With `downForMs` it binds a free port, releases it at once
 * (connections are refused) and binds the same port again `downForMs` after `startDowntime()`.
 */
export async function startCallbackReceiver(
  spec: ReceiverSpec,
  options: { secret?: string; port?: number; log?: (line: string) => void } = {},
): Promise<CallbackReceiver> {
  const deliveries: ReceivedCallback[] = [];
  const attempts = new Map<string, number>();
  let hit = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      hit++;
      const webhookId = header(req.headers, 'webhook-id');
      const attempt = (attempts.get(webhookId ?? '') ?? 0) + 1;
      attempts.set(webhookId ?? '', attempt);
      const answer = spec.behaviour({ hit, attempt, now: Date.now() });
      let body: { type?: string; data?: { job_id?: string; status?: string } } = {};
      try {
        body = JSON.parse(raw) as typeof body;
      } catch {
        // recorded with what is known
      }
      let signatureOk: boolean | undefined;
      let legacySignatureOk: boolean | undefined;
      if (options.secret) {
        try {
          verifyStandardWebhook(req.headers as Record<string, string>, raw, options.secret);
          signatureOk = true;
        } catch {
          signatureOk = false;
        }
        legacySignatureOk = verifyLegacySignature(raw, header(req.headers, 'x-revid-signature'), options.secret);
      }
      deliveries.push({
        receiver: spec.name,
        at: Date.now(),
        jobId: body.data?.job_id,
        webhookId,
        status: body.data?.status,
        type: body.type,
        answered: answer.status,
        ...(signatureOk === undefined ? {} : { signatureOk, legacySignatureOk }),
      });
      res.writeHead(answer.status, { 'content-type': 'text/plain', ...answer.headers });
      res.end(answer.status < 300 ? 'ok' : 'nope');
    });
  });
  const base = await listenLoopback(server, options.port ?? 0);
  let up = true;
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  if (spec.downForMs && spec.downForMs > 0) {
    // Keep the port number, stop listening: connections are refused until the downtime ends.
    await new Promise<void>((resolve) => server.close(() => resolve()));
    up = false;
  }
  return {
    ...base,
    spec,
    deliveries,
    isUp: () => up,
    startDowntime() {
      if (up || closed || timer) return;
      options.log?.(`receiver ${spec.name} is down for ${spec.downForMs} ms (${base.host} refuses connections)`);
      timer = setTimeout(() => {
        if (closed) return;
        server.once('error', (err) => options.log?.(`receiver ${spec.name} could not listen again: ${err.message}`));
        server.listen(base.port, '127.0.0.1', () => {
          up = true;
          options.log?.(`receiver ${spec.name} is up again on ${base.host}`);
        });
      }, spec.downForMs);
    },
    close: async () => {
      closed = true;
      clearTimeout(timer);
      await base.close();
    },
  };
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/** The receivers of a run with faults: well-behaved, failing at first, down for a while, throttling, and a black hole. */
export function faultyReceivers(options: { flakyFirstHits: number; downForMs: number; blackHoleWeight: number }): ReceiverSpec[] {
  const ok = { status: 200 };
  return [
    { name: 'ok', weight: 4, behaviour: () => ok },
    {
      name: 'flaky-500',
      weight: 2,
      behaviour: ({ hit }) => (hit <= options.flakyFirstHits ? { status: 500 } : ok),
    },
    { name: 'down-then-up', weight: 2, downForMs: options.downForMs, behaviour: () => ok },
    {
      name: 'busy-503',
      weight: 2,
      behaviour: ({ attempt }) => (attempt === 1 ? { status: 503, headers: { 'retry-after': '1' } } : ok),
    },
    ...(options.blackHoleWeight > 0
      ? [{ name: 'black-hole', weight: options.blackHoleWeight, expectDeadLetter: true, behaviour: () => ({ status: 500 }) }]
      : []),
  ];
}

/** One always-200 receiver (faults off). */
export function healthyReceivers(): ReceiverSpec[] {
  return [{ name: 'ok', weight: 1, behaviour: () => ({ status: 200 }) }];
}
