import { describe, expect, it } from 'vitest';
import type { Network, NetworkNode } from './types';
import {
  affiliationTypesPresent,
  onlySourced,
  sectorKey,
  sectorsPresent,
  shortLabel,
  sortedNodes,
} from './utils';

const node = (id: string, type: NetworkNode['type'], sector: string | null, label = id): NetworkNode => ({
  id,
  label,
  type,
  sector,
  kind: null,
  outside: false,
});

describe('sectorKey', () => {
  it('maps missing or unexpected sectors to UNKNOWN', () => {
    expect(sectorKey('NGO')).toBe('NGO');
    expect(sectorKey(null)).toBe('UNKNOWN');
    expect(sectorKey('CHURCH')).toBe('UNKNOWN');
  });
});

describe('sectorsPresent', () => {
  it('lists institution sectors in canonical order, ignoring affiliation nodes', () => {
    const nodes = [
      node('a', 'INSTITUTION', 'NGO'),
      node('b', 'INSTITUTION', null),
      node('c', 'INSTITUTION', 'PUBLIC'),
      node('p', 'PARTNERSHIP', null),
    ];
    expect(sectorsPresent(nodes)).toEqual(['PUBLIC', 'NGO', 'UNKNOWN']);
    expect(affiliationTypesPresent(nodes)).toEqual(['PARTNERSHIP']);
  });
});

describe('shortLabel', () => {
  it('keeps short labels and cuts long ones on a word boundary', () => {
    expect(shortLabel('MOPS Ostrowiec')).toBe('MOPS Ostrowiec');
    expect(shortLabel('Stowarzyszenie na rzecz rozwoju gminy Bodzechów', 28)).toBe(
      'Stowarzyszenie na rzecz…',
    );
  });
});

describe('sortedNodes', () => {
  it('puts institutions first, then sorts by Polish collation', () => {
    const nodes = [
      node('p', 'PARTNERSHIP', null, 'A'),
      node('z', 'INSTITUTION', null, 'Żak'),
      node('l', 'INSTITUTION', null, 'Łaz'),
    ];
    expect(sortedNodes(nodes).map((n) => n.id)).toEqual(['l', 'z', 'p']);
  });
});

describe('onlySourced', () => {
  const node = (id: string, type: NetworkNode['type'] = 'INSTITUTION'): NetworkNode => ({
    id,
    label: id,
    type,
    sector: null,
    kind: null,
    outside: false,
  });
  const edge = (source: string, target: string, sourced?: boolean) => ({
    id: `${source}--${target}`,
    source,
    target,
    weight: 1,
    kinds: ['PARTNERSHIP' as const],
    start: null,
    end: null,
    periods: [],
    ...(sourced === undefined ? {} : { sourced }),
  });
  const area = { teryt: '2607', name: 'ostrowiecki', level: 'POWIAT' as const };

  it('drops the ties that cite no source, keeps every institution', () => {
    const network: Network = {
      area,
      nodes: [node('a'), node('b'), node('c')],
      edges: [edge('a', 'b', false), edge('b', 'c', true), edge('a', 'c')],
    };
    const kept = onlySourced(network);
    expect(kept.edges.map((e) => e.id)).toEqual(['b--c', 'a--c']);
    expect(kept.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
  });

  it('two-mode: an affiliation left without a membership goes too; nothing to drop gives the same network', () => {
    const network: Network = {
      area,
      nodes: [node('a'), node('p', 'PARTNERSHIP'), node('q', 'COLLABORATION')],
      edges: [edge('a', 'p', false), edge('a', 'q', true)],
    };
    expect(onlySourced(network).nodes.map((n) => n.id)).toEqual(['a', 'q']);
    const clean: Network = { area, nodes: [node('a')], edges: [] };
    expect(onlySourced(clean)).toBe(clean);
  });
});
