import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { requestMix } from './mix.js';

describe('requestMix', () => {
  it('asks for every area in both modes, each voivodeship once, and parses', () => {
    const mix = requestMix(['2607', '2661', '2404']);
    const networks = mix.filter((o) => o.name.startsWith('areaNetwork')).map((o) => o.variables);
    expect(networks).toHaveLength(6);
    expect(networks).toContainEqual({ teryt: '2661', mode: 'AFFILIATIONS' });
    const filtered = mix
      .filter((o) => o.name === 'institutions (filtered)')
      .map((o) => o.variables?.voivodeship);
    expect(filtered).toEqual(['26', '24']);
    for (const o of mix) expect(() => parse(o.query)).not.toThrow();
  });
});
