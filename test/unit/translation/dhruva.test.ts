import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../lambdas/domain/errors.js';
import { createDhruvaProvider, DHRUVA_DEFAULT_SERVICE_ID } from '../../../lambdas/engines/translation/dhruva.js';
import { translateText } from '../../../lambdas/engines/translation/service.js';
import { startDhruvaSimulator } from '../../../local/simulators/dhruva.js';
import type { SimulatorHandle } from '../../../local/simulators/indictrans2.js';
import { fastRetry, loopbackFetch, noLog, quiet } from './helpers.js';

const KEY = 'dhruva-raw-key-456';

describe('Class: Dhruva direct provider', () => {
  let sim: SimulatorHandle;
  beforeAll(async () => {
    quiet();
    sim = await startDhruvaSimulator({ apiKey: KEY, log: noLog });
  });
  afterAll(() => sim.close());
  afterEach(() => sim.faults.reset());

  const provider = (key = KEY, retry = fastRetry()) =>
    createDhruvaProvider({ baseUrl: sim.url, fetch: loopbackFetch, apiKey: async () => key, retry, simulated: true });

  it('posts the documented body with the raw key in Authorization and the serviceId in the query', async () => {
    // Act
    const out = await provider().translate(['Your cat judges you silently.', 'Bad cat!'], 'en', 'ta');

    // Assess
    const request = sim.requests.at(-1);
    expect(request?.url).toBe(`/services/inference/translation?serviceId=${DHRUVA_DEFAULT_SERVICE_ID}`);
    expect(request?.headers.authorization).toBe(KEY);
    expect(request?.headers['x-auth-source']).toBe('API_KEY');
    expect(request?.body).toEqual({
      input: [{ source: 'Your cat judges you silently.' }, { source: 'Bad cat!' }],
      config: {
        language: { sourceLanguage: 'en', targetLanguage: 'ta', sourceScriptCode: '', targetScriptCode: '' },
        serviceId: DHRUVA_DEFAULT_SERVICE_ID,
      },
      controlConfig: { dataTracking: false },
    });
    expect(out).toHaveLength(2);
    expect(out.every((t) => /[\u0B80-\u0BFF]/.test(t))).toBe(true);
  });

  it('does not retry 401 Not authenticated, and says nothing about the key', async () => {
    const before = sim.calls;
    const err = (await provider('Bearer wrong').translate(['Hi.'], 'en', 'hi').catch((e: unknown) => e)) as AppError;
    expect(sim.calls - before).toBe(1);
    expect(err.status).toBe(502);
    expect(err.extra.provider).toBe('dhruva');
    expect(err.message).toBe("Translation provider 'dhruva' failed (HTTP 401).");
  });

  it('retries 500 DHRUVA-101 and then fails with 502 naming dhruva', async () => {
    sim.faults.set({ status: 500 });
    const before = sim.calls;
    const err = (await provider().translate(['Hi.'], 'en', 'hi').catch((e: unknown) => e)) as AppError;
    expect(sim.calls - before).toBe(3);
    expect(err.code).toBe('translation_provider_error');
    expect(err.message).toContain("'dhruva'");
  });

  it('recovers from a transient 503 with Retry-After', async () => {
    sim.faults.set({ status: 503, times: 1, retryAfterS: 1 });
    const retry = fastRetry();
    await provider(KEY, retry).translate(['Hi.'], 'en', 'bn');
    expect(retry.delays).toEqual([1000]);
  });

  it('treats an English echo for an Indic target as a 502, not a translation', async () => {
    sim.faults.set({ echo: true });
    const err = (await translateText(
      { text: 'Your cat judges you silently from the top of the fridge.', source_lang: 'en', target_lang: 'ta' },
      { providers: [provider()] },
    ).catch((e: unknown) => e)) as AppError;
    expect(err.status).toBe(502);
    expect(err.code).toBe('translation_provider_error');
    expect(err.extra).toEqual({ provider: 'dhruva' });
    expect(err.message).toMatch(/not in the Tamil script/);
  });

  it('translates through the service with provider_metadata naming dhruva (simulated)', async () => {
    const res = await translateText({ text: 'Nice hat!', source_lang: 'en', target_lang: 'kn' }, { providers: [provider()] });
    expect(res.provider_metadata).toMatchObject({ provider: 'dhruva', model: 'dhruva-simulator', cached: false, simulated: true });
  });
});
