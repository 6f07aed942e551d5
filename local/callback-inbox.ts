import {
  verifyLegacySignature,
  verifyStandardWebhook,
  WebhookVerificationError,
  type WebhookVerificationReason,
} from '../lambdas/domain/callbacks/signing.js';

/** Where the local runtime serves the inbox (local-only paths under `/_local/`, never in the template). */
export const CALLBACK_INBOX_PATH = '/_local/callbacks';

/** Deliveries kept in memory (oldest dropped first): a developer's inbox, not a log store. */
export const CALLBACK_INBOX_LIMIT = 200;

/** One completion callback as the inbox received it. */
export interface InboxDelivery {
  /** Sequence number in this inbox (1, 2, …). */
  seq: number;
  /** ISO 8601 time of arrival. */
  received_at: string;
  /** The `webhook-id` header: the same on every attempt of one event (docs/revid-and-webhooks.md). */
  webhook_id: string | null;
  /**
   * Attempt number as the receiver sees it: 1 + earlier deliveries with the same `webhook-id` (the service
   * sends no attempt header; Standard Webhooks keeps the id stable across retries, so receivers count by it).
   */
  attempt: number;
  /** Request headers, lower-case names. */
  headers: Record<string, string>;
  /** The raw body as UTF-8 text. */
  body: string;
  /** Both signatures verified with one of the local secrets. */
  verified: boolean;
  /** Each scheme's outcome: `ok` or why it failed ({@link WebhookVerificationReason}, or `mismatch` for the legacy header). */
  checks: { standard_webhooks: 'ok' | WebhookVerificationReason; x_revid_signature: 'ok' | 'missing' | 'mismatch' };
}

/** An answer of the inbox in API Gateway proxy shape (the local gateway sends it as is). */
export interface InboxAnswer {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * The local callback receiver (issue "Playground", docs/playground.md): `npm start` points
 * `DEFAULT_CALLBACK_URL` at `POST /_local/callbacks` unless one is set. Each delivery is checked exactly as
 * an app backend would check it, with the project's one verifier (lambdas/domain/callbacks/signing.ts):
 * Standard Webhooks v1 (`webhook-id`, `webhook-timestamp`, `webhook-signature`, 5-minute tolerance) and
 * the legacy `x-revid-signature` (hex HMAC-SHA256 of the raw body). It answers `204` either way, so an
 * unverifiable delivery is shown rather than retried for three days. `GET /_local/callbacks` lists the
 * deliveries, newest first.
 *
 * @param secrets the signing secrets in force (the deployment's, rotation entries included, plus any local
 *   client's own); read at each delivery.
 */
export function createCallbackInbox(secrets: () => readonly string[]): {
  deliveries: InboxDelivery[];
  handle(method: string, path: string, headers: Record<string, string>, rawBody: Buffer): InboxAnswer | undefined;
} {
  const deliveries: InboxDelivery[] = [];
  let seq = 0;
  const json = (statusCode: number, value: unknown): InboxAnswer => ({
    statusCode,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
    body: JSON.stringify(value),
  });

  const receive = (headers: Record<string, string>, rawBody: Buffer): InboxDelivery => {
    const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
    const keys = secrets();
    let standard: InboxDelivery['checks']['standard_webhooks'];
    try {
      verifyStandardWebhook(lower, rawBody, keys);
      standard = 'ok';
    } catch (err) {
      if (!(err instanceof WebhookVerificationError)) throw err;
      standard = err.reason;
    }
    const legacyHeader = lower['x-revid-signature'];
    const legacy = legacyHeader === undefined ? 'missing' : keys.some((secret) => verifyLegacySignature(rawBody, legacyHeader, secret)) ? 'ok' : 'mismatch';
    const webhookId = lower['webhook-id'] ?? null;
    const earlier = webhookId === null ? 0 : deliveries.filter((d) => d.webhook_id === webhookId).length;
    return {
      seq: ++seq,
      received_at: new Date().toISOString(),
      webhook_id: webhookId,
      attempt: earlier + 1,
      headers: lower,
      body: rawBody.toString('utf8'),
      verified: standard === 'ok' && legacy === 'ok',
      checks: { standard_webhooks: standard, x_revid_signature: legacy },
    };
  };

  return {
    deliveries,
    handle(method, path, headers, rawBody) {
      if (path !== CALLBACK_INBOX_PATH && path !== `${CALLBACK_INBOX_PATH}/`) return undefined;
      if (method === 'POST') {
        deliveries.push(receive(headers, rawBody));
        if (deliveries.length > CALLBACK_INBOX_LIMIT) deliveries.splice(0, deliveries.length - CALLBACK_INBOX_LIMIT);
        return { statusCode: 204, headers: {}, body: '' };
      }
      if (method === 'GET') return json(200, { deliveries: [...deliveries].reverse() });
      if (method === 'DELETE') {
        deliveries.length = 0;
        return { statusCode: 204, headers: {}, body: '' };
      }
      return { ...json(405, { detail: { error: 'method_not_allowed', message: `${method} is not allowed here.` } }), headers: { 'content-type': 'application/json', allow: 'GET, POST, DELETE' } };
    },
  };
}
