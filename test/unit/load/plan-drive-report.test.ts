import { describe, expect, it } from 'vitest';
import { auditRun } from '../../../scripts/load/audit.js';
import { judgeCreate, judgeReplay, newTally, type Answer } from '../../../scripts/load/drive.js';
import { planRequests, prng, receiverCycle, type PlanInput, type PlanItem } from '../../../scripts/load/plan.js';
import { buildReport, formatReport } from '../../../scripts/load/report.js';

/** The pure steps of a load run (scripts/load/engine.ts): plan, the judging of answers, and the report. */

const MEDIA = [
  { file: 'dog.jpg', pet: true },
  { file: 'cat.jpg', pet: true },
  { file: 'aurora.jpg', pet: false },
];
const RECEIVERS = [
  { name: 'ok', weight: 4, url: 'http://127.0.0.1:4101' },
  { name: 'flaky', weight: 2, url: 'http://127.0.0.1:4102' },
  { name: 'black-hole', weight: 0.5, url: 'http://127.0.0.1:4103' },
];
const input = (over: Partial<PlanInput> = {}): PlanInput => ({
  jobs: 100,
  seed: 42,
  runId: 'load-test',
  media: MEDIA,
  mediaUrl: (file) => `http://127.0.0.1:4100/${file}`,
  receivers: RECEIVERS,
  ...over,
});

describe('Function: planRequests', () => {
  it('is reproduced by its seed and differs with another seed', () => {
    expect(planRequests(input())).toEqual(planRequests(input()));
    expect(planRequests(input({ seed: 43 }))).not.toEqual(planRequests(input()));
    expect(prng(7)()).toBe(prng(7)());
  });

  it('has exact shares: non-pet photos, requests without a key, and replays only of keyed requests', () => {
    const plan = planRequests(input({ nonPetShare: 0.2, noKeyShare: 0.25, duplicateShare: 0.1 }));
    expect(plan).toHaveLength(100);
    expect(plan.filter((p) => !p.media.pet)).toHaveLength(20);
    expect(plan.filter((p) => p.key === undefined)).toHaveLength(25);
    const replays = plan.filter((p) => p.replay);
    expect(replays).toHaveLength(10);
    expect(replays.every((p) => p.key === `load-test-${p.index}`)).toBe(true);
    expect(replays.filter((p) => p.replay === 'concurrent')).toHaveLength(5);
  });

  it('plans at least one non-pet request and one replay in a run of 10, none with a share of 0', () => {
    const small = planRequests(input({ jobs: 10, nonPetShare: 0.01, duplicateShare: 0.01 }));
    expect(small.filter((p) => !p.media.pet)).toHaveLength(1);
    expect(small.filter((p) => p.replay)).toHaveLength(1);
    expect(planRequests(input({ jobs: 10, nonPetShare: 0, duplicateShare: 0 })).filter((p) => !p.media.pet || p.replay)).toEqual([]);
  });

  it('deals pet requests to receivers by weight (every receiver reached) and non-pet requests to the first', () => {
    const plan = planRequests(input());
    const pets = plan.filter((p) => p.media.pet);
    const by = (name: string) => pets.filter((p) => p.receiver === name).length;
    // Weights 4 : 2 : 0.5 are 8 : 4 : 1 slots of a 13-slot cycle (ok, flaky, black-hole, ok, flaky, …);
    // 80 pet requests = 6 whole cycles (48, 24, 6) and the cycle's first two slots (ok, flaky).
    expect([by('ok'), by('flaky'), by('black-hole')]).toEqual([49, 25, 6]);
    expect(plan.filter((p) => !p.media.pet).every((p) => p.receiver === 'ok')).toBe(true);
    const item = pets.find((p) => p.receiver === 'flaky')!;
    expect(item.body).toMatchObject({ image_url: `http://127.0.0.1:4100/${item.media.file}`, callback_url: `http://127.0.0.1:4102/hooks/${item.index}`, metadata: { load_run: 'load-test' } });
  });

  it('interleaves the receiver cycle', () => {
    expect(receiverCycle([{ weight: 1, n: 'a' }, { weight: 0.5, n: 'b' }]).map((r) => r.n)).toEqual(['a', 'b', 'a']);
  });

  it('refuses media without a pet or without a non-pet photo', () => {
    expect(() => planRequests(input({ media: [MEDIA[0]!] }))).toThrow(/at least one pet and one non-pet/);
  });
});

const petItem: PlanItem = { index: 3, media: MEDIA[0]!, key: 'k3', replay: 'sequential', receiver: 'ok', body: {} };
const nonPetItem: PlanItem = { ...petItem, media: MEDIA[2]! };
const accepted = (id: string): Answer => ({ status: 202, body: { job_id: id }, text: '' });
const NO_PETS = {
  detail: {
    error: 'no_pets_detected',
    message: 'No pets found in the uploaded image. Please upload an image or video containing pets (dogs, cats, birds, etc.) to generate a roast video.',
    suggestion: 'Try uploading a clear photo or video of your pet.',
  },
};

describe('Function: judgeCreate', () => {
  it('accepts a 202 of a pet photo and counts it once, replays not counted again', () => {
    const tally = newTally();
    expect(judgeCreate(petItem, accepted('job_a'), false, tally)).toBe('job_a');
    expect(judgeCreate(petItem, accepted('job_a'), true, tally)).toBe('job_a');
    expect(Object.fromEntries(tally.outcomes)).toEqual({ accepted: 1 });
    expect(tally.problems).toEqual([]);
  });

  it('counts the exact no-pet answer as rejected, and a changed body as unexpected', () => {
    const tally = newTally();
    expect(judgeCreate(nonPetItem, { status: 400, body: NO_PETS, text: JSON.stringify(NO_PETS) }, false, tally)).toBeUndefined();
    expect(tally).toMatchObject({ rejectedNoPet: 1, unexpected: 0 });
    const changed = { detail: { ...NO_PETS.detail, message: 'No pets.' } };
    judgeCreate(nonPetItem, { status: 400, body: changed, text: JSON.stringify(changed) }, false, tally);
    expect(tally.unexpected).toBe(1);
    expect(tally.problems[0]).toMatch(/^request 3: no_pets_detected body differs/);
  });

  it('counts detection mismatches both ways, and anything else as unexpected', () => {
    const tally = newTally();
    judgeCreate(nonPetItem, accepted('job_b'), false, tally);
    judgeCreate(petItem, { status: 400, body: NO_PETS, text: '' }, false, tally);
    expect(tally.detectionMismatches).toBe(2);
    judgeCreate(petItem, { status: 0, body: undefined, text: '', error: 'ECONNRESET' }, false, tally);
    expect(tally.unexpected).toBe(1);
    expect(Object.fromEntries(tally.outcomes)).toEqual({ accepted_non_pet: 1, rejected_pet: 1, unexpected_network: 1 });
  });
});

describe('Function: judgeReplay', () => {
  it('counts the same answer twice as an idempotent replay', () => {
    const tally = newTally();
    expect(judgeReplay(petItem, [accepted('job_a'), accepted('job_a')], ['job_a', 'job_a'], tally)).toEqual([]);
    expect(tally).toMatchObject({ idempotentReplays: 1, idempotencyMismatches: 0 });
  });

  it('counts a second job as a mismatch and returns it to be tracked', () => {
    const tally = newTally();
    expect(judgeReplay(petItem, [accepted('job_a'), accepted('job_b')], ['job_a', 'job_b'], tally)).toEqual(['job_b']);
    expect(tally.idempotencyMismatches).toBe(1);
    expect(tally.problems[0]).toBe('idempotency: request 3 (sequential) answered 202 job_a then 202 job_b');
  });
});

describe('Function: buildReport', () => {
  const base = () => {
    const tally = newTally();
    judgeCreate(petItem, accepted('job_a'), false, tally);
    tally.requests = 4;
    tally.sent = 4;
    return {
      jobsRequested: 4,
      concurrency: 2,
      faults: true,
      seed: 42,
      startedAt: 0,
      createStartedAt: 1_000,
      createEndedAt: 3_000,
      endedAt: 10_000,
      tally,
      jobs: [{ receiver: 'ok' }],
      audited: auditRun({ jobs: [], checkSignatures: true }),
      endpoints: {},
      receivers: [{ name: 'ok', deliveries: [{ answered: 500 }, { answered: 200 }] }],
      faultPhases: new Map([['revid-429', 2]]),
      serviceLogTail: ['a', 'b'],
    };
  };

  it('computes rates over the create phase and tallies receivers and outcomes', () => {
    const report = buildReport(base());
    expect(report.summary).toMatchObject({ accepted: 1, requests: 4, create_phase_s: 2, create_rps: 2, accepted_per_s: 0.5, elapsed_s: 10, seed: 42 });
    expect(report.receivers).toEqual({ ok: { jobs: 1, deliveries: 2, answered: { '200': 1, '500': 1 } } });
    expect(report.outcomes).toEqual({ accepted: 1 });
    expect(report.faultPhases).toEqual({ 'revid-429': 2 });
    expect(report.ok).toBe(true);
    expect(formatReport(report).at(-1)).toBe('INVARIANTS HOLD');
  });

  it('is not ok after an idempotency mismatch, and lists the problems of the drive and then the audit', () => {
    const input = base();
    judgeReplay(petItem, [accepted('job_a'), accepted('job_b')], ['job_a', 'job_b'], input.tally);
    input.audited = { ...input.audited, problems: ['audit line'] };
    const report = buildReport(input);
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([expect.stringMatching(/^idempotency: request 3/), 'audit line']);
    expect(formatReport(report).at(-1)).toBe('INVARIANTS VIOLATED');
  });
});
