import { rename } from 'node:fs/promises';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { LanguageCode } from '../../domain/languages.js';
import { METRIC, METRIC_DIMENSION } from '../../domain/metric-names.js';
import { logger, metrics } from '../../domain/observability.js';
import { SpeechError } from './errors.js';
import { runSpeechTool } from './tool.js';
import { wavDurationS } from './tts.js';
import { CircuitOpenError, type ProviderBreakers } from '../translation/index.js';
import { parseSpeechRoutes, SPEECH_PROVIDER_LANGUAGES, speechRouteFor, type SpeechRouteTable } from './routing.js';
import {
  MAX_VOICE_SPEED,
  MIN_VOICE_SPEED,
  SpeechProviderError,
  type SpeechProvider,
  type SpeechProviderName,
  type SpeechResult,
  type TextToSpeech,
  type VoicePreference,
  type WordTiming,
} from './types.js';

/** Shortest audio accepted for a line (s); less is a provider failure (the renderer's own floor, engines/renderer/renderer.ts). */
export const MIN_LINE_AUDIO_S = 0.05;

/** One provider's part in a narration (docs/voices.md "Fail-over"). */
export interface SpeechAttempt {
  provider: SpeechProviderName;
  outcome: 'ok' | 'failed' | 'skipped';
  /** `circuit_open`, or the failure's reason (`http_error`, `timeout`, `engine`, …). */
  reason?: string;
}

/** Who spoke a whole script, and what (the job's `narration`, docs/voices.md). */
export interface ScriptSpeech {
  language: LanguageCode;
  /** The provider that actually spoke, after any fail-over. */
  provider: SpeechProviderName;
  voice: string;
  /** True when that provider is a local simulator. */
  simulated: boolean;
  /** One result per line, in order; word timings relative to each line's audio. */
  lines: SpeechResult[];
  /** Every provider tried, in order (only the first when nothing failed). */
  attempted: SpeechAttempt[];
}

/** Speaks a whole script with one voice (docs/renderer.md "Narration"). */
export interface ScriptNarrator {
  /**
   * Speaks every line into `wavPaths[i]` with one provider: a provider that fails on any line is dropped
   * for the WHOLE script and the next one on the route starts again from the first line (one voice per
   * video). @throws SpeechError (transient) when every provider on the route failed.
   */
  speakScript(lines: readonly string[], language: LanguageCode, wavPaths: readonly string[], options?: { voice?: VoicePreference; signal?: AbortSignal }): Promise<ScriptSpeech>;
}

export interface SpeechServiceOptions {
  /** The configured providers (espeak-ng among them: it is every route's last resort). */
  providers: readonly SpeechProvider[];
  /** Parsed TTS_ROUTES, or its raw value (default: engines/speech/routing.ts DEFAULT_SPEECH_ROUTE). */
  routes?: SpeechRouteTable | string;
  /** One breaker per provider, kept for the process's life (engines/translation/breaker.ts). */
  breakers?: ProviderBreakers<SpeechProviderName>;
  /** Called on each fail-over (default: the `SpeechFailovers` metric). */
  onFailover?: (from: SpeechProviderName, to: SpeechProviderName) => void;
  /** Called once per spoken script (default: the `NarrationsSpoken` metric). */
  onSpoken?: (provider: SpeechProviderName) => void;
}

/** Emits `SpeechFailovers` with the failed provider as dimension. */
export function recordSpeechFailover(from: SpeechProviderName): void {
  const single = metrics.singleMetric();
  single.addDimension(METRIC_DIMENSION.Provider, from);
  single.addMetric(METRIC.SpeechFailovers, MetricUnit.Count, 1);
}

/** Emits `NarrationsSpoken` with the speaking provider as dimension. */
export function recordNarrationSpoken(provider: SpeechProviderName): void {
  const single = metrics.singleMetric();
  single.addDimension(METRIC_DIMENSION.Provider, provider);
  single.addMetric(METRIC.NarrationsSpoken, MetricUnit.Count, 1);
}

/**
 * The speech port's service (docs/voices.md): a route per language over the configured providers, a
 * breaker per provider, fail-over of the whole script, speed applied natively or by time-stretching.
 * It is also a per-line {@link TextToSpeech} (each call is a one-line script) for callers that speak
 * single lines.
 */
export class SpeechService implements ScriptNarrator, TextToSpeech {
  private readonly table: SpeechRouteTable;
  private readonly byName = new Map<SpeechProviderName, SpeechProvider>();

  constructor(private readonly options: SpeechServiceOptions) {
    this.table = typeof options.routes === 'object' ? options.routes : parseSpeechRoutes(options.routes);
    for (const provider of options.providers) if (!this.byName.has(provider.name)) this.byName.set(provider.name, provider);
  }

  /** The configured providers with a voice for `language` (and `gender`), in route order. */
  candidates(language: LanguageCode, gender?: 'female' | 'male'): SpeechProvider[] {
    const out: SpeechProvider[] = [];
    for (const name of speechRouteFor(this.table, language)) {
      const provider = this.byName.get(name);
      if (provider && SPEECH_PROVIDER_LANGUAGES[name].has(language) && provider.voiceFor(language, gender ?? 'female') !== undefined) out.push(provider);
    }
    return out;
  }

  async synthesize(text: string, language: LanguageCode, outWavPath: string, signal?: AbortSignal): Promise<SpeechResult> {
    const spoken = await this.speakScript([text], language, [outWavPath], { signal });
    return spoken.lines[0] as SpeechResult;
  }

  async speakScript(
    lines: readonly string[],
    language: LanguageCode,
    wavPaths: readonly string[],
    options: { voice?: VoicePreference; signal?: AbortSignal } = {},
  ): Promise<ScriptSpeech> {
    const { signal } = options;
    const gender = options.voice?.gender;
    const speed = Math.min(MAX_VOICE_SPEED, Math.max(MIN_VOICE_SPEED, options.voice?.speed ?? 1));
    const candidates = this.candidates(language, gender);
    if (candidates.length === 0) throw new SpeechError(`No speech provider has a ${gender ?? ''} voice for language '${language}'.`.replace('  ', ' '));
    const onFailover = this.options.onFailover ?? recordSpeechFailover;
    const attempted: SpeechAttempt[] = [];
    let lastFailure: { provider: SpeechProviderName; error: unknown } | undefined;
    for (const provider of candidates) {
      if (this.options.breakers && !this.options.breakers.allows(provider.name)) {
        attempted.push({ provider: provider.name, outcome: 'skipped', reason: 'circuit_open' });
        continue;
      }
      if (signal?.aborted) break;
      if (lastFailure) onFailover(lastFailure.provider, provider.name);
      const speak = () => this.speakAll(provider, lines, language, wavPaths, gender, speed, signal);
      try {
        const spoken = this.options.breakers ? await this.options.breakers.run(provider.name, speak, () => !signal?.aborted) : await speak();
        attempted.push({ provider: provider.name, outcome: 'ok' });
        (this.options.onSpoken ?? recordNarrationSpoken)(provider.name);
        logger.info('narration spoken', { provider: provider.name, voice: spoken.voice, language, failover: attempted.length > 1 });
        return { language, provider: provider.name, voice: spoken.voice, simulated: provider.simulated === true, lines: spoken.lines, attempted };
      } catch (err) {
        if (err instanceof CircuitOpenError) {
          attempted.push({ provider: provider.name, outcome: 'skipped', reason: 'circuit_open' });
          continue;
        }
        if (signal?.aborted) throw err;
        const reason = (err as { reason?: string }).reason ?? 'engine';
        attempted.push({ provider: provider.name, outcome: 'failed', reason });
        lastFailure = { provider: provider.name, error: err };
        logger.warn('speech provider failed; the whole script moves to the next provider on the route', {
          provider: provider.name,
          reason,
          language,
          error: (err as Error)?.message,
        });
      }
    }
    const summary = attempted.map((a) => `${a.provider}: ${a.outcome}${a.reason ? ` (${a.reason})` : ''}`).join(', ');
    throw new SpeechError(
      signal?.aborted ? 'The render was stopped.' : `No speech provider could speak the narration (${summary}).`,
      lastFailure ? String((lastFailure.error as Error)?.message ?? lastFailure.error) : undefined,
      { cause: lastFailure?.error, aborted: signal?.aborted ?? false },
    );
  }

  /** Every line with one provider; any failure rejects (the caller moves the whole script on). */
  private async speakAll(
    provider: SpeechProvider,
    lines: readonly string[],
    language: LanguageCode,
    wavPaths: readonly string[],
    gender: 'female' | 'male' | undefined,
    speed: number,
    signal: AbortSignal | undefined,
  ): Promise<{ voice: string; lines: SpeechResult[] }> {
    const out: SpeechResult[] = [];
    let voice = '';
    const stretch = speed !== 1 && !provider.nativeSpeed;
    for (const [i, line] of lines.entries()) {
      const path = wavPaths[i] as string;
      const spoken = await provider.synthesize(line, language, path, { gender: gender ?? 'female', speed: stretch ? 1 : speed, signal });
      voice = spoken.voice;
      // Near-empty audio is the provider's failure (the renderer would refuse the line): fail over.
      if (!(spoken.durationS > MIN_LINE_AUDIO_S)) throw new SpeechProviderError(provider.name, `Speech provider '${provider.name}' returned no audio for line ${i + 1}.`, 'engine');
      out.push(stretch ? await timeStretch(path, spoken, speed, signal) : { durationS: spoken.durationS, ...(spoken.words ? { words: spoken.words } : {}) });
    }
    return { voice, lines: out };
  }
}

/**
 * Changes the speaking rate of a WAV file in place by `speed` without changing its pitch (ffmpeg
 * `atempo`, WSOLA, valid 0.5–2; docs/voices.md "Voice choice"), and scales its word timings by 1/speed.
 */
export async function timeStretch(path: string, spoken: SpeechResult, speed: number, signal?: AbortSignal): Promise<SpeechResult> {
  const tmp = `${path}.tempo.wav`;
  const result = await runSpeechTool(
    'ffmpeg',
    ['-hide_banner', '-nostdin', '-y', '-v', 'error', '-i', `file:${path}`, '-af', `atempo=${speed.toFixed(4)}`, '-c:a', 'pcm_s16le', `file:${tmp}`],
    { timeoutMs: 30_000, signal },
  );
  if (result.code !== 0 || result.timedOut) throw new SpeechError('Changing the narration speed failed.', result.stderr);
  await rename(tmp, path);
  const durationS = await wavDurationS(path);
  const scale = (s: number) => Math.min(Math.floor(durationS * 1000) / 1000, Math.round((s / speed) * 1000) / 1000);
  const words: WordTiming[] | undefined = spoken.words?.map((w) => ({ ...w, startS: scale(w.startS), endS: scale(w.endS) }));
  return { durationS, ...(words ? { words } : {}) };
}
