/**
 * The outbound engine's public face (docs/architecture.md, "Layout"): re-exports only, no logic. Other
 * engines import this file, never the engine's other modules (eslint.config.js enforces it).
 */
export * from './outbound.js';
