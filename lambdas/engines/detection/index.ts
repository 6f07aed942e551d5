/**
 * The detection engine's public face (docs/architecture.md, "Layout"): re-exports only, no logic. Other
 * engines import this file, never the engine's other modules (eslint.config.js enforces it).
 */
export { checkPets } from './pet-check.js';
export * from './pet-model.js';
