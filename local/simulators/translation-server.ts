/**
 * The generic HTTP server of the local translation simulators (indictrans2.ts, dhruva.ts): loopback
 * listening on a free port, run-time faults (`POST /__sim/faults`, `DELETE /__sim/faults`,
 * `GET /__sim/state`), recorded requests, and one inference route per simulator.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseJson, readBody, sendJson } from './http.js';
import { SIMULATED_MARKER } from './transliteration.js';

/** Header on every simulator response (engines/translation/http-json.ts `SIMULATOR_HEADER`). */
export const SIMULATOR_HEADER = 'x-translation-simulator';

// ---------------------------------------------------------------------------------------------------
// Faults and the HTTP scaffolding shared with the Dhruva simulator.

/** Faults settable at run time. Unset fields keep their current value; `reset()` clears everything. */
export interface SimulatorFaults {
  /** Answer the inference route with this status (500, 503, 429, …) … */
  status?: number;
  /** … for this many calls (default: until reset). */
  times?: number;
  /** `Retry-After` (seconds) sent with the faulted status. */
  retryAfterS?: number;
  /** Delay every inference answer by this much. */
  latencyMs?: number;
  /** Never answer inference calls (the connection stays open until the client gives up or close()). */
  hang?: boolean;
  /** Return the input unchanged: the "English echo" failure of real providers. */
  echo?: boolean;
}

export interface FaultControls {
  set(faults: SimulatorFaults): void;
  reset(): void;
  /** The faults now in force. */
  readonly current: Readonly<SimulatorFaults>;
}

/** What an inference handler should do for this call (the status fault, if any, is consumed). */
export interface FaultDecision {
  status?: number;
  retryAfterS?: number;
  echo: boolean;
}

export class FaultState implements FaultControls {
  private faults: SimulatorFaults = {};
  private remaining = Infinity;

  set(faults: SimulatorFaults): void {
    const next = { ...this.faults, ...faults };
    for (const key of Object.keys(next) as Array<keyof SimulatorFaults>) if (next[key] === undefined) delete next[key];
    this.faults = next;
    if (faults.status !== undefined || faults.times !== undefined) this.remaining = next.times ?? Infinity;
  }

  reset(): void {
    this.faults = {};
    this.remaining = Infinity;
  }

  get current(): Readonly<SimulatorFaults> {
    return { ...this.faults, ...(this.faults.status !== undefined && Number.isFinite(this.remaining) ? { times: this.remaining } : {}) };
  }

  /** Consumes one call's worth of the status fault. */
  decide(): FaultDecision {
    let status: number | undefined;
    let retryAfterS: number | undefined;
    if (this.faults.status !== undefined && this.remaining > 0) {
      status = this.faults.status;
      retryAfterS = this.faults.retryAfterS;
      this.remaining -= 1;
      if (this.remaining <= 0) {
        delete this.faults.status;
        delete this.faults.times;
        delete this.faults.retryAfterS;
      }
    }
    return { status, retryAfterS, echo: this.faults.echo === true };
  }

  get latencyMs(): number {
    return this.faults.latencyMs ?? 0;
  }

  get hang(): boolean {
    return this.faults.hang === true;
  }
}

export interface SimulatorOptions {
  port?: number;
  host?: string;
  /** When set, inference calls must authenticate with it (each simulator's own scheme). */
  apiKey?: string;
  /** Where the simulator logs; default console.log. Pass `() => {}` to silence it. */
  log?: (line: string) => void;
}

/** A recorded inference request (the most recent 100 are kept). */
export interface RecordedRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: unknown;
  /** The body as received (UTF-8 text), for checks over the exact bytes (SigV4). */
  raw: string;
}

export interface SimulatorHandle {
  /** Base URL, e.g. `http://127.0.0.1:54321`. */
  url: string;
  close(): Promise<void>;
  faults: FaultControls;
  /** Inference calls received so far (including faulted and hanging ones). */
  readonly calls: number;
  /** The most recent inference requests, oldest first. */
  readonly requests: readonly RecordedRequest[];
}

export interface SimReply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Bytes sent as they are instead of `body` as JSON (audio answers; set `content-type` in `headers`). */
  raw?: Buffer;
}

/** One inference route of a simulator: gets the parsed body (undefined if it was not JSON) and the faults. */
export type InferenceHandler = (request: RecordedRequest, decision: FaultDecision) => SimReply | Promise<SimReply>;

export interface SimulatorDefinition {
  /** `indictrans2`, `dhruva`: the header value and the log prefix. */
  name: string;
  /** Routes other than inference (health, metadata). */
  routes: (method: string, path: string) => SimReply | undefined;
  /** The inference path or paths (exact, without query); faults and recording apply to each. */
  inferencePath: string | readonly string[];
  /** What the start-up log line says the output is (default: the fake-transliteration notice). */
  banner?: string;
  infer: InferenceHandler;
  notFound: SimReply;
}

const MAX_BODY = 5 * 1024 * 1024;

/** Starts a simulator HTTP server on loopback (port 0 = any free port). */
export async function startSimulator(definition: SimulatorDefinition, options: SimulatorOptions = {}): Promise<SimulatorHandle> {
  const log = options.log ?? ((line: string) => console.log(line));
  const faults = new FaultState();
  const requests: RecordedRequest[] = [];
  let calls = 0;
  const send = (res: http.ServerResponse, reply: SimReply): void => {
    if (reply.raw === undefined) return sendJson(res, reply.status, reply.body, { [SIMULATOR_HEADER]: definition.name, ...reply.headers });
    if (res.headersSent || res.destroyed) return;
    res.writeHead(reply.status, { [SIMULATOR_HEADER]: definition.name, 'content-length': String(reply.raw.length), ...reply.headers });
    res.end(reply.raw);
  };

  const server = http.createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://simulator');
      const method = req.method ?? 'GET';
      let text: string;
      try {
        text = await readBody(req, MAX_BODY);
      } catch {
        return send(res, { status: 413, body: { error: 'request body too large' } });
      }
      if (url.pathname === '/__sim/faults') {
        if (method === 'DELETE') faults.reset();
        else if (method === 'POST') faults.set((parseJson(text) ?? {}) as SimulatorFaults);
        return send(res, { status: 200, body: { faults: faults.current } });
      }
      if (url.pathname === '/__sim/state') return send(res, { status: 200, body: { simulator: definition.name, calls, faults: faults.current } });
      const inferencePaths: readonly string[] = typeof definition.inferencePath === 'string' ? [definition.inferencePath] : definition.inferencePath;
      if (!inferencePaths.includes(url.pathname)) {
        return send(res, definition.routes(method, url.pathname) ?? definition.notFound);
      }
      calls += 1;
      const recorded: RecordedRequest = { method, url: url.pathname + url.search, headers: req.headers, body: parseJson(text), raw: text };
      requests.push(recorded);
      if (requests.length > 100) requests.shift();
      if (faults.hang) return; // never answer
      const decision = faults.decide();
      if (faults.latencyMs > 0) await new Promise((r) => setTimeout(r, faults.latencyMs));
      const reply = await definition.infer(recorded, decision);
      if (res.destroyed) return;
      send(res, reply);
    })().catch((err: unknown) => {
      if (!res.headersSent) send(res, { status: 500, body: { error: String(err) } });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  log(`[${definition.name}-simulator] SIMULATOR listening on ${url}: ${definition.banner ?? `translations are fake transliterations marked "${SIMULATED_MARKER.trim()}", not real output`}`);
  return {
    url,
    faults,
    get calls() {
      return calls;
    },
    get requests() {
      return requests;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

