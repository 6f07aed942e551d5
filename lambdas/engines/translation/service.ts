import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { AppError, errors } from '../../domain/errors.js';
import { METRIC, METRIC_DIMENSION } from '../../domain/metric-names.js';
import { isLanguageCode, LANGUAGES, type LanguageCode } from '../../domain/languages.js';
import { logger, metrics } from '../../domain/observability.js';
import type { ProviderAttempt, ProviderMetadata, TranslateResponse } from '../../domain/schemas/translate.js';
import { CircuitOpenError, type ProviderBreakers } from './breaker.js';
import { TRANSLATION_CACHE_TTL_SECONDS, translationCacheKey } from './cache.js';
import { chunksToTranslate, joinChunks, planChunks } from './chunking.js';
import { createProviderRouter, type ProviderRouter } from './routing.js';
import { findScriptMismatch, LANGUAGE_SCRIPT } from '../../domain/scripts.js';
import { protectTokens, restoreTokens, withoutPlaceholders } from './placeholders.js';
import type { CachedTranslation, ProviderName, TranslationCache, TranslationProvider } from './types.js';

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
  /** Milliseconds since the epoch (default `Date.now`), for `latency_ms` and the time budget. */
  clock?: () => number;
  /** Default 30 days. */
  cacheTtlSeconds?: number;
  /** Aborts provider calls (e.g. when the Lambda is about to time out); no fail-over after it fires. */
  signal?: AbortSignal;
  /**
   * Time for all providers of one request together, in ms (default {@link TRANSLATION_BUDGET_MS}). Each
   * provider gets an equal share of what is left, so a hanging first provider leaves time for the next.
   */
  budgetMs?: number;
  /** Per-provider circuit breakers (adapters keep one per process). Omit to call providers unguarded. */
  breakers?: ProviderBreakers;
  /** Called once per fail-over, with the provider that failed (default: the `TranslationFailovers` metric). */
  onFailover?: (from: ProviderName, to: ProviderName) => void;
}

/**
 * Default time budget of one translation across fail-overs: below API Gateway's 29 s integration
 * timeout with room for the function's own work (docs/translation.md, "Fail-over").
 */
export const TRANSLATION_BUDGET_MS = 25_000;

/** Emits `TranslationFailovers` (count) with the `provider` dimension = the provider that failed. */
export function recordFailoverMetric(from: ProviderName): void {
  const single = metrics.singleMetric();
  single.addDimension(METRIC_DIMENSION.Provider, from);
  single.addMetric(METRIC.TranslationFailovers, MetricUnit.Count, 1);
}

const isRouter = (p: TranslationDeps['providers']): p is ProviderRouter => !Array.isArray(p) && typeof (p as ProviderRouter).candidates === 'function';

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

/**
 * The cause of the 502 for an answer in the wrong script: like a 5xx, it is the provider's fault and
 * another provider may do better, so it counts for fail-over and for the circuit breaker.
 */
export class ScriptMismatchFailure extends Error {
  readonly kind = 'script_mismatch';
  readonly retryable = true;
  constructor(readonly target: LanguageCode) {
    super(`not in the ${LANGUAGE_SCRIPT[target]} script`);
    this.name = 'ScriptMismatchFailure';
  }
}

/**
 * Why a provider failure allows fail-over, or `undefined` when it does not. Fail-over follows the
 * transience rule of the provider clients: a 502 `translation_provider_error` whose cause is retryable
 * (5xx, 408, timeout, network error, 429 after its retries) or a failed script check. A 4xx the provider
 * meant (bad key, unsupported pair), an unusable answer or a configuration error (503) is final.
 */
export function failoverReason(err: unknown): string | undefined {
  if (!(err instanceof AppError) || err.code !== 'translation_provider_error') return undefined;
  const cause = err.cause as { retryable?: unknown; kind?: unknown; status?: unknown } | undefined;
  if (cause?.retryable !== true) return undefined;
  const kind = typeof cause.kind === 'string' ? cause.kind : 'error';
  return kind === 'http' && typeof cause.status === 'number' ? `http_${cause.status}` : kind;
}

function checkOutputs(provider: TranslationProvider, chunks: readonly string[], outputs: unknown, target: LanguageCode): string[] {
  if (!Array.isArray(outputs) || outputs.length !== chunks.length || !outputs.every((o) => typeof o === 'string' && o.trim() !== '')) {
    throw errors.translationProvider(provider.name, `Translation provider '${provider.name}' returned an incomplete translation.`);
  }
  // Placeholders (protected URLs, handles, numbers…) are not evidence of the output's script.
  const mismatch = findScriptMismatch((outputs as string[]).map(withoutPlaceholders), target);
  if (mismatch !== undefined) {
    logger.warn('translation is not in the target script', { provider: provider.name, target, chunk: mismatch });
    throw errors.translationProvider(
      provider.name,
      `Translation provider '${provider.name}' returned text that is not in the ${LANGUAGE_SCRIPT[target]} script of ${LANGUAGES[target]} (it echoed the input or answered in another language).`,
      new ScriptMismatchFailure(target),
    );
  }
  return outputs as string[];
}

/**
 * True for a translation whose answer was not in the target script after every provider on the route
 * was tried: trying again gives the same answer, so the render worker fails the job with this
 * (translation) reason instead of retrying it as a video-provider outage (docs/translation.md).
 */
export function isScriptMismatch(err: unknown): boolean {
  return err instanceof AppError && err.code === 'translation_provider_error' && err.cause instanceof ScriptMismatchFailure;
}

type Attempt = ProviderAttempt;

/**
 * Translates `text` (docs/reference/spec.md §3.2) and returns exactly the endpoint's response body.
 *
 * - `task` other than `translation` → 400 `unsupported_task`; a language code outside docs/reference/spec.md §2 → 400
 *   `unsupported_language` naming the field (`source_lang` or `target_lang`).
 * - Same source and target: the text comes back unchanged with provider `none`, model `none`.
 * - Otherwise the routing table gives the pair's providers in order (503 `provider_not_configured`
 *   naming the setting to add if none fits). The cache is looked up under every one of them (first hit
 *   in route order answers with `cached: true`, so an answer a fail-over produced is reused). On a miss
 *   the text is split into chunks within the provider's limits, translated in one (batched) call,
 *   checked to be in the target's script (an English echo is a failure, never a translation), re-joined
 *   and cached under the provider that produced it.
 * - Fail-over: a retryable failure ({@link failoverReason}) moves on to the next provider on the route,
 *   within `budgetMs`; a provider whose circuit is open is skipped. `provider_metadata.failover` and
 *   `attempted` report it. When every provider fails: the last 502 `translation_provider_error`.
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
  const candidates = router.candidates(source, target);
  const latency = () => Math.max(0, Math.round(clock() - started));
  const metadata = (provider: TranslationProvider, model: string, cached: boolean, attempted: Attempt[]): ProviderMetadata => ({
    provider: provider.name,
    model,
    latency_ms: latency(),
    cached,
    ...(provider.simulated ? { simulated: true as const } : {}),
    failover: attempted.some((a) => a.outcome !== 'ok'),
    ...(attempted.length > 0 ? { attempted } : {}),
  });

  // The cache, under every provider of the route: the first hit in route order wins.
  const keys = candidates.map((p) => translationCacheKey(p.name, p.model, source, target, input.text));
  if (deps.cache) {
    const cache = deps.cache;
    const hits = await Promise.all(keys.map((key) => cacheGet(cache, key)));
    const index = hits.findIndex((hit) => hit !== undefined);
    if (index >= 0) {
      const hit = hits[index] as CachedTranslation;
      const provider = candidates[index] as TranslationProvider;
      logger.info('translation served from cache', { provider: provider.name, source, target });
      return { translated_text: hit.translated_text, ...base, provider_metadata: metadata(provider, hit.model, true, []) };
    }
  }

  const budgetMs = deps.budgetMs ?? TRANSLATION_BUDGET_MS;
  const onFailover = deps.onFailover ?? recordFailoverMetric;
  const attempted: Attempt[] = [];
  let lastFailure: { provider: ProviderName; error: AppError } | undefined;
  for (const [i, provider] of candidates.entries()) {
    if (deps.breakers && !deps.breakers.allows(provider.name)) {
      attempted.push({ provider: provider.name, outcome: 'skipped', reason: 'circuit_open' });
      continue;
    }
    const remaining = budgetMs - (clock() - started);
    if (deps.signal?.aborted || remaining <= 0) break;
    if (lastFailure) onFailover(lastFailure.provider, provider.name);
    const share = Math.max(1, Math.floor(remaining / (candidates.length - i)));
    const attempt = () => translateWith(provider, input.text, source, target, share, deps.signal);
    try {
      const translated = deps.breakers ? await deps.breakers.run(provider.name, attempt, (err) => failoverReason(err) !== undefined) : await attempt();
      attempted.push({ provider: provider.name, outcome: 'ok' });
      if (deps.cache && translated.called) {
        const value = { translated_text: translated.text, provider: provider.name, model: provider.model };
        await cachePut(deps.cache, keys[i] as string, value, deps.cacheTtlSeconds ?? TRANSLATION_CACHE_TTL_SECONDS);
      }
      // `attempted` only when more than the first provider was involved (a fail-over or a skipped circuit).
      const response = { translated_text: translated.text, ...base, provider_metadata: metadata(provider, provider.model, false, attempted.length > 1 ? attempted : []) };
      logger.info('translated', { provider: provider.name, source, target, failover: response.provider_metadata.failover, latency_ms: response.provider_metadata.latency_ms });
      return response;
    } catch (err) {
      if (err instanceof CircuitOpenError) {
        attempted.push({ provider: provider.name, outcome: 'skipped', reason: 'circuit_open' });
        continue;
      }
      const reason = failoverReason(err);
      if (reason === undefined || deps.signal?.aborted) throw withAttempts(err, attempted, provider.name, reason);
      attempted.push({ provider: provider.name, outcome: 'failed', reason });
      lastFailure = { provider: provider.name, error: err as AppError };
      logger.warn('translation provider failed; trying the next one on the route', { provider: provider.name, reason, source, target });
    }
  }
  if (lastFailure) throw withAttempts(lastFailure.error, attempted);
  // Nothing was called: every provider's circuit is open (or the budget was gone before the first call).
  const first = candidates[0] as TranslationProvider;
  const open = attempted.filter((a) => a.reason === 'circuit_open').map((a) => a.provider);
  throw withAttempts(
    errors.translationProvider(
      first.name,
      open.length > 0
        ? `Translation provider${open.length > 1 ? 's' : ''} ${open.map((n) => `'${n}'`).join(', ')} failed repeatedly and ${open.length > 1 ? 'are' : 'is'} paused (circuit open); retry in a few seconds.`
        : `Translation provider '${first.name}' was not called: the request ran out of time.`,
    ),
    attempted,
  );
}

/**
 * A final error with the route's attempts in its envelope (`detail.attempted`) when more than one
 * provider was involved; a single-provider failure keeps its plain `{provider}` detail.
 */
function withAttempts(err: unknown, attempted: Attempt[], current?: ProviderName, reason?: string): unknown {
  if (!(err instanceof AppError)) return err;
  const all = current ? [...attempted, { provider: current, outcome: 'failed' as const, ...(reason ? { reason } : {}) }] : attempted;
  if (all.length < 2) return err;
  return new AppError(err.status, err.code, err.message, { ...err.extra, attempted: all }, { cause: err.cause });
}

/** One provider's translation of the whole text within `shareMs` (chunked, batched, script-checked). */
async function translateWith(
  provider: TranslationProvider,
  text: string,
  source: LanguageCode,
  target: LanguageCode,
  shareMs: number,
  outer: AbortSignal | undefined,
): Promise<{ text: string; called: boolean }> {
  // URLs, e-mails, @handles, #hashtags and numbers never reach a provider (placeholders.ts).
  const guarded = protectTokens(text);
  const parts = planChunks(guarded.text, { maxChars: provider.maxChunkChars, maxBytes: provider.maxChunkBytes });
  const chunks = chunksToTranslate(parts);
  if (chunks.length === 0) return { text, called: false };
  const share = AbortSignal.timeout(shareMs);
  const signal = outer ? AbortSignal.any([outer, share]) : share;
  const outputs = await provider.translate(chunks, source, target, signal);
  return { text: restoreTokens(joinChunks(parts, checkOutputs(provider, chunks, outputs, target)), guarded.tokens), called: true };
}
