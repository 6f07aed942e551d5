import { createHash } from 'node:crypto';
import type { LanguageCode } from '../../domain/languages.js';
import type { CachedTranslation, ProviderName, TranslationCache } from './types.js';

/** Cached translations live 30 days (docs/reference/spec.md §3.2). */
export const TRANSLATION_CACHE_TTL_SECONDS = 30 * 24 * 60 * 60;

/**
 * The cache key: hex sha256 over (provider, model, source, target, text), JSON-encoded so no two
 * tuples collide. The model is part of the key so that pointing a provider at a different model (or
 * replacing a simulator with the real server) never serves the old model's text.
 */
export function translationCacheKey(provider: ProviderName, model: string, source: LanguageCode, target: LanguageCode, text: string): string {
  return createHash('sha256').update(JSON.stringify(['v1', provider, model, source, target, text]), 'utf8').digest('hex');
}

/**
 * In-process cache with TTL and a size bound (oldest entries evicted first). Used by tests and by the
 * local runtime when no table is configured; in AWS the DynamoDB adapter is used.
 */
export class MemoryTranslationCache implements TranslationCache {
  private readonly entries = new Map<string, { value: CachedTranslation; expiresAt: number }>();

  constructor(
    private readonly clock: () => number = Date.now,
    private readonly maxEntries = 1000,
  ) {}

  async get(key: string): Promise<CachedTranslation | undefined> {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.clock()) {
      this.entries.delete(key);
      return undefined;
    }
    return { ...entry.value };
  }

  async put(key: string, value: CachedTranslation, ttlSeconds: number): Promise<void> {
    this.entries.delete(key);
    this.entries.set(key, { value: { ...value }, expiresAt: this.clock() + ttlSeconds * 1000 });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
