import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SimulatorHandle } from '../../local/simulators/indictrans2.js';
import { call, startTestRuntime } from '../support/runtime.js';

let runtime: Awaited<ReturnType<typeof startTestRuntime>>;
let sim: SimulatorHandle;

beforeAll(async () => {
  runtime = await startTestRuntime();
  sim = runtime.simulator<SimulatorHandle>('indictrans2');
});
afterAll(async () => runtime?.stop());
beforeEach(() => sim.faults.reset());

const translate = (body: unknown) => call(runtime, 'POST', '/api/translate-text', { body });
const DEVANAGARI = /[\u0900-\u097F]/;

describe('POST /api/translate-text through the local runtime', () => {
  it('translates en → hi with the (labelled) simulator, then serves the same request from the cache', async () => {
    const body = { text: `Your dog is a couch potato ${Date.now()}.`, source_lang: 'en', target_lang: 'hi' };
    const first = await translate(body);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      source_language: 'en',
      target_language: 'hi',
      task: 'translation',
      provider_metadata: { provider: 'indictrans2', model: expect.stringMatching(/simulator/), cached: false, simulated: true },
    });
    expect(first.body.translated_text).toMatch(DEVANAGARI);
    const callsAfterFirst = sim.calls;
    const second = await translate(body);
    expect(second.status).toBe(200);
    expect(second.body.translated_text).toBe(first.body.translated_text);
    expect(second.body.provider_metadata.cached).toBe(true);
    expect(sim.calls).toBe(callsAfterFirst);
  });

  it('translates xx → en and defaults target_lang to en and task to translation', async () => {
    const res = await translate({ text: 'आपका कुत्ता आलसी है।', source_lang: 'hi' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ target_language: 'en', task: 'translation' });
  });

  it('returns the text unchanged when source and target are the same', async () => {
    const res = await translate({ text: 'Nice hat!', source_lang: 'en', target_lang: 'en' });
    expect(res.status).toBe(200);
    expect(res.body.translated_text).toBe('Nice hat!');
  });

  it('answers unsupported languages with 400 naming the field, and unsupported tasks with 400', async () => {
    const lang = await translate({ text: 'Hi there', source_lang: 'en', target_lang: 'fr' });
    expect(lang.status).toBe(400);
    expect(lang.body.detail).toMatchObject({ error: 'unsupported_language', message: expect.stringContaining('target_lang') });
    const src = await translate({ text: 'Hi there', source_lang: 'xx', target_lang: 'hi' });
    expect(src.body.detail.message).toContain('source_lang');
    const task = await translate({ text: 'Hi there', source_lang: 'en', target_lang: 'hi', task: 'summarize' });
    expect(task.status).toBe(400);
    expect(task.body.detail.error).toBe('unsupported_task');
  });

  it('validates the body (422 with issues)', async () => {
    for (const body of [{ text: '', source_lang: 'en' }, { text: 'x'.repeat(5001), source_lang: 'en' }, { source_lang: 'en' }]) {
      const res = await translate(body);
      expect(res.status).toBe(422);
      expect(res.body.detail.issues[0]).toMatchObject({ path: expect.stringMatching(/^body/), message: expect.any(String) });
    }
  });

  it('maps a failing provider to 502 naming it, after its bounded retries, when no other provider serves the pair', async () => {
    // Odia: Amazon Translate does not have it, so IndicTrans2 is the only provider on the route locally.
    sim.faults.set({ status: 500, times: 10 });
    const before = sim.calls;
    const res = await translate({ text: `Retry me ${Date.now()}`, source_lang: 'en', target_lang: 'or' });
    expect(res.status).toBe(502);
    expect(res.body.detail).toMatchObject({ error: 'translation_provider_error', provider: 'indictrans2' });
    expect(sim.calls - before).toBeGreaterThan(1);
  });

  it('treats an English echo for a non-English target as a provider failure', async () => {
    sim.faults.set({ echo: true });
    const res = await translate({ text: `Your parrot talks too much ${Date.now()}`, source_lang: 'en', target_lang: 'or' });
    expect(res.status).toBe(502);
    expect(res.body.detail.error).toBe('translation_provider_error');
  });
});
