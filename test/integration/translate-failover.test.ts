import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetServices } from '../../lambdas/adapters/composition.js';
import type { SimulatorHandle } from '../../local/simulators/indictrans2.js';
import { SIMULATED_MARKER } from '../../local/simulators/indictrans2.js';
import { call, startTestRuntime } from '../support/runtime.js';

/**
 * Fail-over through the whole local runtime: the real stack's TranslateText function, the real provider
 * clients (HTTP for IndicTrans2 and Dhruva, the AWS SDK's TranslateClient for Amazon Translate) and the
 * three local simulators with fault injection. Default route: indictrans2 → dhruva → amazon-translate
 * (bhashini is not configured); or/as never go to Amazon Translate.
 */
let runtime: Awaited<ReturnType<typeof startTestRuntime>>;
let indic: SimulatorHandle;
let dhruva: SimulatorHandle;
let amazon: SimulatorHandle;

beforeAll(async () => {
  runtime = await startTestRuntime({ env: { LOCAL_TRANSLATION_SIMULATORS: 'indictrans2,dhruva,amazon-translate' } });
  indic = runtime.simulator<SimulatorHandle>('indictrans2');
  dhruva = runtime.simulator<SimulatorHandle>('dhruva');
  amazon = runtime.simulator<SimulatorHandle>('amazon-translate');
}, 120_000);
afterAll(async () => runtime?.stop());
beforeEach(() => {
  for (const sim of [indic, dhruva, amazon]) sim.faults.reset();
  // Fresh services (and so fresh circuit breakers) per test: the functions run in this process.
  resetServices();
});

const translate = (text: string, target: string, source = 'en') =>
  call(runtime, 'POST', '/api/translate-text', { body: { text: `${text} ${Date.now()}${Math.random()}`, source_lang: source, target_lang: target } });
const counts = () => [indic.calls, dhruva.calls, amazon.calls];
const delta = (before: number[]) => counts().map((n, i) => n - (before[i] as number));

describe('Translation fail-over through the local runtime', () => {
  it('answers with the first provider when it is healthy: no fail-over', async () => {
    const before = counts();
    const res = await translate('Your dog is a couch potato.', 'hi');
    expect(res.status).toBe(200);
    expect(res.body.provider_metadata).toMatchObject({ provider: 'indictrans2', simulated: true, failover: false });
    expect(res.body.provider_metadata.attempted).toBeUndefined();
    expect(delta(before)).toEqual([1, 0, 0]);
  });

  it('fails over from IndicTrans2 answering 5xx (after its retries) to Dhruva', async () => {
    indic.faults.set({ status: 500 });
    const before = counts();
    const res = await translate('My cat ignores me.', 'hi');
    expect(res.status).toBe(200);
    expect(res.body.provider_metadata).toMatchObject({
      provider: 'dhruva',
      model: 'dhruva-simulator',
      simulated: true,
      cached: false,
      failover: true,
      attempted: [
        { provider: 'indictrans2', outcome: 'failed', reason: 'http_500' },
        { provider: 'dhruva', outcome: 'ok' },
      ],
    });
    expect(res.body.translated_text.startsWith(SIMULATED_MARKER)).toBe(true);
    expect(res.body.translated_text).toMatch(/[\u0900-\u097F]/);
    expect(delta(before)).toEqual([3, 1, 0]); // IndicTrans2's own retries first, then one Dhruva call
  });

  it('fails over twice, to Amazon Translate (its simulator, over the AWS JSON protocol), when IndicTrans2 and Dhruva answer 503', async () => {
    indic.faults.set({ status: 503 });
    dhruva.faults.set({ status: 503 });
    const before = counts();
    const res = await translate('Your parrot talks too much.', 'ta');
    expect(res.status).toBe(200);
    expect(res.body.provider_metadata).toMatchObject({
      provider: 'amazon-translate',
      model: 'amazon-translate-simulator',
      simulated: true,
      failover: true,
      attempted: [
        { provider: 'indictrans2', outcome: 'failed', reason: 'http_503' },
        { provider: 'dhruva', outcome: 'failed', reason: 'http_503' },
        { provider: 'amazon-translate', outcome: 'ok' },
      ],
    });
    expect(res.body.translated_text).toMatch(/[\u0B80-\u0BFF]/); // Tamil script
    expect(delta(before)[2]).toBe(1);
    // The SDK's real request reached the simulator: JSON 1.1 target and SigV4 header.
    const sent = amazon.requests.at(-1)!;
    expect(sent.headers['x-amz-target']).toBe('AWSShineFrontendService_20170701.TranslateText');
    expect(String(sent.headers.authorization)).toMatch(/^AWS4-HMAC-SHA256 /);
    expect(sent.body).toMatchObject({ SourceLanguageCode: 'en', TargetLanguageCode: 'ta' });
  });

  it('fails over when the first answer fails the script check (an English echo)', async () => {
    indic.faults.set({ echo: true });
    const res = await translate('Good boy, sit!', 'bn');
    expect(res.status).toBe(200);
    expect(res.body.provider_metadata).toMatchObject({
      provider: 'dhruva',
      failover: true,
      attempted: [{ provider: 'indictrans2', outcome: 'failed', reason: 'script_mismatch' }, { provider: 'dhruva', outcome: 'ok' }],
    });
    expect(res.body.translated_text).toMatch(/[\u0980-\u09FF]/); // Bengali script
  });

  it('fails over from a provider that does not answer at all, within the request time budget', async () => {
    indic.faults.set({ hang: true });
    const started = Date.now();
    const res = await translate('Nap time is sacred.', 'ml');
    expect(res.status).toBe(200);
    expect(res.body.provider_metadata).toMatchObject({
      provider: 'dhruva',
      failover: true,
      attempted: [{ provider: 'indictrans2', outcome: 'failed', reason: 'timeout' }, { provider: 'dhruva', outcome: 'ok' }],
    });
    // Inside API Gateway's 29 s (the hanging provider got a third of the ~25 s budget, not all of it).
    expect(Date.now() - started).toBeLessThan(29_000);
  }, 40_000);

  it('fails over for Odia between the providers that have it, never to Amazon Translate', async () => {
    indic.faults.set({ status: 502 });
    const before = counts();
    const res = await translate('The dog ate my homework.', 'or');
    expect(res.status).toBe(200);
    expect(res.body.provider_metadata).toMatchObject({ provider: 'dhruva', failover: true });
    expect(res.body.provider_metadata.attempted.map((a: { provider: string }) => a.provider)).toEqual(['indictrans2', 'dhruva']);
    expect(delta(before)[2]).toBe(0);
  });

  it('caches only the good answer, under the provider that gave it, and reuses it for the same request', async () => {
    indic.faults.set({ status: 500 });
    const body = { text: `Cached after fail-over ${Date.now()}`, source_lang: 'en', target_lang: 'gu' };
    const first = await call(runtime, 'POST', '/api/translate-text', { body });
    expect(first.body.provider_metadata).toMatchObject({ provider: 'dhruva', failover: true, cached: false });
    const before = counts();
    const second = await call(runtime, 'POST', '/api/translate-text', { body });
    expect(second.status).toBe(200);
    expect(second.body.translated_text).toBe(first.body.translated_text);
    expect(second.body.provider_metadata).toMatchObject({ provider: 'dhruva', cached: true, failover: false });
    expect(delta(before)).toEqual([0, 0, 0]);
  });

  it('opens IndicTrans2\'s circuit after repeated failures and then skips it without calling it', async () => {
    indic.faults.set({ status: 503 });
    for (let i = 0; i < 3; i += 1) expect((await translate(`Failing call ${i}.`, 'kn')).body.provider_metadata.provider).toBe('dhruva');
    const before = counts();
    const res = await translate('Skipped by the breaker.', 'kn');
    expect(res.status).toBe(200);
    expect(res.body.provider_metadata.attempted).toEqual([
      { provider: 'indictrans2', outcome: 'skipped', reason: 'circuit_open' },
      { provider: 'dhruva', outcome: 'ok' },
    ]);
    expect(delta(before)).toEqual([0, 1, 0]);
  });

  it('answers 502 with every attempt when all providers on the route fail', async () => {
    indic.faults.set({ status: 500 });
    dhruva.faults.set({ status: 500 });
    const res = await translate('Nobody can translate this.', 'as');
    expect(res.status).toBe(502);
    expect(res.body.detail).toMatchObject({
      error: 'translation_provider_error',
      provider: 'dhruva',
      attempted: [
        { provider: 'indictrans2', outcome: 'failed', reason: 'http_500' },
        { provider: 'dhruva', outcome: 'failed', reason: 'http_500' },
      ],
    });
  });
});
