import { ESPEAK_RATE_WPM } from '../../domain/speaking-rate.js';
import { EspeakTextToSpeech } from './tts.js';
import { LANGUAGE_PROFILES } from './voices.js';
import type { SpeechProvider } from './types.js';

/**
 * espeak-ng as a speech provider (docs/voices.md): offline, every language, the last resort of every
 * route. It has one voice per language (LANGUAGE_PROFILES[lang].espeakVoice) whatever the gender asked
 * for, and applies `speed` natively as words per minute (ESPEAK_RATE_WPM × speed). Word timings are
 * whatever EspeakTextToSpeech reports.
 */
export function createEspeakSpeechProvider(options: { timeoutMs?: number } = {}): SpeechProvider {
  return {
    name: 'espeak',
    nativeSpeed: true,
    voiceFor: (language) => LANGUAGE_PROFILES[language].espeakVoice,
    async synthesize(text, language, outWavPath, { speed, signal }) {
      const engine = new EspeakTextToSpeech({ rateWpm: Math.round(ESPEAK_RATE_WPM * speed), timeoutMs: options.timeoutMs });
      const spoken = await engine.synthesize(text, language, outWavPath, signal);
      return { ...spoken, voice: LANGUAGE_PROFILES[language].espeakVoice };
    },
  };
}
