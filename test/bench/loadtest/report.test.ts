import { describe, expect, it } from 'vitest';
import { formatReport, percentile, summarise } from './report.js';

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 0.5)).toBe(50);
    expect(percentile(values, 0.95)).toBe(95);
    expect(percentile(values, 0.99)).toBe(99);
    expect(percentile([7], 0.99)).toBe(7);
    expect(percentile([], 0.5)).toBe(0);
  });
});

describe('summarise', () => {
  it('counts requests, throughput, latency quantiles and errors', () => {
    const latencies = [...Array.from({ length: 98 }, () => 10), 200, 900];
    const report = summarise({
      target: 'http://127.0.0.1:4000',
      connections: 200,
      durationSeconds: 10,
      latencies,
      errors: { 'HTTP 503': 2, DATABASE_UNAVAILABLE: 2 },
    });
    expect(report).toMatchObject({
      requests: 100,
      throughput: 10,
      latencyMs: { p50: 10, p95: 10, p99: 200, max: 900 },
      errorCount: 4,
    });
    expect(formatReport(report)).toContain('200 concurrent connections for 10 s');
    expect(formatReport(report)).toContain('errors       4 (HTTP 503 × 2, DATABASE_UNAVAILABLE × 2)');
  });
});
