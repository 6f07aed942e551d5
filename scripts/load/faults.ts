/**
 * The Revid simulator's fault schedule during a load run: a cycle of short phases, each setting one
 * kind of fault (forced 500s and 429s on render and status, dropped, duplicated, late and premature
 * webhooks, failed renders, latency) and clearing it when the phase ends.
 */
import type { RevidSimulator, RevidSimulatorFaults } from '../../local/simulators/revid.js';

export interface FaultPhase {
  name: string;
  faults: Partial<RevidSimulatorFaults>;
  /** Phase length as a multiple of the base phase length (default 1). */
  length?: number;
}

export const FAULT_PHASES: readonly FaultPhase[] = [
  { name: 'calm', faults: {} },
  { name: 'render-500', faults: { renderStatus: { status: 500, times: 4 } } },
  { name: 'dropped-webhooks', faults: { dropWebhook: true } },
  { name: 'render-429', faults: { renderStatus: { status: 429, times: 4, retryAfterS: 1 } } },
  { name: 'duplicate-webhooks', faults: { duplicateWebhook: 3 } },
  { name: 'status-500', faults: { statusStatus: { status: 500, times: 4 } } },
  { name: 'late-webhooks', faults: { lateWebhookMs: 2500 } },
  { name: 'failed-renders', faults: { failRender: true }, length: 0.5 },
  { name: 'status-429', faults: { statusStatus: { status: 429, times: 3, retryAfterS: 1 } } },
  { name: 'premature-webhooks', faults: { webhookBeforeReady: true } },
  { name: 'slow-provider', faults: { latencyMs: 400 } },
];

export interface FaultScheduler {
  /** Phases entered so far, by name. */
  entered: Map<string, number>;
  /** Stops the cycle and clears every fault (armed forced answers included). */
  stop(): void;
}

/** Cycles FAULT_PHASES on the simulator every `phaseMs` until stopped. */
export function startFaultSchedule(sim: RevidSimulator, options: { phaseMs: number; log?: (line: string) => void }): FaultScheduler {
  const entered = new Map<string, number>();
  let index = 0;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  // Forced answers are counted (`times`) and stay armed past their phase until that many calls took
  // them, so every 5xx/429 phase bites even when no call came during it; the other faults end with their phase.
  const COUNTED = new Set<keyof RevidSimulatorFaults>(['renderStatus', 'statusStatus']);
  const clear = (phase: FaultPhase | undefined) => {
    if (!phase) return;
    const cleared: Partial<RevidSimulatorFaults> = {};
    for (const key of Object.keys(phase.faults) as Array<keyof RevidSimulatorFaults>) if (!COUNTED.has(key)) cleared[key] = undefined;
    if (Object.keys(cleared).length) sim.faults.set(cleared);
  };
  let current: FaultPhase | undefined;
  const next = () => {
    if (stopped) return;
    clear(current);
    current = FAULT_PHASES[index % FAULT_PHASES.length]!;
    index++;
    entered.set(current.name, (entered.get(current.name) ?? 0) + 1);
    if (Object.keys(current.faults).length) sim.faults.set(current.faults);
    options.log?.(`faults: phase ${current.name}`);
    timer = setTimeout(next, Math.max(100, options.phaseMs * (current.length ?? 1)));
  };
  next();
  return {
    entered,
    stop() {
      stopped = true;
      clearTimeout(timer);
      sim.faults.reset();
      current = undefined;
    },
  };
}
