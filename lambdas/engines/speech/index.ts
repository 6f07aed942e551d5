/**
 * The speech engine's public face (docs/architecture.md, "Layout"): re-exports only, no logic. Other
 * engines import this file, never the engine's other modules (eslint.config.js enforces it).
 */
export { alignWordsToAudio } from './alignment.js';
export { createBhashiniSpeechProvider } from './bhashini.js';
export { SpeechError } from './errors.js';
export { createEspeakSpeechProvider } from './espeak.js';
export { createGoogleSpeechProvider } from './google.js';
export { SPEECH_CALL_TIMEOUT_MS } from './http.js';
export { nativeNames } from './latin-names.js';
export { formatSpeechCoverage, parseSpeechRoutes, speechCoverage } from './routing.js';
export { type ScriptNarrator, SpeechService } from './service.js';
export { EspeakTextToSpeech, pcm16ToWav } from './tts.js';
export { isSpeechProviderName, MAX_VOICE_SPEED, MIN_VOICE_SPEED, SPEECH_PROVIDER_NAMES, type SpeechProvider, SpeechProviderError, type SpeechProviderName, type SpeechResult, type TextToSpeech, type VoicePreference, type WordTiming } from './types.js';
export { LANGUAGE_PROFILES } from './voices.js';
export { timingsForWords, utf8OffsetToIndex } from './words.js';
