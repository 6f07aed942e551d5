/**
 * The translation engine's public face (docs/architecture.md, "Layout"): re-exports only, no logic. Other
 * engines import this file, never the engine's other modules (eslint.config.js enforces it).
 */
export { createAmazonTranslateProvider, type TranslateTextApi } from './amazon-translate.js';
export { BHASHINI_CONFIG_TTL_MS, BHASHINI_DEFAULT_PIPELINE_ID, type BhashiniCredentials, type BhashiniPipelineConfig, createBhashiniProvider, parseConfigResponse } from './bhashini.js';
export { type BreakerPolicy, CircuitOpenError, ProviderBreakers } from './breaker.js';
export { MemoryTranslationCache } from './cache.js';
export { createDhruvaProvider } from './dhruva.js';
export { baseUrl, postJson } from './http-json.js';
export { createIndicTrans2Provider } from './indictrans2.js';
export { classifyFailure, ProviderCallError, type RetryPolicy } from './retry.js';
export { createProviderRouter, parseNameList, type ProviderRouter } from './routing.js';
export { isScriptMismatch, translateText, type TranslateTextInput, TRANSLATION_BUDGET_MS } from './service.js';
export { type CachedTranslation, isProviderName, PROVIDER_NAMES, type ProviderName, type TranslationCache, type TranslationProvider } from './types.js';
export * from './translation.js';
