import { getConfig } from '../domain/config.js';
import { HealthQuery } from '../domain/schemas/health.js';
import { queueCheck, runChecks, tableCheck, type Check } from '../adapters/health.js';
import { dynamo, sqsClient } from '../adapters/composition.js';
import { detectorCheck } from '../adapters/detection-wiring.js';
import { httpHandler } from '../http/handler.js';

/** GET /healthz (docs/reference/spec.md §3.1): liveness; `?deep=true` checks the table, the queues and the detector. */
export const handler = httpHandler({ query: HealthQuery }, async ({ query }) => {
  if (query.deep !== 'true' && query.deep !== '1') return { status: 200, body: { status: 'ok', version: getConfig().APP_VERSION } };
  const config = getConfig();
  const checks: Record<string, Check> = {};
  if (config.JOBS_TABLE_NAME) checks.table = tableCheck(config.JOBS_TABLE_NAME, dynamo());
  if (config.RENDER_QUEUE_URL) checks.render_queue = queueCheck(config.RENDER_QUEUE_URL, sqsClient());
  // The callback queue's check keeps its published key, `notify_queue` (docs/architecture.md "Names").
  if (config.NOTIFY_QUEUE_URL) checks.notify_queue = queueCheck(config.NOTIFY_QUEUE_URL, sqsClient());
  checks.detector = detectorCheck();
  const results = await runChecks(checks);
  const ok = Object.values(results).every((r) => r.ok);
  return { status: ok ? 200 : 503, body: { status: ok ? 'ok' : 'degraded', version: getConfig().APP_VERSION, checks: results } };
});
