/**
 * Sample receiver for the service's completion callbacks (docs/revid-and-webhooks.md §3), on plain `node:http`.
 *
 * What a production receiver must do, in order: read the raw body with a size cap; verify the
 * signature on those exact bytes before parsing anything; dedupe on `webhook-id` (deliveries are
 * at-least-once and retries keep the id); hand the event to durable work; answer 2xx fast.
 *
 * Run it: `WEBHOOK_SECRET=whsec_… PORT=9000 npx tsx examples/receiver/server.ts`.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import {
  verifyWebhookDelivery,
  WebhookPayloadError,
  WebhookVerificationError,
  type CallbackEventPayload,
} from '@pet-roast/client';

/** Bodies above this are refused with 413 (the service keeps callbacks far smaller, ≤ 20 KB). */
export const MAX_BODY_BYTES = 256 * 1024;
/** Ids remembered for dedupe; the oldest are forgotten first. */
const MAX_REMEMBERED_IDS = 10_000;

export interface ReceivedEvent {
  /** `webhook-id` (or `legacy:<type>:<job_id>` for deliveries carrying only `X-Revid-Signature`). */
  id: string;
  scheme: 'standard-webhooks' | 'legacy';
  event: CallbackEventPayload;
  receivedAt: Date;
}

export interface RejectedDelivery {
  status: number;
  /** A verification reason (`no_matching_signature`, `timestamp_too_old`, …) or `payload_too_large`, `method_not_allowed`, `invalid_payload`. */
  reason: string;
  at: Date;
}

export interface ReceiverOptions {
  /** Port to listen on (default 0: any free port). */
  port?: number;
  /** Interface to bind (default 127.0.0.1). */
  host?: string;
  /** The endpoint's `whsec_…` secret, or several during a rotation. */
  secret: string | readonly string[];
  /** Accepted clock skew of `webhook-timestamp`, seconds (default 300). */
  toleranceS?: number;
  /**
   * Work to do with each new event. It runs after the 2xx has been sent, once per `webhook-id`. In
   * production, enqueue durably before answering instead, so a crash here cannot lose the event.
   */
  onEvent?: (event: CallbackEventPayload, meta: ReceivedEvent) => void | Promise<void>;
  log?: (line: string) => void;
  /** The receiver's clock (tests). */
  now?: () => Date;
}

export interface Receiver {
  url: string;
  /** Events accepted and processed, in arrival order (duplicates excluded). */
  events: ReceivedEvent[];
  rejected: RejectedDelivery[];
  close(): Promise<void>;
}

/** Reads the whole body, or `undefined` (after draining the rest) when it exceeds `limit` bytes. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = declared > limit;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      // Drain without keeping: the client may still be sending; stop a sender that keeps going.
      if (tooLarge) {
        chunks.length = 0;
        if (size > limit * 16) req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? undefined : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function answer(res: ServerResponse, status: number, body: Record<string, unknown>, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** Starts the receiver; `close()` stops it. */
export async function startReceiver(options: ReceiverOptions): Promise<Receiver> {
  const log = options.log ?? ((line: string) => console.log(line));
  const now = options.now ?? (() => new Date());
  const events: ReceivedEvent[] = [];
  const rejected: RejectedDelivery[] = [];
  // Retries can come up to ~3 days later; a real receiver keeps ids that long in a store (or makes
  // its state changes idempotent on job_id). An in-memory set is enough for a sample.
  const seen = new Set<string>();

  const reject = (res: ServerResponse, status: number, reason: string, headers: Record<string, string> = {}): void => {
    rejected.push({ status, reason, at: now() });
    log(`webhook rejected: ${status} ${reason}`);
    answer(res, status, { error: reason }, headers);
  };

  const server = http.createServer((req, res) => {
    void (async () => {
      if (req.method !== 'POST') {
        req.resume();
        return reject(res, 405, 'method_not_allowed', { allow: 'POST' });
      }
      const raw = await readBody(req, MAX_BODY_BYTES);
      if (raw === undefined) return reject(res, 413, 'payload_too_large', { connection: 'close' });

      let delivery: ReturnType<typeof verifyWebhookDelivery>;
      try {
        delivery = verifyWebhookDelivery(req.headers, raw, options.secret, { toleranceS: options.toleranceS ?? 300, now: now() });
      } catch (err) {
        if (err instanceof WebhookVerificationError) return reject(res, 401, err.reason);
        if (err instanceof WebhookPayloadError) return reject(res, 400, 'invalid_payload');
        throw err;
      }

      if (seen.has(delivery.id)) {
        log(`webhook ${delivery.id}: duplicate, already processed`);
        return answer(res, 200, { received: true, duplicate: true });
      }
      seen.add(delivery.id);
      if (seen.size > MAX_REMEMBERED_IDS) seen.delete(seen.values().next().value as string);

      const received: ReceivedEvent = { id: delivery.id, scheme: delivery.scheme, event: delivery.event, receivedAt: now() };
      events.push(received);
      const { data } = delivery.event;
      log(`webhook ${delivery.id}: ${delivery.event.type} job=${data.job_id}${data.video_url ? ` video=${data.video_url}` : ''}${data.detail ? ` detail=${data.detail}` : ''}`);
      answer(res, 200, { received: true, duplicate: false });

      if (options.onEvent) {
        setImmediate(() => {
          Promise.resolve()
            .then(() => options.onEvent!(delivery.event, received))
            .catch((err: unknown) => log(`webhook ${delivery.id}: onEvent failed: ${err instanceof Error ? err.message : String(err)}`));
        });
      }
    })().catch((err: unknown) => {
      // A configuration error (e.g. an unusable secret): never 2xx, never echo the secret.
      log(`webhook receiver error: ${err instanceof Error ? err.message : String(err)}`);
      if (!res.headersSent) answer(res, 500, { error: 'receiver_error' });
      else res.end();
    });
  });

  await new Promise<void>((resolve, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    events,
    rejected,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const isScript = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isScript) {
  const secret = process.env.WEBHOOK_SECRET;
  if (!secret) {
    console.error('Set WEBHOOK_SECRET to the endpoint secret (whsec_…).');
    process.exit(64);
  }
  const receiver = await startReceiver({
    port: Number(process.env.PORT ?? 9000),
    host: process.env.HOST ?? '127.0.0.1',
    secret: secret.split(/\s+/).filter(Boolean),
  });
  console.log(`Receiving Pet Roast callbacks on ${receiver.url} (POST any path). Ctrl-C stops.`);
  const stop = (): void => void receiver.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
