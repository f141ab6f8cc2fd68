import type { MeasureGraph } from './graph.js';
import type { NodeMeasure } from './measure.js';

/**
 * Krackhardt & Stern's E-I index of each institution: (external − internal) / (external +
 * internal) over its partners, by sector (institutions without one form the UNKNOWN group).
 * Tie weights are ignored: the index counts ties, as Krackhardt does. null without partners.
 */
export function institutionEi({ sectors, offsets, targets }: MeasureGraph): Array<number | null> {
  return sectors.map((own, i) => {
    let internal = 0;
    let external = 0;
    for (let e = offsets[i] as number; e < (offsets[i + 1] as number); e++) {
      if (sectors[targets[e] as number] === own) internal++;
      else external++;
    }
    const all = internal + external;
    return all === 0 ? null : (external - internal) / all;
  });
}

export const eiIndexMeasure: NodeMeasure = {
  id: 'eiIndex',
  usesSectors: true,
  fn: institutionEi,
  label: { pl: 'Indeks E-I', en: 'E-I index' },
  meaning: {
    pl: 'Czy współpracuje raczej z innymi sektorami (+1: tylko z innymi), czy ze swoim (−1: tylko ze swoim); (zewnętrzne − wewnętrzne) / wszystkie.',
    en: 'Whether it works rather with other sectors (+1: only others) or its own (−1: only its own); (external − internal) / all.',
  },
  whenZero: {
    pl: '0, gdy ma tylu partnerów z innych sektorów, co ze swojego; brak wartości („–”), gdy nie ma żadnego partnera.',
    en: '0 when it has as many partners in other sectors as in its own; no value (“–”) when it has no partner.',
  },
};
