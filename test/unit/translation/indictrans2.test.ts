import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../lambdas/domain/errors.js';
import type { LanguageCode } from '../../../lambdas/domain/languages.js';
import { buildInferRequest, createIndicTrans2Provider, parseInferResponse } from '../../../lambdas/engines/translation/indictrans2.js';
import { startIndicTrans2Simulator, type SimulatorHandle } from '../../../local/simulators/indictrans2.js';
import { fastRetry, loopbackFetch, noLog, quiet } from './helpers.js';

const KEY = 'it2-sekrit-key-123';

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

describe('Class: IndicTrans2 provider (Triton nmt over KServe v2)', () => {
  let sim: SimulatorHandle;
  beforeAll(async () => {
    quiet();
    sim = await startIndicTrans2Simulator({ apiKey: KEY, log: noLog });
  });
  afterAll(() => sim.close());
  afterEach(() => sim.faults.reset());

  const provider = (retry = fastRetry(), extra: { maxRows?: number; apiKey?: string } = {}) =>
    createIndicTrans2Provider({
      baseUrl: `${sim.url}/`,
      fetch: loopbackFetch,
      apiKey: async () => extra.apiKey ?? KEY,
      retry,
      maxRows: extra.maxRows,
      simulated: true,
    });

  it('sends one row per text with the language tensors repeated per row, ISO codes, shape [n,1], BYTES', async () => {
    // Prepare
    const before = sim.requests.length;

    // Act
    const out = await provider().translate(['Your dog is a couch potato.', 'Nice hat!'], 'en', 'hi');

    // Assess
    expect(out).toHaveLength(2);
    const request = sim.requests[before];
    expect(request?.url).toBe('/v2/models/nmt/versions/1/infer');
    expect(request?.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.body).toEqual({
      inputs: [
        { name: 'INPUT_TEXT', shape: [2, 1], datatype: 'BYTES', data: ['Your dog is a couch potato.', 'Nice hat!'] },
        { name: 'INPUT_LANGUAGE_ID', shape: [2, 1], datatype: 'BYTES', data: ['en', 'en'] },
        { name: 'OUTPUT_LANGUAGE_ID', shape: [2, 1], datatype: 'BYTES', data: ['hi', 'hi'] },
      ],
      outputs: [{ name: 'OUTPUT_TEXT' }],
    });
  });

  it('splits many rows into batches of maxRows and keeps the order', async () => {
    const before = sim.calls;
    const texts = Array.from({ length: 7 }, (_, i) => `Dog number ${i} naps.`);
    const out = await provider(fastRetry(), { maxRows: 3 }).translate(texts, 'en', 'ta');
    expect(sim.calls - before).toBe(3);
    const shapes = sim.requests.slice(-3).map((r) => (r.body as { inputs: Array<{ shape: number[] }> }).inputs[0]?.shape);
    expect(shapes).toEqual([[3, 1], [3, 1], [1, 1]]);
    expect(out).toHaveLength(7);
    // Transliterated digits survive, so order can be checked.
    out.forEach((text, i) => expect(text).toContain(String(i)));
  });

  it('reads nested or flat OUTPUT_TEXT data and rejects a wrong row count', () => {
    const body = (data: unknown) => ({ outputs: [{ name: 'OUTPUT_TEXT', datatype: 'BYTES', shape: [2, 1], data }] });
    expect(parseInferResponse(body(['a', 'b']), 2)).toEqual(['a', 'b']);
    expect(parseInferResponse(body([['a'], ['b']]), 2)).toEqual(['a', 'b']);
    expect(() => parseInferResponse(body(['a']), 2)).toThrow(/expected 2/);
    expect(() => parseInferResponse({ error: 'x' }, 1)).toThrow(/no outputs/);
    expect(buildInferRequest(['x'], 'hi', 'en')).toMatchObject({ inputs: [{ shape: [1, 1] }, { data: ['hi'] }, { data: ['en'] }] });
  });

  it('retries 5xx with backoff and succeeds when the server recovers', async () => {
    // Prepare
    sim.faults.set({ status: 503, times: 2 });
    const retry = fastRetry();
    const before = sim.calls;

    // Act
    const out = await provider(retry).translate(['Good boy.'], 'en', 'hi');

    // Assess
    expect(out[0]).toMatch(/[\u0900-\u097F]/);
    expect(sim.calls - before).toBe(3);
    expect(retry.delays).toHaveLength(2);
    expect(retry.delays.every((d) => d >= 0 && d <= 5)).toBe(true);
  });

  it('gives up after 3 attempts on persistent 500 with a 502 naming the provider and no key', async () => {
    sim.faults.set({ status: 500 });
    const before = sim.calls;
    const err = await failure(provider().translate(['Good boy.'], 'en', 'hi'));
    expect(sim.calls - before).toBe(3);
    expect(err.status).toBe(502);
    expect(err.code).toBe('translation_provider_error');
    expect(err.extra).toEqual({ provider: 'indictrans2' });
    expect(err.message).toBe("Translation provider 'indictrans2' failed (HTTP 500) after 3 attempts.");
    expect(JSON.stringify(err.toDetail())).not.toContain(KEY);
  });

  it('does not retry a 4xx: wrong key (401) and Triton\'s unsupported language pair (400)', async () => {
    let before = sim.calls;
    const auth = await failure(provider(fastRetry(), { apiKey: 'wrong' }).translate(['Hi.'], 'en', 'hi'));
    expect(sim.calls - before).toBe(1);
    expect(auth.message).toContain('HTTP 401');
    expect(auth.message).not.toContain('wrong');

    before = sim.calls;
    const pair = await failure(provider().translate(['Hi.'], 'en', 'xx' as LanguageCode));
    expect(sim.calls - before).toBe(1);
    expect(pair.status).toBe(502);
    expect(pair.message).toContain('HTTP 400');
  });

  it("honours a 429's Retry-After when it is within the cap", async () => {
    sim.faults.set({ status: 429, times: 1, retryAfterS: 2 });
    const retry = fastRetry();
    const before = sim.calls;
    await provider(retry).translate(['Sit.'], 'en', 'gu');
    expect(sim.calls - before).toBe(2);
    expect(retry.delays).toEqual([2000]);
  });

  it('stops at once when Retry-After is beyond the cap (502, rate limited)', async () => {
    sim.faults.set({ status: 429, retryAfterS: 120 });
    const retry = fastRetry();
    const before = sim.calls;
    const err = await failure(provider(retry).translate(['Sit.'], 'en', 'gu'));
    expect(sim.calls - before).toBe(1);
    expect(retry.delays).toEqual([]);
    expect(err.message).toContain('rate limiting');
  });

  it('times out a hanging server per attempt, retries, then fails with 502', async () => {
    sim.faults.set({ hang: true });
    const before = sim.calls;
    // The server hangs forever: without the per-attempt timeout this never settles (the test's own timeout fails it).
    const err = await failure(provider(fastRetry({ timeoutMs: 150, attempts: 2 })).translate(['Sit.'], 'en', 'hi'));
    expect(sim.calls - before).toBe(2);
    expect(err.message).toBe("Translation provider 'indictrans2' did not answer in time after 2 attempts.");
  });

  it('accepts a slow answer inside the timeout', async () => {
    sim.faults.set({ latencyMs: 100 });
    const out = await provider(fastRetry({ timeoutMs: 1_000 })).translate(['Sit.'], 'en', 'hi');
    expect(out).toHaveLength(1);
  });

  it('treats a refused connection as a network error and retries it', async () => {
    const dead = createIndicTrans2Provider({ baseUrl: 'http://127.0.0.1:1', fetch: loopbackFetch, retry: fastRetry() });
    const err = await failure(dead.translate(['Sit.'], 'en', 'hi'));
    expect(err.message).toBe("Translation provider 'indictrans2' could not be reached after 3 attempts.");
  });

  it('stops when the caller aborts', async () => {
    sim.faults.set({ hang: true });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('lambda deadline')), 50);
    const before = sim.calls;
    const err = await failure(provider(fastRetry({ timeoutMs: 5_000 })).translate(['Sit.'], 'en', 'hi', controller.signal));
    expect(err.status).toBe(502);
    expect(sim.calls - before).toBe(1);
  });

  it('supports every pair of the 13 languages except same-language', () => {
    const p = provider();
    expect(p.supports('en', 'or')).toBe(true);
    expect(p.supports('as', 'ur')).toBe(true);
    expect(p.supports('hi', 'hi')).toBe(false);
    expect(p.model).toBe('indictrans2-simulator');
    expect(createIndicTrans2Provider({ baseUrl: sim.url, fetch: loopbackFetch }).model).toBe('indictrans2');
  });
});
