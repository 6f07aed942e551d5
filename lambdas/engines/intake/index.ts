/**
 * The intake engine's public face (docs/architecture.md, "Layout"): re-exports only, no logic. Other
 * engines import this file, never the engine's other modules (eslint.config.js enforces it).
 */
export { COLOR_PROBE_FIELDS, type ProbedColor, sdrFilter } from './hdr.js';
export { decodeHeif } from './heif.js';
export { inspectImage, mapSharpError } from './image.js';
export { fetchMedia } from './media-fetch.js';
export { assertMusicUrl, fetchMusic } from './music-fetch.js';
export { decodeTolerantly, type FailOn, safeSharp, sharp } from './sharp-safe.js';
export { type ImageFormat, isImageSequence, sniff, type VideoFormat } from './sniff.js';
export { inputArgs } from './video-args.js';
export { type SampledVideo, sampleImageSequence, sampleVideoFrames } from './video-frames.js';
