import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { getConfig, requireConfig } from '../core/config.js';
import { AppError, errors } from '../core/errors.js';
import type { DetectionOutcome, DetectRequest, PetDetector } from '../core/ports.js';
import type { Check } from './health.js';

/**
 * The native detector module, loaded only where detection runs in this process (the local runtime).
 * The specifier is computed so bundlers leave it out: zip functions in AWS always use the Lambda
 * detector and must not carry (or try to load) onnxruntime and sharp.
 */
const IN_PROCESS_MODULE = './in-process-detector.js';
const inProcess = (): Promise<typeof import('./in-process-detector.js')> => import(IN_PROCESS_MODULE);

/** The detector function's event and answer (the wire contract between the API Lambdas and it). */
export type DetectorEvent = { action: 'ping' } | { action: 'detect'; request: DetectRequest };
export type DetectorAnswer =
  | { ok: true; result?: DetectionOutcome; model?: string }
  | { ok: false; error: { status: number; code: string; message: string; extra: Record<string, unknown> } };

/** Calls the detector container Lambda (AWS). AppErrors raised there come back as AppErrors here. */
export class LambdaPetDetector implements PetDetector {
  constructor(
    private readonly functionName: string,
    private readonly client: LambdaClient = new LambdaClient({}),
  ) {}

  async invoke(event: DetectorEvent): Promise<DetectorAnswer> {
    let out;
    try {
      out = await this.client.send(
        new InvokeCommand({ FunctionName: this.functionName, Payload: Buffer.from(JSON.stringify(event)) }),
      );
    } catch (err) {
      throw errors.detector('The pet detector could not be reached; it is safe to retry.', err);
    }
    const text = Buffer.from(out.Payload ?? new Uint8Array()).toString('utf8');
    if (out.FunctionError) throw errors.detector('The pet detector failed; it is safe to retry.', new Error(text.slice(0, 500)));
    return JSON.parse(text) as DetectorAnswer;
  }

  async detect(request: DetectRequest): Promise<DetectionOutcome> {
    const answer = await this.invoke({ action: 'detect', request });
    if (!answer.ok) throw new AppError(answer.error.status, answer.error.code, answer.error.message, answer.error.extra);
    if (!answer.result) throw errors.detector('The pet detector returned no result.');
    return answer.result;
  }
}

let shared: PetDetector | undefined;

/** The configured detector: Lambda Invoke in AWS, in-process locally. */
export function petDetector(): PetDetector {
  shared ??=
    getConfig().DETECTOR_MODE === 'lambda'
      ? new LambdaPetDetector(requireConfig('DETECTOR_FUNCTION_NAME'))
      : { detect: async (request) => new (await inProcess()).InProcessPetDetector().detect(request) };
  return shared;
}

/** Health check: the model loads (in-process) or the detector function answers a ping (AWS). */
export const detectorCheck = (): Check => async () => {
  const detector = petDetector();
  if (detector instanceof LambdaPetDetector) {
    const answer = await detector.invoke({ action: 'ping' });
    if (!answer.ok) throw new Error(answer.error.message);
  } else {
    await (await inProcess()).sharedModel();
  }
};
