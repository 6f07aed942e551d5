import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pcm16ToWav, wavDurationS } from '../../../lambdas/engines/speech/tts.js';
import { SpeechService } from '../../../lambdas/engines/speech/service.js';
import { formatSpeechCoverage, parseSpeechRoutes, speechCoverage, speechRouteFor } from '../../../lambdas/engines/speech/routing.js';
import { SpeechProviderError, type SpeechProvider, type SpeechProviderName } from '../../../lambdas/engines/speech/types.js';
import { ProviderBreakers } from '../../../lambdas/engines/translation/breaker.js';

const work = mkdtempSync(path.join(tmpdir(), 'speech-service-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A provider that writes `seconds` of a 220 Hz tone per line, and fails on the lines listed in `failOn`. */
function fake(name: SpeechProviderName, opts: { failOn?: number[]; languages?: string[]; seconds?: number } = {}) {
  const calls: string[] = [];
  let line = 0;
  const provider: SpeechProvider = {
    name,
    nativeSpeed: name !== 'bhashini',
    voiceFor: (language, gender) => (!opts.languages || opts.languages.includes(language) ? `${name}-${gender}` : undefined),
    async synthesize(text, _language, out, { gender }) {
      calls.push(text);
      const index = line++;
      if (opts.failOn?.includes(index)) throw new SpeechProviderError(name, `${name} is down`, 'http_error', { status: 500 });
      const rate = 16_000;
      const samples = Buffer.alloc(Math.round((opts.seconds ?? 1) * rate) * 2);
      for (let i = 0; i < samples.length / 2; i++) samples.writeInt16LE(Math.round(8000 * Math.sin((2 * Math.PI * 220 * i) / rate)), i * 2);
      writeFileSync(out, pcm16ToWav(samples, rate));
      const durationS = opts.seconds ?? 1;
      return { durationS, words: [{ word: text, charStart: 0, charEnd: text.length, startS: 0, endS: durationS }], voice: `${name}-${gender}` };
    },
  };
  return { provider, calls };
}

const wavs = (n: number, tag: string) => Array.from({ length: n }, (_, i) => path.join(work, `${tag}-${i}.wav`));

describe('TTS_ROUTES', () => {
  it('parses a list, a JSON array and a per-language object; espeak-ng is appended as the last resort', () => {
    expect(parseSpeechRoutes(undefined).default).toEqual(['polly', 'bhashini', 'google', 'espeak']);
    expect(parseSpeechRoutes('google, bhashini').default).toEqual(['google', 'bhashini', 'espeak']);
    expect(parseSpeechRoutes('["espeak","google"]').default).toEqual(['espeak', 'google']);
    const table = parseSpeechRoutes('{"default":["bhashini"],"pa":["google"]}');
    expect(speechRouteFor(table, 'pa')).toEqual(['google', 'espeak']);
    expect(speechRouteFor(table, 'ta')).toEqual(['bhashini', 'espeak']);
  });

  it('refuses unknown providers and keys, naming the variable', () => {
    expect(() => parseSpeechRoutes('polly,azure')).toThrow(/TTS_ROUTES: unknown provider 'azure'/);
    expect(() => parseSpeechRoutes('{"xx":["polly"]}')).toThrow(/TTS_ROUTES: 'xx' is not 'default' or a language code/);
    expect(() => parseSpeechRoutes('{bad')).toThrow(/TTS_ROUTES: not valid JSON/);
  });

  it('with all three keys every one of the 13 languages has a natural voice first; with none, espeak-ng only', () => {
    const all = speechCoverage(['polly', 'bhashini', 'google'], parseSpeechRoutes(undefined));
    for (const row of all) expect(row.providers[0], row.language).not.toBe('espeak');
    expect(Object.fromEntries(all.map((r) => [r.language, r.providers[0]]))).toMatchObject({ en: 'polly', hi: 'polly', ta: 'bhashini', or: 'bhashini', as: 'bhashini', pa: 'google', ur: 'google' });
    expect(speechCoverage([], parseSpeechRoutes(undefined)).every((r) => r.providers.join() === 'espeak')).toBe(true);
    expect(formatSpeechCoverage(all).split('\n')).toHaveLength(13);
  });
});

describe('SpeechService: fail-over of the whole script', () => {
  it('a provider that fails half-way hands the WHOLE script to the next one (one voice per video)', async () => {
    const polly = fake('polly', { failOn: [1] });
    const espeak = fake('espeak');
    const failovers: string[] = [];
    const service = new SpeechService({ providers: [polly.provider, espeak.provider], routes: 'polly,espeak', onFailover: (a, b) => failovers.push(`${a}->${b}`), onSpoken: () => {} });
    const lines = ['first line', 'second line', 'third line'];
    const spoken = await service.speakScript(lines, 'en', wavs(3, 'half'));
    expect(polly.calls).toEqual(['first line', 'second line']);
    expect(espeak.calls).toEqual(lines); // from the first line again
    expect(spoken).toMatchObject({ provider: 'espeak', voice: 'espeak-female', language: 'en' });
    expect(spoken.attempted).toEqual([
      { provider: 'polly', outcome: 'failed', reason: 'http_error' },
      { provider: 'espeak', outcome: 'ok' },
    ]);
    expect(failovers).toEqual(['polly->espeak']);
    expect(spoken.lines.map((l) => l.words?.[0]?.word)).toEqual(lines);
  });

  it('skips providers without a voice for the language or gender', async () => {
    const polly = fake('polly', { languages: ['en', 'hi'] });
    const google = fake('google');
    const service = new SpeechService({ providers: [polly.provider, google.provider, fake('espeak').provider], onSpoken: () => {} });
    expect(service.candidates('pa').map((p) => p.name)).toEqual(['google', 'espeak']);
    expect((await service.speakScript(['ਸਤ ਸ੍ਰੀ ਅਕਾਲ'], 'pa', wavs(1, 'pa'))).provider).toBe('google');
    expect(polly.calls).toEqual([]);
  });

  it('the breaker opens after repeated failures: the provider is then skipped without a call', async () => {
    const google = fake('google', { failOn: [0, 1, 2, 3, 4, 5] });
    const breakers = new ProviderBreakers<SpeechProviderName>({ volumeThreshold: 3, resetTimeout: 60_000 }, 'speech');
    const service = new SpeechService({ providers: [google.provider, fake('espeak').provider], routes: 'google,espeak', breakers, onFailover: () => {}, onSpoken: () => {} });
    for (let i = 0; i < 3; i++) expect((await service.speakScript(['x'], 'hi', wavs(1, `b${i}`))).provider).toBe('espeak');
    expect(breakers.state('google')).toBe('open');
    const before = google.calls.length;
    const spoken = await service.speakScript(['y'], 'hi', wavs(1, 'b-open'));
    expect(google.calls.length).toBe(before);
    expect(spoken.attempted[0]).toEqual({ provider: 'google', outcome: 'skipped', reason: 'circuit_open' });
  });

  it('when every provider fails the render gets a transient error listing the attempts', async () => {
    const service = new SpeechService({ providers: [fake('google', { failOn: [0] }).provider, fake('espeak', { failOn: [0] }).provider], routes: 'google,espeak', onFailover: () => {}, onSpoken: () => {} });
    await expect(service.speakScript(['x'], 'hi', wavs(1, 'all'))).rejects.toThrow(/google: failed \(http_error\), espeak: failed \(http_error\)/);
  });

  it('speed: a provider without a rate control is time-stretched, its audio and word timings scaled by 1/speed', async () => {
    const bhashini = fake('bhashini', { seconds: 2 });
    const service = new SpeechService({ providers: [bhashini.provider, fake('espeak').provider], routes: 'bhashini', onSpoken: () => {} });
    const [out] = wavs(1, 'speed');
    const spoken = await service.speakScript(['tez'], 'hi', [out!], { voice: { speed: 1.25 } });
    const measured = await wavDurationS(out!);
    expect(measured).toBeCloseTo(2 / 1.25, 1);
    expect(spoken.lines[0]!.durationS).toBeCloseTo(measured, 6);
    expect(spoken.lines[0]!.words![0]!.endS).toBeCloseTo(1.6, 1);
  });
});
