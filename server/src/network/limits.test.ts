import { describe, expect, it } from 'vitest';
import type { AffiliationGroup } from './build-network.js';
import { checkBetweennessWork, checkNetworkSize, NetworkTooLargeError } from './limits.js';

const clique = (id: string, size: number): AffiliationGroup => ({
  affiliation: id,
  type: 'COLLABORATION',
  label: id,
  tieKind: 'EVENT',
  members: Array.from({ length: size }, (_, i) => [`i${i}`, null, null]),
});
const ids = Array.from({ length: 10 }, (_, i) => `i${i}`);

describe('network limits', () => {
  it('refuses a network with more ties than allowed, saying how big it is', () => {
    // Ten institutions in one event: 45 ties.
    expect(() => checkNetworkSize(ids, [clique('e', 10)], 45)).not.toThrow();
    expect(() => checkNetworkSize(ids, [clique('e', 10)], 44)).toThrow(NetworkTooLargeError);
    try {
      checkNetworkSize(ids, [clique('e', 10)], 44);
    } catch (error) {
      expect((error as NetworkTooLargeError).size).toEqual({ institutions: 10, ties: 45 });
      expect((error as Error).message).toMatch(/10 institutions and 45 ties, more than 44 ties/);
      expect((error as Error).message).toMatch(/powiat/);
    }
  });

  it('counts ties, not member pairs: the same pairs in two events are one tie each', () => {
    // 90 member pairs, 45 ties.
    expect(() => checkNetworkSize(ids, [clique('e', 10), clique('f', 10)], 45)).not.toThrow();
  });

  it('bounds betweenness by institutions × ties', () => {
    expect(() => checkBetweennessWork(100, 1000, 100_000)).not.toThrow();
    expect(() => checkBetweennessWork(100, 1001, 100_000)).toThrow(/100 institutions and 1,001 ties/);
  });
});
