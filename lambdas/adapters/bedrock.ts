import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
import type { ConverseFn, ConverseResponse } from '../engines/writer/bedrock.js';

/**
 * The Bedrock Runtime adapter behind the `bedrock` writer: the real SDK client, sending Converse to
 * the function's Region. The endpoint comes from the SDK's own configuration: locally
 * `AWS_ENDPOINT_URL_BEDROCK_RUNTIME` points it at the simulator (local/simulators/bedrock.ts). The
 * SDK's own retries are off (`maxAttempts: 1`): the writer retries once itself, inside its deadline
 * (docs/writer.md, "Bedrock writer").
 */
export function bedrockConverse(client: BedrockRuntimeClient = new BedrockRuntimeClient({ maxAttempts: 1 })): ConverseFn {
  return async (request, { abortSignal }) => (await client.send(new ConverseCommand(request), { abortSignal })) as ConverseResponse;
}
