import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  buildTranslationProviders,
  readApiKey,
  simulatedProviders,
} from '../../../lambdas/adapters/translation-providers.js';
import { createTranslationService } from '../../../lambdas/adapters/translation-service.js';
import { AppError } from '../../../lambdas/domain/errors.js';
import { MemoryTranslationCache } from '../../../lambdas/engines/translation/cache.js';
import { startDhruvaSimulator } from '../../../local/simulators/dhruva.js';
import { startIndicTrans2Simulator, type SimulatorHandle } from '../../../local/simulators/indictrans2.js';
import { fakeSecrets, fastRetry, loopbackFetch, noLog, quiet, testConfig } from './helpers.js';

describe('Function: buildTranslationProviders (configuration + secrets)', () => {
  let it2: SimulatorHandle;
  let dhruva: SimulatorHandle;
  beforeAll(async () => {
    quiet();
    it2 = await startIndicTrans2Simulator({ apiKey: 'it2-key', log: noLog });
    dhruva = await startDhruvaSimulator({ apiKey: 'dhruva-key', log: noLog });
  });
  afterAll(async () => {
    await it2.close();
    await dhruva.close();
  });
  afterEach(() => {
    it2.faults.reset();
    dhruva.faults.reset();
  });

  const secrets = () =>
    fakeSecrets({
      'arn:it2': 'it2-key',
      'arn:dhruva': '{"apiKey":"dhruva-key"}',
      'arn:broken': '{"user": "not-the-right-shape-XYZZY"}',
    });

  it('reads the IndicTrans2 key from Secrets Manager and sends it as Bearer', async () => {
    const source = secrets();
    const [provider] = buildTranslationProviders({
      config: testConfig({ INDICTRANS2_URL: it2.url, INDICTRANS2_API_KEY_SECRET_ARN: 'arn:it2' }),
      secrets: source,
      fetch: loopbackFetch,
      simulated: ['indictrans2'],
      retry: fastRetry(),
    });
    await provider?.translate(['Sit.'], 'en', 'hi');
    expect(source.reads).toEqual(['arn:it2']);
    expect(it2.requests.at(-1)?.headers.authorization).toBe('Bearer it2-key');
  });

  it('reads the Dhruva key (JSON secret form) and sends it raw in Authorization', async () => {
    const [provider] = buildTranslationProviders({
      config: testConfig({ DHRUVA_URL: dhruva.url, DHRUVA_API_KEY_SECRET_ARN: 'arn:dhruva' }),
      secrets: secrets(),
      fetch: loopbackFetch,
      simulated: ['dhruva'],
      retry: fastRetry(),
    });
    expect(provider?.model).toBe('dhruva-simulator');
    await provider?.translate(['Sit.'], 'en', 'ta');
    expect(dhruva.requests.at(-1)?.headers.authorization).toBe('dhruva-key');
  });

  it('turns an unreadable or malformed secret into 503 provider_not_configured without quoting it', async () => {
    const [missing] = buildTranslationProviders({
      config: testConfig({ DHRUVA_URL: dhruva.url, DHRUVA_API_KEY_SECRET_ARN: 'arn:absent' }),
      secrets: secrets(),
      fetch: loopbackFetch,
      retry: fastRetry(),
    });
    const err = (await missing?.translate(['Sit.'], 'en', 'ta').catch((e: unknown) => e)) as AppError;
    expect(err.status).toBe(503);
    expect(err.code).toBe('provider_not_configured');
    expect(err.message).toContain('DHRUVA_API_KEY_SECRET_ARN');

    const [bhashini] = buildTranslationProviders({
      config: testConfig({ BHASHINI_CONFIG_URL: `${dhruva.url}/config`, BHASHINI_SECRET_ARN: 'arn:broken' }),
      secrets: secrets(),
      fetch: loopbackFetch,
      retry: fastRetry(),
    });
    const bad = (await bhashini?.translate(['Sit.'], 'en', 'or').catch((e: unknown) => e)) as AppError;
    expect(bad.status).toBe(503);
    expect(JSON.stringify(bad.toDetail())).not.toContain('XYZZY');

    const [noSecret] = buildTranslationProviders({
      config: testConfig({ BHASHINI_CONFIG_URL: `${dhruva.url}/config` }),
      secrets: secrets(),
      fetch: loopbackFetch,
    });
    await expect(noSecret?.translate(['Sit.'], 'en', 'or')).rejects.toMatchObject({ status: 503, message: /BHASHINI_SECRET_ARN/ });
  });

  it('parses TRANSLATION_SIMULATED and API-key secrets', () => {
    expect(simulatedProviders('1')).toEqual(['indictrans2', 'dhruva', 'bhashini']);
    expect(simulatedProviders('dhruva, nope')).toEqual(['dhruva']);
    expect(simulatedProviders(undefined)).toEqual([]);
    expect(readApiKey(' raw-key \n')).toBe('raw-key');
    expect(readApiKey('{"api_key":"k2"}')).toBe('k2');
    expect(() => readApiKey('{"other":"x"}')).toThrow(/apiKey/);
  });
});

describe('Function: createTranslationService', () => {
  let sim: SimulatorHandle;
  beforeAll(async () => {
    quiet();
    sim = await startIndicTrans2Simulator({ log: noLog });
  });
  afterAll(() => sim.close());

  it('wires providers, routing and cache from configuration', async () => {
    // Prepare
    const service = createTranslationService({
      config: testConfig({ INDICTRANS2_URL: sim.url, DHRUVA_URL: 'http://127.0.0.1:1', TRANSLATION_ROUTES: '{"*-*":["indictrans2"],"en-pa":["dhruva"]}' }),
      fetch: loopbackFetch,
      secrets: fakeSecrets({}),
      cache: new MemoryTranslationCache(),
      simulated: ['indictrans2'],
      retry: fastRetry({ attempts: 1 }),
    });

    // Act
    const first = await service.translate({ text: 'Who is a good boy?', source_lang: 'en', target_lang: 'hi', task: 'translation' });
    const calls = sim.calls;
    const second = await service.translate({ text: 'Who is a good boy?', source_lang: 'en', target_lang: 'hi' });

    // Assess
    expect(first.provider_metadata).toMatchObject({ provider: 'indictrans2', model: 'indictrans2-simulator', cached: false, simulated: true });
    expect(second.provider_metadata.cached).toBe(true);
    expect(sim.calls).toBe(calls);
    expect(service.router.providers.map((p) => p.name)).toEqual(['indictrans2', 'dhruva']);
    // en-pa is routed to dhruva, which is down: 502 naming dhruva.
    await expect(service.translate({ text: 'Hi', source_lang: 'en', target_lang: 'pa' })).rejects.toMatchObject({
      status: 502,
      extra: { provider: 'dhruva' },
    });
  });

  it('uses the SSRF-safe client by default: a loopback provider not on the allow-list is refused', async () => {
    const service = createTranslationService({
      config: testConfig({ INDICTRANS2_URL: sim.url }),
      secrets: fakeSecrets({}),
      cache: null,
      retry: fastRetry(),
    });
    const before = sim.calls;
    const err = (await service.translate({ text: 'Hi there', source_lang: 'en', target_lang: 'hi' }).catch((e: unknown) => e)) as AppError;
    expect(err.status).toBe(502);
    expect(err.code).toBe('translation_provider_error');
    expect(sim.calls).toBe(before);
  });

  it('lets an allow-listed local simulator through the SSRF-safe client (OUTBOUND_ALLOWED_HOSTS)', async () => {
    const host = new URL(sim.url).host;
    const service = createTranslationService({
      config: testConfig({ INDICTRANS2_URL: sim.url, OUTBOUND_ALLOWED_HOSTS: host }),
      secrets: fakeSecrets({}),
      cache: null,
      simulated: ['indictrans2'],
      retry: fastRetry(),
    });
    const res = await service.translate({ text: 'Hi there', source_lang: 'en', target_lang: 'hi' });
    expect(res.provider_metadata.provider).toBe('indictrans2');
  });

  it('fails fast on an invalid TRANSLATION_ROUTES', () => {
    expect(() =>
      createTranslationService({ config: testConfig({ TRANSLATION_ROUTES: 'deepl' }), fetch: loopbackFetch, secrets: fakeSecrets({}), cache: null }),
    ).toThrow(/TRANSLATION_ROUTES/);
  });
});
