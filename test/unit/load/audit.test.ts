import { describe, expect, it } from 'vitest';
import { auditRun, invariantsHold, regressed, type JobEvidence } from '../../../scripts/load/audit.js';
import type { ReceivedCallback } from '../../../scripts/load/servers.js';

/** The load run's audit as a pure function: each invariant goes red on the evidence that breaks it. */

const T0 = Date.parse('2026-11-30T10:00:00Z');

function delivery(over: Partial<ReceivedCallback> = {}): ReceivedCallback {
  return { receiver: 'ok', at: T0 + 10_000, jobId: 'job_a', webhookId: 'msg_a', status: 'completed', answered: 200, signatureOk: true, legacySignatureOk: true, ...over };
}

function job(over: Partial<JobEvidence> = {}): JobEvidence {
  return {
    id: 'job_a',
    index: 0,
    receiver: 'ok',
    receiverExpectsDeadLetter: false,
    acceptedAt: T0,
    statuses: ['queued', 'processing', 'completed'],
    terminal: 'completed',
    terminalAt: T0 + 8_000,
    stored: {
      status: 'completed',
      version: 4,
      created_at: new Date(T0).toISOString(),
      updated_at: new Date(T0 + 7_000).toISOString(),
      submitted_at: new Date(T0 + 1_000).toISOString(),
      completed_at: new Date(T0 + 7_000).toISOString(),
      callback_attempts: 1,
      callback_event_id: 'msg_a',
      callback_state: 'delivered',
      provider_pid: 'PID1',
    },
    deliveries: [delivery()],
    deadLettered: false,
    resultOk: true,
    ...over,
  };
}

const audit = (jobs: JobEvidence[], renders?: Array<{ pid: string; jobId: string }>) => auditRun({ jobs, renders, checkSignatures: true });

describe('Function: auditRun', () => {
  it('a clean run: every invariant holds, counters and latencies filled', () => {
    const result = audit([job()], [{ pid: 'PID1', jobId: 'job_a' }]);
    expect(result.problems).toEqual([]);
    expect(result.counts).toMatchObject({ lost: 0, duplicate_transitions: 0, callbacks_missing: 0, completed: 1, callbacks_delivered: 1, duplicate_renders: 0, bad_signatures: 0 });
    expect(invariantsHold(result.counts, 0)).toBe(true);
    expect(result.latencies.toTerminal).toEqual([7_000]);
    expect(result.latencies.queueToSubmit).toEqual([1_000]);
    expect(result.latencies.terminalToCallback).toEqual([3_000]);
    expect(result.attemptsByReceiver.get('ok')).toBe(1);
  });

  it('counts a job that never became terminal as lost, naming its stored state', () => {
    const result = audit([job({ terminal: undefined, statuses: ['queued'], stored: { ...job().stored!, status: 'queued' } })]);
    expect(result.counts.lost).toBe(1);
    expect(result.problems[0]).toMatch(/^lost: job_a .*last seen queued; stored status=queued/);
    expect(invariantsHold(result.counts, 0)).toBe(false);
  });

  it('sees a second transition: two webhook-ids, two statuses, or a callback that disagrees with the store', () => {
    expect(audit([job({ deliveries: [delivery(), delivery({ webhookId: 'msg_b', answered: 500 })] })]).counts.duplicate_transitions).toBe(1);
    expect(audit([job({ deliveries: [delivery({ status: 'failed' })] })]).counts.duplicate_transitions).toBe(1);
    expect(audit([job({ stored: { ...job().stored!, status: 'failed' } })]).counts.duplicate_transitions).toBe(1);
  });

  it('sees a status regression and a terminal status that changes', () => {
    expect(regressed(['queued', 'processing', 'queued'])).toBe(true);
    expect(regressed(['queued', 'completed', 'failed'])).toBe(true);
    expect(regressed(['queued', 'processing', 'completed'])).toBe(false);
    expect(audit([job({ statuses: ['processing', 'queued', 'completed'] })]).counts.status_regressions).toBe(1);
  });

  it('a callback is missing unless delivered or dead-lettered; a dead letter where the receiver recovers is a problem', () => {
    const undelivered = [delivery({ answered: 500 })];
    expect(audit([job({ deliveries: undelivered })]).counts.callbacks_missing).toBe(1);
    const dead = audit([job({ deliveries: undelivered, deadLettered: true })]);
    expect(dead.counts).toMatchObject({ callbacks_missing: 0, callbacks_dead_lettered: 1 });
    expect(dead.problems).toEqual([expect.stringMatching(/dead-lettered although receiver ok recovers/)]);
    expect(audit([job({ deliveries: undelivered, deadLettered: true, receiverExpectsDeadLetter: true })]).problems).toEqual([]);
  });

  it('counts bad signatures, duplicate 2xx deliveries and attempts sooner than Retry-After', () => {
    expect(audit([job({ deliveries: [delivery({ signatureOk: false })] })]).counts.bad_signatures).toBe(1);
    expect(audit([job({ deliveries: [delivery(), delivery({ at: T0 + 20_000 })] })]).counts.duplicate_deliveries).toBe(1);
    const hurried = [delivery({ answered: 503, at: T0 + 9_000 }), delivery({ at: T0 + 9_400 })];
    expect(audit([job({ deliveries: hurried })]).counts.retry_after_ignored).toBe(1);
  });

  it('counts extra renders per job and a completed job the simulator never rendered', () => {
    const result = audit([job()], [{ pid: 'PID1', jobId: 'job_a' }, { pid: 'PID2', jobId: 'job_a' }]);
    expect(result.counts.duplicate_renders).toBe(1);
    expect(result.duplicateRenderJobs).toEqual([{ job_id: 'job_a', pids: ['PID1', 'PID2'], kept: 'PID1' }]);
    expect(audit([job()], []).problems).toEqual(['job_a completed without any render at the simulator']);
    expect(audit([job()]).counts.duplicate_renders).toBeNull();
  });

  it('a job the built-in fallback completed needs no Revid render and is counted as such', () => {
    const fallback = job({ stored: { ...job().stored!, provider: 'builtin', provider_pid: undefined } });
    const result = audit([fallback], []);
    expect(result.problems).toEqual([]);
    expect(result.counts).toMatchObject({ completed: 1, completed_by_fallback: 1 });
    // A Revid-made job without a render is still a problem.
    const revid = job({ stored: { ...job().stored!, provider: 'revid' } });
    expect(audit([revid], []).problems).toEqual(['job_a completed without any render at the simulator']);
    expect(audit([revid], []).counts.completed_by_fallback).toBe(0);
  });

  it('reports a video-result answer that disagrees with the terminal status', () => {
    const result = audit([job({ resultOk: false, resultAnswer: '404 job_not_found' })]);
    expect(result.counts.result_mismatches).toBe(1);
    expect(result.problems).toEqual(['result of job_a (completed): 404 job_not_found']);
  });

  it('an idempotency mismatch alone breaks the invariants', () => {
    expect(invariantsHold(audit([job()]).counts, 1)).toBe(false);
  });
});
