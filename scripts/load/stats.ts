/** Latency samples per endpoint, summarised as percentiles (nearest-rank). */

export interface LatencySummary {
  count: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
}

/** The q-quantile (0..1) of `values` by the nearest-rank method; NaN for no values. */
export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1]!;
}

export function summarize(values: readonly number[]): LatencySummary {
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    count: values.length,
    p50: round(percentile(values, 0.5)),
    p90: round(percentile(values, 0.9)),
    p99: round(percentile(values, 0.99)),
    max: round(values.length ? Math.max(...values) : Number.NaN),
    mean: round(values.length ? values.reduce((a, b) => a + b, 0) / values.length : Number.NaN),
  };
}

/** Collects request latencies and status codes by endpoint label. */
export class LatencyRecorder {
  private readonly samples = new Map<string, number[]>();
  private readonly statuses = new Map<string, Map<string, number>>();

  record(endpoint: string, ms: number, status: number | 'error'): void {
    let list = this.samples.get(endpoint);
    if (!list) this.samples.set(endpoint, (list = []));
    list.push(ms);
    let counts = this.statuses.get(endpoint);
    if (!counts) this.statuses.set(endpoint, (counts = new Map()));
    counts.set(String(status), (counts.get(String(status)) ?? 0) + 1);
  }

  endpoints(): string[] {
    return [...this.samples.keys()].sort();
  }

  summary(endpoint: string): LatencySummary {
    return summarize(this.samples.get(endpoint) ?? []);
  }

  statusCounts(endpoint: string): Record<string, number> {
    return Object.fromEntries([...(this.statuses.get(endpoint) ?? new Map<string, number>()).entries()].sort());
  }

  total(): number {
    let n = 0;
    for (const list of this.samples.values()) n += list.length;
    return n;
  }
}
