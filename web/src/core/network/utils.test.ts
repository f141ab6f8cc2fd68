import { describe, expect, it } from 'vitest';
import type { NetworkNode } from './types';
import { affiliationTypesPresent, sectorKey, sectorsPresent, shortLabel, sortedNodes } from './utils';

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
