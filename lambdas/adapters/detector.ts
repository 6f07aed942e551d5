import type { ApiErrorCode } from '@pet-roast/protocol';
import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { AppError, errors } from '../domain/errors.js';
import type { DetectionOutcome, DetectRequest, PetDetector } from '../domain/ports.js';

/** The detector function's event and answer (the wire contract between the API Lambdas and it). */
export type DetectorEvent = { action: 'ping' } | { action: 'detect'; request: DetectRequest };
export type DetectorAnswer =
  | { ok: true; result?: DetectionOutcome; model?: string }
  | { ok: false; error: { status: number; code: ApiErrorCode; message: string; extra: Record<string, unknown> } };

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
