import { ConfigSchema, type Config } from '../../../lambdas/domain/config.js';
import type { HttpFetch } from '../../../lambdas/engines/outbound/index.js';
import { logger } from '../../../lambdas/domain/observability.js';
import type { RetryPolicy } from '../../../lambdas/engines/translation/retry.js';
import type { SecretSource } from '../../../lambdas/domain/ports.js';

/** Tests talk to loopback simulators with the platform fetch (the SSRF-safe client is tested elsewhere). */
export const loopbackFetch: HttpFetch = (url, init) => globalThis.fetch(url, init);

/** Retries without real waiting; `delays` records every wait the policy asked for. */
export function fastRetry(overrides: Partial<RetryPolicy> = {}): Partial<RetryPolicy> & { delays: number[] } {
  const delays: number[] = [];
  return {
    delays,
    baseDelayMs: 1,
    maxDelayMs: 5,
    timeoutMs: 2_000,
    sleep: async (ms: number) => {
      delays.push(ms);
    },
    ...overrides,
  };
}

/** A full Config (defaults applied) with only the given variables set. */
export const testConfig = (env: Record<string, string> = {}): Config => ConfigSchema.parse(env);

/** A SecretSource over a plain map that records which names were read. */
export function fakeSecrets(values: Record<string, string>): SecretSource & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    async get(name: string) {
      reads.push(name);
      const value = values[name];
      if (value === undefined) throw Object.assign(new Error(`ResourceNotFoundException: ${name}`), { name: 'ResourceNotFoundException' });
      return value;
    },
  };
}

export const quiet = (): void => {
  logger.setLogLevel('SILENT');
};

export const noLog = (): void => undefined;
