import { open } from 'node:fs/promises';
import type { LanguageCode } from '../../languages.js';
import { RenderError } from './errors.js';
import { exitDescription, runTool } from './process.js';
import { ESPEAK_RATE_WPM } from '../../speaking-rate.js';
import { espeakInput } from './espeak-text.js';
import { LANGUAGE_PROFILES } from './voices.js';

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
   * @returns the duration of the written audio in seconds and, when the engine reports them, word timings.
   * @throws RenderError when the engine fails (transient).
   */
  synthesize(text: string, language: LanguageCode, outWavPath: string, signal?: AbortSignal): Promise<SpeechResult>;
}


/**
 * espeak-ng, the default engine (Debian package `espeak-ng`; voices per language in
 * {@link LANGUAGE_PROFILES}). The text goes through stdin as UTF-8 plain text (`-b 1`, no `-m`), so
 * neither SSML nor a leading '-' in user text is interpreted.
 */
export class EspeakTextToSpeech implements TextToSpeech {
  constructor(private readonly options: { rateWpm?: number; timeoutMs?: number } = {}) {}

  async synthesize(text: string, language: LanguageCode, outWavPath: string, signal?: AbortSignal): Promise<SpeechResult> {
    const voice = LANGUAGE_PROFILES[language].espeakVoice;
    const args = ['-v', voice, '-b', '1', '-s', String(this.options.rateWpm ?? ESPEAK_RATE_WPM), '-w', outWavPath, '--stdin'];
    const result = await runTool('espeak', args, { timeoutMs: this.options.timeoutMs ?? 30_000, signal, input: espeakInput(text, language) });
    if (result.code !== 0 || result.timedOut) {
      throw new RenderError(result.timedOut ? 'espeak-ng took too long.' : `espeak-ng failed (${exitDescription(result)}).`, result.stderr);
    }
    return { durationS: await wavDurationS(outWavPath) };
  }
}

/**
 * A WAV file (RIFF, PCM format 1) around raw signed 16-bit little-endian samples: what Polly's `pcm`
 * output is (mono, at the requested sample rate; Amazon Polly API Reference, SynthesizeSpeech).
 * @param pcm the samples (an odd trailing byte is dropped)
 * @param sampleRate samples per second
 */
export function pcm16ToWav(pcm: Uint8Array, sampleRate: number, channels = 1): Buffer {
  const dataBytes = pcm.length - (pcm.length % 2);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + dataBytes, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(channels, 22);
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * channels * 2, 28);
  header.writeUInt16LE(channels * 2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(dataBytes, 40);
  return Buffer.concat([header, pcm.subarray(0, dataBytes)]);
}

/**
 * Duration of a PCM WAV file in seconds, from its `fmt ` and `data` chunks. A streamed WAV whose data
 * size is a placeholder (0 or 0xFFFFFFFF) is measured from the file size instead.
 * @throws RenderError when the file is not a PCM WAV.
 */
export async function wavDurationS(path: string): Promise<number> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const head = Buffer.alloc(Math.min(size, 4096));
    await file.read(head, 0, head.length, 0);
    if (head.toString('ascii', 0, 4) !== 'RIFF' || head.toString('ascii', 8, 12) !== 'WAVE') throw new RenderError('The speech engine did not write a WAV file.');
    let offset = 12;
    let byteRate = 0;
    while (offset + 8 <= head.length) {
      const id = head.toString('ascii', offset, offset + 4);
      const length = head.readUInt32LE(offset + 4);
      if (id === 'fmt ') byteRate = head.readUInt32LE(offset + 16);
      if (id === 'data') {
        if (!byteRate) break;
        const available = size - offset - 8;
        const bytes = length === 0 || length === 0xffffffff || length > available ? available : length;
        return bytes / byteRate;
      }
      offset += 8 + length + (length % 2);
    }
    throw new RenderError('The speech engine wrote a WAV file without audio data.');
  } finally {
    await file.close();
  }
}
