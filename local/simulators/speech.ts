/**
 * LOCAL SIMULATORS of the narration's cloud speech providers (docs/voices.md "Local simulators"): Amazon
 * Polly's SynthesizeSpeech, Google Cloud Text-to-Speech's `text:synthesize` and Bhashini's ULCA TTS
 * pipeline, each on the provider's own request/response shapes, auth and error envelopes. They do not
 * have natural voices: every "voice" is espeak-ng in the request's language, and every response carries
 * `x-translation-simulator: <name>` (the shared simulator header), so the audio is clearly SIMULATED.
 *
 * - Polly and Google report word timings (speech marks, SSML-mark timepoints). To know exactly when each
 *   word is heard, they speak the line word by word with espeak-ng, trim each word's silence and join
 *   them with {@link WORD_GAP_S} (and {@link PUNCTUATION_GAP_S} after punctuation).
 * - Bhashini reports no timings (like the real IndicTTS), so it speaks the line in one espeak-ng run.
 *
 * Faults (status, times, latency, hang) are the shared ones of indictrans2.ts, per simulator, through the
 * handle or `POST /__sim/faults`: fail-over tests inject a 500 or a hang into one provider.
 */
import { LANGUAGE_PROFILES } from '../../lambdas/engines/speech/voices.js';
import { runTool } from '../../lambdas/engines/process/runner.js';
import { pcm16ToWav } from '../../lambdas/engines/speech/tts.js';
import { isLanguageCode, type LanguageCode } from '../../lambdas/domain/languages.js';
import { scriptWords } from '../../lambdas/engines/speech/words.js';
import { GOOGLE_VOICES } from '../../lambdas/engines/speech/google.js';
import { BHASHINI_TTS_LANGUAGES } from '../../lambdas/engines/speech/bhashini.js';
import { startSimulator, type FaultDecision, type SimReply, type SimulatorHandle, type SimulatorOptions } from './indictrans2.js';
import { verifySigV4, type SimulatorCredentials } from './sigv4.js';

/** Silence between words of the word-by-word simulated voice (seconds). */
export const WORD_GAP_S = 0.04;
/** Silence after a word followed by punctuation (seconds). */
export const PUNCTUATION_GAP_S = 0.22;

const BANNER = 'speech is espeak-ng (SIMULATED voice, not the real provider)';

/** espeak-ng speaking `text`, as signed 16-bit mono samples at `sampleRate`. */
async function espeakPcm(text: string, language: LanguageCode, sampleRate: number, speed = 1, female = false): Promise<Int16Array> {
  const voice = `${LANGUAGE_PROFILES[language].espeakVoice}${female ? '+f3' : ''}`;
  const wav = await runTool('espeak', ['-v', voice, '-b', '1', '-s', String(Math.round(160 * speed)), '--stdout', '--stdin'], { timeoutMs: 30_000, input: text });
  if (wav.code !== 0) throw new Error(`espeak-ng failed: ${wav.stderr}`);
  const pcm = await runTool('ffmpeg', ['-v', 'error', '-f', 'wav', '-i', 'pipe:0', '-ac', '1', '-ar', String(sampleRate), '-af', 'aresample=resampler=soxr', '-f', 's16le', 'pipe:1'], {
    timeoutMs: 30_000,
    input: wav.stdout,
  });
  if (pcm.code !== 0) throw new Error(`ffmpeg failed: ${pcm.stderr}`);
  return new Int16Array(pcm.stdout.buffer.slice(pcm.stdout.byteOffset, pcm.stdout.byteOffset + pcm.stdout.length - (pcm.stdout.length % 2)));
}

/** `samples` without leading and trailing silence (frames 40 dB below the peak). */
function trimSilence(samples: Int16Array): Int16Array {
  let peak = 1;
  for (const s of samples) peak = Math.max(peak, Math.abs(s));
  const floor = peak / 100;
  let a = 0;
  let b = samples.length;
  while (a < b && Math.abs(samples[a] as number) < floor) a++;
  while (b > a && Math.abs(samples[b - 1] as number) < floor) b--;
  return samples.subarray(Math.max(0, a - 40), Math.min(samples.length, b + 40));
}

/**
 * The word-by-word simulated voice: PCM of the whole line and the time each word of
 * {@link scriptWords} starts (seconds).
 */
export async function simulatedWordSpeech(
  text: string,
  language: LanguageCode,
  sampleRate: number,
  speed = 1,
  female = false,
): Promise<{ pcm: Buffer; words: Array<{ charStart: number; charEnd: number; word: string; startS: number }> }> {
  const words = scriptWords(text);
  const parts: Int16Array[] = [];
  const out: Array<{ charStart: number; charEnd: number; word: string; startS: number }> = [];
  let at = 0;
  const lead = Math.round(0.05 * sampleRate);
  parts.push(new Int16Array(lead));
  at += lead;
  for (const [i, w] of words.entries()) {
    const voiced = trimSilence(await espeakPcm(w.word, language, sampleRate, speed, female));
    out.push({ ...w, startS: at / sampleRate });
    parts.push(voiced);
    at += voiced.length;
    const next = words[i + 1];
    const between = text.slice(w.charEnd, next ? next.charStart : text.length);
    const gap = Math.round((/[\p{P}]/u.test(between) ? PUNCTUATION_GAP_S : WORD_GAP_S) * sampleRate);
    parts.push(new Int16Array(gap));
    at += gap;
  }
  const all = new Int16Array(at);
  let offset = 0;
  for (const p of parts) {
    all.set(p, offset);
    offset += p.length;
  }
  return { pcm: Buffer.from(all.buffer, all.byteOffset, all.byteLength), words: out };
}

// ---------------------------------------------------------------------------------------------------
// Amazon Polly: SynthesizeSpeech (REST-JSON, `POST /v1/speech`, SigV4 for the service `polly`).

const POLLY_VOICES: Record<string, LanguageCode> = { 'en-IN': 'en', 'hi-IN': 'hi' };

const pollyError = (status: number, type: string, message: string): SimReply => ({
  status,
  body: { message },
  headers: { 'content-type': 'application/json', 'x-amzn-errortype': type },
});

function pollyFault(decision: FaultDecision): SimReply | undefined {
  if (decision.status === undefined) return undefined;
  if (decision.status === 429) return pollyError(400, 'ThrottlingException', 'Rate exceeded');
  return pollyError(decision.status, 'ServiceFailureException', 'An unknown condition has caused a service failure.');
}

/**
 * SIMULATED Amazon Polly (SynthesizeSpeech only): Kajal (neural) in en-IN and hi-IN; `pcm` at 8000 or
 * 16000 Hz (raw signed 16-bit little-endian mono, `Content-Type: audio/pcm`) or `json` speech marks
 * (`SpeechMarkTypes: ["word"]`, newline-delimited `{"time","type":"word","start","end","value"}` with
 * `start`/`end` in UTF-8 bytes, `Content-Type: application/x-json-stream`); `x-amzn-RequestCharacters`;
 * errors as `{message}` with `x-amzn-ErrorType`. Requests must carry a valid SigV4 signature.
 */
export function startPollySimulator(options: SimulatorOptions & { credentials?: SimulatorCredentials } = {}): Promise<SimulatorHandle> {
  const credentials = options.credentials ?? { accessKeyId: process.env.AWS_ACCESS_KEY_ID ?? 'testing', secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY ?? 'testing' };
  return startSimulator(
    {
      name: 'polly',
      banner: BANNER,
      inferencePath: '/v1/speech',
      notFound: pollyError(404, 'UnknownOperationException', 'SIMULATED Polly speaks only SynthesizeSpeech'),
      routes: () => undefined,
      infer: async (request, decision) => {
        const refused = await verifySigV4({ ...request, body: request.raw }, { service: 'polly', credentials });
        if (refused) return pollyError(403, refused.type, refused.message);
        const fault = pollyFault(decision);
        if (fault) return fault;
        const b = (request.body ?? {}) as Record<string, unknown>;
        const language = POLLY_VOICES[String(b.LanguageCode ?? '')];
        if (b.VoiceId !== 'Kajal' || b.Engine !== 'neural' || !language) return pollyError(400, 'ValidationException', 'SIMULATED Polly has only Kajal (neural, en-IN/hi-IN)');
        const text = typeof b.Text === 'string' ? b.Text : '';
        if (text === '' || [...text].length > 3000) return pollyError(400, 'TextLengthExceededException', 'Maximum text length has been exceeded');
        if (b.TextType !== undefined && b.TextType !== 'text') return pollyError(400, 'ValidationException', 'SIMULATED Polly reads plain text only');
        const characters = { 'x-amzn-requestcharacters': String([...text].length) };
        if (b.OutputFormat === 'json') {
          const types = Array.isArray(b.SpeechMarkTypes) ? b.SpeechMarkTypes : [];
          if (!types.includes('word')) return pollyError(400, 'InvalidParameterValue', 'SpeechMarkTypes is required for json output');
          const { words } = await simulatedWordSpeech(text, language, 16_000, 1, true);
          const lines = words.map((w) =>
            JSON.stringify({
              time: Math.round(w.startS * 1000),
              type: 'word',
              start: Buffer.byteLength(text.slice(0, w.charStart), 'utf8'),
              end: Buffer.byteLength(text.slice(0, w.charEnd), 'utf8'),
              value: w.word,
            }),
          );
          return { status: 200, raw: Buffer.from(lines.map((l) => `${l}\n`).join(''), 'utf8'), headers: { 'content-type': 'application/x-json-stream', ...characters } };
        }
        if (b.OutputFormat !== 'pcm' || !['8000', '16000'].includes(String(b.SampleRate ?? ''))) {
          return pollyError(400, 'InvalidSampleRateException', 'SIMULATED Polly: pcm at 8000 or 16000 Hz, or json speech marks');
        }
        const { pcm } = await simulatedWordSpeech(text, language, Number(b.SampleRate), 1, true);
        return { status: 200, raw: pcm, headers: { 'content-type': 'audio/pcm', ...characters } };
      },
    },
    options,
  );
}

// ---------------------------------------------------------------------------------------------------
// Google Cloud Text-to-Speech: `POST /v1beta1/text:synthesize` (and v1), API key.

const googleError = (status: number, code: string, message: string): SimReply => ({ status, body: { error: { code: status, message, status: code } } });

/** SSML → plain text and the marks, each at the text index it precedes. Only `<speak>`, `<mark>` and entities. */
function readSsml(ssml: string): { text: string; marks: Array<{ name: string; index: number }> } | undefined {
  const inner = /^\s*<speak>([\s\S]*)<\/speak>\s*$/.exec(ssml)?.[1];
  if (inner === undefined) return undefined;
  const marks: Array<{ name: string; index: number }> = [];
  let text = '';
  for (const part of inner.split(/(<[^>]*>)/)) {
    const mark = /^<mark\s+name="([^"]*)"\s*\/>$/.exec(part);
    if (mark) marks.push({ name: mark[1] as string, index: text.length });
    else if (part.startsWith('<')) return undefined;
    else text += part.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e] as string);
  }
  return { text, marks };
}

/**
 * SIMULATED Google Cloud Text-to-Speech: the `-IN` voices of engines/speech/google.ts; `input.text` or
 * `input.ssml` (`<speak>` with `<mark name>` only); `audioConfig.audioEncoding` LINEAR16 (a WAV file,
 * base64 in `audioContent`) at `sampleRateHertz` (default 24000), `speakingRate` 0.25–4;
 * `enableTimePointing: ["SSML_MARK"]` (v1beta1) → `timepoints: [{markName, timeSeconds}]`. The key comes
 * as `X-Goog-Api-Key` or `?key=`; errors are Google's `{error:{code,message,status}}`.
 */
export function startGoogleTtsSimulator(options: SimulatorOptions = {}): Promise<SimulatorHandle> {
  return startSimulator(
    {
      name: 'google-tts',
      banner: BANNER,
      inferencePath: ['/v1beta1/text:synthesize', '/v1/text:synthesize'],
      notFound: googleError(404, 'NOT_FOUND', 'Not found'),
      routes: () => undefined,
      infer: async (request, decision) => {
        const key = String(request.headers['x-goog-api-key'] ?? new URL(request.url, 'http://sim').searchParams.get('key') ?? '');
        if (options.apiKey !== undefined && key !== options.apiKey) {
          return key === ''
            ? googleError(403, 'PERMISSION_DENIED', 'Method doesn\'t allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.')
            : googleError(400, 'INVALID_ARGUMENT', 'API key not valid. Please pass a valid API key.');
        }
        if (decision.status !== undefined) {
          return decision.status === 429
            ? googleError(429, 'RESOURCE_EXHAUSTED', 'Quota exceeded.')
            : googleError(decision.status, decision.status === 503 ? 'UNAVAILABLE' : 'INTERNAL', 'Internal error encountered.');
        }
        const b = (request.body ?? {}) as { input?: { text?: unknown; ssml?: unknown }; voice?: { languageCode?: unknown; name?: unknown }; audioConfig?: Record<string, unknown>; enableTimePointing?: unknown };
        const entry = Object.entries(GOOGLE_VOICES).find(([, v]) => v?.languageCode === b.voice?.languageCode);
        const language = entry?.[0];
        if (!entry || !language || !isLanguageCode(language)) return googleError(400, 'INVALID_ARGUMENT', `Language ${String(b.voice?.languageCode)} is not supported.`);
        const voices = entry[1] as { female: string; male: string };
        if (b.voice?.name !== undefined && b.voice.name !== voices.female && b.voice.name !== voices.male) {
          return googleError(400, 'INVALID_ARGUMENT', `Voice '${String(b.voice.name)}' does not exist. Is it misspelled?`);
        }
        const audio = b.audioConfig ?? {};
        if (audio.audioEncoding !== 'LINEAR16') return googleError(400, 'INVALID_ARGUMENT', 'SIMULATED Google TTS encodes LINEAR16 only.');
        const rate = Number(audio.sampleRateHertz ?? 24_000);
        const speed = Number(audio.speakingRate ?? 1);
        if (!(speed >= 0.25 && speed <= 4)) return googleError(400, 'INVALID_ARGUMENT', 'speakingRate must be between 0.25 and 4.0.');
        let text: string;
        let marks: Array<{ name: string; index: number }> = [];
        if (typeof b.input?.ssml === 'string') {
          const read = readSsml(b.input.ssml);
          if (!read) return googleError(400, 'INVALID_ARGUMENT', 'Invalid SSML.');
          ({ text, marks } = read);
        } else if (typeof b.input?.text === 'string') text = b.input.text;
        else return googleError(400, 'INVALID_ARGUMENT', 'Either `input.text` or `input.ssml` is required.');
        if (Buffer.byteLength(text, 'utf8') > 5000) return googleError(400, 'INVALID_ARGUMENT', 'Input size limit exceeded.');
        const spoken = await simulatedWordSpeech(text, language, rate, speed, b.voice?.name !== voices.male);
        const timePointing = Array.isArray(b.enableTimePointing) && b.enableTimePointing.includes('SSML_MARK') && request.url.startsWith('/v1beta1/');
        const timepoints = timePointing
          ? marks.map((m) => {
              const word = spoken.words.find((w) => w.charStart >= m.index) ?? spoken.words[spoken.words.length - 1];
              return { markName: m.name, timeSeconds: word ? word.startS : 0 };
            })
          : undefined;
        return {
          status: 200,
          body: {
            audioContent: pcm16ToWav(spoken.pcm, rate).toString('base64'),
            ...(timepoints ? { timepoints } : {}),
            audioConfig: { audioEncoding: 'LINEAR16', speakingRate: speed, sampleRateHertz: rate },
          },
        };
      },
    },
    options,
  );
}

// ---------------------------------------------------------------------------------------------------
// Bhashini ULCA pipeline, task `tts`: config (`getModelsPipeline`) and compute (the callback URL).

export const BHASHINI_TTS_CONFIG_PATH = '/ulca/apis/v0/model/getModelsPipeline';
export const BHASHINI_TTS_COMPUTE_PATH = '/services/inference/pipeline';

/** IndicTTS service ids by family (Dhruva's selection: dravidian for kn/ml/ta/te, misc for en, indo_aryan for the rest). */
export function indicTtsServiceId(language: LanguageCode): string {
  const family = ['kn', 'ml', 'ta', 'te'].includes(language) ? 'dravidian' : language === 'en' ? 'misc' : 'indo_aryan';
  return `ai4bharat/indic-tts-coqui-${family}-gpu--t4`;
}

export interface BhashiniTtsSimulatorOptions extends SimulatorOptions {
  /** The ULCA account (`userID`, `ulcaApiKey` headers of the config call); default `local-user` / `local-ulca-key`. */
  userID?: string;
  ulcaApiKey?: string;
  /** The inference key the config call hands out (default `local-inference-key`). */
  inferenceKey?: string;
}

/**
 * SIMULATED Bhashini TTS (docs/voices.md "Bhashini"): the two-step ULCA pipeline with `taskType: "tts"`.
 * Config checks `userID`/`ulcaApiKey` (401 otherwise) and answers the serviceId for the language and the
 * callback URL with its `Authorization` inference key; compute checks that key, `serviceId`, `gender`,
 * `samplingRate` and `audioFormat: "wav"`, and answers `pipelineResponse[0].audio[0].audioContent`
 * (base64 WAV at `samplingRate`). No word timings, like the real service.
 */
export function startBhashiniTtsSimulator(options: BhashiniTtsSimulatorOptions = {}): Promise<SimulatorHandle> {
  const userID = options.userID ?? 'local-user';
  const ulcaApiKey = options.ulcaApiKey ?? 'local-ulca-key';
  const inferenceKey = options.inferenceKey ?? 'local-inference-key';
  let base = '';
  const started = startSimulator(
    {
      name: 'bhashini-tts',
      banner: BANNER,
      inferencePath: [BHASHINI_TTS_CONFIG_PATH, BHASHINI_TTS_COMPUTE_PATH],
      notFound: { status: 404, body: { message: 'Not Found' } },
      routes: () => undefined,
      infer: async (request, decision) => {
        const path = request.url.split('?')[0];
        const fault = decision.status !== undefined ? { status: decision.status, body: { detail: { kind: 'DHRUVA-101', message: 'Request failed. Please try again.' } } } : undefined;
        if (path === BHASHINI_TTS_CONFIG_PATH) {
          if (fault) return fault;
          if (request.headers.userid !== userID || request.headers.ulcaapikey !== ulcaApiKey) return { status: 401, body: { message: 'Invalid userID or ulcaApiKey' } };
          const b = request.body as { pipelineTasks?: Array<{ taskType?: unknown; config?: { language?: { sourceLanguage?: unknown } } }> } | undefined;
          const task = b?.pipelineTasks?.[0];
          const language = task?.config?.language?.sourceLanguage;
          if (task?.taskType !== 'tts' || !isLanguageCode(language)) return { status: 400, body: { message: 'pipelineTasks[0] must be a tts task with a sourceLanguage' } };
          const configs = BHASHINI_TTS_LANGUAGES.has(language) ? [{ serviceId: indicTtsServiceId(language), modelId: 'sim', language: { sourceLanguage: language }, supportedVoices: ['male', 'female'] }] : [];
          return {
            status: 200,
            body: {
              languages: [{ sourceLanguage: language }],
              pipelineResponseConfig: [{ taskType: 'tts', config: configs }],
              pipelineInferenceAPIEndPoint: { callbackUrl: `${base}${BHASHINI_TTS_COMPUTE_PATH}`, inferenceApiKey: { name: 'Authorization', value: inferenceKey } },
            },
          };
        }
        if (request.headers.authorization !== inferenceKey) return { status: 401, body: { detail: { message: 'Not authenticated' } } };
        if (fault) return fault;
        const b = request.body as { pipelineTasks?: Array<{ taskType?: unknown; config?: Record<string, unknown> }>; inputData?: { input?: Array<{ source?: unknown }> } } | undefined;
        const config = b?.pipelineTasks?.[0]?.config ?? {};
        const language = (config.language as { sourceLanguage?: unknown } | undefined)?.sourceLanguage;
        const text = b?.inputData?.input?.[0]?.source;
        if (b?.pipelineTasks?.[0]?.taskType !== 'tts' || !isLanguageCode(language) || typeof text !== 'string' || text === '') {
          return { status: 422, body: { detail: [{ loc: ['body', 'pipelineTasks', 0], msg: 'a tts task with language and input text is required', type: 'value_error' }] } };
        }
        if (config.serviceId !== indicTtsServiceId(language) || !BHASHINI_TTS_LANGUAGES.has(language)) return { status: 400, body: { detail: { message: 'Invalid Service Id' } } };
        if (config.gender !== 'female' && config.gender !== 'male') return { status: 422, body: { detail: [{ loc: ['body', 'config', 'gender'], msg: 'gender must be male or female', type: 'value_error' }] } };
        if (config.audioFormat !== undefined && config.audioFormat !== 'wav') return { status: 400, body: { detail: { message: 'SIMULATED Bhashini answers wav only' } } };
        const rate = Number(config.samplingRate ?? 22_050);
        const pcm = await espeakPcm(text, language, rate, 1, config.gender === 'female');
        const audio = pcm16ToWav(Buffer.from(pcm.buffer, pcm.byteOffset, pcm.byteLength), rate).toString('base64');
        return {
          status: 200,
          body: { pipelineResponse: [{ taskType: 'tts', config: { audioFormat: 'wav', encoding: 'base64', samplingRate: rate, language: { sourceLanguage: language } }, audio: [{ audioContent: audio }] }] },
        };
      },
    },
    options,
  );
  return started.then((handle) => {
    base = handle.url;
    return handle;
  });
}
