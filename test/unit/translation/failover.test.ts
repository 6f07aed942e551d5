import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../lambdas/domain/errors.js';
import type { LanguageCode } from '../../../lambdas/domain/languages.js';
import { TranslateResponseSchema } from '../../../lambdas/domain/schemas/translate.js';
import { ProviderBreakers } from '../../../lambdas/engines/translation/breaker.js';
import { MemoryTranslationCache, translationCacheKey } from '../../../lambdas/engines/translation/cache.js';
import { ProviderCallError, providerError } from '../../../lambdas/engines/translation/retry.js';
import { createProviderRouter } from '../../../lambdas/engines/translation/routing.js';
import { failoverReason, translateText } from '../../../lambdas/engines/translation/service.js';
import type { ProviderName, TranslationProvider } from '../../../lambdas/engines/translation/types.js';
import { quiet } from './helpers.js';

type Behaviour = 'ok' | 'http_503' | 'http_400' | 'rate_limited' | 'echo' | 'hang' | 'bengali';

/** Each fake provider's (Devanagari) answer, so the test can tell who answered. */
const ANSWER: Record<ProviderName, string> = { indictrans2: 'पहला अनुवाद', dhruva: 'दूसरा अनुवाद', bhashini: 'तीसरा अनुवाद', 'amazon-translate': 'अमेज़न अनुवाद' };

/** A provider whose behaviour can be switched per call; counts its calls. */
function scripted(name: ProviderName, behaviour: Behaviour = 'ok') {
  const state = { behaviour, calls: 0 };
  const provider: TranslationProvider = {
    name,
    model: `${name}-fake`,
    supports: () => true,
    async translate(texts, _source, _target, signal) {
      state.calls += 1;
      switch (state.behaviour) {
        case 'ok':
          return texts.map(() => ANSWER[name]);
        case 'echo':
          return texts;
        case 'bengali':
          return texts.map(() => 'আপনার কুকুর');
        case 'http_503':
          throw providerError(name, new ProviderCallError('http', 'HTTP 503', { status: 503 }), 3);
        case 'http_400':
          throw providerError(name, new ProviderCallError('http', 'HTTP 400', { status: 400 }), 1);
        case 'rate_limited':
          throw providerError(name, new ProviderCallError('rate_limited', 'throttled', { status: 429 }), 3);
        case 'hang':
          return new Promise<string[]>((_, reject) =>
            signal?.addEventListener('abort', () => reject(providerError(name, new ProviderCallError('timeout', 'timed out'), 1)), { once: true }),
          );
      }
    },
  };
  return { provider, state };
}

const request = (text: string, target: LanguageCode = 'hi') => ({ text, source_lang: 'en', target_lang: target });

const rejection = async (promise: Promise<unknown>): Promise<AppError> => {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
};

describe('Fail-over between the providers of a route (translateText)', () => {
  quiet();
  afterEach(() => vi.useRealTimers());

  it.each([
    ['http_503', 'http_503'],
    ['rate_limited', 'rate_limited'],
    ['echo', 'script_mismatch'],
    ['bengali', 'script_mismatch'],
  ] as Array<[Behaviour, string]>)('moves on after %s from the first provider and says so in provider_metadata', async (behaviour, reason) => {
    const first = scripted('indictrans2', behaviour);
    const second = scripted('amazon-translate');
    const failovers: Array<[string, string]> = [];
    const res = await translateText(request('Your dog is a couch potato.'), {
      providers: [first.provider, second.provider],
      onFailover: (from, to) => failovers.push([from, to]),
    });
    expect(TranslateResponseSchema.strict().parse(res)).toEqual(res);
    expect(res.translated_text).toBe(ANSWER['amazon-translate']);
    expect(res.provider_metadata).toMatchObject({
      provider: 'amazon-translate',
      model: 'amazon-translate-fake',
      cached: false,
      failover: true,
      attempted: [
        { provider: 'indictrans2', outcome: 'failed', reason },
        { provider: 'amazon-translate', outcome: 'ok' },
      ],
    });
    expect(failovers).toEqual([['indictrans2', 'amazon-translate']]);
    expect([first.state.calls, second.state.calls]).toEqual([1, 1]);
  });

  it('does not fail over on a failure the next provider cannot fix (a 400 the provider meant)', async () => {
    const first = scripted('indictrans2', 'http_400');
    const second = scripted('amazon-translate');
    const err = await rejection(translateText(request('Hello there.'), { providers: [first.provider, second.provider], onFailover: () => undefined }));
    expect(err).toMatchObject({ status: 502, code: 'translation_provider_error', extra: { provider: 'indictrans2' } });
    expect(second.state.calls).toBe(0);
    expect(failoverReason(err)).toBeUndefined();
  });

  it('gives a hanging first provider only its share of the time budget, leaving the rest to the next one', async () => {
    const first = scripted('indictrans2', 'hang');
    const second = scripted('dhruva');
    const started = Date.now();
    const res = await translateText(request('Nap time.'), { providers: [first.provider, second.provider], budgetMs: 600, onFailover: () => undefined });
    const elapsed = Date.now() - started;
    expect(res.provider_metadata).toMatchObject({ provider: 'dhruva', failover: true, attempted: [{ provider: 'indictrans2', outcome: 'failed', reason: 'timeout' }, { provider: 'dhruva', outcome: 'ok' }] });
    // The first provider was cut at about half of the 600 ms budget (two candidates): had it been given
    // the whole budget, nothing would have been left for the second one and this would be a 502.
    expect(elapsed).toBeGreaterThanOrEqual(290);
    expect(second.state.calls).toBe(1);
  });

  it('answers the last 502 with every attempt when all providers fail, and does not cache anything', async () => {
    const cache = new MemoryTranslationCache();
    const first = scripted('indictrans2', 'http_503');
    const second = scripted('amazon-translate', 'echo');
    const err = await rejection(translateText(request('Bad day.'), { providers: [first.provider, second.provider], cache, onFailover: () => undefined }));
    expect(err.status).toBe(502);
    expect(err.toDetail()).toMatchObject({
      error: 'translation_provider_error',
      provider: 'amazon-translate',
      attempted: [
        { provider: 'indictrans2', outcome: 'failed', reason: 'http_503' },
        { provider: 'amazon-translate', outcome: 'failed', reason: 'script_mismatch' },
      ],
    });
    expect(cache.size).toBe(0);
  });

  it('caches the fail-over answer under the provider that produced it and serves it next time without calling anyone', async () => {
    const cache = new MemoryTranslationCache();
    const first = scripted('indictrans2', 'http_503');
    const second = scripted('amazon-translate');
    const deps = { providers: [first.provider, second.provider], cache, onFailover: () => undefined };
    const text = 'My cat judges everyone.';
    await translateText(request(text), deps);
    expect(cache.size).toBe(1);
    expect(await cache.get(translationCacheKey('amazon-translate', 'amazon-translate-fake', 'en', 'hi', text))).toMatchObject({ provider: 'amazon-translate' });
    const again = await translateText(request(text), deps);
    expect(again.provider_metadata).toMatchObject({ provider: 'amazon-translate', cached: true, failover: false });
    expect(again.provider_metadata.attempted).toBeUndefined();
    expect([first.state.calls, second.state.calls]).toEqual([1, 1]);

    // The first provider's own answer wins once it exists (route order), e.g. for a text it translated.
    first.state.behaviour = 'ok';
    const other = 'Dogs rule.';
    await translateText(request(other), deps);
    expect((await translateText(request(other), deps)).provider_metadata).toMatchObject({ provider: 'indictrans2', cached: true });
  });

  it('skips a provider whose circuit is open (no call), and probes it again after the reset time', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    const breakers = new ProviderBreakers({ volumeThreshold: 2, resetTimeout: 10_000 });
    const first = scripted('indictrans2', 'http_503');
    const second = scripted('amazon-translate');
    const deps = { providers: createProviderRouter([first.provider, second.provider], 'indictrans2,amazon-translate'), breakers, onFailover: () => undefined };
    for (let i = 0; i < 2; i += 1) await translateText(request(`Failing ${i}.`), deps);
    expect(breakers.state('indictrans2')).toBe('open');
    const skipped = await translateText(request('Skipped.'), deps);
    expect(skipped.provider_metadata).toMatchObject({
      provider: 'amazon-translate',
      failover: true,
      attempted: [{ provider: 'indictrans2', outcome: 'skipped', reason: 'circuit_open' }, { provider: 'amazon-translate', outcome: 'ok' }],
    });
    expect(first.state.calls).toBe(2);

    first.state.behaviour = 'ok';
    await vi.advanceTimersByTimeAsync(10_000);
    const probed = await translateText(request('Probe.'), deps);
    expect(probed.provider_metadata).toMatchObject({ provider: 'indictrans2', failover: false });
    expect(breakers.state('indictrans2')).toBe('closed');
  });

  it('when every circuit on the route is open, answers 502 without calling a provider', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    const breakers = new ProviderBreakers({ volumeThreshold: 1 });
    const only = scripted('dhruva', 'http_503');
    const deps = { providers: [only.provider], breakers, onFailover: () => undefined };
    await rejection(translateText(request('One.'), deps));
    const err = await rejection(translateText(request('Two.'), deps));
    expect(err).toMatchObject({ status: 502, code: 'translation_provider_error' });
    expect(err.message).toMatch(/'dhruva' failed repeatedly and is paused \(circuit open\)/);
    expect(only.state.calls).toBe(1);
  });
});
