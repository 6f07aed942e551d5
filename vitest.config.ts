import { defineConfig } from 'vitest/config';

// Handlers log at INFO in AWS; tests keep the output readable (a test can raise it where it reads logs).
// EMF metric lines are not printed either (the local runtime sets the same); tests read what would be
// published through `metrics.serializeMetrics()` (test/unit/observability/metrics.test.ts).
const env = { POWERTOOLS_LOG_LEVEL: 'ERROR', POWERTOOLS_METRICS_DISABLED: 'true' };
// Memory checks force a collection first (globalThis.gc), so workers run with --expose-gc.
const execArgv = ['--expose-gc'];

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', env, execArgv, include: ['test/unit/**/*.test.ts', 'examples/**/*.test.ts'], testTimeout: 30_000 } },
      { test: { name: 'cdk', env, execArgv, include: ['test/cdk/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 } },
      {
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
