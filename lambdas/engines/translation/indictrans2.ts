import type { HttpFetch } from '../outbound/index.js';
import { isLanguageCode, type LanguageCode } from '../../domain/languages.js';
import { badShape, baseUrl, batches, mapLimit, postJson, warnIfUndeclaredSimulator } from './http-json.js';
import { callWithRetry, retryPolicy, type RetryPolicy } from './retry.js';
import type { TranslationProvider } from './types.js';

/** Triton's HTTP inference path for the `nmt` model (docs/reference/external-apis.md §4.3). */
export const INDICTRANS2_INFER_PATH = '/v2/models/nmt/versions/1/infer';

/**
 * Characters per row. The server splits each row into sentences, and CTranslate2 truncates a sentence
 * beyond 160 subword tokens (§4.4); 400 characters keeps even an unpunctuated run well inside that.
 */
export const INDICTRANS2_MAX_CHUNK_CHARS = 400;
/** Rows per request; the model's `max_batch_size` is 512, Dhruva sends at most 90. */
export const INDICTRANS2_MAX_ROWS = 64;

export interface IndicTrans2Options {
  /** Server root, e.g. `https://indictrans2.internal.example.com` (the path above is appended). */
  baseUrl: string;
  fetch: HttpFetch;
  /** Bearer token for a gateway in front of Triton (Triton itself ignores it); resolved per call. */
  apiKey?: () => Promise<string | undefined>;
  /** Reported as `provider_metadata.model`; default `indictrans2` or `indictrans2-simulator`. */
  model?: string;
  simulated?: boolean;
  retry?: Partial<RetryPolicy>;
  maxRows?: number;
  maxChunkChars?: number;
}

/** The KServe v2 JSON request: one row per text, the language tensors repeated per row, ISO codes. */
export function buildInferRequest(texts: readonly string[], source: LanguageCode, target: LanguageCode): Record<string, unknown> {
  const shape = [texts.length, 1];
  return {
    inputs: [
      { name: 'INPUT_TEXT', shape, datatype: 'BYTES', data: [...texts] },
      { name: 'INPUT_LANGUAGE_ID', shape, datatype: 'BYTES', data: texts.map(() => source) },
      { name: 'OUTPUT_LANGUAGE_ID', shape, datatype: 'BYTES', data: texts.map(() => target) },
    ],
    outputs: [{ name: 'OUTPUT_TEXT' }],
  };
}

/** `OUTPUT_TEXT` rows from an infer response; tolerates flat (`["a","b"]`) and nested (`[["a"],["b"]]`) data. */
export function parseInferResponse(body: unknown, expected: number): string[] {
  const outputs = (body as { outputs?: unknown })?.outputs;
  if (!Array.isArray(outputs)) throw badShape('no outputs in the infer response');
  const output = outputs.find((o) => (o as { name?: unknown })?.name === 'OUTPUT_TEXT') as { data?: unknown } | undefined;
  if (!output || !Array.isArray(output.data)) throw badShape('no OUTPUT_TEXT in the infer response');
  const rows = (output.data as unknown[]).flat(2);
  if (rows.length !== expected || !rows.every((r) => typeof r === 'string')) {
    throw badShape(`expected ${expected} OUTPUT_TEXT rows, got ${rows.length}`);
  }
  return rows as string[];
}

/** IndicTrans2 served by its own Triton server (`nmt`), over the KServe v2 HTTP/JSON protocol. */
export function createIndicTrans2Provider(options: IndicTrans2Options): TranslationProvider {
  const url = baseUrl(options.baseUrl, 'INDICTRANS2_URL') + INDICTRANS2_INFER_PATH;
  const policy = retryPolicy(options.retry);
  const maxRows = options.maxRows ?? INDICTRANS2_MAX_ROWS;
  const simulated = options.simulated === true;
  const provider: TranslationProvider = {
    name: 'indictrans2',
    model: options.model ?? (simulated ? 'indictrans2-simulator' : 'indictrans2'),
    simulated,
    maxChunkChars: options.maxChunkChars ?? INDICTRANS2_MAX_CHUNK_CHARS,
    // Every pair of our 13 languages: en-indic, indic-en, and indic-indic (pivoting via English if needed).
    supports: (source, target) => isLanguageCode(source) && isLanguageCode(target) && source !== target,
    async translate(texts, source, target, signal) {
      const results = await mapLimit(batches(texts, maxRows), 2, (batch) =>
        callWithRetry(
          'indictrans2',
          async (attemptSignal) => {
            const key = await options.apiKey?.();
            const headers: Record<string, string> = key ? { authorization: `Bearer ${key}` } : {};
            const { body, response } = await postJson(options.fetch, url, headers, buildInferRequest(batch, source, target), attemptSignal);
            warnIfUndeclaredSimulator('indictrans2', simulated, response);
            return parseInferResponse(body, batch.length);
          },
          policy,
          signal,
        ),
      );
      return results.flat();
    },
  };
  return provider;
}
