/**
 * Translation domain (docs/reference/spec.md §3.2, docs/reference/external-apis.md §4–§6, §8.3): provider clients, routing, chunking, script
 * validation, retries and the `translateText` service. No AWS SDK here: Amazon Translate comes in as a
 * function (adapters/translation-providers.ts), the cache as a port (adapters/translation-cache.ts).
 */
export * from './types.js';
export * from './service.js';
export * from './routing.js';
export * from './cache.js';
export * from './chunking.js';
export * from './retry.js';
export * from './breaker.js';
export { SIMULATOR_HEADER } from './http-json.js';
export * from './indictrans2.js';
export * from './dhruva.js';
export * from './bhashini.js';
export * from './amazon-translate.js';
