/**
 * LOCAL SIMULATOR of Dhruva's direct translation endpoint (docs/reference/external-apis.md §5.1). Dhruva serves the same
 * IndicTrans2 model, so this reuses the IndicTrans2 simulator's fake translations (marker `[ⓢⓘⓜ] ` +
 * transliteration into the target script) and its run-time faults.
 *
 * - `POST /services/inference/translation?serviceId=…` (or `config.serviceId`), body
 *   `{input:[{source}], config:{language:{sourceLanguage,targetLanguage}}}` → `{output:[{source,target}]}`.
 * - With `apiKey`: the raw key in `Authorization` (no "Bearer"), else 401 `{"detail":{"message":"Not authenticated"}}`.
 * - Malformed bodies: 422 FastAPI-style `{"detail":[{"loc":[…],"msg":"…","type":"…"}]}`.
 * - Unknown service id: 400 `{"detail":{"message":"Invalid Service Id"}}`.
 * - Upstream (Triton) failure, an injected 500 or an unsupported pair: 500
 *   `{"detail":{"kind":"DHRUVA-101","message":"Request failed. Please try again."}}`.
 * - Injected 429/503 carry `Retry-After` when set.
 */
import { SIMULATED_LANGUAGES, simulateTranslation } from './transliteration.js';
import { startSimulator, type FaultDecision, type SimReply, type SimulatorHandle, type SimulatorOptions } from './translation-server.js';

/** Service ids the simulator accepts. */
export const DHRUVA_SIMULATED_SERVICE_IDS = new Set(['ai4bharat/indictrans-v2-all-gpu--t4', 'bhashini/iiith/nmt-all']);

const detail = (status: number, body: Record<string, unknown>, headers?: Record<string, string>): SimReply => ({
  status,
  body: { detail: body },
  headers,
});
const dhruva101 = (): SimReply => detail(500, { kind: 'DHRUVA-101', message: 'Request failed. Please try again.' });

function faultReply(decision: FaultDecision): SimReply | undefined {
  if (decision.status === undefined) return undefined;
  const headers = decision.retryAfterS !== undefined ? { 'retry-after': String(decision.retryAfterS) } : undefined;
  if (decision.status === 500) return dhruva101();
  if (decision.status === 429) return detail(429, { message: 'Rate limit exceeded' }, headers);
  if (decision.status === 503) return detail(503, { message: 'Service Unavailable' }, headers);
  return detail(decision.status, { message: `Simulated HTTP ${decision.status}` }, headers);
}

type Issue = { loc: Array<string | number>; msg: string; type: string };

function validate(body: unknown): { issues: Issue[]; texts: string[]; source: string; target: string; serviceId?: string } {
  const issues: Issue[] = [];
  const missing = (loc: Array<string | number>): void => void issues.push({ loc: ['body', ...loc], msg: 'field required', type: 'value_error.missing' });
  const notStr = (loc: Array<string | number>): void => void issues.push({ loc: ['body', ...loc], msg: 'str type expected', type: 'type_error.str' });
  const b = (body ?? {}) as { input?: unknown; config?: { language?: { sourceLanguage?: unknown; targetLanguage?: unknown }; serviceId?: unknown } };
  if (body === undefined) issues.push({ loc: ['body'], msg: 'value is not a valid dict', type: 'type_error.dict' });
  const texts: string[] = [];
  if (b.input === undefined) missing(['input']);
  else if (!Array.isArray(b.input)) issues.push({ loc: ['body', 'input'], msg: 'value is not a valid list', type: 'type_error.list' });
  else
    b.input.forEach((item, i) => {
      const source = (item as { source?: unknown })?.source;
      if (source === undefined) missing(['input', i, 'source']);
      else if (typeof source !== 'string') notStr(['input', i, 'source']);
      else texts.push(source);
    });
  const language = b.config?.language;
  if (b.config === undefined) missing(['config']);
  else if (language === undefined) missing(['config', 'language']);
  else {
    if (language.sourceLanguage === undefined) missing(['config', 'language', 'sourceLanguage']);
    else if (typeof language.sourceLanguage !== 'string') notStr(['config', 'language', 'sourceLanguage']);
    if (language.targetLanguage === undefined) missing(['config', 'language', 'targetLanguage']);
    else if (typeof language.targetLanguage !== 'string') notStr(['config', 'language', 'targetLanguage']);
  }
  return {
    issues,
    texts,
    source: String(language?.sourceLanguage ?? ''),
    target: String(language?.targetLanguage ?? ''),
    serviceId: typeof b.config?.serviceId === 'string' ? b.config.serviceId : undefined,
  };
}

/** Starts the Dhruva direct-endpoint simulator. See the module comment for the wire format and faults. */
export function startDhruvaSimulator(options: SimulatorOptions = {}): Promise<SimulatorHandle> {
  return startSimulator(
    {
      name: 'dhruva',
      inferencePath: '/services/inference/translation',
      notFound: { status: 404, body: { detail: 'Not Found' } },
      routes: (method, path) => (method === 'GET' && (path === '/' || path === '/health') ? { status: 200, body: { status: 'ok' } } : undefined),
      infer: (request, decision) => {
        if (request.method !== 'POST') return { status: 405, body: { detail: 'Method Not Allowed' } };
        if (options.apiKey !== undefined && request.headers.authorization !== options.apiKey) {
          return detail(401, { message: 'Not authenticated' });
        }
        const fault = faultReply(decision);
        if (fault) return fault;
        const parsed = validate(request.body);
        if (parsed.issues.length > 0) return { status: 422, body: { detail: parsed.issues } };
        // The query string wins over config.serviceId, as in Dhruva's router.
        const serviceId = new URL(request.url, 'http://simulator').searchParams.get('serviceId') ?? parsed.serviceId;
        if (!serviceId || !DHRUVA_SIMULATED_SERVICE_IDS.has(serviceId)) return detail(400, { message: 'Invalid Service Id' });
        if (!SIMULATED_LANGUAGES.has(parsed.source) || !SIMULATED_LANGUAGES.has(parsed.target)) return dhruva101();
        return {
          status: 200,
          body: {
            output: parsed.texts.map((source) => ({
              source,
              target: decision.echo ? source : simulateTranslation(source, parsed.source, parsed.target),
            })),
          },
        };
      },
    },
    options,
  );
}
