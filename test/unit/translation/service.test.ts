import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../lambdas/domain/errors.js';
import { LANGUAGE_CODES, type LanguageCode } from '../../../lambdas/domain/languages.js';
import { TranslateResponseSchema } from '../../../lambdas/domain/schemas/translate.js';
import { MemoryTranslationCache, TRANSLATION_CACHE_TTL_SECONDS, translationCacheKey } from '../../../lambdas/engines/translation/cache.js';
import { createIndicTrans2Provider } from '../../../lambdas/engines/translation/indictrans2.js';
import { translateText, type TranslationDeps } from '../../../lambdas/engines/translation/service.js';
import type { TranslationCache, TranslationProvider } from '../../../lambdas/engines/translation/types.js';
import { SIMULATED_MARKER, startIndicTrans2Simulator, type SimulatorHandle } from '../../../local/simulators/indictrans2.js';
import { fastRetry, loopbackFetch, noLog, quiet } from './helpers.js';

const fail = async (promise: Promise<unknown>): Promise<AppError> => {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
};

/** A fake provider that records calls and answers with a fixed function. */
function fakeProvider(answer: (text: string, target: LanguageCode) => string, extra: Partial<TranslationProvider> = {}) {
  const calls: Array<{ texts: string[]; source: string; target: string }> = [];
  const provider: TranslationProvider = {
    name: 'indictrans2',
    model: 'fake',
    supports: () => true,
    async translate(texts, source, target) {
      calls.push({ texts, source, target });
      return texts.map((t) => answer(t, target));
    },
    ...extra,
  };
  return { provider, calls };
}

describe('Function: translateText', () => {
  let sim: SimulatorHandle;
  let deps: TranslationDeps;
  let cache: MemoryTranslationCache;
  let clockMs = Date.parse('2026-11-24T10:00:00Z');
  const clock = () => clockMs;

  beforeAll(async () => {
    quiet();
    sim = await startIndicTrans2Simulator({ log: noLog });
  });
  afterAll(() => sim.close());
  afterEach(() => sim.faults.reset());

  const simProvider = () =>
    createIndicTrans2Provider({ baseUrl: sim.url, fetch: loopbackFetch, simulated: true, retry: fastRetry() });
  const freshDeps = (): TranslationDeps => {
    cache = new MemoryTranslationCache(clock);
    deps = { providers: [simProvider()], cache, clock };
    return deps;
  };

  describe('request errors', () => {
    it('rejects a task other than translation with 400 unsupported_task', async () => {
      const before = sim.calls;
      const err = await fail(translateText({ text: 'Hi', source_lang: 'en', target_lang: 'hi', task: 'summarization' }, freshDeps()));
      expect(err.status).toBe(400);
      expect(err.code).toBe('unsupported_task');
      expect(sim.calls).toBe(before);
    });

    it.each([
      ['source_lang', { source_lang: 'fr', target_lang: 'hi' }],
      ['target_lang', { source_lang: 'en', target_lang: 'de' }],
      ['source_lang', { source_lang: 'HI', target_lang: 'en' }],
      ['target_lang', { source_lang: 'en', target_lang: '' }],
    ])('rejects an unsupported language in %s with 400 unsupported_language naming the field', async (field, langs) => {
      const err = await fail(translateText({ text: 'Hi', ...langs }, freshDeps()));
      expect(err.status).toBe(400);
      expect(err.code).toBe('unsupported_language');
      expect(err.extra).toMatchObject({ field });
      expect(err.extra.suggestion).toMatch(/^Use /);
      expect(err.toDetail().message).toContain(`'${field}'`);
    });

    it('answers 503 provider_not_configured when no provider is configured', async () => {
      const err = await fail(translateText({ text: 'Hi', source_lang: 'en', target_lang: 'hi' }, { providers: [] }));
      expect(err.status).toBe(503);
      expect(err.code).toBe('provider_not_configured');
    });
  });

  it('returns the text unchanged for the same source and target, with provider none and no call', async () => {
    const text = '  Roast my lazy dog!  ';
    const before = sim.calls;
    const res = await translateText({ text, source_lang: 'hi', target_lang: 'hi' }, freshDeps());
    expect(res).toEqual({
      translated_text: text,
      source_language: 'hi',
      target_language: 'hi',
      task: 'translation',
      provider_metadata: { provider: 'none', model: 'none', latency_ms: 0, cached: false },
    });
    expect(sim.calls).toBe(before);
  });

  it('defaults target_lang to en and task to translation', async () => {
    const res = await translateText({ text: 'आपका कुत्ता आलसी है।', source_lang: 'hi' }, freshDeps());
    expect(res.target_language).toBe('en');
    expect(res.task).toBe('translation');
    expect(res.translated_text).toMatch(/^[\x20-\x7E\sⓢⓘⓜ[\]]+$/u);
  });

  it.each(LANGUAGE_CODES.filter((l) => l !== 'en'))('translates en → %s and back, matching the response schema exactly', async (lang) => {
    const there = await translateText({ text: 'Your dog is a couch potato. Nice hat!', source_lang: 'en', target_lang: lang }, freshDeps());
    expect(TranslateResponseSchema.strict().parse(there)).toEqual(there);
    expect(there.translated_text.startsWith(SIMULATED_MARKER)).toBe(true);
    expect(there.provider_metadata).toMatchObject({ provider: 'indictrans2', model: 'indictrans2-simulator', cached: false, simulated: true });
    const back = await translateText({ text: there.translated_text, source_lang: lang, target_lang: 'en' }, deps);
    expect(back.target_language).toBe('en');
  });

  it('omits simulated for a real (non-simulator) provider', async () => {
    const { provider } = fakeProvider(() => 'नमस्ते दोस्त');
    const res = await translateText({ text: 'Hello friend', source_lang: 'en', target_lang: 'hi' }, { providers: [provider] });
    expect(res.provider_metadata).toEqual({ provider: 'indictrans2', model: 'fake', latency_ms: expect.any(Number), cached: false, failover: false });
    expect('simulated' in res.provider_metadata).toBe(false);
  });

  describe('cache', () => {
    it('serves an identical request from the cache with cached: true and no provider call', async () => {
      // Prepare
      freshDeps();
      const request = { text: 'My cat judges everyone.', source_lang: 'en', target_lang: 'ml' };
      const first = await translateText(request, deps);
      const callsAfterFirst = sim.calls;

      // Act
      const second = await translateText(request, deps);

      // Assess
      expect(first.provider_metadata.cached).toBe(false);
      expect(second.provider_metadata).toMatchObject({ provider: 'indictrans2', model: 'indictrans2-simulator', cached: true, simulated: true });
      expect(second.translated_text).toBe(first.translated_text);
      expect(sim.calls).toBe(callsAfterFirst);
      // A different target or text is a different entry.
      await translateText({ ...request, target_lang: 'kn' }, deps);
      expect(sim.calls).toBe(callsAfterFirst + 1);
    });

    it('keys entries by sha256 of (provider, model, source, target, text) and stores them for 30 days', async () => {
      freshDeps();
      await translateText({ text: 'Sit.', source_lang: 'en', target_lang: 'hi' }, deps);
      const key = translationCacheKey('indictrans2', 'indictrans2-simulator', 'en', 'hi', 'Sit.');
      expect(key).toMatch(/^[0-9a-f]{64}$/);
      expect(await cache.get(key)).toMatchObject({ provider: 'indictrans2', model: 'indictrans2-simulator' });
      clockMs += (TRANSLATION_CACHE_TTL_SECONDS - 60) * 1000;
      expect(await cache.get(key)).toBeDefined();
      clockMs += 120 * 1000;
      expect(await cache.get(key)).toBeUndefined();
    });

    it('translates again once the entry has expired', async () => {
      freshDeps();
      const request = { text: 'Good boy.', source_lang: 'en', target_lang: 'te' };
      await translateText(request, deps);
      clockMs += (TRANSLATION_CACHE_TTL_SECONDS + 1) * 1000;
      const before = sim.calls;
      const res = await translateText(request, deps);
      expect(res.provider_metadata.cached).toBe(false);
      expect(sim.calls).toBe(before + 1);
    });

    it('still translates when the cache is down, and does not cache failures', async () => {
      const broken: TranslationCache = {
        get: () => Promise.reject(new Error('ddb down')),
        put: () => Promise.reject(new Error('ddb down')),
      };
      const res = await translateText({ text: 'Hi.', source_lang: 'en', target_lang: 'hi' }, { providers: [simProvider()], cache: broken });
      expect(res.provider_metadata.cached).toBe(false);

      freshDeps();
      sim.faults.set({ echo: true });
      await fail(translateText({ text: 'Not cached at all.', source_lang: 'en', target_lang: 'hi' }, deps));
      expect(cache.size).toBe(0);
    });
  });

  describe('script validation', () => {
    it('turns an English echo for a non-English target into 502 translation_provider_error', async () => {
      sim.faults.set({ echo: true });
      const err = await fail(translateText({ text: 'Your dog is a couch potato.', source_lang: 'en', target_lang: 'hi' }, freshDeps()));
      expect(err.status).toBe(502);
      expect(err.code).toBe('translation_provider_error');
      expect(err.extra).toEqual({ provider: 'indictrans2' });
      expect(err.message).toContain('Devanagari');
    });

    it('rejects an Indic echo for an English target', async () => {
      sim.faults.set({ echo: true });
      const err = await fail(translateText({ text: 'आपका कुत्ता एक काउच पोटैटो है।', source_lang: 'hi', target_lang: 'en' }, freshDeps()));
      expect(err.status).toBe(502);
    });

    it('rejects an answer in the wrong Indic script', async () => {
      const { provider } = fakeProvider(() => 'আপনার কুকুরটি খুব অলস।'); // Bengali for a Tamil target
      const err = await fail(translateText({ text: 'Your dog is very lazy.', source_lang: 'en', target_lang: 'ta' }, { providers: [provider] }));
      expect(err.message).toContain('Tamil');
    });

    it('rejects a partial echo: one long chunk left in English', async () => {
      const { provider } = fakeProvider((t) => (t.startsWith('Second') ? t : 'आपका कुत्ता बहुत आलसी है और दिन भर सोता है।'), { maxChunkChars: 60 });
      const text = 'First sentence is about a lazy dog.\nSecond sentence came back in plain English.';
      const err = await fail(translateText({ text, source_lang: 'en', target_lang: 'hi' }, { providers: [provider] }));
      expect(err.status).toBe(502);
    });

    it('rejects an empty or missing translation', async () => {
      const { provider } = fakeProvider(() => '   ');
      const err = await fail(translateText({ text: 'Hello.', source_lang: 'en', target_lang: 'hi' }, { providers: [provider] }));
      expect(err.message).toContain('incomplete');
    });
  });

  describe('long inputs', () => {
    it('splits on sentence boundaries within the provider limit, batches the chunks in one call, and re-joins them', async () => {
      // Prepare
      freshDeps();
      const sentence = 'My lazy dog sleeps on the sofa all day and snores like a tractor.'; // 65 chars
      const paragraph = Array(12).fill(sentence).join(' '); // ~790 chars
      const text = `${paragraph}\n\n${paragraph}\nThe end!`;
      const before = sim.requests.length;

      // Act
      const res = await translateText({ text, source_lang: 'en', target_lang: 'hi' }, deps);

      // Assess
      const requests = sim.requests.slice(before);
      expect(requests).toHaveLength(1);
      const rows = (requests[0]?.body as { inputs: Array<{ data: string[] }> }).inputs[0]?.data ?? [];
      expect(rows.length).toBeGreaterThanOrEqual(5);
      for (const row of rows) {
        expect(row.length).toBeLessThanOrEqual(400);
        expect(row).toMatch(/[.!]$/); // whole sentences only
        expect(row).not.toContain('\n');
      }
      expect(rows.join(' ').replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' '));
      // Line structure survives, each chunk is translated once.
      expect(res.translated_text.split('\n').map((l) => l === '')).toEqual([false, true, false, false]);
      expect(res.translated_text.split(SIMULATED_MARKER).length - 1).toBe(rows.length);
    });

    it('gives a chunk-limited provider chunks within its byte limit', async () => {
      const { provider, calls } = fakeProvider(() => 'ठीक है।', { maxChunkBytes: 1000, maxChunkChars: undefined });
      const text = Array(100).fill('आपका कुत्ता बहुत आलसी है।').join(' '); // ~6.6 KB
      await translateText({ text, source_lang: 'hi', target_lang: 'mr' }, { providers: [provider] });
      expect(calls).toHaveLength(1);
      expect(calls[0]?.texts.length).toBeGreaterThan(6);
      for (const chunk of calls[0]?.texts ?? []) expect(Buffer.byteLength(chunk)).toBeLessThanOrEqual(1000);
    });

    it('does not call the provider for text without letters', async () => {
      const { provider, calls } = fakeProvider(() => 'x');
      const res = await translateText({ text: '🐶 123 !!!', source_lang: 'en', target_lang: 'hi' }, { providers: [provider] });
      expect(res.translated_text).toBe('🐶 123 !!!');
      expect(calls).toHaveLength(0);
    });
  });

  it('reports latency from the injected clock', async () => {
    let t = 1000;
    const { provider } = fakeProvider(() => {
      t += 412;
      return 'नमस्ते';
    });
    const res = await translateText({ text: 'Hello', source_lang: 'en', target_lang: 'hi' }, { providers: [provider], clock: () => t });
    expect(res.provider_metadata.latency_ms).toBe(412);
  });
});
