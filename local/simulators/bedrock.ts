/**
 * A local SIMULATOR of the Amazon Bedrock Runtime **Converse** API, for tests and the local runtime.
 * It is not Bedrock and not a language model: it answers the real wire format so that the real
 * `@aws-sdk/client-bedrock-runtime` client (pointed at it with `endpoint`) is exercised end to end,
 * and every log line says `[bedrock-simulator] SIMULATED`. The contract is written down in
 * docs/writer.md ("Bedrock Converse: the wire format"):
 *
 * - HTTP/2 over cleartext (prior knowledge), as the SDK's Bedrock Runtime client speaks HTTP/2.
 * - `POST /model/{modelId}/converse` (the model id URL-encoded), JSON body
 *   `{messages:[{role,content:[{text}]}], system?:[{text}], inferenceConfig?:{maxTokens,temperature,topP,stopSequences},
 *   guardrailConfig?:{guardrailIdentifier,guardrailVersion,trace}}`.
 * - 200 `{output:{message:{role:"assistant",content:[{text}]}}, stopReason, usage:{inputTokens,outputTokens,totalTokens},
 *   metrics:{latencyMs}}`; with a guardrail that intervenes, `stopReason: "guardrail_intervened"` and the
 *   guardrail's blocked-output message as the text.
 * - Errors as Bedrock sends them: the status, `x-amzn-errortype: <Name>:http://internal.amazon.com/coral/com.amazon.bedrock/`
 *   and `{"message": …}`: `ValidationException` (400: bad body, unknown model or guardrail),
 *   `AccessDeniedException` (403), `ResourceNotFoundException` (404), `ThrottlingException` (429),
 *   `ModelTimeoutException` (408), `InternalServerException` (500), `ServiceUnavailableException` (503).
 *
 * The "model" reads the `Pet:`, `Name:` and `Traits:` lines of the user message (the writer's prompt
 * format, lambdas/engines/writer/bedrock.ts) and answers four lines of JSON `{"lines":[…]}` that start
 * with "Simulated roast:" so a simulated narration is never mistaken for a real one. An ADAPTATION request
 * (a `Language:` line and an English draft) is answered in that language, from its phrasebook (the
 * template writer's lines for the same pet, name and traits, seeded by the request), with a
 * `"simulated"` note beside `lines` in the JSON text naming where the lines came from: the narration
 * itself carries no English marker, since it must be in the language's own script.
 *
 * Faults (at start or at run time through `faults`): malformed JSON text, a guardrail intervention,
 * latency (→ client timeouts), forced error types, and replies outside the word budget.
 */
import { createHash, randomUUID } from 'node:crypto';
import http2 from 'node:http2';
import type { AddressInfo } from 'node:net';
import { isLanguageCode } from '../../lambdas/domain/languages.js';
import { PET_LABELS } from '../../lambdas/domain/schemas/common.js';
import { writeTemplate } from '../../lambdas/engines/writer/template.js';
import type { PetClass } from '../../lambdas/engines/writer/types.js';

const LOG_PREFIX = '[bedrock-simulator] SIMULATED';
const MAX_BODY_BYTES = 1024 * 1024;
const ERROR_NAMESPACE = 'http://internal.amazon.com/coral/com.amazon.bedrock/';
/** The guardrail message Bedrock returns by default when it blocks an output. */
export const BLOCKED_OUTPUT_MESSAGE = 'Sorry, the model cannot answer this question.';

/** Error types and their HTTP statuses (Bedrock Runtime API reference, Converse "Errors"). */
export const BEDROCK_ERRORS = {
  ValidationException: 400,
  AccessDeniedException: 403,
  ResourceNotFoundException: 404,
  ModelTimeoutException: 408,
  ModelErrorException: 424,
  ThrottlingException: 429,
  InternalServerException: 500,
  ServiceUnavailableException: 503,
} as const;
export type BedrockErrorType = keyof typeof BEDROCK_ERRORS;

/** Models the simulator serves: Amazon Nova text models, by id or through a geographic inference profile. */
const MODEL_RE = /^(?:(?:us|eu|apac|global)\.)?amazon\.nova-(?:micro|lite|pro)-v1:0$/;

export interface BedrockSimulatorFaults {
  /** The next N replies carry text that is not JSON (`Infinity` until reset). */
  malformedJson?: number;
  /** Every request with a guardrailConfig is blocked (`stopReason: guardrail_intervened`). */
  guardrailIntervenes?: boolean;
  /** Delay before each answer (a client with a shorter timeout aborts). */
  latencyMs?: number;
  /** The next N requests fail with this error type. */
  error?: { type: BedrockErrorType; times?: number; message?: string };
  /** The next N replies are valid JSON but far below the word budget. */
  tooShort?: number;
}

export interface BedrockConverseCall {
  modelId: string;
  body: Record<string, unknown>;
  status: number;
  stopReason?: string;
}

export interface BedrockSimulator {
  url: string;
  /** Every request, in order (successful or not). */
  calls: BedrockConverseCall[];
  faults: BedrockSimulatorFaults & { set(f: BedrockSimulatorFaults): void; reset(): void };
  close(): Promise<void>;
}

export interface BedrockSimulatorOptions {
  port?: number;
  host?: string;
  /** Guardrails that exist, as `identifier:version` (default: `sim-guardrail:1` and `sim-guardrail:DRAFT`). */
  guardrails?: string[];
  faults?: BedrockSimulatorFaults;
  log?: (line: string) => void;
}

const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** The simulated "model": four lines built from the writer's prompt fields. */
/** A `Name: value` line of the writer's user message. */
const promptField = (userText: string, name: string): string | undefined => new RegExp(`^${name}:\\s*(.+)$`, 'm').exec(userText)?.[1]?.trim();

function simulatedLines(userText: string): string[] {
  const field = (name: string): string | undefined => promptField(userText, name);
  const pet = (field('Pet') ?? 'pet').replace(/\s*\(.*\)$/, '');
  const name = field('Name');
  const who = name && name.toLowerCase() !== 'unknown' ? name : `this ${pet}`;
  const Who = who.charAt(0).toUpperCase() + who.slice(1);
  const trait = (field('Traits') ?? '').split(',')[0]?.trim();
  const jab =
    trait && trait !== 'none'
      ? `${Who} has turned being ${trait} into a full-time career with excellent benefits.`
      : `${Who} treats this whole house like a hotel that forgot to send the bill.`;
  return [
    `Simulated roast: ladies and gentlemen, meet ${who}, the ${pet} who runs this house.`,
    jab,
    `${Who} has never paid rent and still expects room service every single day.`,
    `We love you anyway, ${who}. Mostly.`,
  ];
}

/**
 * The simulated answer text: for an adaptation request in a language with a phrasebook, that book's lines
 * (written by the template writer, labelled by a `simulated` note); else the English {@link simulatedLines}.
 */
function simulatedAnswer(userText: string): string {
  const field = (name: string): string | undefined => promptField(userText, name);
  const language = field('Language')?.split(/\s/)[0];
  if (language && isLanguageCode(language) && /English draft/.test(userText)) {
    const pet = field('Pet') ?? 'dog';
    const label: PetClass = (PET_LABELS as readonly string[]).includes(pet) ? (pet as PetClass) : 'dog';
    const name = field('Name');
    const written = writeTemplate({
      prompt: (field('Traits') ?? '').replace(/^none$/, ''),
      pets: [{ label, count: 1, confidence: 1 }],
      petName: name && name !== 'unknown' ? name : undefined,
      language,
      seed: `bedrock-simulator|${createHash('sha256').update(userText).digest('hex')}`,
    });
    return JSON.stringify({ lines: written.lines, simulated: `SIMULATED by local/simulators/bedrock.ts: the ${language} phrasebook's lines, not a model` });
  }
  return JSON.stringify({ lines: simulatedLines(userText) });
}

/** Starts the simulator on a free loopback port; resolves once it listens. */
export async function startBedrockSimulator(options: BedrockSimulatorOptions = {}): Promise<BedrockSimulator> {
  const log = options.log ?? ((line: string) => console.log(line));
  const guardrails = new Set(options.guardrails ?? ['sim-guardrail:1', 'sim-guardrail:DRAFT']);
  const calls: BedrockConverseCall[] = [];
  const state: BedrockSimulatorFaults = { ...options.faults };
  const faults = Object.assign(state, {
    set(f: BedrockSimulatorFaults) {
      Object.assign(state, f);
    },
    reset() {
      for (const key of ['malformedJson', 'guardrailIntervenes', 'latencyMs', 'error', 'tooShort'] as const) delete state[key];
    },
  });
  const sessions = new Set<http2.ServerHttp2Session>();
  const timers = new Set<NodeJS.Timeout>();

  const sendError = (res: http2.Http2ServerResponse, type: BedrockErrorType, message: string): number => {
    const status = BEDROCK_ERRORS[type];
    res.writeHead(status, {
      'content-type': 'application/json',
      'x-amzn-requestid': randomUUID(),
      'x-amzn-errortype': `${type}:${ERROR_NAMESPACE}`,
    });
    res.end(JSON.stringify({ message }));
    return status;
  };

  const handle = async (req: http2.Http2ServerRequest, res: http2.Http2ServerResponse, raw: Buffer): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://sim');
    const match = /^\/model\/([^/]+)\/converse$/.exec(url.pathname);
    if (req.method !== 'POST' || !match) {
      sendError(res, 'ResourceNotFoundException', `No route for ${req.method} ${url.pathname}.`);
      return;
    }
    const modelId = decodeURIComponent(match[1]!);
    let body: Record<string, unknown> = {};
    const call: BedrockConverseCall = { modelId, body, status: 0 };
    calls.push(call);
    const fail = (type: BedrockErrorType, message: string): void => {
      call.status = sendError(res, type, message);
      log(`${LOG_PREFIX} converse ${modelId} → ${type}`);
    };
    if (state.latencyMs) await new Promise<void>((resolve) => {
      const t = setTimeout(() => (timers.delete(t), resolve()), state.latencyMs);
      timers.add(t);
    });
    if (res.destroyed || res.writableEnded) return;
    if (state.error && (state.error.times ?? 1) > 0) {
      const { type, message } = state.error;
      state.error = { ...state.error, times: (state.error.times ?? 1) - 1 };
      fail(type, message ?? `Simulated ${type}.`);
      return;
    }
    try {
      body = JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
      call.body = body;
    } catch {
      fail('ValidationException', 'Malformed input request, please reformat your input and try again.');
      return;
    }
    if (!MODEL_RE.test(modelId)) {
      fail('ValidationException', 'The provided model identifier is invalid.');
      return;
    }
    const messages = body.messages;
    if (!Array.isArray(messages) || messages.length === 0) {
      fail('ValidationException', "1 validation error detected: Value null at 'messages' failed to satisfy constraint: Member must not be null");
      return;
    }
    const last = messages.at(-1) as { role?: string; content?: Array<{ text?: string }> };
    if (last?.role !== 'user' || !Array.isArray(last.content) || !last.content.some((c) => typeof c?.text === 'string' && c.text.trim())) {
      fail('ValidationException', 'A conversation must end with a user message containing text. Try again with a conversation that ends with a user message.');
      return;
    }
    const inference = (body.inferenceConfig ?? {}) as { maxTokens?: unknown; temperature?: unknown; topP?: unknown };
    const inRange = (v: unknown, lo: number, hi: number) => v === undefined || (typeof v === 'number' && v >= lo && v <= hi);
    if (!inRange(inference.maxTokens, 1, 10_000) || !inRange(inference.temperature, 0, 1) || !inRange(inference.topP, 0, 1)) {
      fail('ValidationException', 'The inference configuration is invalid: maxTokens 1..10000, temperature and topP 0..1.');
      return;
    }
    const guardrail = body.guardrailConfig as { guardrailIdentifier?: string; guardrailVersion?: string } | undefined;
    if (guardrail && !guardrails.has(`${guardrail.guardrailIdentifier}:${guardrail.guardrailVersion}`)) {
      fail('ValidationException', 'The guardrail identifier or version provided in the request does not exist.');
      return;
    }
    const userText = last.content.map((c) => c.text ?? '').join('\n');
    let text: string;
    let stopReason = 'end_turn';
    if (guardrail && state.guardrailIntervenes) {
      text = BLOCKED_OUTPUT_MESSAGE;
      stopReason = 'guardrail_intervened';
    } else if (state.malformedJson && state.malformedJson > 0) {
      state.malformedJson--;
      text = 'Sure! Here is a roast: {"lines": ["Bruno is lazy", ';
    } else if (state.tooShort && state.tooShort > 0) {
      state.tooShort--;
      text = JSON.stringify({ lines: ['Lazy.', 'Very lazy.'] });
    } else {
      text = simulatedAnswer(userText);
    }
    const inputTokens = Math.ceil(words(JSON.stringify(body)) * 1.3);
    const outputTokens = Math.ceil(words(text) * 1.3);
    call.status = 200;
    call.stopReason = stopReason;
    res.writeHead(200, { 'content-type': 'application/json', 'x-amzn-requestid': randomUUID() });
    res.end(
      JSON.stringify({
        output: { message: { role: 'assistant', content: [{ text }] } },
        stopReason,
        usage: { inputTokens, outputTokens, totalTokens: inputTokens + outputTokens },
        metrics: { latencyMs: state.latencyMs ?? 5 },
      }),
    );
    log(`${LOG_PREFIX} converse ${modelId} → 200 ${stopReason}`);
  };

  const server = http2.createServer((req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) req.destroy();
      else chunks.push(chunk);
    });
    req.on('end', () => {
      handle(req, res, Buffer.concat(chunks)).catch((err: unknown) => {
        if (!res.headersSent) sendError(res, 'InternalServerException', (err as Error).message);
      });
    });
  });
  server.on('session', (session) => {
    sessions.add(session);
    session.on('close', () => sessions.delete(session));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  const url = `http://${options.host ?? '127.0.0.1'}:${port}`;
  log(`${LOG_PREFIX} Bedrock Runtime Converse simulator at ${url} (not Amazon Bedrock, not a model)`);
  return {
    url,
    calls,
    faults,
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        for (const s of sessions) s.destroy();
        server.close(() => resolve());
      }),
  };
}
