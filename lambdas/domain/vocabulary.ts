/**
 * The API's choice vocabulary on generate-video (docs/endpoints.md, docs/architecture.md "Layout"): the value
 * lists and bounds the request schemas (schemas/jobs.ts) validate against. They live in the domain so that the
 * API handlers validate a request without loading the engines that act on the choice (the renderer, the speech
 * providers and their process runner); each engine imports its list from here.
 */

/**
 * Who wrote a job's narration: `bedrock` (Amazon Bedrock Converse), `template` (the offline
 * phrasebook, also the fallback) or `verbatim` (`text_mode: "script"`: the caller's text as given)
 * (docs/writer.md).
 */
export const WRITER_NAMES = ['bedrock', 'template', 'verbatim'] as const;
export type WriterName = (typeof WRITER_NAMES)[number];

/** How `text` is used: `prompt` (an instruction; the service writes the roast) or `script` (narrated as given). */
export const TEXT_MODES = ['prompt', 'script'] as const;
export type TextMode = (typeof TEXT_MODES)[number];

/**
 * The narration's speech (TTS) back-ends (docs/voices.md "Providers"): Amazon Polly (neural Kajal for
 * en/hi), Bhashini / AI4Bharat IndicTTS through the ULCA pipeline, Google Cloud Text-to-Speech, and
 * espeak-ng (offline, every language, always the last resort).
 */
export const SPEECH_PROVIDER_NAMES = ['polly', 'bhashini', 'google', 'espeak'] as const;
export type SpeechProviderName = (typeof SPEECH_PROVIDER_NAMES)[number];

/** Speaking rate bounds of the API's `voice.speed`, a factor (1 = the voice's own rate; docs/voices.md "Voice choice"). */
export const MIN_VOICE_SPEED = 0.8;
export const MAX_VOICE_SPEED = 1.25;

/**
 * How the narration is captioned (`caption_style` of generate-video; docs/renderer.md "Captions"):
 * `karaoke` (default) shows the current phrase with the word being spoken highlighted, `phrase` the
 * phrase alone, `none` burns in nothing (the WebVTT subtitles are still written).
 */
export const CAPTION_STYLES = ['karaoke', 'phrase', 'none'] as const;
export type CaptionStyle = (typeof CAPTION_STYLES)[number];

/**
 * The built-in music tracks `music` accepts besides `auto` and `none` (docs/renderer.md "Music"). The renderer's
 * catalogue (engines/renderer/music.ts) is keyed by these ids, so the compiler holds the two in step.
 */
export const MUSIC_TRACK_IDS = ['sunny-bounce', 'royal-procession', 'lazy-sunday'] as const;
export type MusicTrackId = (typeof MUSIC_TRACK_IDS)[number];
