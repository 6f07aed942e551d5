/**
 * The writer engine's public face (docs/architecture.md, "Layout"): re-exports only, no logic. Other
 * engines import this file, never the engine's other modules (eslint.config.js enforces it).
 */
export { BedrockWriter, type ConverseFn, type ConverseResponse } from './bedrock.js';
export { stripContactDetails } from './prompt.js';
export { assertAppropriateText } from './safety.js';
export { type PetClass, type RoastWriter, TEXT_MODES, type TextMode, WRITER_NAMES, type WriterName } from './types.js';
export * from './writer.js';
