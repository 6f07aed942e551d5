import type { LanguageCode } from '../../domain/languages.js';
import type { HttpFetch } from '../outbound/index.js';
import { BHASHINI_CONFIG_TTL_MS, BHASHINI_DEFAULT_PIPELINE_ID, parseConfigResponse, type BhashiniCredentials, type BhashiniPipelineConfig } from '../translation/index.js';
import { ProviderCallError } from '../translation/index.js';
import { alignWordsToAudio } from './alignment.js';
import { postSpeechJson, writeBase64Wav } from './http.js';
import { SpeechProviderError, type SpeechProvider } from './types.js';

/** The sampling rate asked of IndicTTS (its models are trained at 22.05 kHz; docs/voices.md "Bhashini"). */
export const BHASHINI_TTS_SAMPLING_RATE = 22_050;
/** Languages of AI4Bharat IndicTTS served through the ULCA pipeline (docs/voices.md). */
export const BHASHINI_TTS_LANGUAGES: ReadonlySet<LanguageCode> = new Set(['as', 'bn', 'gu', 'hi', 'kn', 'ml', 'mr', 'or', 'ta', 'te', 'en']);

/** Step 1's request body: `getModelsPipeline` with `taskType: "tts"` (docs/voices.md "Bhashini"). */
export function buildTtsConfigRequest(language: LanguageCode, pipelineId: string): Record<string, unknown> {
  return {
    pipelineTasks: [{ taskType: 'tts', config: { language: { sourceLanguage: language } } }],
    pipelineRequestConfig: { pipelineId },
  };
}

/** Step 2's request body: the inference call with the serviceId from step 1. */
export function buildTtsComputeRequest(text: string, language: LanguageCode, serviceId: string, gender: 'female' | 'male'): Record<string, unknown> {
  return {
    pipelineTasks: [
      {
        taskType: 'tts',
        config: { language: { sourceLanguage: language }, serviceId, gender, samplingRate: BHASHINI_TTS_SAMPLING_RATE, audioFormat: 'wav' },
      },
    ],
    inputData: { input: [{ source: text }] },
  };
}

/** `pipelineResponse[tts].audio[0].audioContent` (base64 WAV). */
export function parseTtsComputeResponse(body: unknown): string {
  const responses = (body as { pipelineResponse?: Array<{ taskType?: unknown; audio?: Array<{ audioContent?: unknown }> }> })?.pipelineResponse;
  const task = Array.isArray(responses) ? (responses.find((r) => r?.taskType === 'tts') ?? responses[0]) : undefined;
  const content = Array.isArray(task?.audio) ? task.audio[0]?.audioContent : undefined;
  if (typeof content !== 'string' || content === '') throw new SpeechProviderError('bhashini', 'Bhashini returned no audio.', 'protocol');
  return content;
}

export interface BhashiniSpeechOptions {
  /** `…/ulca/apis/v0/model/getModelsPipeline`. */
  configUrl: string;
  fetch: HttpFetch;
  /** The ULCA account, the same JSON secret as translation's (`{"userID","ulcaApiKey","pipelineId"?}`). */
  credentials: () => Promise<BhashiniCredentials>;
  pipelineId?: string;
  simulated?: boolean;
  timeoutMs?: number;
  now?: () => number;
}

/**
 * Bhashini / AI4Bharat IndicTTS through the ULCA pipeline (docs/voices.md "Bhashini"): step 1 (which
 * service, where, with which key) is cached per language for 24 h like translation's; step 2 speaks the
 * line. A 401/403 with a cached config drops it and tries once more with a fresh one. IndicTTS reports
 * no word timings: they come from aligning the words to the audio (engines/speech/alignment.ts). Speed is
 * applied by time-stretching (the pipeline has no rate parameter).
 */
export function createBhashiniSpeechProvider(options: BhashiniSpeechOptions): SpeechProvider {
  const now = options.now ?? Date.now;
  const configs = new Map<LanguageCode, { expiresAt: number; config: BhashiniPipelineConfig }>();

  const configFor = async (language: LanguageCode, signal?: AbortSignal): Promise<{ config: BhashiniPipelineConfig; fresh: boolean }> => {
    const hit = configs.get(language);
    if (hit && hit.expiresAt > now()) return { config: hit.config, fresh: false };
    const credentials = await options.credentials();
    const pipelineId = options.pipelineId ?? credentials.pipelineId ?? BHASHINI_DEFAULT_PIPELINE_ID;
    const body = await postSpeechJson(
      'bhashini',
      options.fetch,
      options.configUrl,
      { userID: credentials.userID, ulcaApiKey: credentials.ulcaApiKey },
      buildTtsConfigRequest(language, pipelineId),
      { timeoutMs: options.timeoutMs, signal },
    );
    let config: BhashiniPipelineConfig;
    try {
      config = parseConfigResponse(body, 'tts');
    } catch (err) {
      throw new SpeechProviderError('bhashini', 'Bhashini answered the pipeline config call without a usable TTS service.', 'protocol', {
        detail: err instanceof ProviderCallError ? err.message : String(err),
      });
    }
    configs.set(language, { expiresAt: now() + BHASHINI_CONFIG_TTL_MS, config });
    return { config, fresh: true };
  };

  const compute = (config: BhashiniPipelineConfig, text: string, language: LanguageCode, gender: 'female' | 'male', signal?: AbortSignal) =>
    postSpeechJson('bhashini', options.fetch, config.callbackUrl, { [config.keyName]: config.keyValue }, buildTtsComputeRequest(text, language, config.serviceId, gender), {
      timeoutMs: options.timeoutMs,
      signal,
    });

  return {
    name: 'bhashini',
    simulated: options.simulated === true,
    voiceFor: (language, gender) => (BHASHINI_TTS_LANGUAGES.has(language) ? gender : undefined),
    async synthesize(text, language, outWavPath, { gender, signal }) {
      let { config, fresh } = await configFor(language, signal);
      let body: unknown;
      try {
        body = await compute(config, text, language, gender, signal);
      } catch (err) {
        if (fresh || (err as SpeechProviderError).reason !== 'auth') throw err;
        configs.delete(language);
        ({ config, fresh } = await configFor(language, signal));
        body = await compute(config, text, language, gender, signal);
      }
      const durationS = await writeBase64Wav('bhashini', parseTtsComputeResponse(body), outWavPath);
      const words = await alignWordsToAudio(text, outWavPath, durationS, signal);
      return { durationS, words, voice: `${config.serviceId} (${gender})` };
    },
  };
}
