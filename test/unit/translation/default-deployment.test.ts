import { TranslateClient, TranslateTextCommand } from '@aws-sdk/client-translate';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildTranslationRouter } from '../../../lambdas/adapters/translation-providers.js';
import { AppError } from '../../../lambdas/domain/errors.js';
import { LANGUAGE_CODES, type LanguageCode } from '../../../lambdas/domain/languages.js';
import { METRIC, METRIC_DIMENSION } from '../../../lambdas/domain/metric-names.js';
import { metrics } from '../../../lambdas/domain/observability.js';
import { recordFailoverMetric, translateText } from '../../../lambdas/engines/translation/service.js';
import { startAmazonTranslateSimulator } from '../../../local/simulators/amazon-translate.js';
import { SIMULATED_MARKER, type SimulatorHandle } from '../../../local/simulators/indictrans2.js';
import { DEFAULT_SETTINGS } from '../../../lib/pet-roast-stack.js';
import { fakeSecrets, fastRetry, loopbackFetch, noLog, quiet, testConfig } from './helpers.js';

const CREDENTIALS = { accessKeyId: 'AKIDLOCALTEST', secretAccessKey: 'local-test-secret' };

/**
 * The translation configuration a default `cdk deploy` gives the functions (AMAZON_TRANSLATE=on and
 * nothing else; test/cdk/translation-settings.test.ts checks the stack side), with the real
 * TranslateClient talking to the Amazon Translate simulator over the AWS JSON protocol.
 */
describe('Default deployment: Amazon Translate only', () => {
  let sim: SimulatorHandle;
  let client: TranslateClient;
  beforeAll(async () => {
    quiet();
    sim = await startAmazonTranslateSimulator({ log: noLog, credentials: CREDENTIALS });
    client = new TranslateClient({ region: 'us-east-1', endpoint: sim.url, credentials: CREDENTIALS, maxAttempts: 1 });
  });
  afterAll(() => sim.close());
  beforeEach(() => sim.faults.reset());

  describe('SigV4, as the real endpoint checks it', () => {
    const translate = (credentials: typeof CREDENTIALS, region = 'us-east-1') =>
      new TranslateClient({ region, endpoint: sim.url, credentials, maxAttempts: 1 }).send(
        new TranslateTextCommand({ Text: 'Hello dog', SourceLanguageCode: 'en', TargetLanguageCode: 'hi' }),
      );

    it('answers a correctly signed request (the SDK signs for service translate)', async () => {
      await expect(translate(CREDENTIALS)).resolves.toMatchObject({ TargetLanguageCode: 'hi' });
    });

    it('refuses a wrong secret with 403 InvalidSignatureException, an unknown key id with UnrecognizedClientException', async () => {
      await expect(translate({ ...CREDENTIALS, secretAccessKey: 'not-the-secret' })).rejects.toMatchObject({
        name: 'InvalidSignatureException',
        $metadata: { httpStatusCode: 403 },
      });
      await expect(translate({ ...CREDENTIALS, accessKeyId: 'AKIDUNKNOWN' })).rejects.toMatchObject({ name: 'UnrecognizedClientException' });
    });

    it('refuses a body changed after signing, and a request without a signature', async () => {
      const signed = new TranslateClient({ region: 'us-east-1', endpoint: sim.url, credentials: CREDENTIALS, maxAttempts: 1 });
      signed.middlewareStack.add(
        (next) => async (args) => {
          const request = args.request as { body: Uint8Array };
          request.body = new TextEncoder().encode(new TextDecoder().decode(request.body).replace('Hello dog', 'Hello cat'));
          return next(args);
        },
        { step: 'deserialize', name: 'tamperAfterSigning' },
      );
      await expect(
        signed.send(new TranslateTextCommand({ Text: 'Hello dog', SourceLanguageCode: 'en', TargetLanguageCode: 'hi' })),
      ).rejects.toMatchObject({ name: 'InvalidSignatureException' });
      const unsigned = await fetch(sim.url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AWSShineFrontendService_20170701.TranslateText' },
        body: JSON.stringify({ Text: 'x', SourceLanguageCode: 'en', TargetLanguageCode: 'hi' }),
      });
      expect(unsigned.status).toBe(403);
      expect(unsigned.headers.get('x-amzn-errortype')).toBe('MissingAuthenticationTokenException');
    });
  });

  const router = () =>
    buildTranslationRouter({
      config: testConfig({ AMAZON_TRANSLATE: DEFAULT_SETTINGS.amazonTranslate ? 'on' : 'off' }),
      fetch: loopbackFetch,
      secrets: fakeSecrets({}),
      translateClient: client,
      simulated: ['amazon-translate'],
      retry: fastRetry(),
    });

  const TEN: LanguageCode[] = ['hi', 'bn', 'ta', 'te', 'ml', 'kn', 'gu', 'mr', 'pa', 'ur'];

  it('is what the stack deploys by default', () => {
    expect(DEFAULT_SETTINGS.amazonTranslate).toBe(true);
    expect(LANGUAGE_CODES.filter((l) => l !== 'en' && !TEN.includes(l))).toEqual(['or', 'as']);
  });

  it.each(TEN)('translates en → %s and back with Amazon Translate', async (lang) => {
    const there = await translateText({ text: 'Your dog is a couch potato.', source_lang: 'en', target_lang: lang }, { providers: router() });
    expect(there.provider_metadata).toMatchObject({ provider: 'amazon-translate', model: 'amazon-translate-simulator', simulated: true, failover: false });
    expect(there.translated_text.startsWith(SIMULATED_MARKER)).toBe(true);
    const back = await translateText({ text: there.translated_text, source_lang: lang, target_lang: 'en' }, { providers: router() });
    expect(back.provider_metadata.provider).toBe('amazon-translate');
    const sent = sim.requests.at(-1)?.body as { SourceLanguageCode: string; TargetLanguageCode: string };
    expect(sent).toMatchObject({ SourceLanguageCode: lang, TargetLanguageCode: 'en' });
  });

  it.each([
    ['en', 'or', 'Odia (or)'],
    ['as', 'en', 'Assamese (as)'],
    ['hi', 'or', 'Odia (or)'],
  ] as Array<[LanguageCode, LanguageCode, string]>)('answers %s → %s with 503 provider_not_configured naming the settings to add, calling nothing', async (source, target, name) => {
    const before = sim.calls;
    const err = (await translateText({ text: 'Hello', source_lang: source, target_lang: target }, { providers: router() }).catch((e: unknown) => e)) as AppError;
    expect(err).toBeInstanceOf(AppError);
    expect(err.status).toBe(503);
    expect(err.code).toBe('provider_not_configured');
    expect(err.message).toBe(
      `No translation provider is configured for ${source} → ${target}. Amazon Translate does not support ${name}. ` +
        'Set INDICTRANS2_URL (cdk: -c indictrans2Url=…), DHRUVA_URL with DHRUVA_API_KEY_SECRET_ARN (cdk: -c dhruvaUrl=…) or BHASHINI_CONFIG_URL with BHASHINI_SECRET_ARN (cdk: -c bhashiniConfigUrl=…).',
    );
    expect(sim.calls).toBe(before);
  });

  it('names AMAZON_TRANSLATE among the settings when nothing at all is configured (opt-out)', async () => {
    const none = buildTranslationRouter({ config: testConfig({}), fetch: loopbackFetch, secrets: fakeSecrets({}) });
    await expect(translateText({ text: 'Hello', source_lang: 'en', target_lang: 'hi' }, { providers: none })).rejects.toMatchObject({
      status: 503,
      message: expect.stringContaining('AMAZON_TRANSLATE=on (cdk: -c amazonTranslate=true)'),
    });
  });

  it('retries the simulator\'s 503 ServiceUnavailableException through the SDK, and does not retry UnsupportedLanguagePairException', async () => {
    sim.faults.set({ status: 503, times: 1 });
    const before = sim.calls;
    const ok = await translateText({ text: 'Okay then.', source_lang: 'en', target_lang: 'mr' }, { providers: router() });
    expect(ok.provider_metadata.provider).toBe('amazon-translate');
    expect(sim.calls - before).toBe(2);

    // The simulator speaks the service's error shapes: the SDK raises the modelled exception.
    await expect(client.send(new TranslateTextCommand({ Text: 'Hi', SourceLanguageCode: 'en', TargetLanguageCode: 'or' }))).rejects.toMatchObject({
      name: 'UnsupportedLanguagePairException',
      $metadata: { httpStatusCode: 400 },
    });
    await expect(client.send(new TranslateTextCommand({ Text: 'x'.repeat(10_001), SourceLanguageCode: 'en', TargetLanguageCode: 'hi' }))).rejects.toMatchObject({
      name: 'TextSizeLimitExceededException',
    });
  });
});

describe('Metric: TranslationFailovers', () => {
  it('is one Count with the provider that failed as the `provider` dimension', () => {
    const single = { addDimension: vi.fn(), addMetric: vi.fn() };
    const spy = vi.spyOn(metrics, 'singleMetric').mockReturnValue(single as unknown as ReturnType<typeof metrics.singleMetric>);
    try {
      recordFailoverMetric('indictrans2');
      expect(single.addDimension).toHaveBeenCalledWith(METRIC_DIMENSION.Provider, 'indictrans2');
      expect(single.addMetric).toHaveBeenCalledWith(METRIC.TranslationFailovers, 'Count', 1);
      expect(METRIC.TranslationFailovers).toBe('TranslationFailovers');
      expect(METRIC_DIMENSION.Provider).toBe('provider');
    } finally {
      spy.mockRestore();
    }
  });
});
