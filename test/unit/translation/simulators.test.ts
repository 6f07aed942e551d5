import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDhruvaSimulator } from '../../../local/simulators/dhruva.js';
import {
  SIMULATED_MARKER,
  SIMULATOR_HEADER,
  simulateTranslation,
  startIndicTrans2Simulator,
  type SimulatorHandle,
} from '../../../local/simulators/indictrans2.js';
import { isWrittenIn } from '../../../lambdas/domain/scripts.js';
import { LANGUAGE_CODES } from '../../../lambdas/domain/languages.js';
import { SIMULATOR_HEADER as CLIENT_SIMULATOR_HEADER } from '../../../lambdas/engines/translation/http-json.js';
import { noLog } from './helpers.js';

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

const infer = (texts: string[], source: string, target: string) => ({
  inputs: [
    { name: 'INPUT_TEXT', shape: [texts.length, 1], datatype: 'BYTES', data: texts },
    { name: 'INPUT_LANGUAGE_ID', shape: [texts.length, 1], datatype: 'BYTES', data: texts.map(() => source) },
    { name: 'OUTPUT_LANGUAGE_ID', shape: [texts.length, 1], datatype: 'BYTES', data: texts.map(() => target) },
  ],
  outputs: [{ name: 'OUTPUT_TEXT' }],
});

describe('Function: simulateTranslation', () => {
  it.each(LANGUAGE_CODES.filter((l) => l !== 'en'))('is marked, deterministic and in the %s script', (lang) => {
    const out = simulateTranslation('Your dog is a couch potato.', 'en', lang);
    expect(out.startsWith(SIMULATED_MARKER)).toBe(true);
    expect(out).toBe(simulateTranslation('Your dog is a couch potato.', 'en', lang));
    expect(isWrittenIn(out, lang)).toBe(true);
    expect(isWrittenIn(simulateTranslation(out, lang, 'en'), 'en')).toBe(true);
    // Even a two-letter input passes: the marker's circled letters are symbols, not letters.
    expect(isWrittenIn(simulateTranslation('Hi', 'en', lang), lang)).toBe(true);
  });

  it('uses the header name the client looks for', () => {
    expect(SIMULATOR_HEADER).toBe(CLIENT_SIMULATOR_HEADER);
  });
});

describe('Simulator: IndicTrans2 (Triton)', () => {
  let sim: SimulatorHandle;
  const inferUrl = () => `${sim.url}/v2/models/nmt/versions/1/infer`;
  beforeAll(async () => {
    sim = await startIndicTrans2Simulator({ log: noLog });
  });
  afterAll(() => sim.close());

  it('answers health and model metadata, labelled as a simulator', async () => {
    const ready = await fetch(`${sim.url}/v2/health/ready`);
    expect(ready.status).toBe(200);
    expect(ready.headers.get(SIMULATOR_HEADER)).toBe('indictrans2');
    const meta = (await (await fetch(`${sim.url}/v2/models/nmt`)).json()) as { inputs: Array<{ name: string }> };
    expect(meta.inputs.map((i) => i.name)).toEqual(['INPUT_TEXT', 'INPUT_LANGUAGE_ID', 'OUTPUT_LANGUAGE_ID']);
  });

  it('answers the KServe v2 shape with one OUTPUT_TEXT row per input row', async () => {
    const res = await post(inferUrl(), infer(['Your dog is a couch potato.', 'Nice hat!'], 'en', 'hi'));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { model_name: string; outputs: Array<{ name: string; datatype: string; shape: number[]; data: string[] }> };
    expect(body.model_name).toBe('nmt');
    expect(body.outputs[0]).toMatchObject({ name: 'OUTPUT_TEXT', datatype: 'BYTES', shape: [2, 1] });
    expect(body.outputs[0]?.data).toHaveLength(2);
  });

  it("returns Triton's error envelope for an unsupported pair and malformed requests", async () => {
    const pair = await post(inferUrl(), infer(['Hi'], 'en', 'xx'));
    expect(pair.status).toBe(400);
    expect(((await pair.json()) as { error: string }).error).toMatch(/Language-pair not supported: en-xx$/);

    const shape = await post(inferUrl(), { inputs: [{ name: 'INPUT_TEXT', shape: [1], datatype: 'BYTES', data: ['x'] }, {}, {}] });
    expect(shape.status).toBe(400);
    expect(await shape.json()).toHaveProperty('error');

    const notJson = await post(inferUrl(), '{nope');
    expect(notJson.status).toBe(400);
  });

  it('takes faults at run time over HTTP: status with Retry-After for N calls, then echo, then reset', async () => {
    await post(`${sim.url}/__sim/faults`, { status: 503, times: 1, retryAfterS: 7 });
    const faulted = await post(inferUrl(), infer(['Hi'], 'en', 'hi'));
    expect(faulted.status).toBe(503);
    expect(faulted.headers.get('retry-after')).toBe('7');
    expect((await post(inferUrl(), infer(['Hi'], 'en', 'hi'))).status).toBe(200);

    sim.faults.set({ echo: true });
    const echoed = (await (await post(inferUrl(), infer(['Hello dog'], 'en', 'hi'))).json()) as { outputs: Array<{ data: string[] }> };
    expect(echoed.outputs[0]?.data).toEqual(['Hello dog']);
    await fetch(`${sim.url}/__sim/faults`, { method: 'DELETE' });
    const state = (await (await fetch(`${sim.url}/__sim/state`)).json()) as { simulator: string; calls: number; faults: object };
    expect(state).toMatchObject({ simulator: 'indictrans2', faults: {} });
    expect(state.calls).toBe(sim.calls);
  });
});

describe('Simulator: Dhruva direct', () => {
  let sim: SimulatorHandle;
  const url = () => `${sim.url}/services/inference/translation?serviceId=ai4bharat/indictrans-v2-all-gpu--t4`;
  const body = { input: [{ source: 'Your cat judges you silently.' }], config: { language: { sourceLanguage: 'en', targetLanguage: 'ta' } } };
  beforeAll(async () => {
    sim = await startDhruvaSimulator({ apiKey: 'k', log: noLog });
  });
  afterAll(() => sim.close());

  it('answers {output:[{source,target}]} with the raw key', async () => {
    const res = await post(url(), body, { authorization: 'k' });
    expect(res.status).toBe(200);
    const json = (await res.json()) as { output: Array<{ source: string; target: string }> };
    expect(json.output[0]?.source).toBe('Your cat judges you silently.');
    expect(isWrittenIn(json.output[0]?.target ?? '', 'ta')).toBe(true);
  });

  it('answers 401 Not authenticated without the raw key (Bearer is not accepted)', async () => {
    for (const headers of [{}, { authorization: 'Bearer k' }] as Array<Record<string, string>>) {
      const res = await post(url(), body, headers);
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ detail: { message: 'Not authenticated' } });
    }
  });

  it('answers FastAPI 422 for a malformed body and 400 for an unknown service id', async () => {
    const res = await post(url(), { config: {} }, { authorization: 'k' });
    expect(res.status).toBe(422);
    const json = (await res.json()) as { detail: Array<{ loc: string[]; msg: string; type: string }> };
    expect(json.detail).toContainEqual({ loc: ['body', 'input'], msg: 'field required', type: 'value_error.missing' });
    const bad = await post(`${sim.url}/services/inference/translation?serviceId=nope`, body, { authorization: 'k' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ detail: { message: 'Invalid Service Id' } });
  });

  it('answers an injected 500 as DHRUVA-101, and 429 with Retry-After', async () => {
    sim.faults.set({ status: 500, times: 1 });
    const res = await post(url(), body, { authorization: 'k' });
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ detail: { kind: 'DHRUVA-101', message: 'Request failed. Please try again.' } });
    sim.faults.set({ status: 429, times: 1, retryAfterS: 3 });
    const limited = await post(url(), body, { authorization: 'k' });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('3');
    expect((await post(url(), body, { authorization: 'k' })).status).toBe(200);
  });

  it('can hang and still close promptly', async () => {
    sim.faults.set({ hang: true });
    const before = sim.calls;
    const res = await fetch(url(), { method: 'POST', headers: { authorization: 'k' }, body: JSON.stringify(body), signal: AbortSignal.timeout(200) }).then(
      () => 'answered',
      () => 'aborted',
    );
    expect(res).toBe('aborted');
    expect(sim.calls).toBe(before + 1);
  });
});
