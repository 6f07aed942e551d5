import CircuitBreaker from 'opossum';
import { logger } from '../../domain/observability.js';
import type { ProviderName } from './types.js';

/**
 * When a provider's circuit opens and how long it stays open (docs/translation.md, "Fail-over").
 *
 * The breaker counts one *request* to the provider (its own retries included) as one call. Over a
 * rolling window of `rollingCountTimeout` ms it opens when at least `volumeThreshold` calls were made
 * and more than `errorThresholdPercentage` % of them failed. While open, the provider is skipped
 * (the request goes straight to the next provider on the route). After `resetTimeout` ms the circuit
 * is half-open: exactly one request probes the provider; success closes the circuit, failure opens it
 * for another `resetTimeout`.
 */
export interface BreakerPolicy {
  /** Failure percentage above which the circuit opens (default 50). */
  errorThresholdPercentage: number;
  /** Calls within the window before the percentage is considered (default 3). */
  volumeThreshold: number;
  /** The rolling window, in ms (default 60,000). */
  rollingCountTimeout: number;
  /** Buckets of the window (default 6, i.e. 10 s each). */
  rollingCountBuckets: number;
  /** How long an open circuit stays open before the half-open probe, in ms (default 30,000). */
  resetTimeout: number;
}

export const DEFAULT_BREAKER_POLICY: Readonly<BreakerPolicy> = Object.freeze({
  errorThresholdPercentage: 50,
  volumeThreshold: 3,
  rollingCountTimeout: 60_000,
  rollingCountBuckets: 6,
  resetTimeout: 30_000,
});

export type BreakerState = 'closed' | 'open' | 'half_open';

/** Thrown by {@link ProviderBreakers.run} when the provider's circuit is open (no call was made). */
export class CircuitOpenError extends Error {
  constructor(
    readonly provider: string,
    kind = 'translation',
  ) {
    super(`the circuit of ${kind} provider '${provider}' is open`);
    this.name = 'CircuitOpenError';
  }
}

type Task = () => Promise<unknown>;

/**
 * One circuit breaker per provider ([opossum](https://nodeshift.dev/opossum/)), kept for the
 * life of the process (module scope in Lambda: per execution environment). Opossum's own timeout is off:
 * the provider clients and the service already bound every call (engines/translation/retry.ts, service.ts).
 * Its timers (the rolling window and the half-open delay) are `unref`'d, so they never keep a process
 * alive; tests drive them with a fake clock.
 *
 * `N` is the provider names it keys on (default: the translation providers); `kind` names the family in
 * logs and errors (`translation`; the narration's speech providers use `speech`, engines/speech/service.ts).
 */
export class ProviderBreakers<N extends string = ProviderName> {
  private readonly policy: BreakerPolicy;
  private readonly breakers = new Map<N, CircuitBreaker<[Task], unknown>>();

  constructor(
    policy: Partial<BreakerPolicy> = {},
    private readonly kind = 'translation',
  ) {
    this.policy = { ...DEFAULT_BREAKER_POLICY, ...policy };
  }

  private breaker(provider: N): CircuitBreaker<[Task], unknown> {
    let breaker = this.breakers.get(provider);
    if (!breaker) {
      breaker = new CircuitBreaker<[Task], unknown>((task: Task) => task(), {
        name: provider,
        timeout: false,
        enableSnapshots: false,
        rollingPercentilesEnabled: false,
        ...this.policy,
        // Failures that say nothing about the provider's health (see `run`) are not counted.
        errorFilter: (err: unknown) => (err as { countsAgainstBreaker?: boolean })?.countsAgainstBreaker === false,
      });
      breaker.on('open', () => logger.warn(`${this.kind} provider circuit opened`, { provider, reset_ms: this.policy.resetTimeout }));
      breaker.on('halfOpen', () => logger.info(`${this.kind} provider circuit half-open: probing`, { provider }));
      breaker.on('close', () => logger.info(`${this.kind} provider circuit closed`, { provider }));
      this.breakers.set(provider, breaker);
    }
    return breaker;
  }

  /** The circuit's state now. */
  state(provider: N): BreakerState {
    const breaker = this.breakers.get(provider);
    if (!breaker || breaker.closed) return 'closed';
    return breaker.halfOpen ? 'half_open' : 'open';
  }

  /**
   * Whether a call would be let through now: closed, or half-open with its probe not yet taken.
   * A `false` means: skip this provider for this request.
   */
  allows(provider: N): boolean {
    const breaker = this.breakers.get(provider);
    return !breaker || breaker.closed || (breaker.halfOpen && breaker.pendingClose);
  }

  /**
   * Runs `task` through the provider's breaker. `counts(err)` says whether a failure is the provider's
   * fault (5xx, timeout, exhausted 429, wrong script): only those count towards opening the circuit.
   * Rejects with {@link CircuitOpenError} without calling `task` when the circuit is open.
   */
  async run<T>(provider: N, task: () => Promise<T>, counts: (err: unknown) => boolean): Promise<T> {
    const breaker = this.breaker(provider);
    try {
      return (await breaker.fire(async () => {
        try {
          return await task();
        } catch (err) {
          // Marked on a wrapper so the caller's error object is never mutated.
          throw counts(err) ? new Wrapped(err, true) : new Wrapped(err, false);
        }
      })) as T;
    } catch (err) {
      if (err instanceof Wrapped) throw err.inner;
      if ((err as { code?: string })?.code === 'EOPENBREAKER') throw new CircuitOpenError(provider, this.kind);
      throw err;
    }
  }
}

class Wrapped extends Error {
  constructor(
    readonly inner: unknown,
    readonly countsAgainstBreaker: boolean,
  ) {
    super('wrapped provider failure');
  }
}
