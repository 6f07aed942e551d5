import { errors } from '../errors.js';
import { isLanguageCode, LANGUAGES, type LanguageCode } from '../languages.js';
import { logger } from '../observability.js';
import type { TranslateResponse } from '../schemas/translate.js';
import { TRANSLATION_CACHE_TTL_SECONDS, translationCacheKey } from './cache.js';
import { chunksToTranslate, joinChunks, planChunks } from './chunking.js';
import { createProviderRouter, type ProviderRouter } from './routing.js';
import { findScriptMismatch, LANGUAGE_SCRIPT } from './scripts.js';
import type { CachedTranslation, TranslationCache, TranslationProvider } from './types.js';

/** What `translateText` accepts: the endpoint's validated body, or the render worker's narration request. */
export interface TranslateTextInput {
  text: string;
  source_lang: string;
  /** Default `en`. */
  target_lang?: string;
  /** Default `translation`, the only task. */
  task?: string;
}

export interface TranslationDeps {
  /** A router (routing table over the configured providers), or providers tried in array order. */
  providers: ProviderRouter | readonly TranslationProvider[];
  /** Omit to translate without caching. Cache failures are logged and never fail a translation. */
  cache?: TranslationCache;
  /** Milliseconds since the epoch (default `Date.now`), for `latency_ms`. */
  clock?: () => number;
  /** Default 30 days. */
  cacheTtlSeconds?: number;
  /** Aborts provider calls (e.g. when the Lambda is about to time out). */
  signal?: AbortSignal;
}

const isRouter = (p: TranslationDeps['providers']): p is ProviderRouter => !Array.isArray(p) && typeof (p as ProviderRouter).select === 'function';

async function cacheGet(cache: TranslationCache, key: string): Promise<CachedTranslation | undefined> {
  try {
    return await cache.get(key);
  } catch (err) {
    logger.warn('translation cache read failed; translating without it', { error: (err as Error).message });
    return undefined;
  }
}

async function cachePut(cache: TranslationCache, key: string, value: CachedTranslation, ttl: number): Promise<void> {
  try {
    await cache.put(key, value, ttl);
  } catch (err) {
    logger.warn('translation cache write failed', { error: (err as Error).message });
  }
}

function checkOutputs(provider: TranslationProvider, chunks: readonly string[], outputs: unknown, target: LanguageCode): string[] {
  if (!Array.isArray(outputs) || outputs.length !== chunks.length || !outputs.every((o) => typeof o === 'string' && o.trim() !== '')) {
    throw errors.translationProvider(provider.name, `Translation provider '${provider.name}' returned an incomplete translation.`);
  }
  const mismatch = findScriptMismatch(outputs as string[], target);
  if (mismatch !== undefined) {
    logger.warn('translation is not in the target script', { provider: provider.name, target, chunk: mismatch });
    throw errors.translationProvider(
      provider.name,
      `Translation provider '${provider.name}' returned text that is not in the ${LANGUAGE_SCRIPT[target]} script of ${LANGUAGES[target]} (it echoed the input or answered in another language).`,
    );
  }
  return outputs as string[];
}

/**
 * Translates `text` (SPEC 3.2) and returns exactly the endpoint's response body.
 *
 * - `task` other than `translation` → 400 `unsupported_task`; a language code outside SPEC §2 → 400
 *   `unsupported_language` naming the field (`source_lang` or `target_lang`).
 * - Same source and target: the text comes back unchanged with provider `none`, model `none`.
 * - Otherwise the routing table picks the provider (503 `provider_not_configured` if none fits); a cache
 *   hit answers with `cached: true` and calls no provider; a miss splits the text into chunks within the
 *   provider's limits, translates them in one (batched) provider call, checks every chunk is in the
 *   target's script (an English echo is a 502, never a translation), re-joins them and caches the result.
 * - Provider failures after retries are 502 `translation_provider_error` naming the provider.
 */
export async function translateText(input: TranslateTextInput, deps: TranslationDeps): Promise<TranslateResponse> {
  const clock = deps.clock ?? Date.now;
  const started = clock();
  const task = input.task ?? 'translation';
  if (task !== 'translation') throw errors.unsupportedTask(task);
  const source = input.source_lang;
  const target = input.target_lang ?? 'en';
  if (!isLanguageCode(source)) throw errors.unsupportedLanguage('source_lang', source);
  if (!isLanguageCode(target)) throw errors.unsupportedLanguage('target_lang', target);
  const base = { source_language: source, target_language: target, task: 'translation' as const };

  if (source === target) {
    return { translated_text: input.text, ...base, provider_metadata: { provider: 'none', model: 'none', latency_ms: 0, cached: false } };
  }

  const router = isRouter(deps.providers) ? deps.providers : createProviderRouter(deps.providers, { default: deps.providers.map((p) => p.name), pairs: new Map() });
  const provider = router.select(source, target);
  const simulated = provider.simulated ? { simulated: true as const } : {};
  const key = translationCacheKey(provider.name, provider.model, source, target, input.text);
  const metadata = (cached: boolean, model: string) => ({
    provider: provider.name,
    model,
    latency_ms: Math.max(0, Math.round(clock() - started)),
    cached,
    ...simulated,
  });

  const hit = deps.cache ? await cacheGet(deps.cache, key) : undefined;
  if (hit) {
    logger.info('translation served from cache', { provider: provider.name, source, target });
    return { translated_text: hit.translated_text, ...base, provider_metadata: metadata(true, hit.model) };
  }

  const parts = planChunks(input.text, { maxChars: provider.maxChunkChars, maxBytes: provider.maxChunkBytes });
  const chunks = chunksToTranslate(parts);
  let translated = input.text;
  if (chunks.length > 0) {
    const outputs = await provider.translate(chunks, source, target, deps.signal);
    translated = joinChunks(parts, checkOutputs(provider, chunks, outputs, target));
    if (deps.cache) {
      await cachePut(deps.cache, key, { translated_text: translated, provider: provider.name, model: provider.model }, deps.cacheTtlSeconds ?? TRANSLATION_CACHE_TTL_SECONDS);
    }
  }
  const response = { translated_text: translated, ...base, provider_metadata: metadata(false, provider.model) };
  logger.info('translated', { provider: provider.name, source, target, chunks: chunks.length, latency_ms: response.provider_metadata.latency_ms });
  return response;
}
