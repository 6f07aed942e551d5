import { AppError } from '../../domain/errors.js';
import type { HttpFetch } from '../outbound/index.js';
import { isLanguageCode, type LanguageCode } from '../../domain/languages.js';
import { badShape, batches, mapLimit, postJson, warnIfUndeclaredSimulator } from './http-json.js';
import { INDICTRANS2_MAX_CHUNK_CHARS } from './indictrans2.js';
import { callWithRetry, ProviderCallError, retryPolicy, type RetryPolicy } from './retry.js';
import type { TranslationProvider } from './types.js';

/** The MeitY pipeline id used by every known integration (docs/reference/external-apis.md §5.2). */
export const BHASHINI_DEFAULT_PIPELINE_ID = '64392f96daac500b55c543cd';
/** One integrator cached the config answer for 24 h; the answer is "slow but stable". */
export const BHASHINI_CONFIG_TTL_MS = 24 * 60 * 60 * 1000;
export const BHASHINI_MAX_ITEMS = 50;

/** The ULCA account credentials, stored as one JSON secret: `{"userID":"…","ulcaApiKey":"…"}`. */
export interface BhashiniCredentials {
  userID: string;
  ulcaApiKey: string;
  /** Optional override of the pipeline id. */
  pipelineId?: string;
}

/** What the config call tells us about one language pair. */
export interface BhashiniPipelineConfig {
  serviceId: string;
  callbackUrl: string;
  keyName: string;
  keyValue: string;
}

export interface BhashiniOptions {
  /** The full config URL, e.g. `https://meity-auth.ulcacontrib.org/ulca/apis/v0/model/getModelsPipeline`. */
  configUrl: string;
  fetch: HttpFetch;
  credentials: () => Promise<BhashiniCredentials>;
  pipelineId?: string;
  configTtlMs?: number;
  now?: () => number;
  model?: string;
  simulated?: boolean;
  retry?: Partial<RetryPolicy>;
  maxItems?: number;
}

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,64}$/;

/** Step 1's request body (§5.2). */
export function buildConfigRequest(source: LanguageCode, target: LanguageCode, pipelineId: string): Record<string, unknown> {
  return {
    pipelineTasks: [{ taskType: 'translation', config: { language: { sourceLanguage: source, targetLanguage: target } } }],
    pipelineRequestConfig: { pipelineId },
  };
}

/**
 * Reads serviceId, callbackUrl and the inference key from step 1's answer; ignores unknown keys. `taskType`
 * is the pipeline task whose serviceId is wanted (`translation` here; `tts` for the narration, engines/speech/bhashini.ts).
 */
export function parseConfigResponse(body: unknown, taskType = 'translation'): BhashiniPipelineConfig {
  const b = body as {
    pipelineResponseConfig?: Array<{ taskType?: unknown; config?: Array<{ serviceId?: unknown }> }>;
    pipelineInferenceAPIEndPoint?: { callbackUrl?: unknown; inferenceApiKey?: { name?: unknown; value?: unknown } };
  };
  const tasks = Array.isArray(b?.pipelineResponseConfig) ? b.pipelineResponseConfig : [];
  const task = tasks.find((t) => t?.taskType === taskType) ?? tasks[0];
  const serviceId = Array.isArray(task?.config) ? task.config[0]?.serviceId : undefined;
  const endpoint = b?.pipelineInferenceAPIEndPoint;
  const callbackUrl = endpoint?.callbackUrl;
  const keyName = endpoint?.inferenceApiKey?.name;
  const keyValue = endpoint?.inferenceApiKey?.value;
  if (typeof serviceId !== 'string' || !serviceId) throw badShape(`the pipeline config has no ${taskType} serviceId`);
  if (typeof callbackUrl !== 'string' || !/^https?:\/\//.test(callbackUrl)) throw badShape('the pipeline config has no usable callbackUrl');
  if (typeof keyName !== 'string' || !HEADER_NAME.test(keyName) || typeof keyValue !== 'string' || !keyValue) {
    throw badShape('the pipeline config has no inferenceApiKey');
  }
  return { serviceId, callbackUrl, keyName, keyValue };
}

/** Step 2's request body (§5.2). */
export function buildComputeRequest(texts: readonly string[], source: string, target: string, serviceId: string): Record<string, unknown> {
  return {
    pipelineTasks: [{ taskType: 'translation', config: { language: { sourceLanguage: source, targetLanguage: target }, serviceId } }],
    inputData: { input: texts.map((text) => ({ source: text })) },
  };
}

/** `pipelineResponse[translation].output[*].target`, one per input. */
export function parseComputeResponse(body: unknown, expected: number): string[] {
  const responses = (body as { pipelineResponse?: Array<{ taskType?: unknown; output?: unknown }> })?.pipelineResponse;
  if (!Array.isArray(responses)) throw badShape('no pipelineResponse');
  const task = responses.find((r) => r?.taskType === 'translation') ?? responses[0];
  const output = task?.output;
  if (!Array.isArray(output) || output.length !== expected) throw badShape(`expected ${expected} output items`);
  return output.map((item) => {
    const target = (item as { target?: unknown })?.target;
    if (typeof target !== 'string') throw badShape('an output item has no target text');
    return target;
  });
}

const isAuthFailure = (err: unknown): boolean => {
  const cause = err instanceof AppError ? err.cause : err;
  return cause instanceof ProviderCallError && (cause.status === 401 || cause.status === 403);
};

/**
 * Bhashini's official two-step ULCA pipeline. Step 1 (config: which service, where, with which key)
 * is cached in memory per language pair for `configTtlMs` (24 h), so a warm function makes only the
 * compute call. A 401/403 from the compute call with a cached config drops it and tries once more
 * with a fresh one (the inference key may have been rotated).
 */
export function createBhashiniProvider(options: BhashiniOptions): TranslationProvider & { clearConfigCache(): void } {
  const policy = retryPolicy(options.retry);
  const ttl = options.configTtlMs ?? BHASHINI_CONFIG_TTL_MS;
  const now = options.now ?? Date.now;
  const maxItems = options.maxItems ?? BHASHINI_MAX_ITEMS;
  const simulated = options.simulated === true;
  const configs = new Map<string, { expiresAt: number; config: Promise<BhashiniPipelineConfig> }>();

  const fetchConfig = (source: LanguageCode, target: LanguageCode, signal?: AbortSignal): Promise<BhashiniPipelineConfig> =>
    callWithRetry(
      'bhashini',
      async (attemptSignal) => {
        const credentials = await options.credentials();
        const pipelineId = options.pipelineId ?? credentials.pipelineId ?? BHASHINI_DEFAULT_PIPELINE_ID;
        const { body, response } = await postJson(
          options.fetch,
          options.configUrl,
          { userID: credentials.userID, ulcaApiKey: credentials.ulcaApiKey },
          buildConfigRequest(source, target, pipelineId),
          attemptSignal,
        );
        warnIfUndeclaredSimulator('bhashini', simulated, response);
        return parseConfigResponse(body);
      },
      policy,
      signal,
    );

  const configFor = (source: LanguageCode, target: LanguageCode, signal?: AbortSignal): { config: Promise<BhashiniPipelineConfig>; fresh: boolean } => {
    const pair = `${source}-${target}`;
    const hit = configs.get(pair);
    if (hit && hit.expiresAt > now()) return { config: hit.config, fresh: false };
    const config = fetchConfig(source, target, signal);
    const entry = { expiresAt: now() + ttl, config };
    configs.set(pair, entry);
    // A failed config call is not cached.
    config.catch(() => configs.get(pair) === entry && configs.delete(pair));
    return { config, fresh: true };
  };

  const compute = (config: BhashiniPipelineConfig, texts: string[], source: string, target: string, signal?: AbortSignal): Promise<string[]> =>
    callWithRetry(
      'bhashini',
      async (attemptSignal) => {
        const { body, response } = await postJson(
          options.fetch,
          config.callbackUrl,
          { [config.keyName]: config.keyValue },
          buildComputeRequest(texts, source, target, config.serviceId),
          attemptSignal,
        );
        warnIfUndeclaredSimulator('bhashini', simulated, response);
        return parseComputeResponse(body, texts.length);
      },
      policy,
      signal,
    );

  return {
    name: 'bhashini',
    model: options.model ?? (simulated ? 'bhashini-simulator' : `ulca-pipeline/${options.pipelineId ?? BHASHINI_DEFAULT_PIPELINE_ID}`),
    simulated,
    maxChunkChars: INDICTRANS2_MAX_CHUNK_CHARS,
    supports: (source, target) => isLanguageCode(source) && isLanguageCode(target) && source !== target,
    async translate(texts, source, target, signal) {
      const results = await mapLimit(batches(texts, maxItems), 2, async (batch) => {
        const { config, fresh } = configFor(source, target, signal);
        try {
          return await compute(await config, batch, source, target, signal);
        } catch (err) {
          if (fresh || !isAuthFailure(err)) throw err;
          configs.delete(`${source}-${target}`);
          return compute(await configFor(source, target, signal).config, batch, source, target, signal);
        }
      });
      return results.flat();
    },
    clearConfigCache: () => configs.clear(),
  };
}
