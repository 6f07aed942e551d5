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
 *    job's callback was delivered (a receiver answered 2xx) or dead-lettered (a callback DLQ record),
 *    then audits: webhook-ids and statuses per job across all receivers, signatures, the stored items,
 *    GET /api/video-result, and the simulator's renders per job.
 *
 * `runLoad` only sequences the steps, each in its own module: plan (plan.ts, pure) → drive
 * (drive.ts: create phase, wait, evidence) → audit (audit.ts, pure) → report (report.ts, pure).
 */
import { randomBytes } from 'node:crypto';
import { generateWebhookSecret, parseSigningSecrets } from '../../lambdas/domain/callbacks/signing.js';
import { auditRun } from './audit.js';
import { collectEvidence, createPhase, httpCaller, newTally, sleep, waitForSettled, type FollowContext } from './drive.js';
import { startFaultSchedule, type FaultScheduler } from './faults.js';
import { planRequests } from './plan.js';
import { buildReport, type LoadReport } from './report.js';
import {
  DEFAULT_MEDIA,
  faultyReceivers,
  healthyReceivers,
  startCallbackReceiver,
  startMediaServer,
  type CallbackReceiver,
  type MediaServer,
  type ReceiverSpec,
} from './servers.js';
import { LatencyRecorder } from './stats.js';
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

/**
 * One load run: servers and target, plan, create phase, wait, settle, audit, report. Everything it
 * started is stopped before it returns.
 */
export async function runLoad(options: LoadOptions = {}): Promise<LoadReport> {
  const startedAt = Date.now();
  const jobsRequested = Math.max(1, Math.floor(options.jobs ?? 200));
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? 16));
  const faultsOn = options.faults ?? true;
  const deadline = startedAt + (options.timeoutS ?? 600) * 1000;
  const log = options.log ?? (() => undefined);
  const serviceTail: string[] = [];
  const serviceLog = (line: string) => {
    serviceTail.push(line);
    if (serviceTail.length > 2000) serviceTail.shift();
    options.serviceLog?.(line);
  };
  const seed = options.seed ?? randomBytes(4).readUInt32LE(0);
  const cleanups: Array<() => Promise<void>> = [];
  try {
    // --- servers and target -------------------------------------------------------------------------
    const local = !options.api;
    const portAt = (i: number) => (options.portBase ? options.portBase + i : 0);
    const signingSecret = local ? (process.env.WEBHOOK_SIGNING_SECRET ?? generateWebhookSecret()) : process.env.WEBHOOK_SIGNING_SECRET;
    // A malformed secret stops the run here, named, instead of failing every callback's verification.
    if (signingSecret !== undefined) parseSigningSecrets(signingSecret, 'WEBHOOK_SIGNING_SECRET');
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
    log(`media server ${media.host}; receivers ${receivers.map((r) => `${r.spec.name}=${r.host}`).join(' ')}`);
    const target = await startTarget(options, { media, receivers, signingSecret, serviceLog, log });
    cleanups.push(() => target.stop());

    // --- plan (pure) -------------------------------------------------------------------------------
    const plan = planRequests({
      jobs: jobsRequested,
      seed,
      runId: `load-${startedAt.toString(36)}`,
      media: media.files,
      mediaUrl: (file) => media.urlOf(file),
      receivers: receivers.map((r) => ({ name: r.spec.name, weight: r.spec.weight, url: r.url })),
      nonPetShare: options.nonPetShare,
      duplicateShare: options.duplicateShare,
      noKeyShare: options.noKeyShare,
    });

    // --- drive: create, wait, settle ----------------------------------------------------------------
    const latency = new LatencyRecorder();
    const call = httpCaller(target, latency);
    const tally = newTally();
    let scheduler: FaultScheduler | undefined;
    if (faultsOn && target.sim) scheduler = startFaultSchedule(target.sim, { phaseMs: options.phaseMs ?? 2500, log });
    const faultPhases = scheduler?.entered ?? new Map<string, number>();
    for (const r of receivers) r.startDowntime();
    const created = await createPhase({ plan, call, concurrency, deadline, tally, log });
    const follow: FollowContext = { jobs: created.jobs, call, target, receivers, deadline, tally, log };
    await waitForSettled(follow, scheduler);
    const settleMs = options.settleMs ?? 4000;
    if (settleMs > 0 && Date.now() < deadline) await sleep(Math.min(settleMs, deadline - Date.now()));
    const evidence = await collectEvidence(follow);

    // --- audit and report (pure) --------------------------------------------------------------------
    const renders = target.sim
      ? [...target.sim.renders.values()].flatMap((render) => {
          const jobId = render.webhookUrl ? new URL(render.webhookUrl).searchParams.get('job') : null;
          return jobId ? [{ pid: render.pid, jobId }] : [];
        })
      : undefined;
    const audited = auditRun({ jobs: evidence, ...(renders ? { renders } : {}), checkSignatures: target.local });
    const endpoints: LoadReport['endpoints'] = {};
    for (const e of latency.endpoints()) endpoints[e] = { ...latency.summary(e), statuses: latency.statusCounts(e) };
    const sim = target.sim?.stats;
    return buildReport({
      jobsRequested,
      concurrency,
      faults: faultsOn,
      seed,
      startedAt,
      createStartedAt: created.startedAt,
      createEndedAt: created.endedAt,
      endedAt: Date.now(),
      tally,
      jobs: [...created.jobs.values()],
      audited,
      endpoints,
      receivers: receivers.map((r) => ({ name: r.spec.name, deliveries: r.deliveries })),
      faultPhases,
      ...(sim
        ? {
            simulator: {
              renderRequests: sim.renderRequests,
              statusRequests: sim.statusRequests,
              rendersAccepted: sim.rendersAccepted,
              webhookAttempts: sim.webhookAttempts,
              webhooksDelivered: sim.webhooksDelivered,
            },
          }
        : {}),
      serviceLogTail: serviceTail,
    });
  } finally {
    for (const fn of cleanups.reverse()) await fn().catch(() => undefined);
  }
}

/** The service under load: the one given with `--api`, else a local runtime allowed to reach the servers. */
async function startTarget(
  options: LoadOptions,
  servers: { media: MediaServer; receivers: CallbackReceiver[]; signingSecret: string | undefined; serviceLog: (line: string) => void; log: (line: string) => void },
): Promise<Target> {
  const { media, receivers, log } = servers;
  const hosts = [media.host, ...receivers.map((r) => r.host)];
  if (options.api) {
    const target = remoteTarget(options.api.url, options.api.key);
    log(`driving ${target.url}; it must allow ${hosts.join(',')} (OUTBOUND_ALLOWED_HOSTS)`);
    return target;
  }
  const defaults: Record<string, string> = {
    // The whole Standard Webhooks schedule (75 h 35 m) in ~55 s, so black-holed callbacks dead-letter within the run.
    CALLBACK_DELAY_SCALE: process.env.CALLBACK_DELAY_SCALE ?? '0.0002',
    // The load run measures the job pipeline against the Revid simulator (its faults included), not
    // the built-in renderer's CPU time (that is npm run bench:render).
    VIDEO_PROVIDER: process.env.VIDEO_PROVIDER ?? 'revid',
  };
  log('starting the local runtime (moto, service, simulators)…');
  const target = await startLocalTarget({
    allowedHosts: hosts,
    signingSecret: servers.signingSecret!,
    renderMs: options.renderMs ?? 2000,
    env: { ...defaults, ...options.env },
    moto: options.moto ?? 'atomic',
    scheduleIntervalMs: options.scheduleIntervalMs,
    log: servers.serviceLog,
  });
  log(`local runtime at ${target.url}`);
  return target;
}
