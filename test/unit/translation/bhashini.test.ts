import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../lambdas/domain/errors.js';
import {
  BHASHINI_DEFAULT_PIPELINE_ID,
  createBhashiniProvider,
  parseConfigResponse,
} from '../../../lambdas/engines/translation/bhashini.js';
import { translateText } from '../../../lambdas/engines/translation/service.js';
import { simulateTranslation } from '../../../local/simulators/indictrans2.js';
import { fastRetry, loopbackFetch, quiet } from './helpers.js';

/** A tiny ULCA stand-in: the config endpoint and the compute endpoint it points at. */
class FakeBhashini {
  server!: http.Server;
  url = '';
  inferenceKey = 'inference-key-1';
  configCalls: Array<{ headers: http.IncomingHttpHeaders; body: unknown }> = [];
  computeCalls: Array<{ headers: http.IncomingHttpHeaders; body: unknown }> = [];
  configStatus = 200;

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => {
      let raw = '';
      req.on('data', (c: Buffer) => (raw += c.toString()));
      req.on('end', () => {
        const body = JSON.parse(raw || 'null') as Record<string, unknown>;
        const send = (status: number, payload: unknown) => {
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(JSON.stringify(payload));
        };
        if (req.url === '/ulca/apis/v0/model/getModelsPipeline') {
          this.configCalls.push({ headers: req.headers, body });
          if (req.headers.userid !== 'user-1' || req.headers.ulcaapikey !== 'ulca-key-1') return send(401, { message: 'Invalid credentials' });
          if (this.configStatus !== 200) return send(this.configStatus, { message: 'boom' });
          const language = (body as { pipelineTasks: Array<{ config: { language: unknown } }> }).pipelineTasks[0]?.config.language;
          return send(200, {
            languages: [{ sourceLanguage: 'en', targetLanguageList: ['hi', 'or', 'as'] }],
            pipelineResponseConfig: [
              { taskType: 'translation', config: [{ serviceId: 'ai4bharat/indictrans-v2-all-gpu--t4', modelId: 'm1', language }] },
            ],
            feedbackUrl: 'https://example.invalid/feedback',
            pipelineInferenceAPIEndPoint: {
              callbackUrl: `${this.url}/services/inference/pipeline`,
              inferenceApiKey: { name: 'Authorization', value: this.inferenceKey },
            },
          });
        }
        if (req.url === '/services/inference/pipeline') {
          this.computeCalls.push({ headers: req.headers, body });
          if (req.headers.authorization !== this.inferenceKey) return send(401, { detail: { message: 'Not authenticated' } });
          const task = (body as { pipelineTasks: Array<{ config: { language: { sourceLanguage: string; targetLanguage: string } } }> })
            .pipelineTasks[0]?.config.language;
          const inputs = (body as { inputData: { input: Array<{ source: string }> } }).inputData.input;
          return send(200, {
            pipelineResponse: [
              {
                taskType: 'translation',
                config: null,
                output: inputs.map(({ source }) => ({ source, target: simulateTranslation(source, task?.sourceLanguage ?? '', task?.targetLanguage ?? '') })),
                audio: null,
              },
            ],
          });
        }
        send(404, {});
      });
    });
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', () => r()));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    return new Promise((r) => {
      this.server.close(() => r());
      this.server.closeAllConnections();
    });
  }
}

describe('Class: Bhashini ULCA pipeline provider', () => {
  const fake = new FakeBhashini();
  let now = 1_000_000;
  beforeAll(async () => {
    quiet();
    await fake.start();
  });
  afterAll(() => fake.close());
  beforeEach(() => {
    fake.configCalls = [];
    fake.computeCalls = [];
    fake.inferenceKey = 'inference-key-1';
    fake.configStatus = 200;
  });

  const provider = (credentials = { userID: 'user-1', ulcaApiKey: 'ulca-key-1' }) =>
    createBhashiniProvider({
      configUrl: `${fake.url}/ulca/apis/v0/model/getModelsPipeline`,
      fetch: loopbackFetch,
      credentials: async () => credentials,
      now: () => now,
      retry: fastRetry(),
    });

  it('makes the config call with userID/ulcaApiKey, then the compute call with the returned key', async () => {
    // Act
    const out = await provider().translate(['Your parrot talks too much.'], 'en', 'or');

    // Assess
    expect(out[0]).toMatch(/[\u0B00-\u0B7F]/);
    expect(fake.configCalls).toHaveLength(1);
    expect(fake.configCalls[0]?.body).toEqual({
      pipelineTasks: [{ taskType: 'translation', config: { language: { sourceLanguage: 'en', targetLanguage: 'or' } } }],
      pipelineRequestConfig: { pipelineId: BHASHINI_DEFAULT_PIPELINE_ID },
    });
    expect(fake.computeCalls).toHaveLength(1);
    expect(fake.computeCalls[0]?.headers.authorization).toBe('inference-key-1');
    expect(fake.computeCalls[0]?.headers.userid).toBeUndefined();
    expect(fake.computeCalls[0]?.headers.ulcaapikey).toBeUndefined();
    expect(fake.computeCalls[0]?.body).toEqual({
      pipelineTasks: [
        {
          taskType: 'translation',
          config: { language: { sourceLanguage: 'en', targetLanguage: 'or' }, serviceId: 'ai4bharat/indictrans-v2-all-gpu--t4' },
        },
      ],
      inputData: { input: [{ source: 'Your parrot talks too much.' }] },
    });
  });

  it('caches the config per pair for 24 h: a second translation makes only the compute call', async () => {
    // Prepare
    const p = provider();
    await p.translate(['One.'], 'en', 'as');

    // Act
    await p.translate(['Two.'], 'en', 'as');

    // Assess
    expect(fake.configCalls).toHaveLength(1);
    expect(fake.computeCalls).toHaveLength(2);

    // Another pair has its own config; after 24 h the pair's config is fetched again.
    await p.translate(['Three.'], 'en', 'hi');
    expect(fake.configCalls).toHaveLength(2);
    now += 24 * 60 * 60 * 1000 + 1;
    await p.translate(['Four.'], 'en', 'as');
    expect(fake.configCalls).toHaveLength(3);
  });

  it('refreshes the cached config once when the inference key was rotated (401 on compute)', async () => {
    const p = provider();
    await p.translate(['One.'], 'en', 'hi');
    fake.inferenceKey = 'inference-key-2';
    const out = await p.translate(['Two.'], 'en', 'hi');
    expect(out).toHaveLength(1);
    expect(fake.configCalls).toHaveLength(2);
    expect(fake.computeCalls.map((c) => c.headers.authorization)).toEqual(['inference-key-1', 'inference-key-1', 'inference-key-2']);
  });

  it('fails with 502 naming bhashini on bad ULCA credentials, without retrying and without echoing them', async () => {
    const err = (await provider({ userID: 'user-1', ulcaApiKey: 'wrong-ulca-key' })
      .translate(['Hi.'], 'en', 'hi')
      .catch((e: unknown) => e)) as AppError;
    expect(err.status).toBe(502);
    expect(err.extra).toEqual({ provider: 'bhashini' });
    expect(fake.configCalls).toHaveLength(1);
    expect(fake.computeCalls).toHaveLength(0);
    expect(JSON.stringify(err.toDetail())).not.toContain('wrong-ulca-key');
  });

  it('does not cache a failed config call', async () => {
    fake.configStatus = 503;
    const p = provider();
    await expect(p.translate(['Hi.'], 'en', 'pa')).rejects.toMatchObject({ status: 502 });
    expect(fake.configCalls).toHaveLength(3);
    fake.configStatus = 200;
    await p.translate(['Hi.'], 'en', 'pa');
    expect(fake.configCalls).toHaveLength(4);
  });

  it('rejects a config answer without callbackUrl or inference key as an unusable answer', () => {
    expect(() => parseConfigResponse({ pipelineResponseConfig: [{ taskType: 'translation', config: [{ serviceId: 's' }] }] })).toThrow(
      /callbackUrl/,
    );
    expect(() =>
      parseConfigResponse({
        pipelineResponseConfig: [{ taskType: 'translation', config: [{ serviceId: 's' }] }],
        pipelineInferenceAPIEndPoint: { callbackUrl: 'https://x', inferenceApiKey: { name: 'Bad Header:', value: 'v' } },
      }),
    ).toThrow(/inferenceApiKey/);
  });

  it('serves translateText for or/as (the languages Amazon Translate lacks)', async () => {
    const res = await translateText({ text: 'My cat is the boss of this house.', source_lang: 'en', target_lang: 'as' }, { providers: [provider()] });
    expect(res.provider_metadata.provider).toBe('bhashini');
    expect(res.provider_metadata.model).toBe(`ulca-pipeline/${BHASHINI_DEFAULT_PIPELINE_ID}`);
    expect(res.translated_text).toMatch(/[\u0980-\u09FF]/);
  });
});
