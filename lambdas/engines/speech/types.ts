import type { LanguageCode } from '../../domain/languages.js';
import { MAX_VOICE_SPEED, MIN_VOICE_SPEED, SPEECH_PROVIDER_NAMES, type SpeechProviderName } from '../../domain/vocabulary.js';
import { SpeechError } from './errors.js';

/**
 * When one word of a spoken line is heard, relative to the start of that line's audio
 * (docs/renderer.md "Narration"). `charStart`/`charEnd` index the line's text in UTF-16 code units (JavaScript
 * string indexes), half-open, so `text.slice(charStart, charEnd)` is the word as written; a provider that reports
 * UTF-8 byte offsets (Amazon Polly speech marks) is converted before it gets here. Timings of a line are
 * monotonic (`startS` never decreases), inside the audio (0 ≤ startS ≤ endS ≤ duration) and cover every word.
 */
export interface WordTiming {
  /** The word as written in the line (`text.slice(charStart, charEnd)`). */
  word: string;
  charStart: number;
  charEnd: number;
  /** Seconds from the start of the line's audio. */
  startS: number;
  endS: number;
}

/** What a speech engine returns for one line. */
export interface SpeechResult {
  /** Duration of the written audio in seconds. */
  durationS: number;
  /** Word timings, when the engine has them (see {@link WordTiming}). */
  words?: WordTiming[];
}

/**
 * Text to speech for the narration: one call per caption line, so each line's duration is measured
 * and its caption timed to it (docs/renderer.md "Narration").
 */
export interface TextToSpeech {
  /**
   * Speaks `text` (already in `language`'s own script) into a WAV file (any sample rate, mono or stereo).
   * @returns the duration of the written audio in seconds, and the word timings when the engine has them.
   * @throws SpeechError when the engine fails (transient).
   */
  synthesize(text: string, language: LanguageCode, outWavPath: string, signal?: AbortSignal): Promise<SpeechResult>;
}

/** The speech providers' names and the `voice.speed` bounds: the API's vocabulary (lambdas/domain/vocabulary.ts; docs/voices.md). */
export { MAX_VOICE_SPEED, MIN_VOICE_SPEED, SPEECH_PROVIDER_NAMES, type SpeechProviderName };

/** True when `value` is one of {@link SPEECH_PROVIDER_NAMES}. */
export const isSpeechProviderName = (value: unknown): value is SpeechProviderName =>
  typeof value === 'string' && (SPEECH_PROVIDER_NAMES as readonly string[]).includes(value);

/** The caller's voice choice (`voice` on generate-video, docs/voices.md "Voice choice"). */
export interface VoicePreference {
  /** Default `female`: every natural voice on every route has a female voice (docs/voices.md). */
  gender?: 'female' | 'male';
  /** Speaking-rate factor, {@link MIN_VOICE_SPEED}–{@link MAX_VOICE_SPEED}; default 1. */
  speed?: number;
}

/** What one provider returns for one line: the audio's duration and word timings, plus the voice that spoke. */
export interface ProviderSpeech extends SpeechResult {
  /** The provider's own voice id (Polly `Kajal`, Google `hi-IN-Wavenet-A`, Bhashini's serviceId + gender, espeak-ng `hi`). */
  voice: string;
}

/**
 * Port: one speech back-end. `voiceFor` says, without a call, whether the provider has a voice for the
 * language and gender; `synthesize` speaks one line into a WAV file (any sample rate; the soundtrack stage
 * resamples) and returns its duration and, where the provider gives them, word timings (UTF-16 indexes of
 * `text`; docs/renderer.md "Narration"). Failures are {@link SpeechProviderError}s.
 */
export interface SpeechProvider {
  readonly name: SpeechProviderName;
  /** True when the back-end is a local simulator (reported as `narration.simulated`). */
  readonly simulated?: boolean;
  /** Whether `speed` is applied by the provider itself (otherwise the audio is time-stretched, engines/speech/service.ts). */
  readonly nativeSpeed?: boolean;
  /** The voice id the provider would use, or undefined when it has none for this language and gender. */
  voiceFor(language: LanguageCode, gender: 'female' | 'male'): string | undefined;
  synthesize(text: string, language: LanguageCode, outWavPath: string, options: SynthesizeOptions): Promise<ProviderSpeech>;
}

export interface SynthesizeOptions {
  gender: 'female' | 'male';
  /** Only for providers with {@link SpeechProvider.nativeSpeed}; 1 otherwise. */
  speed: number;
  signal?: AbortSignal;
}

/**
 * Why a provider could not speak (docs/voices.md "Fail-over"). `countsAgainstBreaker` is false for
 * failures that say nothing about the provider's health (the caller aborted); every other failure moves
 * the whole script on to the next provider on the route.
 */
export class SpeechProviderError extends SpeechError {
  constructor(
    readonly provider: SpeechProviderName,
    message: string,
    readonly reason: 'http_error' | 'timeout' | 'auth' | 'protocol' | 'no_voice' | 'engine',
    options?: { detail?: string; cause?: unknown; aborted?: boolean; status?: number },
  ) {
    super(message, options?.detail, { cause: options?.cause, aborted: options?.aborted });
    this.name = 'SpeechProviderError';
    this.status = options?.status;
  }
  /** HTTP status of the upstream answer, when there was one. */
  readonly status?: number;
}
