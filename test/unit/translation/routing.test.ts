import { TranslateClient, TranslateTextCommand } from '@aws-sdk/client-translate';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildTranslationProviders, buildTranslationRouter } from '../../../lambdas/adapters/translation-providers.js';
import { AppError } from '../../../lambdas/domain/errors.js';
import { LANGUAGE_CODES, type LanguageCode } from '../../../lambdas/domain/languages.js';
import { amazonTranslateSupports } from '../../../lambdas/engines/translation/amazon-translate.js';
import { createProviderRouter, parseTranslationRoutes, routeFor } from '../../../lambdas/engines/translation/routing.js';
import { translateText } from '../../../lambdas/engines/translation/service.js';
import type { TranslationProvider } from '../../../lambdas/engines/translation/types.js';
import { startIndicTrans2Simulator, type SimulatorHandle } from '../../../local/simulators/indictrans2.js';
import { fakeSecrets, fastRetry, loopbackFetch, noLog, quiet, testConfig } from './helpers.js';

const stub = (name: TranslationProvider['name'], supports: TranslationProvider['supports'] = () => true): TranslationProvider => ({
  name,
  model: `${name}-stub`,
  supports,
  translate: async (texts) => texts,
});

describe('Function: parseTranslationRoutes', () => {
  it('defaults to indictrans2 → dhruva → bhashini → amazon-translate', () => {
    expect(parseTranslationRoutes(undefined).default).toEqual(['indictrans2', 'dhruva', 'bhashini', 'amazon-translate']);
    expect(parseTranslationRoutes('  ').default).toEqual(['indictrans2', 'dhruva', 'bhashini', 'amazon-translate']);
  });

  it('accepts a CSV or a JSON array as the order for every pair', () => {
    expect(parseTranslationRoutes('dhruva, amazon-translate').default).toEqual(['dhruva', 'amazon-translate']);
    expect(parseTranslationRoutes('["bhashini","indictrans2"]').default).toEqual(['bhashini', 'indictrans2']);
  });

  it('accepts per-pair rules in a JSON object, most specific first', () => {
    const table = parseTranslationRoutes(
      JSON.stringify({ default: ['indictrans2'], '*-pa': ['bhashini'], 'en-*': 'dhruva,indictrans2', 'en-ur': ['amazon-translate'] }),
    );
    expect(routeFor(table, 'en', 'ur')).toEqual(['amazon-translate']);
    expect(routeFor(table, 'en', 'pa')).toEqual(['dhruva', 'indictrans2']);
    expect(routeFor(table, 'hi', 'pa')).toEqual(['bhashini']);
    expect(routeFor(table, 'hi', 'ta')).toEqual(['indictrans2']);
  });

  it.each([
    ['google', /unknown provider 'google'/],
    ['{"en-xx":["dhruva"]}', /not a language pair/],
    ['{"default":5}', /must be a list/],
    ['{not json', /not valid JSON/],
  ])('fails fast on %s, naming TRANSLATION_ROUTES', (value, message) => {
    expect(() => parseTranslationRoutes(value)).toThrow(message);
    expect(() => parseTranslationRoutes(value)).toThrow(/TRANSLATION_ROUTES/);
  });
});

describe('Function: createProviderRouter', () => {
  it('picks the first configured provider on the route that supports the pair', () => {
    const router = createProviderRouter([stub('amazon-translate', amazonTranslateSupports), stub('dhruva')], 'indictrans2,amazon-translate,dhruva');
    expect(router.select('en', 'hi').name).toBe('amazon-translate');
    expect(router.select('en', 'or').name).toBe('dhruva');
  });

  it('never routes or/as to Amazon Translate, even when a provider named so claims support', () => {
    const router = createProviderRouter([stub('amazon-translate'), stub('bhashini')], 'amazon-translate,bhashini');
    for (const lang of ['or', 'as'] as LanguageCode[]) {
      expect(router.select('en', lang).name).toBe('bhashini');
      expect(router.select(lang, 'en').name).toBe('bhashini');
      expect(router.select(lang, 'hi').name).toBe('bhashini');
    }
  });

  it('answers 503 provider_not_configured when nothing on the route fits', () => {
    const router = createProviderRouter([stub('amazon-translate', amazonTranslateSupports)]);
    const err = (() => {
      try {
        router.select('en', 'or');
      } catch (e) {
        return e as AppError;
      }
      return undefined;
    })();
    expect(err?.status).toBe(503);
    expect(err?.code).toBe('provider_not_configured');
    expect(err?.message).toContain('en → or');
    // A provider that is configured but left out of the route is not used.
    expect(() => createProviderRouter([stub('dhruva')], 'indictrans2').select('en', 'hi')).toThrow(/TRANSLATION_ROUTES sends it to indictrans2; add dhruva/);
  });
});

describe('Routing with Amazon Translate (aws-sdk-client-mock)', () => {
  const translate = mockClient(TranslateClient);
  let sim: SimulatorHandle;
  beforeAll(async () => {
    quiet();
    sim = await startIndicTrans2Simulator({ log: noLog });
  });
  afterAll(async () => {
    translate.restore();
    await sim.close();
  });
  beforeEach(() => {
    translate.reset();
    translate.on(TranslateTextCommand).callsFake((input: { Text: string }) => ({ TranslatedText: `अनुवाद ${input.Text.length}` }));
  });
  afterEach(() => sim.faults.reset());

  const router = (routes?: string, env: Record<string, string> = {}) =>
    buildTranslationRouter({
      config: testConfig({ AMAZON_TRANSLATE: 'on', INDICTRANS2_URL: sim.url, ...(routes ? { TRANSLATION_ROUTES: routes } : {}), ...env }),
      fetch: loopbackFetch,
      secrets: fakeSecrets({}),
      translateClient: new TranslateClient({ region: 'us-east-1' }),
      simulated: ['indictrans2'],
      retry: fastRetry(),
    });

  it.each([
    ['en', 'or'],
    ['en', 'as'],
    ['or', 'en'],
    ['as', 'en'],
    ['hi', 'or'],
    ['as', 'bn'],
  ] as Array<[LanguageCode, LanguageCode]>)('%s → %s goes to IndicTrans2 even with amazon-translate first; no TranslateText call', async (source, target) => {
    const before = sim.calls;
    const res = await translateText({ text: 'Good boy. Sit!', source_lang: source, target_lang: target }, { providers: router('amazon-translate,indictrans2') });
    expect(res.provider_metadata.provider).toBe('indictrans2');
    expect(sim.calls).toBe(before + 1);
    expect(translate.commandCalls(TranslateTextCommand)).toHaveLength(0);
  });

  it('sends en → hi to Amazon Translate when it is first, with the exact command parameters', async () => {
    const res = await translateText({ text: 'Good boy.', source_lang: 'en', target_lang: 'hi' }, { providers: router('amazon-translate,indictrans2') });
    expect(res.provider_metadata).toEqual({ provider: 'amazon-translate', model: 'amazon-translate', latency_ms: expect.any(Number), cached: false, failover: false });
    expect(res.translated_text).toBe('अनुवाद 9');
    const calls = translate.commandCalls(TranslateTextCommand);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.args[0].input).toEqual({ Text: 'Good boy.', SourceLanguageCode: 'en', TargetLanguageCode: 'hi' });
  });

  it('with only Amazon Translate configured, or/as are 503 provider_not_configured and Amazon is never called', async () => {
    const amazonOnly = buildTranslationRouter({
      config: testConfig({ AMAZON_TRANSLATE: 'true' }),
      fetch: loopbackFetch,
      translateClient: new TranslateClient({ region: 'us-east-1' }),
      secrets: fakeSecrets({}),
    });
    for (const target of ['or', 'as']) {
      await expect(translateText({ text: 'Hi', source_lang: 'en', target_lang: target }, { providers: amazonOnly })).rejects.toMatchObject({
        status: 503,
        code: 'provider_not_configured',
      });
    }
    expect(translate.commandCalls(TranslateTextCommand)).toHaveLength(0);
  });

  it('keeps each TranslateText call within 10,000 UTF-8 bytes', async () => {
    const text = Array(180).fill('आपका कुत्ता बहुत आलसी है।').join(' '); // ~4,700 chars, ~12 KB
    expect(Buffer.byteLength(text)).toBeGreaterThan(10_000);
    const res = await translateText({ text, source_lang: 'hi', target_lang: 'mr' }, { providers: router('amazon-translate') });
    expect(res.provider_metadata.provider).toBe('amazon-translate');
    const calls = translate.commandCalls(TranslateTextCommand);
    expect(calls.length).toBeGreaterThanOrEqual(2);
    for (const call of calls) expect(Buffer.byteLength(call.args[0].input.Text ?? '')).toBeLessThanOrEqual(10_000);
  });

  it('retries ThrottlingException, does not retry a 400 like UnsupportedLanguagePairException', async () => {
    const throttled = Object.assign(new Error('Rate exceeded'), {
      name: 'ThrottlingException',
      $metadata: { httpStatusCode: 400 },
      $retryable: { throttling: true },
    });
    translate.on(TranslateTextCommand).rejectsOnce(throttled).resolves({ TranslatedText: 'ठीक है' });
    const ok = await translateText({ text: 'Okay', source_lang: 'en', target_lang: 'hi' }, { providers: router('amazon-translate') });
    expect(ok.translated_text).toBe('ठीक है');
    expect(translate.commandCalls(TranslateTextCommand)).toHaveLength(2);

    translate.reset();
    const unsupported = Object.assign(new Error('Unsupported language pair'), {
      name: 'UnsupportedLanguagePairException',
      $metadata: { httpStatusCode: 400 },
    });
    translate.on(TranslateTextCommand).rejects(unsupported);
    const err = (await translateText({ text: 'Okay', source_lang: 'en', target_lang: 'ur' }, { providers: router('amazon-translate') }).catch(
      (e: unknown) => e,
    )) as AppError;
    expect(err.status).toBe(502);
    expect(err.extra).toEqual({ provider: 'amazon-translate' });
    expect(translate.commandCalls(TranslateTextCommand)).toHaveLength(1);
  });

  it('Amazon Translate supports 10 of the 12 languages: all but or and as', () => {
    const supported = LANGUAGE_CODES.filter((l) => l !== 'en' && amazonTranslateSupports('en', l));
    expect(supported).toEqual(['hi', 'bn', 'ta', 'te', 'ml', 'kn', 'gu', 'mr', 'pa', 'ur']);
  });

  it('builds only the configured providers, in the default order', () => {
    const providers = buildTranslationProviders({
      config: testConfig({
        AMAZON_TRANSLATE: 'on',
        INDICTRANS2_URL: sim.url,
        DHRUVA_URL: 'https://api.dhruva.example',
        BHASHINI_CONFIG_URL: 'https://meity-auth.example/ulca/apis/v0/model/getModelsPipeline',
        BHASHINI_SECRET_ARN: 'arn:bhashini',
      }),
      fetch: loopbackFetch,
      secrets: fakeSecrets({}),
      translateClient: new TranslateClient({ region: 'us-east-1' }),
      simulated: [],
    });
    expect(providers.map((p) => p.name)).toEqual(['indictrans2', 'dhruva', 'bhashini', 'amazon-translate']);
    expect(providers.every((p) => !p.simulated)).toBe(true);
    expect(buildTranslationProviders({ config: testConfig({}), fetch: loopbackFetch, simulated: [] })).toEqual([]);
  });
});
