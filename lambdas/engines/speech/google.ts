import type { LanguageCode } from '../../domain/languages.js';
import type { HttpFetch } from '../outbound/index.js';
import { baseUrl } from '../translation/index.js';
import { escapeXml, postSpeechJson, writeBase64Wav } from './http.js';
import { SpeechProviderError, type SpeechProvider } from './types.js';
import { scriptWords, timingsForWords } from './words.js';

/** The public endpoint (docs/voices.md "Google Cloud Text-to-Speech"). */
export const GOOGLE_TTS_DEFAULT_URL = 'https://texttospeech.googleapis.com';
/** LINEAR16 at 24 kHz: WaveNet's native rate (the soundtrack stage resamples to 48 kHz). */
export const GOOGLE_TTS_SAMPLE_RATE = 24_000;

/**
 * Google's voices per language and gender (Cloud Text-to-Speech "Supported voices and languages": the
 * `-IN` WaveNet voices, A female and B male; Telugu has Standard voices only; no Odia or Assamese voice).
 */
export const GOOGLE_VOICES: Readonly<Partial<Record<LanguageCode, { languageCode: string; female: string; male: string }>>> = {
  en: { languageCode: 'en-IN', female: 'en-IN-Wavenet-A', male: 'en-IN-Wavenet-B' },
  hi: { languageCode: 'hi-IN', female: 'hi-IN-Wavenet-A', male: 'hi-IN-Wavenet-B' },
  bn: { languageCode: 'bn-IN', female: 'bn-IN-Wavenet-A', male: 'bn-IN-Wavenet-B' },
  ta: { languageCode: 'ta-IN', female: 'ta-IN-Wavenet-A', male: 'ta-IN-Wavenet-B' },
  te: { languageCode: 'te-IN', female: 'te-IN-Standard-A', male: 'te-IN-Standard-B' },
  ml: { languageCode: 'ml-IN', female: 'ml-IN-Wavenet-A', male: 'ml-IN-Wavenet-B' },
  kn: { languageCode: 'kn-IN', female: 'kn-IN-Wavenet-A', male: 'kn-IN-Wavenet-B' },
  gu: { languageCode: 'gu-IN', female: 'gu-IN-Wavenet-A', male: 'gu-IN-Wavenet-B' },
  mr: { languageCode: 'mr-IN', female: 'mr-IN-Wavenet-A', male: 'mr-IN-Wavenet-B' },
  pa: { languageCode: 'pa-IN', female: 'pa-IN-Wavenet-A', male: 'pa-IN-Wavenet-B' },
  ur: { languageCode: 'ur-IN', female: 'ur-IN-Wavenet-A', male: 'ur-IN-Wavenet-B' },
};

/**
 * The SSML sent for one line: the text, XML-escaped, with `<mark name="w{i}"/>` before the i-th word
 * ({@link scriptWords}), so each timepoint names the word it starts.
 */
export function googleSsml(text: string): string {
  let out = '<speak>';
  let at = 0;
  for (const [i, word] of scriptWords(text).entries()) {
    out += `${escapeXml(text.slice(at, word.charStart))}<mark name="w${i}"/>`;
    at = word.charStart;
  }
  return `${out}${escapeXml(text.slice(at))}</speak>`;
}

/** `text:synthesize`'s request body (v1beta1, for `enableTimePointing`). */
export function googleRequest(text: string, language: LanguageCode, gender: 'female' | 'male', speed: number): Record<string, unknown> {
  const voice = GOOGLE_VOICES[language];
  if (!voice) throw new SpeechProviderError('google', `Google has no voice for language '${language}'.`, 'no_voice');
  return {
    input: { ssml: googleSsml(text) },
    voice: { languageCode: voice.languageCode, name: voice[gender] },
    audioConfig: { audioEncoding: 'LINEAR16', sampleRateHertz: GOOGLE_TTS_SAMPLE_RATE, speakingRate: speed },
    enableTimePointing: ['SSML_MARK'],
  };
}

export interface GoogleSpeechOptions {
  /** Default {@link GOOGLE_TTS_DEFAULT_URL}. */
  url?: string;
  /** The API key (sent as `X-Goog-Api-Key`), read per call so a rotated secret is picked up. */
  apiKey: () => Promise<string>;
  fetch: HttpFetch;
  simulated?: boolean;
  timeoutMs?: number;
}

/**
 * Google Cloud Text-to-Speech over REST with an API key (docs/voices.md "Google Cloud Text-to-Speech"):
 * `POST {url}/v1beta1/text:synthesize`, LINEAR16 (a WAV file with header) at 24 kHz, speaking rate native,
 * word timings from the `timepoints` of the SSML marks ({@link googleSsml}).
 */
export function createGoogleSpeechProvider(options: GoogleSpeechOptions): SpeechProvider {
  const endpoint = `${baseUrl(options.url ?? GOOGLE_TTS_DEFAULT_URL, 'GOOGLE_TTS_URL')}/v1beta1/text:synthesize`;
  return {
    name: 'google',
    simulated: options.simulated === true,
    nativeSpeed: true,
    voiceFor: (language, gender) => GOOGLE_VOICES[language]?.[gender],
    async synthesize(text, language, outWavPath, { gender, speed, signal }) {
      const request = googleRequest(text, language, gender, speed);
      const body = (await postSpeechJson('google', options.fetch, endpoint, { 'x-goog-api-key': await options.apiKey() }, request, {
        timeoutMs: options.timeoutMs,
        signal,
      })) as { audioContent?: unknown; timepoints?: unknown };
      const durationS = await writeBase64Wav('google', body?.audioContent, outWavPath);
      const words = scriptWords(text);
      const points = Array.isArray(body.timepoints) ? body.timepoints : [];
      const spans = points.flatMap((p: { markName?: unknown; timeSeconds?: unknown }) => {
        const index = typeof p?.markName === 'string' ? /^w(\d+)$/.exec(p.markName)?.[1] : undefined;
        const word = index === undefined ? undefined : words[Number(index)];
        return word && typeof p.timeSeconds === 'number' ? [{ charStart: word.charStart, charEnd: word.charEnd, startS: p.timeSeconds }] : [];
      });
      return { durationS, words: timingsForWords(text, spans, durationS), voice: (request.voice as { name: string }).name };
    },
  };
}
