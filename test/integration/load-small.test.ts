import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureModels } from '../../models/setup.js';
import { runLoad } from '../../scripts/load/engine.js';
import { formatReport, type LoadReport } from '../../scripts/load/report.js';

/**
 * docs/reference/spec.md §6 "No accepted job is ever lost", docs/reference/reliability.md E6: a small version of `npm run load` (same
 * engine, docs/load.md) through the whole local runtime. 16 generate-video requests from 4 clients —
 * pet and non-pet photos, idempotent replays fired concurrently and one after the other — while the
 * Revid simulator cycles through its faults (5xx, 429 + Retry-After, dropped, duplicate, late and
 * premature webhooks, failed renders, latency) and the callback receivers misbehave (500 at first,
 * down for a while, 503 + Retry-After, one that never answers 2xx and must end on the DLQ).
 * Local clocks are shortened so the whole callback schedule and the reconciler fit in the test.
 */
describe('load without loss (small)', () => {
  let report: LoadReport;

  beforeAll(async () => {
    await ensureModels();
    report = await runLoad({
      jobs: 16,
      concurrency: 4,
      faults: true,
      timeoutS: 240,
      renderMs: 800,
      phaseMs: 500,
      receiverDownMs: 8000,
      settleMs: 2000,
      scheduleIntervalMs: 2000,
      seed: 7,
      env: {
        // The 10-attempt Standard Webhooks schedule (75 h 35 m) in ~14 s, the reconciler after 5 s.
        CALLBACK_DELAY_SCALE: '0.00005',
        RECONCILE_STALE_QUEUED_S: '5',
        RECONCILE_STALE_PROCESSING_S: '5',
      },
    });
  }, 270_000);

  afterAll(() => {
    // The report in the test output helps when an invariant breaks.
    if (report && !report.ok) console.log(formatReport(report).join('\n'));
  });

  it('loses no accepted job: every one reaches completed or failed', () => {
    expect(report.summary.accepted).toBeGreaterThan(0);
    expect(report.problems.filter((p) => p.startsWith('lost'))).toEqual([]);
    expect(report.summary.lost).toBe(0);
    expect(report.summary.terminal).toBe(report.summary.accepted);
    expect(report.summary.completed + report.summary.failed).toBe(report.summary.accepted);
  });

  it('makes no duplicate transition: one webhook-id and one status per job, matching the stored job, never regressing', () => {
    expect(report.summary.duplicate_transitions).toBe(0);
    expect(report.summary.status_regressions).toBe(0);
    expect(report.summary.result_mismatches).toBe(0);
  });

  it('delivers or dead-letters every terminal job’s callback, signed', () => {
    expect(report.problems.filter((p) => p.includes('callback'))).toEqual([]);
    expect(report.summary.callbacks_missing).toBe(0);
    expect(report.summary.callbacks_delivered + report.summary.callbacks_dead_lettered).toBe(report.summary.terminal);
    // The black-hole receiver's job goes through the whole schedule and ends on the callback DLQ.
    expect(report.summary.callbacks_dead_lettered).toBeGreaterThanOrEqual(1);
    expect(report.summary.bad_signatures).toBe(0);
  });

  it('answers non-pets with the exact no_pets_detected 400 and replays with the same job', () => {
    expect(report.summary.rejected_no_pet).toBeGreaterThanOrEqual(1);
    expect(report.summary.unexpected_responses).toBe(0);
    expect(report.summary.idempotency_mismatches).toBe(0);
    expect(report.summary.idempotent_replays).toBeGreaterThanOrEqual(1);
  });

  it('ran under faults and reports renders per job', () => {
    expect(Object.keys(report.faultPhases).length).toBeGreaterThanOrEqual(5);
    // Forced 5xx/429 answers were taken (render calls that created nothing) and retried.
    expect(report.simulator!.renderRequests).toBeGreaterThan(report.simulator!.rendersAccepted);
    // Jobs Revid could not render (budget spent, account error) are completed by the built-in fallback;
    // every other completed job has a Revid render behind it.
    expect(report.simulator!.rendersAccepted).toBeGreaterThanOrEqual(report.summary.completed - report.summary.completed_by_fallback);
    // Every receiver got jobs (the down one's refused attempts show in `attempts`, timing permitting).
    for (const name of ['ok', 'flaky-500', 'down-then-up', 'busy-503', 'black-hole']) expect(report.receivers[name]?.jobs).toBeGreaterThan(0);
    // A double render is double billing: the simulator counts renders per job, so this is measured, never n/a.
    expect(report.summary.duplicate_renders).toBe(0);
    expect(report.ok).toBe(true);
  });
});
