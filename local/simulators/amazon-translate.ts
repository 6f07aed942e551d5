/**
 * LOCAL SIMULATOR of Amazon Translate's synchronous `TranslateText` (docs/translation.md, "Local
 * simulators"). moto (5.x) has no Translate backend, so this stands in for the real service on the
 * AWS wire protocol: the service's real `TranslateClient` talks to it unchanged when
 * `AWS_ENDPOINT_URL_TRANSLATE` points here (the SDK's service-specific endpoint variable). It does not
 * translate: like the IndicTrans2 simulator, every "translation" is `[ⓢⓘⓜ] ` + a letter-by-letter
 * transliteration into the target script, so nobody can mistake it for real output.
 *
 * Wire format (AWS JSON 1.1, as the real endpoint speaks it):
 * - `POST /` with `X-Amz-Target: AWSShineFrontendService_20170701.TranslateText` and a SigV4
 *   `Authorization` header for the service `translate`, verified against the simulator's credentials
 *   (sigv4.ts: the real service refuses a bad signature, and so does this), body
 *   `{"Text","SourceLanguageCode","TargetLanguageCode"}` → `{"TranslatedText","SourceLanguageCode","TargetLanguageCode"}`.
 * - Errors: `{"__type":"<Exception>","message":"…"}` with `x-amzn-errortype`; the status codes of the
 *   service model: `UnsupportedLanguagePairException` 400 (e.g. Odia `or`, Assamese `as`),
 *   `TextSizeLimitExceededException` 400 (over 10,000 UTF-8 bytes), `ValidationException` 400,
 *   `UnknownOperationException` 400, `MissingAuthenticationTokenException` 403, `UnrecognizedClientException`
 *   403 (unknown access key id), `InvalidSignatureException` 403, and for injected faults
 *   `InternalServerException` 500, `ServiceUnavailableException` 503, `TooManyRequestsException` 429.
 *
 * Faults (status, times, latency, hang, echo) are the shared ones of indictrans2.ts, set through the
 * handle or `POST /__sim/faults`. Every response carries `x-translation-simulator: amazon-translate`.
 */
import {
  simulateTranslation,
  startSimulator,
  type FaultDecision,
  type SimReply,
  type SimulatorHandle,
  type SimulatorOptions,
} from './indictrans2.js';
import { verifySigV4, type SimulatorCredentials } from './sigv4.js';

/** The JSON 1.1 target prefix of Amazon Translate (its Smithy service name). */
export const AMAZON_TRANSLATE_TARGET_PREFIX = 'AWSShineFrontendService_20170701.';

/**
 * Codes the simulator accepts, as the real service does for this project's languages: the eleven it
 * has (en, hi, bn, ta, te, ml, kn, gu, mr, pa, ur) and a few others; never `or` or `as`.
 */
export const AMAZON_TRANSLATE_SIMULATED_LANGUAGES = new Set(['en', 'hi', 'bn', 'ta', 'te', 'ml', 'kn', 'gu', 'mr', 'pa', 'ur', 'ne', 'fr', 'de', 'es']);

const MAX_TEXT_BYTES = 10_000;

const awsError = (status: number, type: string, message: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): SimReply => ({
  status,
  body: { __type: type, message, ...extra },
  headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-errortype': type, ...headers },
});

function faultReply(decision: FaultDecision): SimReply | undefined {
  if (decision.status === undefined) return undefined;
  const headers: Record<string, string> = decision.retryAfterS !== undefined ? { 'retry-after': String(decision.retryAfterS) } : {};
  if (decision.status === 429) return awsError(429, 'TooManyRequestsException', 'Rate exceeded', {}, headers);
  if (decision.status === 503) return awsError(503, 'ServiceUnavailableException', 'Service unavailable', {}, headers);
  return awsError(decision.status, 'InternalServerException', 'An internal server error occurred. Retry your request.', {}, headers);
}

/** Options of the Amazon Translate simulator. */
export interface AmazonTranslateSimulatorOptions extends SimulatorOptions {
  /**
   * The key pair requests must be signed with (default: AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY when
   * the simulator starts, which the local runtime sets for moto — the same the service's SDK signs with).
   */
  credentials?: SimulatorCredentials;
}

/** Starts the Amazon Translate simulator on loopback. See the module comment for the protocol and faults. */
export function startAmazonTranslateSimulator(options: AmazonTranslateSimulatorOptions = {}): Promise<SimulatorHandle> {
  const credentials = options.credentials ?? {
    accessKeyId: process.env.AWS_ACCESS_KEY_ID ?? 'testing',
    secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY ?? 'testing',
  };
  return startSimulator(
    {
      name: 'amazon-translate',
      inferencePath: '/',
      notFound: awsError(404, 'UnknownOperationException', 'Not found'),
      routes: () => undefined,
      infer: async (request, decision) => {
        if (request.method !== 'POST') return awsError(400, 'UnknownOperationException', 'Only POST is supported');
        const refused = await verifySigV4({ ...request, body: request.raw }, { service: 'translate', credentials });
        if (refused) return awsError(403, refused.type, refused.message);
        const target = String(request.headers['x-amz-target'] ?? '');
        if (target !== `${AMAZON_TRANSLATE_TARGET_PREFIX}TranslateText`) {
          return awsError(400, 'UnknownOperationException', `Operation ${target || '(none)'} is not supported by this simulator`);
        }
        const fault = faultReply(decision);
        if (fault) return fault;
        const body = request.body as { Text?: unknown; SourceLanguageCode?: unknown; TargetLanguageCode?: unknown } | undefined;
        if (!body || typeof body.Text !== 'string' || typeof body.SourceLanguageCode !== 'string' || typeof body.TargetLanguageCode !== 'string') {
          return awsError(400, 'ValidationException', 'Text, SourceLanguageCode and TargetLanguageCode are required strings');
        }
        const { Text: text, SourceLanguageCode: source, TargetLanguageCode: targetLang } = body as { Text: string; SourceLanguageCode: string; TargetLanguageCode: string };
        if (text.length === 0) return awsError(400, 'ValidationException', "1 validation error detected: Value '' at 'text' failed to satisfy constraint: Member must have length greater than or equal to 1");
        if (Buffer.byteLength(text, 'utf8') > MAX_TEXT_BYTES) {
          return awsError(400, 'TextSizeLimitExceededException', `Input text size exceeds limit. Max length of request text allowed is ${MAX_TEXT_BYTES} bytes.`);
        }
        if (!AMAZON_TRANSLATE_SIMULATED_LANGUAGES.has(source) || !AMAZON_TRANSLATE_SIMULATED_LANGUAGES.has(targetLang) || source === targetLang) {
          return awsError(400, 'UnsupportedLanguagePairException', `Unsupported language pair: ${source} to ${targetLang}`, {
            SourceLanguageCode: source,
            TargetLanguageCode: targetLang,
          });
        }
        return {
          status: 200,
          headers: { 'content-type': 'application/x-amz-json-1.1' },
          body: {
            TranslatedText: decision.echo ? text : simulateTranslation(text, source, targetLang),
            SourceLanguageCode: source,
            TargetLanguageCode: targetLang,
          },
        };
      },
    },
    options,
  );
}
