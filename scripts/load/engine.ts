/**
 * The load engine shared by `npm run load` (scripts/load.ts) and the small load test
 * (test/integration/load-small.test.ts).
 *
 * 1. Starts a loopback media server and callback receivers (some fail at first, one is down for a
 *    while, one throttles with 503 + Retry-After, one never answers 2xx so its callbacks dead-letter),
 *    then the local runtime with those hosts on its outbound allow-list (or uses `--api`).
 * 2. N concurrent clients send `jobs` POST /api/generate-video requests: pet and non-pet photos, most
 *    with an Idempotency-Key, ~10 % of them replayed (concurrently or after the first answer) with the
 *    same key and body. The Revid simulator cycles through fault phases meanwhile.
 * 3. Waits (bounded) until every accepted job is terminal (GET /api/video-status) and every terminal
 *    job's callback was delivered (a receiver answered 2xx) or dead-lettered (a notify DLQ record),
 *    then audits: webhook-ids and statuses per job across all receivers, signatures, the stored items,
 *    GET /api/video-result, and the simulator's renders per job.
 */
import { randomBytes } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { generateWebhookSecret } from '../../lambdas/core/callbacks/signing.js';
import { auditRun, invariantsHold, type JobEvidence } from './audit.js';
import { startFaultSchedule, type FaultScheduler } from './faults.js';
import {
  DEFAULT_MEDIA,
  faultyReceivers,
  healthyReceivers,
  startCallbackReceiver,
  startMediaServer,
  type CallbackReceiver,
  type MediaFile,
  type MediaServer,
  type ReceivedCallback,
  type ReceiverSpec,
} from './servers.js';
import { LatencyRecorder, summarize, type LatencySummary } from './stats.js';
import { remoteTarget, startLocalTarget, type Target } from './target.js';

export interface LoadOptions {
  /** POST /api/generate-video requests to send, replays not included (default 200). */
  jobs?: number;
  /** Concurrent clients (default 16). */
  concurrency?: number;
  /** Revid faults and misbehaving receivers (default true). */
  faults?: boolean;
  /** Bound of the whole run, creation included (default 600 s). */
  timeoutS?: number;
  /** Drive a running service instead of starting one (no fault injection, no inspection). */
  api?: { url: string; key: string };
  /** Fixed ports for the media server and receivers (consecutive from this one); only useful with `api`. */
  portBase?: number;
  /** Share of requests with a non-pet photo (default 0.2). */
  nonPetShare?: number;
  /** Share of requests replayed with the same Idempotency-Key (default 0.1). */
  duplicateShare?: number;
  /** Share of requests without an Idempotency-Key (default 0.25). */
  noKeyShare?: number;
  /** Relative weight of the black-hole receiver (default 0.5: one pet request in 21; the others weigh 4, 2, 2, 2). */
  blackHoleWeight?: number;
  /** Revid simulator render time (default 2000 ms). */
  renderMs?: number;
  /** Length of one fault phase (default 2500 ms). */
  phaseMs?: number;
  /** How long the down-then-up receiver refuses connections after the first request (default 30 s). */
  receiverDownMs?: number;
  /** How many first hits the flaky receiver answers 500 (default 10 % of `jobs`, at least 3). */
  flakyFirstHits?: number;
  /** Extra wait after everything settled, to catch late duplicate deliveries (default 4000 ms). */
  settleMs?: number;
  /** Environment for the local functions (clock scaling etc.); wins over the engine's defaults. */
  env?: Record<string, string>;
  /** Reconciler period of the local runtime in ms (default RECONCILE_INTERVAL_MS or 15 s). */
  scheduleIntervalMs?: number;
  /** moto flavour for the local runtime (default atomic; see target.ts). */
  moto?: 'atomic' | 'plain';
  /** Seed of the request plan (default random). */
  seed?: number;
  /** Progress lines (default: none). */
  log?: (line: string) => void;
  /** The service's own log lines (default: dropped; kept in the last 2000 for the report). */
  serviceLog?: (line: string) => void;
}

/** The last line of `npm run load`. */
export interface LoadSummary {
  accepted: number;
  terminal: number;
  lost: number;
  duplicate_transitions: number;
  callbacks_missing: number;
  duplicate_renders: number | null;
  completed: number;
  failed: number;
  rejected_no_pet: number;
  idempotent_replays: number;
  elapsed_s: number;
  requests: number;
  create_phase_s: number;
  create_rps: number;
  accepted_per_s: number;
  callbacks_delivered: number;
  callbacks_dead_lettered: number;
  duplicate_deliveries: number;
  bad_signatures: number | null;
  status_regressions: number;
  idempotency_mismatches: number;
  unexpected_responses: number;
  detection_mismatches: number;
  result_mismatches: number;
  /** Attempts that followed a `503 Retry-After: 1` sooner than 1 s (informational). */
  retry_after_ignored: number;
  faults: boolean;
  /** Seed of the request plan (`--seed` reproduces it). */
  seed: number;
  jobs_requested: number;
  concurrency: number;
}

export interface LoadReport {
  summary: LoadSummary;
  /** Per endpoint: latency in ms and status counts. */
  endpoints: Record<string, LatencySummary & { statuses: Record<string, number> }>;
  /** From the 202 to the terminal status first seen, and to the first 2xx callback, in ms. */
  jobLatency: {
    /** Stored created_at → completed_at (local), else 202 → terminal status first polled. */
    toTerminal: LatencySummary;
    /** 202 → first 2xx callback at a receiver. */
    toCallback: LatencySummary;
    /** Stored created_at → submitted_at: waiting on the render queue, retries and back-off included (local). */
    queueToSubmit: LatencySummary;
    /** Stored submitted_at → completed_at: render, webhook or reconciler, sync and mirror (local). */
    submitToTerminal: LatencySummary;
    /** Stored completed_at → first 2xx callback (local). */
    terminalToCallback: LatencySummary;
  };
  outcomes: Record<string, number>;
  /** Per receiver: jobs sent there, requests it saw by answer, and the attempts the service counted
   * (stored `callback_attempts`, which include attempts that never connected; local runs only). */
  receivers: Record<string, { jobs: number; deliveries: number; answered: Record<string, number>; attempts?: number }>;
  faultPhases: Record<string, number>;
  simulator?: { renderRequests: number; statusRequests: number; rendersAccepted: number; webhookAttempts: number; webhooksDelivered: number };
  /** Human-readable evidence for every invariant violation (empty when all hold). */
  problems: string[];
  /** Jobs with more than one render: pid list and the pid the job kept. */
  duplicateRenderJobs: Array<{ job_id: string; pids: string[]; kept?: string }>;
  /** The last lines of the service's log (local runs). */
  serviceLogTail: string[];
  /** Whether lost, duplicate_transitions, callbacks_missing and the other hard invariants are all 0. */
  ok: boolean;
}

const NO_PETS_DETAIL = {
  detail: {
    error: 'no_pets_detected',
    message:
      'No pets found in the uploaded image. Please upload an image or video containing pets (dogs, cats, birds, etc.) to generate a roast video.',
    suggestion: 'Try uploading a clear photo or video of your pet.',
  },
};

const TEXTS = [
  'Roast my lazy dog who sleeps all day!',
  'This cat thinks she owns the sofa. Roast her.',
  'My pet ate my homework again, roast him gently.',
  'Roast the fluffiest drama queen in the house.',
];
const LANGUAGES = ['en', 'en', 'hi', 'ta', 'bn'] as const;
const FILTERS = [undefined, 'desi-fire', 'pet-maharaja', 'bollywood-burn'] as const;

interface PlanItem {
  index: number;
  media: MediaFile;
  key?: string;
  replay?: 'concurrent' | 'sequential';
  receiver: string;
  body: Record<string, unknown>;
}

interface TrackedJob {
  id: string;
  index: number;
  receiver: string;
  acceptedAt: number;
  statuses: string[];
  terminal?: 'completed' | 'failed';
  terminalAt?: number;
  lastPolled: number;
  lastAudited: number;
  deadLettered: boolean;
  callbackState?: string;
  resultChecked: boolean;
}

/** A deterministic PRNG (mulberry32) so a seed reproduces a plan. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Runs `worker` over `items` with at most `limit` in flight; stops taking new items once `stop()` is true. */
async function pool<T>(items: readonly T[], limit: number, worker: (item: T) => Promise<void>, stop: () => boolean = () => false): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length && !stop()) {
      const item = items[next++]!;
      await worker(item);
    }
  });
  await Promise.all(lanes);
}

export async function runLoad(options: LoadOptions = {}): Promise<LoadReport> {
  const started = Date.now();
  const jobsRequested = Math.max(1, Math.floor(options.jobs ?? 200));
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? 16));
  const faultsOn = options.faults ?? true;
  const timeoutMs = (options.timeoutS ?? 600) * 1000;
  const deadline = started + timeoutMs;
  const log = options.log ?? (() => undefined);
  const serviceTail: string[] = [];
  const serviceLog = (line: string) => {
    serviceTail.push(line);
    if (serviceTail.length > 2000) serviceTail.shift();
    options.serviceLog?.(line);
  };
  const seed = options.seed ?? randomBytes(4).readUInt32LE(0);
  const random = prng(seed);
  const runId = `load-${started.toString(36)}`;
  const problems: string[] = [];
  const problem = (line: string) => {
    if (problems.length < 200) problems.push(line);
  };

  const cleanups: Array<() => Promise<void>> = [];
  const cleanup = async () => {
    for (const fn of cleanups.reverse()) await fn().catch(() => undefined);
    cleanups.length = 0;
  };

  try {
    // --- servers -----------------------------------------------------------------------------------
    const local = !options.api;
    const portAt = (i: number) => (options.portBase ? options.portBase + i : 0);
    const signingSecret = local ? (process.env.WEBHOOK_SIGNING_SECRET ?? generateWebhookSecret()) : process.env.WEBHOOK_SIGNING_SECRET;
    const media: MediaServer = await startMediaServer(DEFAULT_MEDIA, portAt(0));
    cleanups.push(() => media.close());
    const specs: ReceiverSpec[] = faultsOn
      ? faultyReceivers({
          flakyFirstHits: options.flakyFirstHits ?? Math.max(3, Math.ceil(jobsRequested * 0.1)),
          downForMs: options.receiverDownMs ?? 30_000,
          blackHoleWeight: local ? (options.blackHoleWeight ?? 0.5) : 0,
        })
      : healthyReceivers();
    const receivers: CallbackReceiver[] = [];
    for (const [i, spec] of specs.entries()) {
      const r = await startCallbackReceiver(spec, { secret: signingSecret, port: portAt(i + 1), log });
      receivers.push(r);
      cleanups.push(() => r.close());
    }
    const byName = new Map(receivers.map((r) => [r.spec.name, r]));
    log(`media server ${media.host}; receivers ${receivers.map((r) => `${r.spec.name}=${r.host}`).join(' ')}`);

    // --- target ------------------------------------------------------------------------------------
    let target: Target;
    if (options.api) {
      target = remoteTarget(options.api.url, options.api.key);
      log(`driving ${target.url}; it must allow ${[media.host, ...receivers.map((r) => r.host)].join(',')} (OUTBOUND_ALLOWED_HOSTS)`);
    } else {
      const defaults: Record<string, string> = {
        // The whole Standard Webhooks schedule (75 h 35 m) in ~55 s, so black-holed callbacks dead-letter within the run.
        CALLBACK_DELAY_SCALE: process.env.CALLBACK_DELAY_SCALE ?? '0.0002',
        // The load run measures the job pipeline against the Revid simulator (its faults included), not
        // the built-in renderer's CPU time (that is npm run bench:render).
        VIDEO_PROVIDER: process.env.VIDEO_PROVIDER ?? 'revid',
      };
      log('starting the local runtime (moto, service, simulators)…');
      target = await startLocalTarget({
        allowedHosts: [media.host, ...receivers.map((r) => r.host)],
        signingSecret: signingSecret!,
        renderMs: options.renderMs ?? 2000,
        env: { ...defaults, ...options.env },
        moto: options.moto ?? 'atomic',
        scheduleIntervalMs: options.scheduleIntervalMs,
        log: serviceLog,
      });
      log(`local runtime at ${target.url}`);
    }
    cleanups.push(() => target.stop());

    // --- plan --------------------------------------------------------------------------------------
    const pets = media.files.filter((f) => f.pet);
    const nonPets = media.files.filter((f) => !f.pet);
    // Receivers are dealt to pet requests in a fixed interleaved cycle (weights doubled: a weight of 0.5
    // is one slot), so even a small run reaches each of them; non-pet requests use the first receiver.
    const slots = receivers.map((r) => Math.max(1, Math.round(r.spec.weight * 2)));
    const cycle: CallbackReceiver[] = [];
    for (let round = 0; cycle.length < slots.reduce((a, b) => a + b, 0); round++) {
      receivers.forEach((r, i) => round < slots[i]! && cycle.push(r));
    }
    let dealt = 0;
    const pickReceiver = (pet: boolean): CallbackReceiver => (pet ? cycle[dealt++ % cycle.length]! : receivers[0]!);
    // Exact shares, shuffled with the seed: non-pet photos, requests without a key, replays (which need a key).
    const n = jobsRequested;
    const atLeastOne = (share: number) => (share > 0 ? Math.max(n >= 10 ? 1 : 0, Math.round(n * share)) : 0);
    const shuffle = <T>(list: T[]): T[] => {
      for (let i = list.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [list[i], list[j]] = [list[j]!, list[i]!];
      }
      return list;
    };
    const flags = (k: number) => shuffle(Array.from({ length: n }, (_, i) => i < k));
    const nonPetFlags = flags(atLeastOne(options.nonPetShare ?? 0.2));
    const noKeyFlags = flags(Math.round(n * (options.noKeyShare ?? 0.25)));
    const keyed = [...Array(n).keys()].filter((i) => !noKeyFlags[i]);
    const replayed = new Map<number, 'concurrent' | 'sequential'>();
    shuffle(keyed)
      .slice(0, Math.min(keyed.length, atLeastOne(options.duplicateShare ?? 0.1)))
      .forEach((i, k) => replayed.set(i, k % 2 === 0 ? 'concurrent' : 'sequential'));
    const plan: PlanItem[] = [];
    for (let index = 0; index < n; index++) {
      const nonPet = nonPetFlags[index]!;
      const mediaFile = nonPet ? nonPets[index % nonPets.length]! : pets[index % pets.length]!;
      const noKey = noKeyFlags[index]!;
      const replay = replayed.get(index);
      const receiver = pickReceiver(!nonPet);
      const language = LANGUAGES[Math.floor(random() * LANGUAGES.length)]!;
      const filter = FILTERS[Math.floor(random() * FILTERS.length)];
      plan.push({
        index,
        media: mediaFile,
        ...(noKey ? {} : { key: `${runId}-${index}` }),
        ...(replay ? { replay } : {}),
        receiver: receiver.spec.name,
        body: {
          text: TEXTS[index % TEXTS.length],
          image_url: media.urlOf(mediaFile.file),
          language,
          source_lang: 'en',
          ...(filter ? { filter_id: filter } : {}),
          callback_url: `${receiver.url}/hooks/${index}`,
          metadata: { load_run: runId, index: String(index) },
        },
      });
    }

    // --- HTTP --------------------------------------------------------------------------------------
    const latency = new LatencyRecorder();
    const call = async (
      endpoint: string,
      method: string,
      path: string,
      init: { body?: unknown; headers?: Record<string, string> } = {},
    ): Promise<{ status: number; body: any; text: string; error?: string }> => {
      const t0 = performance.now();
      try {
        const res = await fetch(`${target.url}${path}`, {
          method,
          headers: {
            'x-api-key': target.apiKey,
            ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
            ...init.headers,
          },
          body: init.body === undefined ? undefined : JSON.stringify(init.body),
          signal: AbortSignal.timeout(60_000),
        });
        const text = await res.text();
        latency.record(endpoint, performance.now() - t0, res.status);
        let body: unknown;
        try {
          body = text ? JSON.parse(text) : undefined;
        } catch {
          body = undefined;
        }
        return { status: res.status, body, text };
      } catch (err) {
        latency.record(endpoint, performance.now() - t0, 'error');
        return { status: 0, body: undefined, text: '', error: (err as Error).message };
      }
    };

    // --- create phase ------------------------------------------------------------------------------
    const jobs = new Map<string, TrackedJob>();
    const outcomes = new Map<string, number>();
    const count = (k: string) => outcomes.set(k, (outcomes.get(k) ?? 0) + 1);
    let requests = 0;
    let rejectedNoPet = 0;
    let idempotentReplays = 0;
    let idempotencyMismatches = 0;
    let unexpected = 0;
    let detectionMismatches = 0;
    let sent = 0;

    const accept = (item: PlanItem, jobId: string) => {
      if (!jobs.has(jobId)) {
        jobs.set(jobId, {
          id: jobId,
          index: item.index,
          receiver: item.receiver,
          acceptedAt: Date.now(),
          statuses: [],
          lastPolled: 0,
          lastAudited: 0,
          deadLettered: false,
          resultChecked: false,
        });
      }
    };

    /** Classifies one answer to a create; returns the job id when accepted. */
    const judge = (item: PlanItem, res: { status: number; body: any; text: string; error?: string }, replay: boolean): string | undefined => {
      if (res.status === 202 && typeof res.body?.job_id === 'string') {
        if (!item.media.pet) {
          detectionMismatches++;
          count('accepted_non_pet');
        } else if (!replay) count('accepted');
        return res.body.job_id as string;
      }
      if (res.status === 400 && res.body?.detail?.error === 'no_pets_detected') {
        if (!isDeepStrictEqual(res.body, NO_PETS_DETAIL)) {
          unexpected++;
          problem(`request ${item.index}: no_pets_detected body differs from SPEC 3.4: ${res.text.slice(0, 300)}`);
        }
        if (item.media.pet) {
          detectionMismatches++;
          count('rejected_pet');
        } else if (!replay) {
          rejectedNoPet++;
          count('rejected_no_pet');
        }
        return undefined;
      }
      unexpected++;
      count(`unexpected_${res.status || 'network'}`);
      problem(`request ${item.index}${replay ? ' (replay)' : ''}: ${res.status || res.error} ${res.text.slice(0, 300)}`);
      return undefined;
    };

    const createOne = async (item: PlanItem): Promise<void> => {
      const headers: Record<string, string> = item.key ? { 'idempotency-key': item.key } : {};
      const post = () => {
        requests++;
        return call('POST /api/generate-video', 'POST', '/api/generate-video', { body: item.body, headers });
      };
      const answers: Array<Awaited<ReturnType<typeof post>>> = [];
      if (item.replay === 'concurrent') answers.push(...(await Promise.all([post(), post()])));
      else {
        answers.push(await post());
        if (item.replay === 'sequential') answers.push(await post());
      }
      sent++;
      const ids = answers.map((res, i) => judge(item, res, i > 0));
      const first = ids.find((id) => id !== undefined);
      if (first) accept(item, first);
      if (answers.length > 1) {
        const [a, b] = answers;
        const same = a!.status === b!.status && ids[0] === ids[1];
        if (same && ids[0]) idempotentReplays++;
        else if (!same) {
          idempotencyMismatches++;
          problem(`idempotency: request ${item.index} (${item.replay}) answered ${a!.status} ${ids[0] ?? ''} then ${b!.status} ${ids[1] ?? ''}`);
          for (const id of ids) if (id && id !== first) accept(item, id);
        }
      }
      if (sent % 25 === 0) log(`created ${sent}/${plan.length} (accepted ${jobs.size}, rejected ${rejectedNoPet})`);
    };

    let scheduler: FaultScheduler | undefined;
    if (faultsOn && target.sim) scheduler = startFaultSchedule(target.sim, { phaseMs: options.phaseMs ?? 2500, log });
    const faultPhases = scheduler?.entered ?? new Map<string, number>();
    const createStart = Date.now();
    for (const r of receivers) r.startDowntime();
    await pool(plan, concurrency, createOne, () => Date.now() > deadline);
    const createEnd = Date.now();
    const notSent = plan.length - sent;
    if (notSent > 0) problem(`${notSent} planned requests were not sent before the deadline`);
    log(`create phase: ${requests} requests in ${((createEnd - createStart) / 1000).toFixed(1)} s; accepted ${jobs.size}`);

    // --- wait for terminal states and callbacks -----------------------------------------------------
    const deliveriesFor = (jobId: string): ReceivedCallback[] => receivers.flatMap((r) => r.deliveries.filter((d) => d.jobId === jobId));
    const delivered = (jobId: string) => deliveriesFor(jobId).some((d) => d.answered >= 200 && d.answered < 300);
    const settled = (job: TrackedJob) => job.terminal !== undefined && (delivered(job.id) || job.deadLettered || job.callbackState === 'none' || job.callbackState === 'gone');
    const pollStatus = async (job: TrackedJob) => {
      job.lastPolled = Date.now();
      const res = await call('GET /api/video-status/{id}', 'GET', `/api/video-status/${job.id}`);
      if (res.status !== 200) {
        if (res.status !== 0) problem(`status of ${job.id}: ${res.status} ${res.text.slice(0, 200)}`);
        return;
      }
      const status = String(res.body?.status);
      if (job.statuses[job.statuses.length - 1] !== status) job.statuses.push(status);
      if ((status === 'completed' || status === 'failed') && !job.terminal) {
        job.terminal = status;
        job.terminalAt = Date.now();
      }
    };
    const audit = async (job: TrackedJob) => {
      job.lastAudited = Date.now();
      if (!target.readJob) return;
      const item = await target.readJob(job.id);
      job.callbackState = item?.callback_state;
      if (item?.callback_state === 'failed' && target.readDeadLetters) {
        const dead = await target.readDeadLetters();
        job.deadLettered = dead.notify.has(job.id);
      }
    };
    let lastReport = 0;
    for (;;) {
      const now = Date.now();
      const open = [...jobs.values()].filter((j) => !settled(j));
      // Faults keep cycling while renders are in flight; callbacks and the reconciler then settle without them.
      if (scheduler && open.every((j) => j.terminal)) {
        scheduler.stop();
        log('every accepted job is terminal: Revid faults stopped');
        scheduler = undefined;
      }
      if (open.length === 0) break;
      if (now > deadline) {
        log(`deadline reached with ${open.length} jobs not settled`);
        break;
      }
      if (now - lastReport > 10_000) {
        lastReport = now;
        const nonTerminal = open.filter((j) => !j.terminal).length;
        log(`waiting: ${nonTerminal} not terminal, ${open.length - nonTerminal} terminal without a settled callback`);
      }
      const toPoll = open.filter((j) => !j.terminal && (now - j.lastPolled > 2000 || (delivered(j.id) && now - j.lastPolled > 300)));
      const toAudit = open.filter((j) => j.terminal && !delivered(j.id) && now - j.lastAudited > 3000);
      await pool(toPoll, 4, pollStatus);
      await pool(toAudit, 4, audit);
      await sleep(500);
    }
    scheduler?.stop();
    const settleMs = options.settleMs ?? 4000;
    if (settleMs > 0 && Date.now() < deadline) await sleep(Math.min(settleMs, deadline - Date.now()));

    // --- settle: the evidence the audit needs (a last poll, stored items, video-result answers) --------
    const dead = target.readDeadLetters ? await target.readDeadLetters() : undefined;
    const evidence: JobEvidence[] = [];
    await pool([...jobs.values()], 4, async (job) => {
      if (!job.terminal) await pollStatus(job);
      const item = target.readJob ? await target.readJob(job.id) : undefined;
      let resultOk: boolean | undefined;
      let resultAnswer: string | undefined;
      if (job.terminal && !job.resultChecked) {
        job.resultChecked = true;
        const res = await call('GET /api/video-result/{id}', 'GET', `/api/video-result/${job.id}`);
        resultOk =
          job.terminal === 'completed'
            ? res.status === 200 && typeof res.body?.video_url === 'string'
            : res.status === 409 && res.body?.detail?.error === 'video_failed';
        resultAnswer = `${res.status} ${res.text.slice(0, 200)}`;
      }
      evidence.push({
        id: job.id,
        index: job.index,
        receiver: job.receiver,
        receiverExpectsDeadLetter: byName.get(job.receiver)?.spec.expectDeadLetter === true,
        acceptedAt: job.acceptedAt,
        statuses: job.statuses,
        ...(job.terminal ? { terminal: job.terminal } : {}),
        ...(job.terminalAt ? { terminalAt: job.terminalAt } : {}),
        ...(item ? { stored: item } : {}),
        deliveries: deliveriesFor(job.id),
        deadLettered: dead?.notify.has(job.id) ?? false,
        ...(resultOk !== undefined ? { resultOk, resultAnswer } : {}),
      });
    });
    evidence.sort((a, b) => a.index - b.index);

    // --- audit (pure: scripts/load/audit.ts) ----------------------------------------------------------
    const renders = target.sim
      ? [...target.sim.renders.values()].flatMap((render) => {
          const jobId = render.webhookUrl ? new URL(render.webhookUrl).searchParams.get('job') : null;
          return jobId ? [{ pid: render.pid, jobId }] : [];
        })
      : undefined;
    const audited = auditRun({ jobs: evidence, ...(renders ? { renders } : {}), checkSignatures: target.local });
    for (const line of audited.problems) problem(line);
    const { counts, latencies } = audited;

    const elapsed = (Date.now() - started) / 1000;
    const createS = (createEnd - createStart) / 1000;
    const summary: LoadSummary = {
      accepted: jobs.size,
      terminal: counts.completed + counts.failed,
      lost: counts.lost,
      duplicate_transitions: counts.duplicate_transitions,
      callbacks_missing: counts.callbacks_missing,
      duplicate_renders: counts.duplicate_renders,
      completed: counts.completed,
      failed: counts.failed,
      rejected_no_pet: rejectedNoPet,
      idempotent_replays: idempotentReplays,
      elapsed_s: Math.round(elapsed * 10) / 10,
      requests,
      create_phase_s: Math.round(createS * 10) / 10,
      create_rps: Math.round((requests / Math.max(createS, 0.001)) * 100) / 100,
      accepted_per_s: Math.round((jobs.size / Math.max(createS, 0.001)) * 100) / 100,
      callbacks_delivered: counts.callbacks_delivered,
      callbacks_dead_lettered: counts.callbacks_dead_lettered,
      duplicate_deliveries: counts.duplicate_deliveries,
      bad_signatures: counts.bad_signatures,
      status_regressions: counts.status_regressions,
      idempotency_mismatches: idempotencyMismatches,
      unexpected_responses: unexpected,
      detection_mismatches: detectionMismatches,
      result_mismatches: counts.result_mismatches,
      retry_after_ignored: counts.retry_after_ignored,
      faults: faultsOn,
      seed,
      jobs_requested: jobsRequested,
      concurrency,
    };
    const endpoints: LoadReport['endpoints'] = {};
    for (const e of latency.endpoints()) endpoints[e] = { ...latency.summary(e), statuses: latency.statusCounts(e) };
    const receiverReport: LoadReport['receivers'] = {};
    for (const r of receivers) {
      const answered: Record<string, number> = {};
      for (const d of r.deliveries) answered[String(d.answered)] = (answered[String(d.answered)] ?? 0) + 1;
      receiverReport[r.spec.name] = {
        jobs: [...jobs.values()].filter((j) => j.receiver === r.spec.name).length,
        deliveries: r.deliveries.length,
        answered,
        ...(audited.attemptsByReceiver.has(r.spec.name) ? { attempts: audited.attemptsByReceiver.get(r.spec.name)! } : {}),
      };
    }
    const sim = target.sim;
    const ok = invariantsHold(counts, idempotencyMismatches);
    return {
      summary,
      endpoints,
      jobLatency: {
        toTerminal: summarize(latencies.toTerminal),
        toCallback: summarize(latencies.toCallback),
        queueToSubmit: summarize(latencies.queueToSubmit),
        submitToTerminal: summarize(latencies.submitToTerminal),
        terminalToCallback: summarize(latencies.terminalToCallback),
      },
      outcomes: Object.fromEntries([...outcomes.entries()].sort()),
      receivers: receiverReport,
      faultPhases: Object.fromEntries(faultPhases),
      ...(sim
        ? {
            simulator: {
              renderRequests: sim.stats.renderRequests,
              statusRequests: sim.stats.statusRequests,
              rendersAccepted: sim.stats.rendersAccepted,
              webhookAttempts: sim.stats.webhookAttempts,
              webhooksDelivered: sim.stats.webhooksDelivered,
            },
          }
        : {}),
      problems,
      duplicateRenderJobs: audited.duplicateRenderJobs,
      serviceLogTail: serviceTail.slice(-200),
      ok,
    };
  } finally {
    await cleanup();
  }
}

/** Text lines of a report (everything `npm run load` prints before the JSON line). */
export function formatReport(report: LoadReport): string[] {
  const s = report.summary;
  const lines: string[] = [];
  const f = (v: number) => (Number.isFinite(v) ? v.toFixed(1).padStart(8) : '       -');
  lines.push('');
  lines.push(`Load run: ${s.jobs_requested} create requests planned, concurrency ${s.concurrency}, faults ${s.faults ? 'on' : 'off'}`);
  lines.push(
    `Throughput: ${s.requests} generate-video requests in ${s.create_phase_s} s = ${s.create_rps} req/s; ` +
      `${s.accepted} jobs accepted = ${s.accepted_per_s} jobs/s; whole run ${s.elapsed_s} s`,
  );
  lines.push('');
  lines.push(`${'Latency (ms)'.padEnd(34)}${'count'.padStart(7)}${'p50'.padStart(9)}${'p90'.padStart(9)}${'p99'.padStart(9)}${'max'.padStart(9)}  statuses`);
  for (const [name, e] of Object.entries(report.endpoints)) {
    lines.push(`${name.padEnd(34)}${String(e.count).padStart(7)} ${f(e.p50)} ${f(e.p90)} ${f(e.p99)} ${f(e.max)}  ${JSON.stringify(e.statuses)}`);
  }
  for (const [name, e] of [
    ['job: created → terminal', report.jobLatency.toTerminal],
    ['job: created → render submitted', report.jobLatency.queueToSubmit],
    ['job: submitted → terminal', report.jobLatency.submitToTerminal],
    ['job: terminal → first 2xx callback', report.jobLatency.terminalToCallback],
    ['job: 202 → first 2xx callback', report.jobLatency.toCallback],
  ] as const) {
    if (e.count === 0) continue;
    lines.push(`${name.padEnd(34)}${String(e.count).padStart(7)} ${f(e.p50)} ${f(e.p90)} ${f(e.p99)} ${f(e.max)}`);
  }
  lines.push('');
  lines.push(`Outcomes: ${JSON.stringify(report.outcomes)}`);
  lines.push(`Jobs: completed ${s.completed}, failed ${s.failed}, lost ${s.lost}; callbacks delivered ${s.callbacks_delivered}, dead-lettered ${s.callbacks_dead_lettered}, missing ${s.callbacks_missing}, duplicate deliveries ${s.duplicate_deliveries}`);
  lines.push(`Idempotent replays ${s.idempotent_replays}, mismatches ${s.idempotency_mismatches}; duplicate renders ${s.duplicate_renders ?? 'n/a'}; bad signatures ${s.bad_signatures ?? 'n/a'}`);
  lines.push(`Callback attempts sooner than 1 s after a '503 Retry-After: 1': ${s.retry_after_ignored}; plan seed ${s.seed}`);
  lines.push(`Receivers: ${JSON.stringify(report.receivers)}`);
  if (Object.keys(report.faultPhases).length) lines.push(`Fault phases entered: ${JSON.stringify(report.faultPhases)}`);
  if (report.simulator) lines.push(`Revid simulator: ${JSON.stringify(report.simulator)}`);
  for (const d of report.duplicateRenderJobs) lines.push(`duplicate render: ${d.job_id} pids ${d.pids.join(',')} kept ${d.kept ?? '?'}`);
  if (report.problems.length) {
    lines.push('');
    lines.push(`Problems (${report.problems.length}):`);
    for (const p of report.problems) lines.push(`  - ${p}`);
  }
  lines.push('');
  lines.push(report.ok ? 'INVARIANTS HOLD' : 'INVARIANTS VIOLATED');
  return lines;
}
