import { writeFile } from 'node:fs/promises';
import { PollyClient, SynthesizeSpeechCommand, type PollyClientConfig, type SynthesizeSpeechCommandInput } from '@aws-sdk/client-polly';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { LanguageCode } from '../domain/languages.js';
import { createEspeakSpeechProvider } from '../engines/speech/espeak.js';
import { SpeechService } from '../engines/speech/service.js';
import { pcm16ToWav } from '../engines/speech/tts.js';
import { SpeechProviderError, type SpeechProvider, type SpeechResult, type TextToSpeech, type WordTiming } from '../engines/speech/types.js';
import { LANGUAGE_PROFILES } from '../engines/speech/voices.js';
import { timingsForWords, utf8OffsetToIndex } from '../engines/speech/words.js';
import { alignWordsToAudio } from '../engines/speech/alignment.js';
import { SPEECH_CALL_TIMEOUT_MS } from '../engines/speech/http.js';
import { logger } from '../domain/observability.js';

/**
 * Amazon Polly as the built-in renderer's narration engine (`TTS_ENGINE=polly`, docs/renderer.md
 * "Narration"). One SynthesizeSpeech call per caption line, `pcm` output (signed 16-bit little-endian
 * mono) at 16 kHz — the highest rate Polly offers for PCM — wrapped into a WAV file; the soundtrack stage
 * resamples it to 48 kHz like espeak-ng's 22.05 kHz output. Plain text (`TextType: text`): user text
 * is never read as SSML. Voices per language: LANGUAGE_PROFILES[lang].polly.
 */

/** Polly's PCM sample rates are 8000 and 16000 Hz; 16 kHz keeps the voice's full band up to 8 kHz. */
export const POLLY_PCM_SAMPLE_RATE = 16_000;

/**
 * A Polly client over HTTP/1.1. The SDK's Polly client defaults to an HTTP/2 handler (for its
 * bidirectional streaming operation); SynthesizeSpeech is a plain REST call, and HTTP/1.1 also reaches
 * endpoints without TLS/ALPN such as the local emulator (AWS_ENDPOINT_URL). Endpoint, region and
 * credentials come from the SDK's configuration unless given.
 */
export function pollyClient(config: PollyClientConfig = {}): PollyClient {
  return new PollyClient({ requestHandler: new NodeHttpHandler({ requestTimeout: 20_000 }), ...config });
}

/** The language codes Polly speaks in this service (the rest go to espeak-ng). */
export const pollySpeaks = (language: LanguageCode): boolean => LANGUAGE_PROFILES[language].polly !== undefined;

/** One Polly speech mark (Amazon Polly Developer Guide, "Speech marks"): one JSON object per line. */
export interface PollySpeechMark {
  /** Milliseconds from the start of the audio. */
  time: number;
  type: string;
  /** UTF-8 BYTE offsets into the input text (not characters). */
  start: number;
  end: number;
  value: string;
}

/** Parses a speech-marks stream (newline-delimited JSON); lines that are not JSON objects are skipped. */
export function parseSpeechMarks(body: string): PollySpeechMark[] {
  return body.split('\n').flatMap((line) => {
    if (line.trim() === '') return [];
    try {
      const mark = JSON.parse(line) as PollySpeechMark;
      return typeof mark.time === 'number' && typeof mark.start === 'number' && typeof mark.end === 'number' ? [mark] : [];
    } catch {
      return [];
    }
  });
}

/**
 * Word timings of `text` from Polly `word` speech marks, their UTF-8 byte offsets converted to UTF-16
 * indexes (engines/speech/words.ts utf8OffsetToIndex) and fitted to the script's words.
 */
export function pollyWordTimings(text: string, marks: readonly PollySpeechMark[], durationS: number): WordTiming[] {
  const spans = marks
    .filter((m) => m.type === 'word')
    .map((m) => ({ charStart: utf8OffsetToIndex(text, m.start), charEnd: utf8OffsetToIndex(text, m.end), startS: m.time / 1000 }));
  return timingsForWords(text, spans, durationS);
}

export class PollyTextToSpeech implements TextToSpeech {
  /**
   * @param client a Polly client (its region decides where text is sent; endpoint from the SDK's configuration)
   * @param timeoutMs deadline of each SynthesizeSpeech call, the SDK's own retries included (ms; default
   *   the speech port's per-call deadline SPEECH_CALL_TIMEOUT_MS, docs/voices.md "Fail-over")
   */
  constructor(
    private readonly client: Pick<PollyClient, 'send'>,
    private readonly timeoutMs = SPEECH_CALL_TIMEOUT_MS,
  ) {}

  /**
   * Two SynthesizeSpeech calls with the same text and voice: `pcm` audio, then `json` word speech marks
   * (`SpeechMarkTypes: ["word"]`) for the word timings. Each call must answer within `timeoutMs`.
   * @throws SpeechProviderError (a transient SpeechError) when Polly refuses (`auth`), fails (`http_error`; the SDK has already
   *   retried throttling and 5xx), does not answer within the deadline (`timeout`), or has no voice for
   *   `language` (`no_voice`, a wiring error: route through {@link pollyNarration}).
   */
  async synthesize(text: string, language: LanguageCode, outWavPath: string, signal?: AbortSignal): Promise<SpeechResult & { voice: string }> {
    const voice = LANGUAGE_PROFILES[language].polly;
    if (!voice) throw new SpeechProviderError('polly', `Amazon Polly has no voice for language '${language}'.`, 'no_voice');
    const input: SynthesizeSpeechCommandInput = {
      Engine: voice.engine,
      VoiceId: voice.voiceId as SynthesizeSpeechCommandInput['VoiceId'],
      LanguageCode: voice.languageCode as SynthesizeSpeechCommandInput['LanguageCode'],
      OutputFormat: 'pcm',
      SampleRate: String(POLLY_PCM_SAMPLE_RATE),
      TextType: 'text',
      Text: text,
    };
    // The caller's signal (the render stopping) or the per-call deadline, whichever comes first.
    const callSignal = () => {
      const deadline = AbortSignal.timeout(this.timeoutMs);
      return { deadline, abortSignal: signal ? AbortSignal.any([signal, deadline]) : deadline };
    };
    let pcm: Uint8Array;
    const audioCall = callSignal();
    try {
      const response = await this.client.send(new SynthesizeSpeechCommand(input), { abortSignal: audioCall.abortSignal });
      if (!response.AudioStream) throw new Error('SynthesizeSpeech returned no AudioStream');
      pcm = await response.AudioStream.transformToByteArray();
    } catch (err) {
      const name = err instanceof Error ? err.name : 'Error';
      const status = (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
      const timedOut = !signal?.aborted && audioCall.deadline.aborted;
      throw new SpeechProviderError(
        'polly',
        signal?.aborted
          ? 'The render was stopped.'
          : timedOut
            ? `Amazon Polly did not answer within ${this.timeoutMs} ms.`
            : `Amazon Polly could not speak the narration (${name}).`,
        status === 401 || status === 403 ? 'auth' : timedOut ? 'timeout' : 'http_error',
        { detail: err instanceof Error ? err.message : String(err), cause: err, aborted: signal?.aborted ?? false, status },
      );
    }
    await writeFile(outWavPath, pcm16ToWav(pcm, POLLY_PCM_SAMPLE_RATE));
    const durationS = Math.floor(pcm.length / 2) / POLLY_PCM_SAMPLE_RATE;
    // The speech marks: same text and voice, `json` output. Should that call fail while the audio came, the
    // words are aligned to the audio instead (engines/speech/alignment.ts): the voice stays, the timings are estimated.
    const { SampleRate: _rate, ...markInput } = input;
    try {
      const marked = await this.client.send(new SynthesizeSpeechCommand({ ...markInput, OutputFormat: 'json', SpeechMarkTypes: ['word'] }), { abortSignal: callSignal().abortSignal });
      const marks = marked.AudioStream ? parseSpeechMarks(await marked.AudioStream.transformToString('utf-8')) : [];
      return { durationS, words: pollyWordTimings(text, marks, durationS), voice: voice.voiceId };
    } catch (err) {
      if (signal?.aborted) throw err;
      logger.warn('Amazon Polly speech marks failed; aligning the words to the audio instead', { error: err instanceof Error ? err.name : String(err) });
      return { durationS, words: await alignWordsToAudio(text, outWavPath, durationS, signal), voice: voice.voiceId };
    }
  }
}

/**
 * Amazon Polly as a speech provider (docs/voices.md "Amazon Polly"): Kajal (neural, female) for en-IN
 * and hi-IN; no male neural Indian voice, so a `male` request skips Polly. Speed by time-stretching.
 * `timeoutMs`: each call's deadline (default SPEECH_CALL_TIMEOUT_MS).
 */
export function createPollySpeechProvider(client: Pick<PollyClient, 'send'>, options: { simulated?: boolean; timeoutMs?: number } = {}): SpeechProvider {
  const tts = new PollyTextToSpeech(client, options.timeoutMs);
  return {
    name: 'polly',
    simulated: options.simulated === true,
    voiceFor: (language, gender) => (gender === 'female' ? LANGUAGE_PROFILES[language].polly?.voiceId : undefined),
    synthesize: (text, language, outWavPath, { signal }) => tts.synthesize(text, language, outWavPath, signal),
  };
}

/**
 * The `polly` narration engine on its own (no keys for the other providers): Polly where it has a voice
 * for the language, espeak-ng elsewhere and as the fail-over, through the speech service (whole-script rule).
 */
export function pollyNarration(client: Pick<PollyClient, 'send'>, options: { simulated?: boolean } = {}): SpeechService {
  return new SpeechService({ providers: [createPollySpeechProvider(client, options), createEspeakSpeechProvider()], routes: 'polly,espeak' });
}
