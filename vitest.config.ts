import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Handlers log at INFO in AWS; tests keep the output readable (a test can raise it where it reads logs).
// EMF metric lines are not printed either (the local runtime sets the same); tests read what would be
// published through `metrics.serializeMetrics()` (test/unit/observability/metrics.test.ts).
const env = { POWERTOOLS_LOG_LEVEL: 'ERROR', POWERTOOLS_METRICS_DISABLED: 'true' };
// Memory checks force a collection first (globalThis.gc), so workers run with --expose-gc.
const execArgv = ['--expose-gc'];
// The workspace package is tested from its source (tsconfig.json `paths` says the same to tsc and tsx).
const resolve = { alias: { '@pet-roast/client': fileURLToPath(new URL('./packages/client/src/index.ts', import.meta.url)) } };

export default defineConfig({
  test: {
    projects: [
      { resolve, test: { name: 'unit', env, execArgv, include: ['test/unit/**/*.test.ts', 'examples/**/*.test.ts'], testTimeout: 30_000 } },
      { resolve, test: { name: 'cdk', env, execArgv, include: ['test/cdk/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 } },
      {
        resolve,
        test: {
          name: 'integration',
          env,
          execArgv,
          globalSetup: ['test/support/global-setup.ts'],
          include: ['test/integration/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
