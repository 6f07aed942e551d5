import type { TranslateClient } from '@aws-sdk/client-translate';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { getConfig, type Config } from '../domain/config.js';
import type { HttpFetch } from '../engines/outbound/index.js';
import { createSafeFetch } from '../engines/outbound/index.js';
import type { SecretSource } from '../domain/ports.js';
import type { TranslateResponse } from '../domain/schemas/translate.js';
import { ProviderBreakers, type BreakerPolicy } from '../engines/translation/breaker.js';
import { MemoryTranslationCache } from '../engines/translation/cache.js';
import type { RetryPolicy } from '../engines/translation/retry.js';
import type { ProviderRouter } from '../engines/translation/routing.js';
import { translateText, type TranslateTextInput } from '../engines/translation/service.js';
import type { ProviderName, TranslationCache } from '../engines/translation/types.js';
import { DynamoTranslationCache } from './translation-cache.js';
import { dynamo, provide, secrets } from './composition.js';
import { buildTranslationRouter, newTranslateClient } from './translation-providers.js';

/** Largest provider response read (translations of ≤ 5,000 characters are a few tens of KB). */
const PROVIDER_MAX_RESPONSE_BYTES = 1024 * 1024;

/** The translation service as the HTTP handler and the render worker use it. */
export interface TranslationService {
  /** See `translateText` (engines/translation/service.ts): returns exactly docs/reference/spec.md §3.2's response body. */
  translate(request: TranslateTextInput, options?: { signal?: AbortSignal; budgetMs?: number }): Promise<TranslateResponse>;
  /** The routing table in use (for health checks and tests). */
  readonly router: ProviderRouter;
  /** The per-provider circuit breakers (one set per service instance, i.e. per process in AWS). */
  readonly breakers: ProviderBreakers;
}

export interface CreateTranslationServiceOptions {
  config?: Config;
  /** Default: the SSRF-safe client (OUTBOUND_ALLOWED_HOSTS lets local simulators through). */
  fetch?: HttpFetch;
  secrets?: SecretSource;
  /** Default: DynamoDB when JOBS_TABLE_NAME is set, else an in-process cache. `null` disables caching. */
  cache?: TranslationCache | null;
  /** Replaces the providers built from configuration. */
  router?: ProviderRouter;
  translateClient?: TranslateClient;
  /** Client of the DynamoDB cache (default: a new one). */
  documentClient?: DynamoDBDocumentClient;
  simulated?: readonly ProviderName[];
  retry?: Partial<RetryPolicy>;
  clock?: () => number;
  /** Circuit-breaker thresholds (default engines/translation/breaker.ts DEFAULT_BREAKER_POLICY). */
  breaker?: Partial<BreakerPolicy>;
}

/**
 * A translation service wired from configuration: providers from `config` + Secrets Manager
 * (adapters/translation-providers.ts) behind the TRANSLATION_ROUTES routing table with fail-over and
 * per-provider circuit breakers, the DynamoDB cache, and the SSRF-safe HTTP client. Every call builds a
 * new one; `translationService` below (built through the composition root) keeps the container's instance,
 * so warm invocations reuse clients, secret caches, breakers and Bhashini's config cache.
 * @throws Error at once when TRANSLATION_ROUTES is invalid
 */
export function createTranslationService(options: CreateTranslationServiceOptions = {}): TranslationService {
  const config = options.config ?? getConfig();
  const fetch = options.fetch ?? createSafeFetch({ maxBytes: PROVIDER_MAX_RESPONSE_BYTES, allowedHosts: config.OUTBOUND_ALLOWED_HOSTS });
  const router =
    options.router ??
    buildTranslationRouter({
      config,
      fetch,
      secrets: options.secrets,
      translateClient: options.translateClient,
      simulated: options.simulated,
      retry: options.retry,
    });
  const cache =
    options.cache === null
      ? undefined
      : (options.cache ?? (config.JOBS_TABLE_NAME ? new DynamoTranslationCache({ tableName: config.JOBS_TABLE_NAME, client: options.documentClient }) : new MemoryTranslationCache()));
  const breakers = new ProviderBreakers(options.breaker);
  return {
    router,
    breakers,
    translate: (request, callOptions = {}) =>
      translateText(request, { providers: router, cache, clock: options.clock, signal: callOptions.signal, budgetMs: callOptions.budgetMs, breakers }),
  };
}

/**
 * The container's translation service (part of the composition root, composition.ts): built once from
 * the configuration with the root's Secrets Manager source, Translate and DynamoDB clients.
 */
export const translationService = (): TranslationService =>
  provide('translation', (config) =>
    createTranslationService({
      config,
      secrets: secrets(),
      translateClient: provide('translate-client', () => newTranslateClient()),
      documentClient: dynamo(),
    }),
  );
