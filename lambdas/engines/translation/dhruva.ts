import type { HttpFetch } from '../outbound/index.js';
import { isLanguageCode } from '../../domain/languages.js';
import { badShape, baseUrl, batches, mapLimit, postJson, warnIfUndeclaredSimulator } from './http-json.js';
import { INDICTRANS2_MAX_CHUNK_CHARS } from './indictrans2.js';
import { callWithRetry, retryPolicy, type RetryPolicy } from './retry.js';
import type { TranslationProvider } from './types.js';

export const DHRUVA_TRANSLATION_PATH = '/services/inference/translation';
export const DHRUVA_DEFAULT_SERVICE_ID = 'ai4bharat/indictrans-v2-all-gpu--t4';
/** Items per request; Dhruva forwards at most 90 texts per Triton call (docs/reference/external-apis.md §4.5). */
export const DHRUVA_MAX_ITEMS = 50;

const SERVICE_ID = /^[A-Za-z0-9._/-]{1,200}$/;

export interface DhruvaOptions {
  /** e.g. `https://api.dhruva.ai4bharat.org` or `https://dhruva-api.bhashini.gov.in`. */
  baseUrl: string;
  fetch: HttpFetch;
  /** The raw API key, sent as `Authorization: <key>` (no "Bearer"); resolved per call. */
  apiKey?: () => Promise<string | undefined>;
  serviceId?: string;
  model?: string;
  simulated?: boolean;
  retry?: Partial<RetryPolicy>;
  maxItems?: number;
}

/** The documented request body (§5.1); script codes are left empty (each language's default script). */
export function buildDhruvaRequest(texts: readonly string[], source: string, target: string, serviceId: string): Record<string, unknown> {
  return {
    input: texts.map((text) => ({ source: text })),
    config: {
      language: { sourceLanguage: source, targetLanguage: target, sourceScriptCode: '', targetScriptCode: '' },
      serviceId,
    },
    controlConfig: { dataTracking: false },
  };
}

export function parseDhruvaResponse(body: unknown, expected: number): string[] {
  const output = (body as { output?: unknown })?.output;
  if (!Array.isArray(output) || output.length !== expected) throw badShape(`expected ${expected} output items`);
  return output.map((item) => {
    const target = (item as { target?: unknown })?.target;
    if (typeof target !== 'string') throw badShape('an output item has no target text');
    return target;
  });
}

/**
 * Dhruva's direct task endpoint (one call, docs/reference/external-apis.md §5.1). Note: for pa and ur the hosted
 * `indictrans-v2-all-gpu--t4` service has been seen answering `400 Invalid Service Id`; route those
 * pairs to `bhashini` with TRANSLATION_ROUTES when that happens (docs/translation.md).
 */
export function createDhruvaProvider(options: DhruvaOptions): TranslationProvider {
  const serviceId = options.serviceId ?? DHRUVA_DEFAULT_SERVICE_ID;
  if (!SERVICE_ID.test(serviceId)) throw new TypeError('Dhruva serviceId has unexpected characters.');
  // The service id is a path-like token; sent verbatim, as the documentation shows it.
  const url = `${baseUrl(options.baseUrl, 'DHRUVA_URL')}${DHRUVA_TRANSLATION_PATH}?serviceId=${serviceId}`;
  const policy = retryPolicy(options.retry);
  const maxItems = options.maxItems ?? DHRUVA_MAX_ITEMS;
  const simulated = options.simulated === true;
  return {
    name: 'dhruva',
    model: options.model ?? (simulated ? 'dhruva-simulator' : serviceId),
    simulated,
    maxChunkChars: INDICTRANS2_MAX_CHUNK_CHARS,
    supports: (source, target) => isLanguageCode(source) && isLanguageCode(target) && source !== target,
    async translate(texts, source, target, signal) {
      const results = await mapLimit(batches(texts, maxItems), 2, (batch) =>
        callWithRetry(
          'dhruva',
          async (attemptSignal) => {
            const key = await options.apiKey?.();
            const headers: Record<string, string> = { 'x-auth-source': 'API_KEY', ...(key ? { authorization: key } : {}) };
            const { body, response } = await postJson(
              options.fetch,
              url,
              headers,
              buildDhruvaRequest(batch, source, target, serviceId),
              attemptSignal,
            );
            warnIfUndeclaredSimulator('dhruva', simulated, response);
            return parseDhruvaResponse(body, batch.length);
          },
          policy,
          signal,
        ),
      );
      return results.flat();
    },
  };
}
