import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';

/**
 * Process-wide Powertools singletons (one logger, one metrics object per Lambda or local process).
 * Service name and namespace come from the standard Powertools environment variables.
 */
export const logger = new Logger({
  serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'pet-roast',
  logLevel: (process.env.POWERTOOLS_LOG_LEVEL as 'INFO' | undefined) ?? 'INFO',
});

export const metrics = new Metrics({
  namespace: process.env.POWERTOOLS_METRICS_NAMESPACE ?? 'PetRoast',
  serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'pet-roast',
});

/**
 * Publishes the metrics stored during this invocation (one EMF line) and clears them. Called once
 * per invocation by the shared wrappers (HTTP, SQS batch, detector); a no-op when nothing was
 * recorded, so it does not log Powertools' "No application metrics" warning on every request.
 */
export function flushMetrics(): void {
  if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
}
