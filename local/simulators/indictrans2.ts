/**
 * LOCAL SIMULATOR of AI4Bharat's IndicTrans2 Triton server (docs/reference/external-apis.md §4.3). It does not translate:
 * every "translation" is the marker `[ⓢⓘⓜ] ` followed by a deterministic letter-by-letter
 * transliteration of the input into the target language's script (romanisation for `*→en`), so script
 * validation passes while nobody can mistake the output for a real translation. The marker uses
 * circled letters, which Unicode classes as symbols, so it never counts for or against script checks.
 *
 * Wire format, as the real server speaks it:
 * - `GET /v2/health/ready`, `GET /v2/health/live` → 200; `GET /v2/models/nmt` → model metadata.
 * - `POST /v2/models/nmt/versions/1/infer`, KServe v2 JSON: inputs `INPUT_TEXT`, `INPUT_LANGUAGE_ID`,
 *   `OUTPUT_LANGUAGE_ID` (BYTES, shape [n,1], ISO codes) → `OUTPUT_TEXT` (BYTES, shape [n,1]).
 * - Errors use Triton's envelope `{"error": "…"}`; an unknown language gives 400
 *   `…RuntimeError: Language-pair not supported: xx-yy`.
 * - With `apiKey`, requests need `Authorization: Bearer <apiKey>` (a gateway in front of Triton) → 401.
 *
 * Every response carries `x-translation-simulator: indictrans2` so clients can tell. Faults are set at
 * run time through the returned handle or over HTTP (`POST /__sim/faults`, `DELETE /__sim/faults`,
 * `GET /__sim/state`). The Dhruva simulator (dhruva.ts) reuses this module: Dhruva serves the same model.
 */
import { SIMULATED_LANGUAGES, simulateTranslation } from './transliteration.js';
import { startSimulator, type FaultDecision, type SimReply, type SimulatorHandle, type SimulatorOptions } from './translation-server.js';

// The simulators' shared parts, re-exported for the other simulators and the tests that import them from here.
export { romanize, SIMULATED_LANGUAGES, SIMULATED_MARKER, simulateTranslation } from './transliteration.js';
export {
  FaultState,
  SIMULATOR_HEADER,
  startSimulator,
  type FaultControls,
  type FaultDecision,
  type InferenceHandler,
  type RecordedRequest,
  type SimReply,
  type SimulatorDefinition,
  type SimulatorFaults,
  type SimulatorHandle,
  type SimulatorOptions,
} from './translation-server.js';

// ---------------------------------------------------------------------------------------------------
// The IndicTrans2 Triton server.

const TRITON_INPUTS = ['INPUT_TEXT', 'INPUT_LANGUAGE_ID', 'OUTPUT_LANGUAGE_ID'] as const;

interface TritonInput {
  name?: unknown;
  shape?: unknown;
  datatype?: unknown;
  data?: unknown;
}

const tritonError = (status: number, error: string, headers?: Record<string, string>): SimReply => ({ status, body: { error }, headers });

/** Validates the KServe v2 request like Triton would and returns the rows, or the error reply. */
function readTritonRows(body: unknown): { rows: Array<{ text: string; source: string; target: string }> } | { reply: SimReply } {
  if (body === undefined) return { reply: tritonError(400, 'failed to parse the request JSON buffer: Invalid value.') };
  const inputs = (body as { inputs?: unknown }).inputs;
  if (!Array.isArray(inputs)) return { reply: tritonError(400, "Unable to find 'inputs' in JSON request") };
  if (inputs.length !== TRITON_INPUTS.length) {
    return { reply: tritonError(400, `expected ${TRITON_INPUTS.length} inputs but got ${inputs.length} inputs for model 'nmt'`) };
  }
  const columns = new Map<string, string[]>();
  let rows = -1;
  for (const input of inputs as TritonInput[]) {
    const name = String(input?.name);
    if (!(TRITON_INPUTS as readonly string[]).includes(name)) return { reply: tritonError(400, `unexpected inference input '${name}' for model 'nmt'`) };
    if (input.datatype !== 'BYTES') {
      return { reply: tritonError(400, `unexpected datatype ${String(input.datatype)} for inference input '${name}', expecting BYTES`) };
    }
    const shape = input.shape;
    if (!Array.isArray(shape) || shape.length !== 2 || shape[1] !== 1 || !Number.isInteger(shape[0])) {
      return { reply: tritonError(400, `unexpected shape for input '${name}' for model 'nmt'. Expected [-1,1], got ${JSON.stringify(shape)}`) };
    }
    const data = Array.isArray(input.data) ? (input.data as unknown[]).flat() : undefined;
    if (!data || data.length !== shape[0] || !data.every((d) => typeof d === 'string')) {
      return { reply: tritonError(400, `unexpected number of string elements for inference input '${name}', expecting ${String(shape[0])}`) };
    }
    if (rows !== -1 && rows !== shape[0]) return { reply: tritonError(400, 'inputs have different batch sizes') };
    if ((shape[0] as number) > 512) return { reply: tritonError(400, `inference request batch-size must be <= 512 for 'nmt'`) };
    rows = shape[0] as number;
    columns.set(name, data as string[]);
  }
  const texts = columns.get('INPUT_TEXT') as string[];
  const sources = columns.get('INPUT_LANGUAGE_ID') as string[];
  const targets = columns.get('OUTPUT_LANGUAGE_ID') as string[];
  return { rows: texts.map((text, i) => ({ text, source: sources[i] as string, target: targets[i] as string })) };
}

function faultReply(decision: FaultDecision): SimReply | undefined {
  if (decision.status === undefined) return undefined;
  const headers = decision.retryAfterS !== undefined ? { 'retry-after': String(decision.retryAfterS) } : undefined;
  const message =
    decision.status === 429 ? 'Too Many Requests' : decision.status === 503 ? 'Server is not ready' : 'Failed to process the request(s) for model instance \'nmt_0_0\', message: CUDA out of memory';
  return tritonError(decision.status, message, headers);
}

/**
 * Starts the IndicTrans2 (Triton `nmt`) simulator. See the module comment for the wire format and faults.
 */
export function startIndicTrans2Simulator(options: SimulatorOptions = {}): Promise<SimulatorHandle> {
  return startSimulator(
    {
      name: 'indictrans2',
      inferencePath: '/v2/models/nmt/versions/1/infer',
      notFound: tritonError(404, 'Not Found'),
      routes: (method, path) => {
        if (method !== 'GET') return undefined;
        if (path === '/v2/health/ready' || path === '/v2/health/live') return { status: 200 };
        if (path === '/v2/models/nmt' || path === '/v2/models/nmt/versions/1') {
          return {
            status: 200,
            body: {
              name: 'nmt',
              versions: ['1'],
              platform: 'python',
              inputs: TRITON_INPUTS.map((name) => ({ name, datatype: 'BYTES', shape: [-1, 1] })),
              outputs: [{ name: 'OUTPUT_TEXT', datatype: 'BYTES', shape: [-1, 1] }],
            },
          };
        }
        return undefined;
      },
      infer: (request, decision) => {
        if (options.apiKey !== undefined && request.headers.authorization !== `Bearer ${options.apiKey}`) {
          return tritonError(401, 'Unauthorized');
        }
        const fault = faultReply(decision);
        if (fault) return fault;
        const parsed = readTritonRows(request.body);
        if ('reply' in parsed) return parsed.reply;
        for (const row of parsed.rows) {
          if (!SIMULATED_LANGUAGES.has(row.source) || !SIMULATED_LANGUAGES.has(row.target)) {
            return tritonError(
              400,
              `Failed to process the request(s) for model instance 'nmt_0_0', message: RuntimeError: Language-pair not supported: ${row.source}-${row.target}`,
            );
          }
        }
        const data = parsed.rows.map((row) => (decision.echo ? row.text : simulateTranslation(row.text, row.source, row.target)));
        return {
          status: 200,
          body: { model_name: 'nmt', model_version: '1', outputs: [{ name: 'OUTPUT_TEXT', datatype: 'BYTES', shape: [data.length, 1], data }] },
        };
      },
    },
    options,
  );
}
