/**
 * The Revid simulator's background work (render timers, webhook deliveries), all cancellable: `close()`
 * rejects every pending sleep with {@link SimulatorClosed}, destroys outgoing requests, and `idle()`
 * resolves once nothing is pending.
 */
import type http from 'node:http';

/** Rejects a sleep (and ends the work waiting on it) when the simulator closes. */
export class SimulatorClosed extends Error {}

export class BackgroundWork {
  private readonly timers = new Map<NodeJS.Timeout, (err: Error) => void>();
  /** Outgoing requests (webhooks) in flight; `close()` destroys them. */
  readonly outbound = new Set<http.ClientRequest>();
  private pending = 0;
  private idleWaiters: Array<() => void> = [];
  private isClosed = false;

  /** @param log receives background errors other than {@link SimulatorClosed} */
  constructor(private readonly log: (message: string) => void) {}

  get closed(): boolean {
    return this.isClosed;
  }

  /** Waits `ms` (≥ 0); rejects with {@link SimulatorClosed} when the simulator closes meanwhile. */
  sleep(ms: number): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (this.isClosed) return reject(new SimulatorClosed());
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        resolve();
      }, Math.max(0, ms));
      this.timers.set(timer, reject);
    });
  }

  /** Runs `work` in the background: counted for `idle()`, its errors logged. */
  track(work: Promise<unknown>): void {
    this.pending++;
    work
      .catch((err: unknown) => {
        if (!(err instanceof SimulatorClosed)) this.log(`background error: ${(err as Error)?.message ?? String(err)}`);
      })
      .finally(() => {
        this.pending--;
        if (this.pending === 0) this.flushIdle();
      });
  }

  /** Resolves once no tracked work is pending (at once after close). */
  idle(): Promise<void> {
    if (this.pending === 0 || this.isClosed) return Promise.resolve();
    return new Promise<void>((resolve) => this.idleWaiters.push(resolve));
  }

  /** Cancels every sleep and outgoing request; `idle()` waiters are released by {@link release}. */
  close(): void {
    this.isClosed = true;
    for (const [timer, reject] of this.timers) {
      clearTimeout(timer);
      reject(new SimulatorClosed());
    }
    this.timers.clear();
    for (const req of this.outbound) req.destroy();
    this.outbound.clear();
  }

  /** Releases every `idle()` waiter (the last step of closing). */
  release(): void {
    this.flushIdle();
  }

  private flushIdle(): void {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}
