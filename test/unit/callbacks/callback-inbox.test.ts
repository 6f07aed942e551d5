import { describe, expect, it } from 'vitest';
import { buildWebhookHeaders, generateWebhookSecret } from '../../../lambdas/domain/callbacks/signing.js';
import { CALLBACK_INBOX_PATH, createCallbackInbox } from '../../../local/callback-inbox.js';

/** The local callback inbox (docs/playground.md): both signatures checked, attempts counted by webhook-id. */
describe('local callback inbox', () => {
  const secret = generateWebhookSecret();
  const body = JSON.stringify({ type: 'video.completed', data: { job_id: 'job_01JD3YQ5Z8M2W4V6T7R9P0K1C3' } });
  const post = (inbox: ReturnType<typeof createCallbackInbox>, headers: Record<string, string>, raw = body) =>
    inbox.handle('POST', CALLBACK_INBOX_PATH, headers, Buffer.from(raw));

  it('marks a delivery signed with the local secret verified, and counts retries of one event as attempts', () => {
    const inbox = createCallbackInbox(() => [secret]);
    const headers = buildWebhookHeaders({ id: 'msg_1', body, secrets: [secret] });
    expect(post(inbox, headers)?.statusCode).toBe(204);
    expect(post(inbox, buildWebhookHeaders({ id: 'msg_1', body, secrets: [secret] }))?.statusCode).toBe(204);
    post(inbox, buildWebhookHeaders({ id: 'msg_2', body, secrets: [secret] }));
    expect(inbox.deliveries.map((d) => [d.webhook_id, d.attempt, d.verified])).toEqual([
      ['msg_1', 1, true],
      ['msg_1', 2, true],
      ['msg_2', 1, true],
    ]);
    expect(inbox.deliveries[0]).toMatchObject({ body, checks: { standard_webhooks: 'ok', x_revid_signature: 'ok' }, headers: { 'webhook-id': 'msg_1' } });
    const listed = JSON.parse(inbox.handle('GET', CALLBACK_INBOX_PATH, {}, Buffer.alloc(0))!.body);
    expect(listed.deliveries.map((d: { seq: number }) => d.seq)).toEqual([3, 2, 1]);
  });

  it('shows which signature fails: another secret, a tampered body, a missing legacy header', () => {
    const inbox = createCallbackInbox(() => [secret]);
    post(inbox, buildWebhookHeaders({ id: 'msg_a', body, secrets: [generateWebhookSecret()] }));
    post(inbox, buildWebhookHeaders({ id: 'msg_b', body, secrets: [secret] }), body.replace('completed', 'failed'));
    const { 'x-revid-signature': _legacy, ...standardOnly } = buildWebhookHeaders({ id: 'msg_c', body, secrets: [secret] });
    post(inbox, standardOnly);
    expect(inbox.deliveries.map((d) => [d.verified, d.checks.standard_webhooks, d.checks.x_revid_signature])).toEqual([
      [false, 'no_matching_signature', 'mismatch'],
      [false, 'no_matching_signature', 'mismatch'],
      [false, 'ok', 'missing'],
    ]);
  });

  it('verifies with any secret in force (rotation, per-client secrets) and ignores other paths', () => {
    const other = generateWebhookSecret();
    const inbox = createCallbackInbox(() => [secret, other]);
    post(inbox, buildWebhookHeaders({ id: 'msg_r', body, secrets: [other] }));
    expect(inbox.deliveries[0]!.verified).toBe(true);
    expect(inbox.handle('POST', '/_local/elsewhere', {}, Buffer.alloc(0))).toBeUndefined();
    expect(inbox.handle('PUT', CALLBACK_INBOX_PATH, {}, Buffer.alloc(0))?.statusCode).toBe(405);
  });
});
