import { writeFile } from 'node:fs/promises';
import { PollyClient, SynthesizeSpeechCommand, type PollyClientConfig, type SynthesizeSpeechCommandInput } from '@aws-sdk/client-polly';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { LanguageCode } from '../core/languages.js';
import { RenderError } from '../core/providers/builtin/errors.js';
import { EspeakTextToSpeech, LANGUAGE_PROFILES, LanguageRoutedTextToSpeech, pcm16ToWav, type TextToSpeech } from '../core/providers/builtin/index.js';

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

export class PollyTextToSpeech implements TextToSpeech {
  /** @param client a Polly client (its region decides where text is sent; endpoint from the SDK's configuration) */
  constructor(private readonly client: Pick<PollyClient, 'send'>) {}

  /**
   * @throws RenderError (transient) when Polly refuses or fails — the SDK has already retried throttling
   *   and 5xx — or has no voice for `language` (a wiring error: route through {@link pollyNarration}).
   */
  async synthesize(text: string, language: LanguageCode, outWavPath: string, signal?: AbortSignal): Promise<{ durationS: number }> {
    const voice = LANGUAGE_PROFILES[language].polly;
    if (!voice) throw new RenderError(`Amazon Polly has no voice for language '${language}'.`);
    const input: SynthesizeSpeechCommandInput = {
      Engine: voice.engine,
      VoiceId: voice.voiceId as SynthesizeSpeechCommandInput['VoiceId'],
      LanguageCode: voice.languageCode as SynthesizeSpeechCommandInput['LanguageCode'],
      OutputFormat: 'pcm',
      SampleRate: String(POLLY_PCM_SAMPLE_RATE),
      TextType: 'text',
      Text: text,
    };
    let pcm: Uint8Array;
    try {
      const response = await this.client.send(new SynthesizeSpeechCommand(input), { abortSignal: signal });
      if (!response.AudioStream) throw new Error('SynthesizeSpeech returned no AudioStream');
      pcm = await response.AudioStream.transformToByteArray();
    } catch (err) {
      const name = err instanceof Error ? err.name : 'Error';
      throw new RenderError(
        signal?.aborted ? 'The render was stopped.' : `Amazon Polly could not speak the narration (${name}).`,
        err instanceof Error ? err.message : String(err),
        { cause: err, aborted: signal?.aborted ?? false },
      );
    }
    await writeFile(outWavPath, pcm16ToWav(pcm, POLLY_PCM_SAMPLE_RATE));
    return { durationS: Math.floor(pcm.length / 2) / POLLY_PCM_SAMPLE_RATE };
  }
}

/** The `polly` narration engine: Polly where it has a voice for the language, espeak-ng elsewhere. */
export function pollyNarration(client: Pick<PollyClient, 'send'>, fallback: TextToSpeech = new EspeakTextToSpeech()): TextToSpeech {
  return new LanguageRoutedTextToSpeech(new PollyTextToSpeech(client), pollySpeaks, fallback);
}
