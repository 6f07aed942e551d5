import { getConfig, validateConfigAtColdStart } from '../domain/config.js';
import { reconcile } from '../domain/jobs/reconcile.js';
import { jobStore, workQueues } from '../adapters/composition.js';

validateConfigAtColdStart();

/** Scheduled reconciler (EventBridge): re-drives jobs and callbacks that stopped moving. */
export const handler = async (): Promise<{ queued: number; processing: number; callbacks: number }> => {
  const config = getConfig();
  return reconcile({
    store: jobStore(),
    queues: workQueues(),
    staleQueuedS: config.RECONCILE_STALE_QUEUED_S,
    staleProcessingS: config.RECONCILE_STALE_PROCESSING_S,
  });
};
