/**
 * The revid engine's public face (docs/architecture.md, "Layout"): re-exports only, no logic. Other
 * engines import this file, never the engine's other modules (eslint.config.js enforces it).
 */
export { RevidClient } from './client.js';
export { RevidVideoProvider } from './provider.js';
