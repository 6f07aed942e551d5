/**
 * `@pet-roast/protocol`: what the service and its SDKs must agree on, in one place (docs/architecture.md,
 * "Protocol"). The service imports it; the TypeScript SDK bundles it (tsup), so the SDK has no runtime
 * dependency on the service. Known-answer vectors: vectors/*.json (read by the TypeScript and Python tests).
 */
export * from './errors.js';
export * from './media.js';
export * from './retry-after.js';
export * from './webhooks.js';
