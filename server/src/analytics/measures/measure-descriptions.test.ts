import { NODE_MEASURES as NODE_METRICS } from '@splot/measures';
import { describe, expect, it } from 'vitest';
import { measureDescriptions } from './measure-descriptions.js';

describe('measureDescriptions', () => {
  it('describes every metric of the registry, in its order, as a node metric', () => {
    const all = measureDescriptions();
    expect(all.slice(0, NODE_METRICS.length).map((m) => m.id)).toEqual(NODE_METRICS.map((m) => m.id));
    expect(all.filter((m) => m.nodeMetric).map((m) => m.id)).toEqual(NODE_METRICS.map((m) => m.id));
  });

  it('the five brokerage roles and the community are there too, never as node metrics', () => {
    const others = measureDescriptions().filter((m) => !m.nodeMetric);
    for (const id of ['coordinator', 'consultant', 'representative', 'gatekeeper', 'liaison', 'community']) {
      expect(others.map((m) => m.id)).toContain(id);
    }
  });

  it('every text is there in Polish and English', () => {
    for (const m of measureDescriptions()) {
      for (const text of [m.label, m.meaning, m.whenZero]) {
        expect(text.pl.length, m.id).toBeGreaterThan(0);
        expect(text.en.length, m.id).toBeGreaterThan(0);
      }
    }
  });
});
