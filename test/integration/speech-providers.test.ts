import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPollySpeechProvider, pollyClient } from '../../lambdas/adapters/polly-tts.js';
import { wavDurationS } from '../../lambdas/engines/speech/tts.js';
import { createBhashiniSpeechProvider } from '../../lambdas/engines/speech/bhashini.js';
import { createGoogleSpeechProvider } from '../../lambdas/engines/speech/google.js';
import { SpeechProviderError, type SpeechProvider, type WordTiming } from '../../lambdas/engines/speech/types.js';
import { createEspeakSpeechProvider } from '../../lambdas/engines/speech/espeak.js';
import { SpeechService } from '../../lambdas/engines/speech/service.js';
import { scriptWords } from '../../lambdas/engines/speech/words.js';
import type { SimulatorHandle } from '../../local/simulators/indictrans2.js';
import { startBhashiniTtsSimulator, startGoogleTtsSimulator, startPollySimulator } from '../../local/simulators/speech.js';

/**
 * Contract tests of the speech providers against their SIMULATED endpoints (local/simulators/speech.ts,
 * docs/voices.md): request shape, auth, errors, timeouts, and the word timings each one reports.
 */

let work: string;
let google: SimulatorHandle;
let bhashini: SimulatorHandle;
let polly: SimulatorHandle;
const credentials = { accessKeyId: 'sim-key', secretAccessKey: 'sim-secret' };
const quiet = () => {};

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'speech-providers-'));
  [google, bhashini, polly] = await Promise.all([
    startGoogleTtsSimulator({ apiKey: 'g-key', log: quiet }),
    startBhashiniTtsSimulator({ log: quiet }),
    startPollySimulator({ credentials, log: quiet }),
  ]);
});
afterAll(async () => {
  await Promise.all([google?.close(), bhashini?.close(), polly?.close()]);
  rmSync(work, { recursive: true, force: true });
});

const out = (name: string) => path.join(work, `${name}.wav`);
const googleProvider = (key = 'g-key', timeoutMs?: number) =>
  createGoogleSpeechProvider({ url: google.url, apiKey: async () => key, fetch: (u, i) => fetch(u, i), simulated: true, timeoutMs });
const bhashiniProvider = (ulcaApiKey = 'local-ulca-key', timeoutMs?: number) =>
  createBhashiniSpeechProvider({
    timeoutMs,
    configUrl: `${bhashini.url}/ulca/apis/v0/model/getModelsPipeline`,
    fetch: (u, i) => fetch(u, i),
    credentials: async () => ({ userID: 'local-user', ulcaApiKey }),
    simulated: true,
  });
const pollyProvider = (creds = credentials, timeoutMs?: number) =>
  createPollySpeechProvider(pollyClient({ endpoint: polly.url, region: 'ap-south-1', credentials: creds, maxAttempts: 1 }), { simulated: true, timeoutMs });

/** Timings are monotonic, inside the audio and cover every word of the line, each on its own text. */
function expectWellFormed(text: string, words: WordTiming[] | undefined, durationS: number): void {
  expect(words).toBeDefined();
  expect(words!.map((w) => w.word)).toEqual(scriptWords(text).map((w) => w.word));
  let previous = 0;
  for (const w of words!) {
    expect(text.slice(w.charStart, w.charEnd)).toBe(w.word);
    expect(w.startS).toBeGreaterThanOrEqual(previous);
    expect(w.endS).toBeGreaterThanOrEqual(w.startS);
    expect(w.endS).toBeLessThanOrEqual(durationS + 1e-6);
    previous = w.startS;
  }
}

const hindi = 'तुम्हारा कुत्ता सोचता है कि सोफ़ा उसका सिंहासन है।';

describe('Google Cloud Text-to-Speech (simulated)', () => {
  it('sends v1beta1 text:synthesize with the API key header, SSML marks per word and LINEAR16; reads audio and timepoints', async () => {
    const provider = googleProvider();
    const spoken = await provider.synthesize('ਤੁਹਾਡਾ ਕੁੱਤਾ & ਸੋਫ਼ਾ!', 'pa', out('g-pa'), { gender: 'male', speed: 1.1 });
    const request = google.requests.at(-1)!;
    expect(request.url).toBe('/v1beta1/text:synthesize');
    expect(request.headers['x-goog-api-key']).toBe('g-key');
    expect(request.url).not.toContain('g-key');
    expect(request.body).toEqual({
      input: { ssml: '<speak><mark name="w0"/>ਤੁਹਾਡਾ <mark name="w1"/>ਕੁੱਤਾ &amp; <mark name="w2"/>ਸੋਫ਼ਾ!</speak>' },
      voice: { languageCode: 'pa-IN', name: 'pa-IN-Wavenet-B' },
      audioConfig: { audioEncoding: 'LINEAR16', sampleRateHertz: 24000, speakingRate: 1.1 },
      enableTimePointing: ['SSML_MARK'],
    });
    expect(spoken.voice).toBe('pa-IN-Wavenet-B');
    expect(await wavDurationS(out('g-pa'))).toBeCloseTo(spoken.durationS, 6);
    expect(readFileSync(out('g-pa')).readUInt32LE(24)).toBe(24000);
    expectWellFormed('ਤੁਹਾਡਾ ਕੁੱਤਾ & ਸੋਫ਼ਾ!', spoken.words, spoken.durationS);
    expect(spoken.words![1]!.startS).toBeGreaterThan(spoken.words![0]!.startS + 0.1);
  });

  it('has Urdu and Punjabi voices and none for Odia or Assamese', () => {
    const provider = googleProvider();
    expect(provider.voiceFor('ur', 'female')).toBe('ur-IN-Wavenet-A');
    expect(provider.voiceFor('pa', 'female')).toBe('pa-IN-Wavenet-A');
    expect(provider.voiceFor('or', 'female')).toBeUndefined();
    expect(provider.voiceFor('as', 'male')).toBeUndefined();
  });

  it('a wrong key is an auth failure; an upstream 500 an http_error; a hang a timeout', async () => {
    const wrong = await googleProvider('nope').synthesize('hello', 'en', out('g-auth'), { gender: 'female', speed: 1 }).catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(SpeechProviderError);
    expect(wrong).toMatchObject({ provider: 'google', status: 400, reason: 'http_error' });
    // No key at all: Google's 403 PERMISSION_DENIED, an auth failure.
    await expect(googleProvider('').synthesize('hello', 'en', out('g-nokey'), { gender: 'female', speed: 1 })).rejects.toMatchObject({ provider: 'google', status: 403, reason: 'auth' });
    google.faults.set({ status: 500, times: 1 });
    await expect(googleProvider().synthesize('hello', 'en', out('g-500'), { gender: 'female', speed: 1 })).rejects.toMatchObject({ reason: 'http_error', status: 500 });
    google.faults.set({ hang: true });
    try {
      const started = Date.now();
      await expect(googleProvider('g-key', 300).synthesize('hello', 'en', out('g-hang'), { gender: 'female', speed: 1 })).rejects.toMatchObject({ reason: 'timeout' });
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      google.faults.reset();
    }
  });
});

describe('Bhashini / IndicTTS through the ULCA pipeline (simulated)', () => {
  it('config (taskType tts) then compute with serviceId, gender, samplingRate, audioFormat; aligned word timings', async () => {
    const provider = bhashiniProvider();
    const before = bhashini.requests.length;
    const spoken = await provider.synthesize('உங்கள் நாய் சோபாவை தனது சிம்மாசனம் என்று நினைக்கிறது.', 'ta', out('b-ta'), { gender: 'female', speed: 1 });
    const [config, compute] = bhashini.requests.slice(before);
    expect(config!.headers).toMatchObject({ userid: 'local-user', ulcaapikey: 'local-ulca-key' });
    expect(config!.body).toEqual({
      pipelineTasks: [{ taskType: 'tts', config: { language: { sourceLanguage: 'ta' } } }],
      pipelineRequestConfig: { pipelineId: '64392f96daac500b55c543cd' },
    });
    expect(compute!.headers.authorization).toBe('local-inference-key');
    expect(compute!.body).toEqual({
      pipelineTasks: [
        {
          taskType: 'tts',
          config: { language: { sourceLanguage: 'ta' }, serviceId: 'ai4bharat/indic-tts-coqui-dravidian-gpu--t4', gender: 'female', samplingRate: 22050, audioFormat: 'wav' },
        },
      ],
      inputData: { input: [{ source: 'உங்கள் நாய் சோபாவை தனது சிம்மாசனம் என்று நினைக்கிறது.' }] },
    });
    expect(spoken.voice).toBe('ai4bharat/indic-tts-coqui-dravidian-gpu--t4 (female)');
    expect(spoken.durationS).toBeGreaterThan(1);
    expectWellFormed('உங்கள் நாய் சோபாவை தனது சிம்மாசனம் என்று நினைக்கிறது.', spoken.words, spoken.durationS);
    // The config is cached: a second line makes only the compute call.
    const n = bhashini.requests.length;
    await provider.synthesize('நாய்.', 'ta', out('b-ta2'), { gender: 'female', speed: 1 });
    expect(bhashini.requests.slice(n).map((r) => r.url)).toEqual(['/services/inference/pipeline']);
  });

  it('refused credentials are an auth failure; an upstream 500 an http_error', async () => {
    await expect(bhashiniProvider('wrong').synthesize('नमस्ते', 'hi', out('b-auth'), { gender: 'male', speed: 1 })).rejects.toMatchObject({ provider: 'bhashini', reason: 'auth', status: 401 });
    const provider = bhashiniProvider();
    bhashini.faults.set({ status: 500, times: 1 });
    await expect(provider.synthesize('नमस्ते', 'hi', out('b-500'), { gender: 'male', speed: 1 })).rejects.toMatchObject({ reason: 'http_error', status: 500 });
  });

  it('an inference key refused with a cached config: the config is fetched again once and the line is spoken', async () => {
    let stale = false;
    const provider = createBhashiniSpeechProvider({
      configUrl: `${bhashini.url}/ulca/apis/v0/model/getModelsPipeline`,
      // A rotated inference key: the next compute call carries the one cached before the rotation.
      fetch: (u, i) => {
        if (stale && String(u).endsWith('/services/inference/pipeline')) {
          stale = false;
          const headers = Object.entries(i?.headers as Record<string, string>).map(([k, v]) => [k, k.toLowerCase() === 'authorization' ? 'rotated-away' : v]);
          return fetch(u, { ...i, headers: Object.fromEntries(headers) as Record<string, string> });
        }
        return fetch(u, i);
      },
      credentials: async () => ({ userID: 'local-user', ulcaApiKey: 'local-ulca-key' }),
      simulated: true,
    });
    await provider.synthesize('नमस्ते', 'hi', out('b-key1'), { gender: 'female', speed: 1 });
    stale = true;
    const before = bhashini.requests.length;
    const spoken = await provider.synthesize('नमस्ते दोस्त', 'hi', out('b-key2'), { gender: 'female', speed: 1 });
    expect(bhashini.requests.slice(before).map((r) => [r.url, r.headers.authorization ?? null])).toEqual([
      ['/services/inference/pipeline', 'rotated-away'],
      ['/ulca/apis/v0/model/getModelsPipeline', null],
      ['/services/inference/pipeline', 'local-inference-key'],
    ]);
    expect(spoken.durationS).toBeGreaterThan(0.3);
  });

  it('a hanging pipeline is a timeout within the per-call deadline', async () => {
    bhashini.faults.set({ hang: true });
    try {
      const started = Date.now();
      await expect(bhashiniProvider('local-ulca-key', 300).synthesize('नमस्ते', 'hi', out('b-hang'), { gender: 'female', speed: 1 })).rejects.toMatchObject({
        provider: 'bhashini',
        reason: 'timeout',
      });
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      bhashini.faults.reset();
    }
  });
});

describe('Amazon Polly through the real SDK (simulated endpoint, SigV4 verified)', () => {
  it('speaks Kajal neural pcm and reads word speech marks whose UTF-8 byte offsets land on the Devanagari words', async () => {
    const provider: SpeechProvider = pollyProvider();
    const before = polly.requests.length;
    const spoken = await provider.synthesize(hindi, 'hi', out('p-hi'), { gender: 'female', speed: 1 });
    const [audio, marks] = polly.requests.slice(before).map((r) => r.body);
    expect(audio).toEqual({ Engine: 'neural', VoiceId: 'Kajal', LanguageCode: 'hi-IN', OutputFormat: 'pcm', SampleRate: '16000', TextType: 'text', Text: hindi });
    expect(marks).toEqual({ Engine: 'neural', VoiceId: 'Kajal', LanguageCode: 'hi-IN', OutputFormat: 'json', SpeechMarkTypes: ['word'], TextType: 'text', Text: hindi });
    expect(spoken.voice).toBe('Kajal');
    expectWellFormed(hindi, spoken.words, spoken.durationS);
    expect(spoken.words!.map((w) => w.word)).toEqual(['तुम्हारा', 'कुत्ता', 'सोचता', 'है', 'कि', 'सोफ़ा', 'उसका', 'सिंहासन', 'है']);
    expect(spoken.words![0]!.startS).toBeCloseTo(0.05, 2);
  });

  it('a wrong secret key is refused (SigV4) as an auth failure; no male voice', async () => {
    const err = await pollyProvider({ ...credentials, secretAccessKey: 'wrong' }).synthesize('hello', 'en', out('p-auth'), { gender: 'female', speed: 1 }).catch((e: unknown) => e);
    expect(err).toMatchObject({ provider: 'polly', reason: 'auth', status: 403 });
    expect(pollyProvider().voiceFor('en', 'male')).toBeUndefined();
  });
});

describe('a provider that stalls times out within its deadline and the script fails over to the next voice', () => {
  const cases: Array<{ name: 'polly' | 'google' | 'bhashini'; sim: () => SimulatorHandle; provider: (timeoutMs: number) => SpeechProvider; language: 'en' | 'hi' }> = [
    { name: 'polly', sim: () => polly, provider: (ms) => pollyProvider(credentials, ms), language: 'hi' },
    { name: 'google', sim: () => google, provider: (ms) => googleProvider('g-key', ms), language: 'hi' },
    { name: 'bhashini', sim: () => bhashini, provider: (ms) => bhashiniProvider('local-ulca-key', ms), language: 'hi' },
  ];
  for (const c of cases) {
    it(`${c.name}: a hang is a timeout after the configured deadline, and espeak-ng speaks the whole script`, async () => {
      const deadlineMs = 400;
      c.sim().faults.set({ hang: true });
      try {
        // The provider alone: a `timeout` failure, not before the deadline and well within a few of them.
        const started = Date.now();
        const err = await c.provider(deadlineMs).synthesize('नमस्ते', c.language, out(`${c.name}-hang`), { gender: 'female', speed: 1 }).catch((e: unknown) => e);
        const elapsed = Date.now() - started;
        expect(err).toBeInstanceOf(SpeechProviderError);
        expect(err).toMatchObject({ provider: c.name, reason: 'timeout' });
        expect(elapsed).toBeGreaterThanOrEqual(deadlineMs - 20);
        expect(elapsed).toBeLessThan(deadlineMs + 2500);
        // Through the speech port: the stalled provider is dropped and espeak-ng speaks every line.
        const failovers: string[] = [];
        const service = new SpeechService({ providers: [c.provider(deadlineMs), createEspeakSpeechProvider()], routes: `${c.name},espeak`, onFailover: (from, to) => failovers.push(`${from}->${to}`), onSpoken: () => {} });
        const t0 = Date.now();
        const spoken = await service.speakScript(['नमस्ते दोस्त।', 'कुत्ता सो रहा है।'], 'hi', [out(`${c.name}-fo-1`), out(`${c.name}-fo-2`)]);
        expect(Date.now() - t0).toBeLessThan(deadlineMs + 10_000);
        expect(spoken.provider).toBe('espeak');
        expect(spoken.attempted).toEqual([
          { provider: c.name, outcome: 'failed', reason: 'timeout' },
          { provider: 'espeak', outcome: 'ok' },
        ]);
        expect(failovers).toEqual([`${c.name}->espeak`]);
        expect(spoken.lines).toHaveLength(2);
        for (const [i, line] of spoken.lines.entries()) expect(await wavDurationS(out(`${c.name}-fo-${i + 1}`))).toBeCloseTo(line.durationS, 3);
      } finally {
        c.sim().faults.reset();
      }
    });
  }
});
