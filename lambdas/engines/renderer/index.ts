/**
 * The renderer engine's public face (docs/architecture.md, "Layout"): re-exports only, no logic. Other
 * engines import this file, never the engine's other modules (eslint.config.js enforces it).
 */
export { CAPTION_STYLES, type CaptionStyle } from './captions.js';
export { MUSIC_TRACK_IDS } from './music.js';
export { BuiltinVideoProvider } from './video-provider.js';
export * from './renderer.js';
