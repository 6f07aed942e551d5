import { PETS_EVAL } from './shared-data.js';
import { readFile } from 'node:fs/promises';
import http, { type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';

/** The dev-set photos the job tests use (read in place, never copied). */
export const PET_PHOTO = path.join(PETS_EVAL, 'darknet-dog-bicycle-truck.jpg');
export const NON_PET_PHOTO = path.join(PETS_EVAL, 'pixabay-aurora.jpg');

/** A loopback server the service may reach: its `host:port` goes on `OUTBOUND_ALLOWED_HOSTS`. */
export interface LoopbackServer {
  url: string;
  /** `127.0.0.1:port`, for `OUTBOUND_ALLOWED_HOSTS`. */
  host: string;
  close(): Promise<void>;
}

async function listenLoopback(server: http.Server): Promise<{ url: string; host: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Serves `/dog.jpg` (a pet) and `/aurora.jpg` (no pet) and counts every request by path. */
export async function startPhotoServer(): Promise<LoopbackServer & { hits: Map<string, number>; photoUrl(name: 'dog' | 'aurora'): string }> {
  const files: Record<string, Buffer> = {
    '/dog.jpg': await readFile(PET_PHOTO),
    '/aurora.jpg': await readFile(NON_PET_PHOTO),
  };
  const hits = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    hits.set(pathname, (hits.get(pathname) ?? 0) + 1);
    const body = files[pathname];
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': String(body.length) });
    res.end(body);
  });
  const base = await listenLoopback(server);
  return { ...base, hits, photoUrl: (name) => `${base.url}/${name}.jpg` };
}

/** One request the callback receiver saw. */
export interface Delivery {
  path: string;
  headers: IncomingHttpHeaders;
  /** Raw body exactly as received. */
  body: string;
  at: number;
  /** What the receiver answered (`hang` / `reset` for no answer). */
  answered: number | 'hang' | 'reset';
}

/** How the receiver answers one request: a status (with headers), or no answer at all. */
export type ReceiverAnswer = number | { status: number; headers?: Record<string, string> } | 'hang' | 'reset';

/**
 * A customer webhook receiver on loopback: records every delivery and answers what `behaviour` says
 * (default 200). `hang` keeps the connection open without answering; `reset` destroys the socket.
 */
export async function startCallbackReceiver(
  behaviour: (delivery: Omit<Delivery, 'answered'>, index: number) => ReceiverAnswer = () => 200,
): Promise<LoopbackServer & { deliveries: Delivery[]; setBehaviour(next: typeof behaviour): void; forJob(jobId: string): Delivery[] }> {
  let answer = behaviour;
  const deliveries: Delivery[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const seen = { path: req.url ?? '/', headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() };
      const decided = answer(seen, deliveries.length);
      const delivery: Delivery = { ...seen, answered: typeof decided === 'object' ? decided.status : decided };
      deliveries.push(delivery);
      if (decided === 'hang') return;
      if (decided === 'reset') {
        req.socket.destroy();
        return;
      }
      const { status, headers } = typeof decided === 'number' ? { status: decided, headers: {} } : decided;
      res.writeHead(status, { 'content-type': 'text/plain', ...headers });
      res.end(status >= 200 && status < 300 ? 'ok' : 'nope');
    });
  });
  const base = await listenLoopback(server);
  return {
    ...base,
    deliveries,
    setBehaviour: (next) => (answer = next),
    forJob: (jobId) => deliveries.filter((d) => d.body.includes(`"job_id":"${jobId}"`)),
  };
}

/** Polls `check` until it returns a truthy value or `timeoutMs` passes (then throws with `what`). */
export async function waitFor<T>(what: string, check: () => T | Promise<T>, timeoutMs = 30_000, everyMs = 100): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value as NonNullable<T>;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
