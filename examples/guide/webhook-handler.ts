/**
 * Integration guide example: verifying callbacks in TypeScript. Quoted verbatim by
 * docs/integration-guide.md and executed by test/unit/examples/guide.test.ts.
 */
// #region verify
import type { IncomingHttpHeaders } from 'node:http';
import { verifyWebhookDelivery, WebhookPayloadError, WebhookVerificationError, type CallbackEventPayload } from '@pet-roast/client';

/**
 * Framework-neutral: give it the headers and the raw body bytes (e.g. express.raw(), or the Lambda
 * event body) and send back the status it returns. `alreadyHandled` must remember ids for the whole
 * retry span (~3 days): a table with a conditional put, not process memory, in production.
 */
export async function handlePetRoastCallback(
  headers: IncomingHttpHeaders,
  rawBody: Buffer,
  secrets: string[], // current secret first; add the next one during a rotation
  alreadyHandled: (id: string) => Promise<boolean>,
  enqueue: (event: CallbackEventPayload) => Promise<void>,
): Promise<number> {
  let delivery;
  try {
    delivery = verifyWebhookDelivery(headers, rawBody, secrets, { toleranceS: 300 });
  } catch (err) {
    if (err instanceof WebhookVerificationError) return 401; // forged, altered, or replayed: change nothing
    if (err instanceof WebhookPayloadError) return 400; // authentic but not an event this code knows
    throw err; // a misconfigured secret: 500, so the delivery is retried after you fix it
  }
  if (await alreadyHandled(delivery.id)) return 200; // a redelivery: acknowledge, do nothing
  await enqueue(delivery.event); // durable hand-off; do the slow work elsewhere
  return 200; // answer within seconds: the sender gives up on an attempt after 15 s
}
// #endregion verify
