import type { MeasureGraph } from './graph.js';
import type { NodeMeasure } from './measure.js';

/** Sum of tie weights: how many shared partnerships and collaborations, partner by partner. */
export function weightedDegrees({ offsets, weights }: MeasureGraph): Float64Array {
  const out = new Float64Array(offsets.length - 1);
  for (let i = 0; i < out.length; i++) {
    let sum = 0;
    for (let e = offsets[i] as number; e < (offsets[i + 1] as number); e++) sum += weights[e] as number;
    out[i] = sum;
  }
  return out;
}

export const weightedDegreeMeasure: NodeMeasure = {
  id: 'weightedDegree',
  usesSectors: false,
  integer: true,
  fn: weightedDegrees,
  label: { pl: 'Siła powiązań', en: 'Strength (weighted degree)' },
  meaning: {
    pl: 'Ile wspólnych partnerstw i współprac ma z partnerami w sumie: dwie instytucje w trzech wspólnych projektach liczą się 3 razy.',
    en: 'How many shared partnerships and collaborations it has with its partners in total: two institutions in three joint projects count 3 times.',
  },
  whenZero: {
    pl: '0 dokładnie wtedy, gdy liczba partnerów wynosi 0.',
    en: '0 exactly when the number of partners is 0.',
  },
};
