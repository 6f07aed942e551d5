import type { LanguageCode } from '../../domain/languages.js';

/** The translation back-ends the service can route to (docs/reference/external-apis.md §4–§6). */
export const PROVIDER_NAMES = ['indictrans2', 'dhruva', 'bhashini', 'amazon-translate'] as const;
export type ProviderName = (typeof PROVIDER_NAMES)[number];

/** `none`: source and target are the same language, so the text was returned unchanged. */
export type MetadataProviderName = ProviderName | 'none';

export const isProviderName = (value: unknown): value is ProviderName =>
  typeof value === 'string' && (PROVIDER_NAMES as readonly string[]).includes(value);

/**
 * Port: one translation back-end. The service splits long text into chunks within the provider's
 * limits and calls `translate` once with all of them; the provider batches them into as few upstream
 * calls as its API allows, applies its own timeouts and retries, and returns exactly one output per
 * input, in order. Failures are thrown as `AppError` 502 `translation_provider_error` naming the
 * provider (see retry.ts); the message never contains a key.
 */
export interface TranslationProvider {
  readonly name: ProviderName;
  /** Model or service id reported in `provider_metadata.model` (e.g. `indictrans2-simulator`). */
  readonly model: string;
  /** True when the back-end is one of the local simulators (reported as `simulated: true`). */
  readonly simulated?: boolean;
  /** Largest text, in UTF-16 characters, to send as one item (row) of a request. */
  readonly maxChunkChars?: number;
  /** Largest text, in UTF-8 bytes, to send as one item of a request (Amazon Translate: 10,000). */
  readonly maxChunkBytes?: number;
  /** Whether the back-end can translate `source` → `target` (never called with source === target). */
  supports(source: LanguageCode, target: LanguageCode): boolean;
  translate(texts: string[], source: LanguageCode, target: LanguageCode, signal?: AbortSignal): Promise<string[]>;
}

/** What the cache stores for one (provider, model, source, target, text). */
export interface CachedTranslation {
  translated_text: string;
  provider: ProviderName;
  model: string;
}

/**
 * Port: translation cache (AWS: the DynamoDB table, `TR#<sha256>` items with a 30-day TTL).
 * `get` must treat an expired entry as absent even when the store has not deleted it yet.
 */
export interface TranslationCache {
  get(key: string): Promise<CachedTranslation | undefined>;
  put(key: string, value: CachedTranslation, ttlSeconds: number): Promise<void>;
}
