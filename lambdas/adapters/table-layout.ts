/**
 * The single DynamoDB table's layout, shared by the CDK construct, the adapters and the local runtime.
 *
 * One table holds every record type under a typed partition key (`JOB#…`, `IDEMP#…`, `TR#…`, `WR#…`, `EFFECT#…`): all
 * access is by key, one TTL attribute expires jobs, idempotency records and cached translations alike,
 * and there is one set of grants, alarms and backups to run. The sparse GSI indexes only jobs that are
 * not yet terminal, so the reconciler reads stale jobs without scanning.
 */
export const TABLE_LAYOUT = {
  partitionKey: 'pk',
  ttlAttribute: 'expires_at',
  activeIndex: { name: 'ActiveJobsByAge', partitionKey: 'active_status', sortKey: 'updated_at' },
} as const;

/** Partition-key prefix of published AR effects; the manifest's IAM grant is limited to it (docs/ar-cloud.md). */
export const EFFECT_KEY_PREFIX = 'EFFECT#';

export const keys = {
  job: (jobId: string) => `JOB#${jobId}`,
  translation: (hash: string) => `TR#${hash}`,
  idempotency: (id: string) => `IDEMP#${id}`,
  /** The digest of the last roast written for a prompt (jobs/narration.ts RecentScripts). */
  recentScript: (promptKey: string) => `WR#${promptKey}`,
  /** A published AR effect (docs/ar-cloud.md). */
  effect: (filterId: string) => `${EFFECT_KEY_PREFIX}${filterId}`,
};
