/**
 * Client for the Revid v3 public API (docs/reference/external-apis.md §1, §8.2): submit a `script-to-video` render of the
 * user's pet photo (or clip) with the roast text, and read a render's status.
 *
 * What is documented and what is inferred:
 * - [DOC] base URL, `POST /api/public/v3/render`, `GET /api/public/v3/status?pid=`, header `key`, the
 *   `script-to-video` body with `media.type:"custom"` + `provided[]`, `success` is the number 1.
 * - [3P] an explicit User-Agent is required (Cloudflare error 1010 otherwise); `pid` is 20 alphanumeric
 *   characters (some clients fall back to `id`); statuses `building` → `ready` + `videoUrl`, or
 *   `failed`/`error` + `error`; `voice.language` + `options.language` as ISO 639-1.
 * - [INF] HTTP codes 401/402/403/404/422/429 and their bodies, `progress`, `thumbnailUrl`,
 *   `durationSeconds`, `creditsUsed`. Unknown status values are therefore "pending", never failures.
 *
 * The client makes exactly one HTTP call per method: the render worker owns retries, deadlines and
 * backoff, guided by {@link RevidError.retryable} and {@link RevidError.retryAfterS}. Revid has no
 * idempotency key, so re-submitting after an ambiguous failure (timeout, network, 5xx) can create a
 * second render.
 */
import { AppError } from '../../domain/errors.js';
import {
  defaultHttpFetch,
  isAbortError,
  isTransientFailure,
  isTransientStatus,
  parseRetryAfter,
  raceSignal,
  type HttpFetch,
  type HttpResponseLike,
} from '../outbound/index.js';
import type { LanguageCode } from '../../domain/languages.js';
import type { ClassifiedProviderError, ProviderFailure } from '../../domain/providers/video-provider.js';

/**
 * Narration voice per language. All ids are ElevenLabs premade voices that Revid integrations send
 * successfully (docs/reference/external-apis.md §1.4): Brian `nPczCjzI2devNBz1zQrb` appears in Revid's own recipes and is
 * paired with Hindi in our reference body (§1.3) [DOC]; the others come from the AutoGPT Revid block
 * [3P]. The premade voices are multilingual (eleven_multilingual_v2), so which voice reads which
 * language is a product choice, and how well each Indic language is spoken is unverified [INF].
 * Override per deployment with `RevidClientOptions.voices` or per render with `voiceId`.
 */
export const DEFAULT_REVID_VOICES: Readonly<Record<LanguageCode, string>> = Object.freeze({
  en: 'nPczCjzI2devNBz1zQrb', // Brian [DOC example]
  hi: 'nPczCjzI2devNBz1zQrb', // Brian [DOC example with "hi"]
  bn: 'pFZP5JQG7iQjIQuC4Bku', // Lily [3P id, INF pairing]
  ta: 'onwK4e9ZLuTAKqWW03F9', // Daniel [3P id, INF pairing]
  te: 'cgSgspJ2msm6clMCkdW9', // Jessica [3P id, INF pairing]
  ml: 'XB0fDUnXU5powFXDhCwa', // Charlotte [3P id, INF pairing]
  kn: 'N2lVS1w4EtoT3dr4eOWO', // Callum [3P id, INF pairing]
  gu: 'FGY2WhTYpPnrIDTdsKH5', // Eva [3P id, INF pairing]
  mr: 'pFZP5JQG7iQjIQuC4Bku', // Lily [3P id, INF pairing]
  pa: 'onwK4e9ZLuTAKqWW03F9', // Daniel [3P id, INF pairing]
  or: 'cgSgspJ2msm6clMCkdW9', // Jessica [3P id, INF pairing]
  as: 'XB0fDUnXU5powFXDhCwa', // Charlotte [3P id, INF pairing]
  ur: 'N2lVS1w4EtoT3dr4eOWO', // Callum [3P id, INF pairing]
});

export const REVID_RENDER_PATH = '/api/public/v3/render';
export const REVID_STATUS_PATH = '/api/public/v3/status';

/** Why a Revid call failed; stable strings for logs, metrics and the job's failure reason. */
export type RevidErrorReason =
  | 'timeout'
  | 'network'
  | 'rate_limited'
  | 'server_error'
  | 'bad_request'
  | 'unauthorized'
  | 'insufficient_credits'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'unexpected_status'
  | 'bad_response';

/**
 * Revid reasons that mean "this account", not "this job" (docs/video-providers.md "Fallback"): the API
 * key was refused, the plan forbids the call, or the credits ran out. Another provider can render the
 * job; retrying Revid cannot help.
 */
export const REVID_ACCOUNT_REASONS: ReadonlySet<RevidErrorReason> = new Set<RevidErrorReason>(['unauthorized', 'forbidden', 'insufficient_credits']);

/**
 * A failed Revid call (502 `video_provider_error` if it reaches a caller). `retryable` tells the worker
 * whether trying again later can help, by the outbound transience rule (lambdas/engines/outbound/errors.ts):
 * 408, 429, 5xx, timeouts and network errors can; bad requests, auth, credits, unknown pids and
 * addresses the outbound policy refuses cannot. `providerFailure` is the render policy's kind of it
 * (the video provider port, providers/video-provider.ts). The message never contains the API key or
 * the webhook URL.
 */
export class RevidError extends AppError implements ClassifiedProviderError {
  readonly retryable: boolean;
  readonly reason: RevidErrorReason;
  /** HTTP status from Revid; undefined for timeouts and network errors. */
  readonly httpStatus: number | undefined;
  /** Seconds from `Retry-After`, when Revid sent one. */
  readonly retryAfterS: number | undefined;

  constructor(init: {
    message: string;
    reason: RevidErrorReason;
    retryable: boolean;
    httpStatus?: number;
    retryAfterS?: number;
    cause?: unknown;
  }) {
    super(502, 'video_provider_error', init.message, {}, { cause: init.cause });
    this.name = 'RevidError';
    this.reason = init.reason;
    this.retryable = init.retryable;
    this.httpStatus = init.httpStatus;
    this.retryAfterS = init.retryAfterS;
  }

  /**
   * `account` for {@link REVID_ACCOUNT_REASONS} (and any HTTP 401/402/403), else `transient` when
   * retryable and `permanent` when not.
   */
  get providerFailure(): ProviderFailure {
    if (REVID_ACCOUNT_REASONS.has(this.reason)) return 'account';
    if (this.httpStatus === 401 || this.httpStatus === 402 || this.httpStatus === 403) return 'account';
    return this.retryable ? 'transient' : 'permanent';
  }
}

export interface RevidClientOptions {
  /** e.g. `https://www.revid.ai` (no trailing path); the simulator's URL locally. */
  baseUrl: string;
  /** Resolves the API key (Secrets Manager through a cached parameters client); called per request. */
  apiKey: () => Promise<string>;
  /** Outbound HTTP; production passes the SSRF-safe client. Defaults to `globalThis.fetch`. */
  fetch?: HttpFetch;
  /** Per-request deadline in ms (default 15,000). */
  timeoutMs?: number;
  /** Sent on every request: Revid's Cloudflare front rejects requests without one (error 1010). */
  userAgent: string;
  /** Voice per language, merged over {@link DEFAULT_REVID_VOICES}. */
  voices?: Partial<Record<LanguageCode, string>>;
}

export interface RevidRenderRequest {
  /** The roast script, already in the narration language and script (Revid must not rewrite it). */
  text: string;
  language: LanguageCode;
  /** Publicly fetchable URL of the validated media; signed URLs must outlive the render. */
  media: { url: string; kind: 'image' | 'video' };
  /** Our inbound webhook URL including the job's capability token. Never logged. */
  webhookUrl: string;
  /** Default `9:16`. */
  aspectRatio?: string;
  /** Default true. */
  captions?: boolean;
  /** Overrides the language's default voice. */
  voiceId?: string;
}

export interface RevidRenderResult {
  pid: string;
}

export type RevidRenderState = 'pending' | 'ready' | 'failed';

export interface RevidStatus {
  state: RevidRenderState;
  /** Revid's raw status word (`building`, `ready`, …), for logs. */
  rawStatus?: string;
  /** 0..100 when Revid reports it. */
  progress?: number;
  videoUrl?: string;
  thumbnailUrl?: string;
  durationS?: number;
  creditsUsed?: number;
  error?: string;
}

const FAILED_STATES = new Set(['failed', 'error', 'canceled', 'cancelled']);
const PID_PATTERN = /^[A-Za-z0-9_-]{1,128}$/;
const MAX_PROVIDER_MESSAGE = 300;

/**
 * The exact v3 `script-to-video` body (docs/reference/external-apis.md §1.3): the user's media only, in order, images
 * animated, our text read verbatim (`no-summarization`) in the given language, captions, 9:16.
 */
export function buildRenderBody(req: RevidRenderRequest, voiceId: string): Record<string, unknown> {
  const isImage = req.media.kind === 'image';
  const captions = req.captions ?? true;
  return {
    workflow: 'script-to-video',
    webhookUrl: req.webhookUrl,
    aspectRatio: req.aspectRatio ?? '9:16',
    source: { text: req.text },
    media: {
      type: 'custom',
      useOnlyProvided: true,
      useProvidedInOrder: true,
      ...(isImage ? { turnImagesIntoVideos: true, animation: 'soft' } : {}),
      provided: [{ url: req.media.url, type: req.media.kind, title: 'the pet' }],
    },
    voice: { enabled: true, voiceId, language: req.language },
    captions: captions ? { enabled: true, preset: 'Wrap 1', position: 'bottom' } : { enabled: false },
    music: { enabled: true },
    options: { language: req.language, summarizationPreference: 'no-summarization' },
    render: { resolution: '720p' },
  };
}

/** Revid v3 client. One instance per process; safe to share. */
export class RevidClient {
  private readonly baseUrl: string;
  private readonly apiKey: () => Promise<string>;
  private readonly fetch: HttpFetch;
  private readonly timeoutMs: number;
  private readonly userAgent: string;
  private readonly voices: Readonly<Record<LanguageCode, string>>;

  constructor(options: RevidClientOptions) {
    const base = new URL(options.baseUrl);
    if (base.protocol !== 'https:' && base.protocol !== 'http:') throw new TypeError('Revid baseUrl must be http(s).');
    if (!options.userAgent || !options.userAgent.trim()) throw new TypeError('Revid userAgent must be set.');
    this.baseUrl = base.origin + base.pathname.replace(/\/+$/, '');
    this.apiKey = options.apiKey;
    this.fetch = options.fetch ?? defaultHttpFetch;
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.userAgent = options.userAgent;
    this.voices = { ...DEFAULT_REVID_VOICES, ...options.voices };
  }

  /** The voice a render in `language` uses unless the request overrides it. */
  voiceFor(language: LanguageCode): string {
    return this.voices[language];
  }

  /**
   * Submits a render. One POST, no retries.
   * @throws RevidError (see `retryable`); TypeError for a request that can never be valid.
   */
  async render(req: RevidRenderRequest): Promise<RevidRenderResult> {
    if (typeof req.text !== 'string' || req.text.trim() === '') throw new TypeError('Render text must not be empty.');
    assertHttpUrl(req.media.url, 'media.url');
    assertHttpUrl(req.webhookUrl, 'webhookUrl');
    const voiceId = req.voiceId ?? this.voiceFor(req.language);
    if (!voiceId) throw new TypeError(`No voice configured for language '${req.language}'.`);

    const body = JSON.stringify(buildRenderBody(req, voiceId));
    const { response, json } = await this.call('render', REVID_RENDER_PATH, { method: 'POST', body });
    if (json === undefined) throw badResponse('render', response.status, 'a body that is not JSON');
    if (json.success === 0 || json.success === false) {
      throw new RevidError({
        message: `Revid rejected the render: ${providerMessage(json) ?? 'no reason given'}`,
        reason: 'bad_request',
        retryable: false,
        httpStatus: response.status,
      });
    }
    const pid = pickString(json.pid) ?? pickString(json.id);
    if (!pid) throw badResponse('render', response.status, 'no pid');
    return { pid };
  }

  /**
   * Reads a render's status. `ready` needs a `videoUrl`; `failed`/`error` (and `canceled`) are failures;
   * every other value, known or not, is `pending`. One GET, no retries.
   * @throws RevidError — `not_found` (not retryable) for an unknown pid.
   */
  async status(pid: string): Promise<RevidStatus> {
    if (typeof pid !== 'string' || !PID_PATTERN.test(pid)) throw new TypeError('Invalid Revid pid.');
    const path = `${REVID_STATUS_PATH}?pid=${encodeURIComponent(pid)}`;
    const { response, json } = await this.call('status', path, { method: 'GET' });
    if (json === undefined) throw badResponse('status', response.status, 'a body that is not JSON');
    return parseStatus(json);
  }

  private async call(
    operation: 'render' | 'status',
    path: string,
    init: { method: string; body?: string },
  ): Promise<{ response: HttpResponseLike; json: Record<string, unknown> | undefined }> {
    const key = await this.apiKey();
    const headers: Record<string, string> = {
      key,
      accept: 'application/json',
      'user-agent': this.userAgent,
    };
    if (init.body !== undefined) headers['content-type'] = 'application/json';

    let response: HttpResponseLike;
    let text: string;
    const signal = AbortSignal.timeout(this.timeoutMs);
    try {
      // The race keeps the deadline even if an injected fetch ignores the signal.
      ({ response, text } = await raceSignal((async () => {
        const res = await this.fetch(this.baseUrl + path, { ...init, headers, signal });
        return { response: res, text: await res.text() };
      })(), signal));
    } catch (err) {
      if (isAbortError(err) || signal.aborted) {
        throw new RevidError({
          message: `Revid ${operation} timed out after ${this.timeoutMs} ms.`,
          reason: 'timeout',
          retryable: true,
          cause: err,
        });
      }
      throw new RevidError({
        message: `Revid ${operation} failed before a response: ${(err as Error)?.message ?? 'network error'}.`,
        reason: 'network',
        retryable: isTransientFailure(err),
        cause: err,
      });
    }

    const json = parseJsonObject(text);
    if (response.status >= 200 && response.status < 300) return { response, json };
    throw httpError(operation, response, json, text);
  }
}

function parseStatus(json: Record<string, unknown>): RevidStatus {
  const rawStatus = pickString(json.status);
  const word = rawStatus?.toLowerCase();
  const result: RevidStatus = { state: 'pending' };
  if (rawStatus !== undefined) result.rawStatus = rawStatus;

  const progress = pickNumber(json.progress);
  if (progress !== undefined) result.progress = Math.min(100, Math.max(0, progress));
  const videoUrl = pickString(json.videoUrl);
  const thumbnailUrl = pickString(json.thumbnailUrl);
  const durationS = pickNumber(json.durationSeconds) ?? pickNumber(json.duration);
  const creditsUsed = pickNumber(json.creditsConsumed) ?? pickNumber(json.creditsUsed);
  if (creditsUsed !== undefined) result.creditsUsed = creditsUsed;

  if (word === 'ready' && videoUrl) {
    result.state = 'ready';
    result.videoUrl = videoUrl;
    result.progress = 100;
    if (thumbnailUrl) result.thumbnailUrl = thumbnailUrl;
    if (durationS !== undefined) result.durationS = durationS;
  } else if (word !== undefined && FAILED_STATES.has(word)) {
    result.state = 'failed';
    result.error = providerMessage(json) ?? `Revid reported status '${rawStatus}'.`;
  }
  // Anything else — `building`, `queued`, `rendering`, an unknown word, or `ready` still without a
  // videoUrl — is in progress: the caller keeps polling until its own deadline.
  return result;
}

function httpError(
  operation: string,
  response: HttpResponseLike,
  json: Record<string, unknown> | undefined,
  text: string,
): RevidError {
  const status = response.status;
  const said = providerMessage(json) ?? (json === undefined ? snippet(text) : undefined);
  const suffix = said ? `: ${said}` : '.';
  const retryAfterS = parseRetryAfter(response.headers.get('retry-after'));

  if (/insufficient[_ ]credits/i.test(said ?? '') || status === 402) {
    return new RevidError({
      message: `Revid ${operation} refused: the Revid account is out of credits (HTTP ${status})${suffix}`,
      reason: 'insufficient_credits',
      retryable: false,
      httpStatus: status,
    });
  }
  if (status === 429) {
    return new RevidError({
      message: `Revid ${operation} was rate limited (HTTP 429)${retryAfterS !== undefined ? `; retry after ${retryAfterS} s` : ''}.`,
      reason: 'rate_limited',
      retryable: true,
      httpStatus: status,
      ...(retryAfterS !== undefined ? { retryAfterS } : {}),
    });
  }
  if (isTransientStatus(status)) {
    return new RevidError({
      message: `Revid ${operation} failed with HTTP ${status}${suffix}`,
      reason: 'server_error',
      retryable: true,
      httpStatus: status,
      ...(retryAfterS !== undefined ? { retryAfterS } : {}),
    });
  }
  const table: Record<number, [RevidErrorReason, string]> = {
    400: ['bad_request', 'rejected the request as invalid'],
    401: ['unauthorized', 'rejected the API key (check the REVID API key secret)'],
    403: [
      'forbidden',
      /1010|cloudflare/i.test(text)
        ? 'was blocked by Cloudflare (error 1010: check the User-Agent)'
        : 'refused the request (feature not in the plan, or blocked)',
    ],
    404: ['not_found', 'does not know this render'],
    409: ['conflict', 'reported a project state conflict'],
    422: ['bad_request', 'could not process the request'],
  };
  const [reason, what] = table[status] ?? ['unexpected_status', 'answered with an unexpected status'];
  return new RevidError({
    message: `Revid ${operation} ${what} (HTTP ${status})${suffix}`,
    reason,
    retryable: false,
    httpStatus: status,
  });
}

function badResponse(operation: string, status: number, what: string): RevidError {
  // A garbled 2xx is most likely a proxy or transport glitch; let the worker retry.
  return new RevidError({
    message: `Revid ${operation} answered HTTP ${status} with ${what}.`,
    reason: 'bad_response',
    retryable: true,
    httpStatus: status,
  });
}

function parseJsonObject(text: string): Record<string, unknown> | undefined {
  if (!text) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function providerMessage(json: Record<string, unknown> | undefined): string | undefined {
  if (!json) return undefined;
  const raw = pickString(json.error) ?? pickString(json.message) ?? pickString((json.error as { message?: unknown })?.message);
  return raw === undefined ? undefined : snippet(raw);
}


/** A provider message fit for logs and errors: one line, bounded, URL query strings redacted
 * (an echoed webhookUrl would otherwise leak the job's capability token). */
function snippet(text: string): string | undefined {
  const flat = text
    .replace(/\s+/g, ' ')
    .replace(/(https?:\/\/[^\s?#"']*)\?[^\s"']*/gi, '$1?[redacted]')
    .trim();
  if (!flat) return undefined;
  return flat.length > MAX_PROVIDER_MESSAGE ? `${flat.slice(0, MAX_PROVIDER_MESSAGE)}…` : flat;
}

function pickString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function pickNumber(value: unknown): number | undefined {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
}

function assertHttpUrl(value: string, field: string): void {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new TypeError(`${field} must be an absolute URL.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new TypeError(`${field} must be http(s).`);
}
