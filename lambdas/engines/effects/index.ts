/**
 * The effects engine's public face (docs/architecture.md, "Layout"): re-exports only, no logic. Other
 * engines import this file, never the engine's other modules (eslint.config.js enforces it).
 */
export { arCloudManifest, EFFECT_URL_TTL_S, type EffectAsset, type EffectAssetStore, MANIFEST_MAX_AGE_S } from './catalogue.js';
