import type { LanguageCode } from '../languages.js';
import { RenderError } from '../providers/builtin/errors.js';
import type { SpeechResult } from '../providers/builtin/tts.js';

/**
 * The narration's speech (TTS) back-ends (docs/voices.md "Providers"): Amazon Polly (neural Kajal for
 * en/hi), Bhashini / AI4Bharat IndicTTS through the ULCA pipeline, Google Cloud Text-to-Speech, and
 * espeak-ng (offline, every language, always the last resort).
 */
export const SPEECH_PROVIDER_NAMES = ['polly', 'bhashini', 'google', 'espeak'] as const;
export type SpeechProviderName = (typeof SPEECH_PROVIDER_NAMES)[number];

export const isSpeechProviderName = (value: unknown): value is SpeechProviderName =>
  typeof value === 'string' && (SPEECH_PROVIDER_NAMES as readonly string[]).includes(value);

/** Speaking rate bounds of the API's `voice.speed` (1 = the voice's own rate). */
export const MIN_VOICE_SPEED = 0.8;
export const MAX_VOICE_SPEED = 1.25;

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
  /** Whether `speed` is applied by the provider itself (otherwise the audio is time-stretched, core/speech/service.ts). */
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
export class SpeechProviderError extends RenderError {
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
