import type { LanguageCode } from '../../domain/languages.js';
import { mapLimit } from './http-json.js';
import { callWithRetry, retryPolicy, type RetryPolicy } from './retry.js';
import type { TranslationProvider } from './types.js';

/**
 * Languages Amazon Translate supports among ours (docs/reference/external-apis.md §6). Odia (`or`) and Assamese (`as`)
 * are not among them, so those pairs can never be routed here.
 */
export const AMAZON_TRANSLATE_LANGUAGES: ReadonlySet<LanguageCode> = new Set<LanguageCode>([
  'en', 'hi', 'bn', 'ta', 'te', 'ml', 'kn', 'gu', 'mr', 'pa', 'ur',
]);
/** Synchronous TranslateText accepts at most 10,000 UTF-8 bytes per request. */
export const AMAZON_TRANSLATE_MAX_BYTES = 10_000;

/**
 * The one TranslateText call, behind a function so the domain has no AWS SDK import; the adapter
 * (adapters/translation-providers.ts) implements it with `TranslateClient` + `TranslateTextCommand`.
 * It must reject with the SDK's error (its `$metadata.httpStatusCode` and `$retryable` drive retries).
 */
export type TranslateTextApi = (
  request: { Text: string; SourceLanguageCode: string; TargetLanguageCode: string },
  signal: AbortSignal,
) => Promise<string>;

export interface AmazonTranslateOptions {
  translateText: TranslateTextApi;
  retry?: Partial<RetryPolicy>;
  /** Parallel TranslateText calls for one request (default 2). */
  concurrency?: number;
  /** The endpoint is the local simulator (local/simulators/amazon-translate.ts): model `amazon-translate-simulator`, `simulated: true`. */
  simulated?: boolean;
}

export const amazonTranslateSupports = (source: LanguageCode, target: LanguageCode): boolean =>
  source !== target && AMAZON_TRANSLATE_LANGUAGES.has(source) && AMAZON_TRANSLATE_LANGUAGES.has(target);

/** Amazon Translate, one TranslateText call per chunk (it has no batch form for synchronous calls). */
export function createAmazonTranslateProvider(options: AmazonTranslateOptions): TranslationProvider {
  const policy = retryPolicy(options.retry);
  const simulated = options.simulated === true;
  return {
    name: 'amazon-translate',
    model: simulated ? 'amazon-translate-simulator' : 'amazon-translate',
    simulated,
    maxChunkBytes: AMAZON_TRANSLATE_MAX_BYTES,
    supports: amazonTranslateSupports,
    async translate(texts, source, target, signal) {
      return mapLimit(texts, options.concurrency ?? 2, (text) =>
        callWithRetry(
          'amazon-translate',
          (attemptSignal) => options.translateText({ Text: text, SourceLanguageCode: source, TargetLanguageCode: target }, attemptSignal),
          policy,
          signal,
        ),
      );
    },
  };
}
