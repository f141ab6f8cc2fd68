import type { MeasureGraph } from './graph.js';
import type { NodeMeasure } from './measure.js';

/** Number of distinct partners in the network. */
export function degrees({ offsets }: MeasureGraph): Float64Array {
  const out = new Float64Array(offsets.length - 1);
  for (let i = 0; i < out.length; i++) out[i] = (offsets[i + 1] as number) - (offsets[i] as number);
  return out;
}

export const degreeMeasure: NodeMeasure = {
  id: 'degree',
  usesSectors: false,
  integer: true,
  fn: degrees,
  label: { pl: 'Liczba partnerów', en: 'Partners (degree)' },
  meaning: {
    pl: 'Z iloma instytucjami w tym obszarze łączy ją co najmniej jedno wspólne partnerstwo lub współpraca.',
    en: 'How many institutions of this area share at least one partnership or collaboration with it.',
  },
  whenZero: {
    pl: '0, gdy w danych nie ma żadnego jej partnerstwa ani współpracy z inną instytucją tego obszaru (na wybrany dzień).',
    en: '0 when the data holds no partnership or collaboration with another institution of this area (on the chosen date).',
  },
};
