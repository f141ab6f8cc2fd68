export interface LoadReport {
  target: string;
  connections: number;
  durationSeconds: number;
  requests: number;
  throughput: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  /** Everything that is not a clean answer, by kind: HTTP status, GraphQL error code, socket error. */
  errors: Record<string, number>;
  errorCount: number;
}

/** The q-quantile (0..1) of the values, nearest-rank. */
export function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1] ?? 0;
}

export function summarise(input: {
  target: string;
  connections: number;
  durationSeconds: number;
  latencies: number[];
  errors: Record<string, number>;
}): LoadReport {
  const sorted = [...input.latencies].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    target: input.target,
    connections: input.connections,
    durationSeconds: round(input.durationSeconds),
    requests: sorted.length,
    throughput: round(sorted.length / Math.max(input.durationSeconds, 0.001)),
    latencyMs: {
      p50: round(percentile(sorted, 0.5)),
      p95: round(percentile(sorted, 0.95)),
      p99: round(percentile(sorted, 0.99)),
      max: round(sorted.at(-1) ?? 0),
    },
    errors: input.errors,
    errorCount: Object.values(input.errors).reduce((a, b) => a + b, 0),
  };
}

export function formatReport(r: LoadReport): string {
  const errors = Object.entries(r.errors)
    .map(([kind, n]) => `${kind} × ${n}`)
    .join(', ');
  return [
    `target       ${r.target}`,
    `clients      ${r.connections} concurrent connections for ${r.durationSeconds} s`,
    `requests     ${r.requests} (${r.throughput} per second)`,
    `latency      p50 ${r.latencyMs.p50} ms   p95 ${r.latencyMs.p95} ms   p99 ${r.latencyMs.p99} ms   max ${r.latencyMs.max} ms`,
    `errors       ${r.errorCount}${errors ? ` (${errors})` : ''}`,
  ].join('\n');
}
