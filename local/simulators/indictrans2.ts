/**
 * LOCAL SIMULATOR of AI4Bharat's IndicTrans2 Triton server (docs/reference/external-apis.md §4.3). It does not translate:
 * every "translation" is the marker `[ⓢⓘⓜ] ` followed by a deterministic letter-by-letter
 * transliteration of the input into the target language's script (romanisation for `*→en`), so script
 * validation passes while nobody can mistake the output for a real translation. The marker uses
 * circled letters, which Unicode classes as symbols, so it never counts for or against script checks.
 *
 * Wire format, as the real server speaks it:
 * - `GET /v2/health/ready`, `GET /v2/health/live` → 200; `GET /v2/models/nmt` → model metadata.
 * - `POST /v2/models/nmt/versions/1/infer`, KServe v2 JSON: inputs `INPUT_TEXT`, `INPUT_LANGUAGE_ID`,
 *   `OUTPUT_LANGUAGE_ID` (BYTES, shape [n,1], ISO codes) → `OUTPUT_TEXT` (BYTES, shape [n,1]).
 * - Errors use Triton's envelope `{"error": "…"}`; an unknown language gives 400
 *   `…RuntimeError: Language-pair not supported: xx-yy`.
 * - With `apiKey`, requests need `Authorization: Bearer <apiKey>` (a gateway in front of Triton) → 401.
 *
 * Every response carries `x-translation-simulator: indictrans2` so clients can tell. Faults are set at
 * run time through the returned handle or over HTTP (`POST /__sim/faults`, `DELETE /__sim/faults`,
 * `GET /__sim/state`). The Dhruva simulator (dhruva.ts) reuses this module: Dhruva serves the same model.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** Header on every simulator response (core/translation/http-json.ts `SIMULATOR_HEADER`). */
export const SIMULATOR_HEADER = 'x-translation-simulator';
/** Prefix of every simulated translation. */
export const SIMULATED_MARKER = '[ⓢⓘⓜ] ';

/** ISO codes the simulated model knows: the service's 13 plus a few other scheduled languages. */
export const SIMULATED_LANGUAGES = new Set(['en', 'hi', 'bn', 'ta', 'te', 'ml', 'kn', 'gu', 'mr', 'pa', 'or', 'as', 'ur', 'ne', 'sa', 'kok', 'mai']);

// ---------------------------------------------------------------------------------------------------
// Simulated "translation": transliteration between Latin and the Indic scripts.

/** Start of each Brahmic script's Unicode block; the blocks are laid out in parallel (ISCII order). */
const BLOCK: Record<string, number> = {
  hi: 0x0900, mr: 0x0900, ne: 0x0900, sa: 0x0900, kok: 0x0900, mai: 0x0900,
  bn: 0x0980, as: 0x0980, pa: 0x0a00, gu: 0x0a80, or: 0x0b00, ta: 0x0b80, te: 0x0c00, kn: 0x0c80, ml: 0x0d00,
};
const SCRIPT_OF_BLOCK: Record<number, string> = {
  0x0900: 'Devanagari', 0x0980: 'Bengali', 0x0a00: 'Gurmukhi', 0x0a80: 'Gujarati', 0x0b00: 'Oriya',
  0x0b80: 'Tamil', 0x0c00: 'Telugu', 0x0c80: 'Kannada', 0x0d00: 'Malayalam',
};

/** Latin letter → offsets in the block, best first (fallbacks for scripts lacking a letter, e.g. Tamil). */
const LATIN_TO_OFFSETS: Record<string, number[]> = {
  a: [0x05], b: [0x2c, 0x2a], c: [0x15], d: [0x26, 0x24], e: [0x0f, 0x0e], f: [0x2b, 0x2a], g: [0x17, 0x15],
  h: [0x39, 0x15], i: [0x07], j: [0x1c, 0x1a], k: [0x15], l: [0x32], m: [0x2e], n: [0x28], o: [0x13, 0x12],
  p: [0x2a], q: [0x15], r: [0x30], s: [0x38, 0x37], t: [0x24], u: [0x09], v: [0x35], w: [0x35], x: [0x16, 0x15],
  y: [0x2f], z: [0x1c, 0x1a],
};
const URDU: Record<string, string> = {
  a: 'ا', b: 'ب', c: 'ک', d: 'د', e: 'ے', f: 'ف', g: 'گ', h: 'ہ', i: 'ی', j: 'ج', k: 'ک', l: 'ل', m: 'م',
  n: 'ن', o: 'و', p: 'پ', q: 'ق', r: 'ر', s: 'س', t: 'ت', u: 'و', v: 'و', w: 'و', x: 'خ', y: 'ی', z: 'ز',
};
const ROMAN: Record<number, string> = {
  0x02: 'n', 0x03: 'h', 0x05: 'a', 0x06: 'aa', 0x07: 'i', 0x08: 'ii', 0x09: 'u', 0x0a: 'uu', 0x0b: 'ri', 0x0e: 'e',
  0x0f: 'e', 0x10: 'ai', 0x12: 'o', 0x13: 'o', 0x14: 'au', 0x15: 'k', 0x16: 'kh', 0x17: 'g', 0x18: 'gh', 0x19: 'ng',
  0x1a: 'c', 0x1b: 'ch', 0x1c: 'j', 0x1d: 'jh', 0x1e: 'ny', 0x1f: 't', 0x20: 'th', 0x21: 'd', 0x22: 'dh', 0x23: 'n',
  0x24: 't', 0x25: 'th', 0x26: 'd', 0x27: 'dh', 0x28: 'n', 0x29: 'n', 0x2a: 'p', 0x2b: 'ph', 0x2c: 'b', 0x2d: 'bh',
  0x2e: 'm', 0x2f: 'y', 0x30: 'r', 0x31: 'r', 0x32: 'l', 0x33: 'l', 0x34: 'l', 0x35: 'v', 0x36: 'sh', 0x37: 'sh',
  0x38: 's', 0x39: 'h', 0x3e: 'a', 0x3f: 'i', 0x40: 'i', 0x41: 'u', 0x42: 'u', 0x46: 'e', 0x47: 'e', 0x48: 'ai',
  0x4a: 'o', 0x4b: 'o', 0x4c: 'au', 0x4d: '', 0x64: '.', 0x65: '.',
};
// Reversed so the first Latin letter listed for an Arabic letter wins.
const URDU_ROMAN = new Map<string, string>(Object.entries(URDU).map(([latin, arabic]): [string, string] => [arabic, latin]).reverse());

const assigned = (cp: number, block: number): boolean =>
  new RegExp(`\\p{scx=${SCRIPT_OF_BLOCK[block]}}`, 'u').test(String.fromCodePoint(cp));

const letterTables = new Map<number, Map<string, string>>();
function tableFor(block: number): Map<string, string> {
  let table = letterTables.get(block);
  if (!table) {
    table = new Map();
    for (const [latin, offsets] of Object.entries(LATIN_TO_OFFSETS)) {
      const offset = [...offsets, 0x05].find((o) => assigned(block + o, block)) as number;
      table.set(latin, String.fromCodePoint(block + offset));
    }
    letterTables.set(block, table);
  }
  return table;
}

/**
 * Consonants outside the blocks' parallel (ISCII) layout, with their Latin letters: Assamese ৰ (ra) and
 * ৱ (wa), Odia ୱ (wa), Gurmukhi ੜ (rra), Devanagari/Bengali ड़ ढ़ য় (precomposed nukta forms).
 */
const EXTRA_CONSONANTS: Record<number, string> = {
  0x09f0: 'r', 0x09f1: 'w', 0x0b71: 'w', 0x0a5c: 'r', 0x095c: 'r', 0x095d: 'rh', 0x09dc: 'r', 0x09dd: 'rh', 0x09df: 'y', 0x0b5c: 'r', 0x0b5d: 'rh', 0x0b5f: 'y',
};

const isBrahmic = (cp: number): boolean => cp >= 0x0900 && cp <= 0x0d7f;
const isMatraOrVirama = (offset: number): boolean => offset >= 0x3e && offset <= 0x4d;

/** Indic or Urdu text → rough Latin letters (consonants carry their inherent `a`). */
export function romanize(text: string): string {
  const chars = [...text];
  let out = '';
  for (let i = 0; i < chars.length; i += 1) {
    const ch = chars[i] as string;
    const cp = ch.codePointAt(0) as number;
    if (EXTRA_CONSONANTS[cp] !== undefined) {
      out += EXTRA_CONSONANTS[cp];
      const next = chars[i + 1]?.codePointAt(0);
      const nextIsSign = next !== undefined && isBrahmic(next) && isMatraOrVirama((next - 0x0900) % 0x80);
      if (!nextIsSign) out += 'a';
    } else if (isBrahmic(cp)) {
      const offset = (cp - 0x0900) % 0x80;
      if (offset >= 0x66 && offset <= 0x6f) {
        out += String(offset - 0x66);
        continue;
      }
      const roman = ROMAN[offset] ?? (offset >= 0x15 && offset <= 0x39 ? 'k' : '');
      out += roman;
      const next = chars[i + 1]?.codePointAt(0);
      const nextIsSign = next !== undefined && isBrahmic(next) && isMatraOrVirama((next - 0x0900) % 0x80);
      if (offset >= 0x15 && offset <= 0x39 && !nextIsSign) out += 'a';
    } else if (ch === '۔') {
      out += '.';
    } else if (/\p{scx=Arabic}/u.test(ch) && /\p{L}/u.test(ch)) {
      out += URDU_ROMAN.get(ch) ?? 'a';
    } else {
      out += ch;
    }
  }
  return out;
}

/**
 * Latin text → the target's script, letter by letter. A full stop that ends a sentence (before
 * whitespace, a closing quote or the end) becomes the script's own (danda `।`, Urdu `۔`); a full stop
 * inside a number or a word (`2.5`, `e.g`) stays, as in the real model's output.
 */
function fromLatin(text: string, target: string): string {
  const block = BLOCK[target];
  const table = block === undefined ? undefined : tableFor(block);
  const chars = [...text];
  let out = '';
  for (const [i, ch] of chars.entries()) {
    const lower = ch.toLowerCase();
    const sentenceEnd = ch === '.' && (i === chars.length - 1 || /[\s"'”’)\]]/u.test(chars[i + 1] as string));
    if (target === 'ur') out += URDU[lower] ?? (sentenceEnd ? '۔' : ch);
    else if (table?.has(lower)) {
      let mapped = table.get(lower) as string;
      if (target === 'as' && lower === 'r') mapped = 'ৰ';
      if (target === 'as' && (lower === 'v' || lower === 'w')) mapped = 'ৱ';
      out += mapped;
    } else if (sentenceEnd && ['hi', 'mr', 'bn', 'as', 'pa', 'or'].includes(target)) out += '।';
    else out += ch;
  }
  return out;
}

/**
 * What IndicTrans2's own toolkit (IndicTransToolkit `IndicProcessor`) keeps out of the model and puts
 * back unchanged: its `<IDn>` placeholders, URLs, e-mail addresses, @handles, #hashtags and numbers
 * (the real service returns them verbatim; the simulator must not transliterate them).
 */
const KEPT_VERBATIM =
  /<ID\d+>|(?:https?:\/\/|www\.)\S*[^\s.,;:!?)\]]|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}|(?<![\p{L}\p{N}_])@[\p{L}\p{N}_](?:[\p{L}\p{N}_.]*[\p{L}\p{N}_])?|(?<![\p{L}\p{N}_&])#[\p{L}\p{M}\p{N}_]+|\d+(?:[.,:]\d+)*/gu;

/**
 * The simulator's deterministic stand-in for a translation: `[ⓢⓘⓜ] ` + the text transliterated into the
 * target script (or romanised for `en`), with placeholders, URLs, e-mails, handles, hashtags and numbers
 * kept verbatim.
 */
export function simulateTranslation(text: string, source: string, target: string): string {
  let out = '';
  let last = 0;
  const convert = (piece: string): string => {
    const latin = source === 'en' ? piece : romanize(piece);
    return target === 'en' ? latin : fromLatin(latin, target);
  };
  for (const match of text.matchAll(KEPT_VERBATIM)) {
    out += convert(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return SIMULATED_MARKER + out + convert(text.slice(last));
}

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

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
};

/** Starts a simulator HTTP server on loopback (port 0 = any free port). */
export async function startSimulator(definition: SimulatorDefinition, options: SimulatorOptions = {}): Promise<SimulatorHandle> {
  const log = options.log ?? ((line: string) => console.log(line));
  const faults = new FaultState();
  const requests: RecordedRequest[] = [];
  let calls = 0;
  const send = (res: http.ServerResponse, reply: SimReply): void => {
    const body = reply.raw ?? (reply.body === undefined ? '' : JSON.stringify(reply.body));
    res.writeHead(reply.status, {
      [SIMULATOR_HEADER]: definition.name,
      ...(reply.body === undefined || reply.raw ? {} : { 'content-type': 'application/json' }),
      ...reply.headers,
    });
    res.end(body);
  };

  const server = http.createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://simulator');
      const method = req.method ?? 'GET';
      let text: string;
      try {
        text = await readBody(req);
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

// ---------------------------------------------------------------------------------------------------
// The IndicTrans2 Triton server.

const TRITON_INPUTS = ['INPUT_TEXT', 'INPUT_LANGUAGE_ID', 'OUTPUT_LANGUAGE_ID'] as const;

interface TritonInput {
  name?: unknown;
  shape?: unknown;
  datatype?: unknown;
  data?: unknown;
}

const tritonError = (status: number, error: string, headers?: Record<string, string>): SimReply => ({ status, body: { error }, headers });

/** Validates the KServe v2 request like Triton would and returns the rows, or the error reply. */
function readTritonRows(body: unknown): { rows: Array<{ text: string; source: string; target: string }> } | { reply: SimReply } {
  if (body === undefined) return { reply: tritonError(400, 'failed to parse the request JSON buffer: Invalid value.') };
  const inputs = (body as { inputs?: unknown }).inputs;
  if (!Array.isArray(inputs)) return { reply: tritonError(400, "Unable to find 'inputs' in JSON request") };
  if (inputs.length !== TRITON_INPUTS.length) {
    return { reply: tritonError(400, `expected ${TRITON_INPUTS.length} inputs but got ${inputs.length} inputs for model 'nmt'`) };
  }
  const columns = new Map<string, string[]>();
  let rows = -1;
  for (const input of inputs as TritonInput[]) {
    const name = String(input?.name);
    if (!(TRITON_INPUTS as readonly string[]).includes(name)) return { reply: tritonError(400, `unexpected inference input '${name}' for model 'nmt'`) };
    if (input.datatype !== 'BYTES') {
      return { reply: tritonError(400, `unexpected datatype ${String(input.datatype)} for inference input '${name}', expecting BYTES`) };
    }
    const shape = input.shape;
    if (!Array.isArray(shape) || shape.length !== 2 || shape[1] !== 1 || !Number.isInteger(shape[0])) {
      return { reply: tritonError(400, `unexpected shape for input '${name}' for model 'nmt'. Expected [-1,1], got ${JSON.stringify(shape)}`) };
    }
    const data = Array.isArray(input.data) ? (input.data as unknown[]).flat() : undefined;
    if (!data || data.length !== shape[0] || !data.every((d) => typeof d === 'string')) {
      return { reply: tritonError(400, `unexpected number of string elements for inference input '${name}', expecting ${String(shape[0])}`) };
    }
    if (rows !== -1 && rows !== shape[0]) return { reply: tritonError(400, 'inputs have different batch sizes') };
    if ((shape[0] as number) > 512) return { reply: tritonError(400, `inference request batch-size must be <= 512 for 'nmt'`) };
    rows = shape[0] as number;
    columns.set(name, data as string[]);
  }
  const texts = columns.get('INPUT_TEXT') as string[];
  const sources = columns.get('INPUT_LANGUAGE_ID') as string[];
  const targets = columns.get('OUTPUT_LANGUAGE_ID') as string[];
  return { rows: texts.map((text, i) => ({ text, source: sources[i] as string, target: targets[i] as string })) };
}

function faultReply(decision: FaultDecision): SimReply | undefined {
  if (decision.status === undefined) return undefined;
  const headers = decision.retryAfterS !== undefined ? { 'retry-after': String(decision.retryAfterS) } : undefined;
  const message =
    decision.status === 429 ? 'Too Many Requests' : decision.status === 503 ? 'Server is not ready' : 'Failed to process the request(s) for model instance \'nmt_0_0\', message: CUDA out of memory';
  return tritonError(decision.status, message, headers);
}

/**
 * Starts the IndicTrans2 (Triton `nmt`) simulator. See the module comment for the wire format and faults.
 */
export function startIndicTrans2Simulator(options: SimulatorOptions = {}): Promise<SimulatorHandle> {
  return startSimulator(
    {
      name: 'indictrans2',
      inferencePath: '/v2/models/nmt/versions/1/infer',
      notFound: tritonError(404, 'Not Found'),
      routes: (method, path) => {
        if (method !== 'GET') return undefined;
        if (path === '/v2/health/ready' || path === '/v2/health/live') return { status: 200 };
        if (path === '/v2/models/nmt' || path === '/v2/models/nmt/versions/1') {
          return {
            status: 200,
            body: {
              name: 'nmt',
              versions: ['1'],
              platform: 'python',
              inputs: TRITON_INPUTS.map((name) => ({ name, datatype: 'BYTES', shape: [-1, 1] })),
              outputs: [{ name: 'OUTPUT_TEXT', datatype: 'BYTES', shape: [-1, 1] }],
            },
          };
        }
        return undefined;
      },
      infer: (request, decision) => {
        if (options.apiKey !== undefined && request.headers.authorization !== `Bearer ${options.apiKey}`) {
          return tritonError(401, 'Unauthorized');
        }
        const fault = faultReply(decision);
        if (fault) return fault;
        const parsed = readTritonRows(request.body);
        if ('reply' in parsed) return parsed.reply;
        for (const row of parsed.rows) {
          if (!SIMULATED_LANGUAGES.has(row.source) || !SIMULATED_LANGUAGES.has(row.target)) {
            return tritonError(
              400,
              `Failed to process the request(s) for model instance 'nmt_0_0', message: RuntimeError: Language-pair not supported: ${row.source}-${row.target}`,
            );
          }
        }
        const data = parsed.rows.map((row) => (decision.echo ? row.text : simulateTranslation(row.text, row.source, row.target)));
        return {
          status: 200,
          body: { model_name: 'nmt', model_version: '1', outputs: [{ name: 'OUTPUT_TEXT', datatype: 'BYTES', shape: [data.length, 1], data }] },
        };
      },
    },
    options,
  );
}
