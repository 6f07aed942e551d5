import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Handlers log at INFO in AWS; tests keep the output readable (a test can raise it where it reads logs).
// EMF metric lines are not printed either (the local runtime sets the same); tests read what would be
// published through `metrics.serializeMetrics()` (test/unit/observability/metrics.test.ts).
const env = { POWERTOOLS_LOG_LEVEL: 'ERROR', POWERTOOLS_METRICS_DISABLED: 'true' };
// Memory checks force a collection first (globalThis.gc), so workers run with --expose-gc.
const execArgv = ['--expose-gc'];
// The workspace packages are tested from their source (tsconfig.json `paths` says the same to tsc and tsx).
const resolve = {
  alias: {
    '@pet-roast/client': fileURLToPath(new URL('./packages/client/src/index.ts', import.meta.url)),
    '@pet-roast/protocol': fileURLToPath(new URL('./packages/protocol/src/index.ts', import.meta.url)),
  },
};

export default defineConfig({
  test: {
    projects: [
      // unit and cdk run first, two files at a time (vitest's default on 2 cores is cores − 1 = one; CDK
      // synthesis and most unit files are single-threaded JavaScript, so the second core was idle).
      { resolve, test: { name: 'unit', env, execArgv, include: ['test/unit/**/*.test.ts', 'examples/**/*.test.ts'], testTimeout: 30_000, maxWorkers: 2 } },
      { resolve, test: { name: 'cdk', env, execArgv, include: ['test/cdk/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000, maxWorkers: 2 } },
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
          // Each file starts its own moto, local runtime and loopback servers (free ports, own temp
          // directories, own process), and spends most of its time waiting on them: the simulated renders,
          // the reconciler's and the callback schedule's clocks. vitest's default on 2 cores is one file
          // at a time (cores − 1); two overlap those waits (three were measured faster still, but left a
          // queue-idle wait short of its 60 s on a machine loaded by other work). A separate group order
          // is what lets this project have its own worker count (docs/testing.md, "Duration").
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
