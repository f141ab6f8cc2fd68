import type { InstitutionKind, StoredAreaLevel } from '@splot/domain';

export type Expectation = 'REQUIRED' | 'TYPICAL';

/**
 * Which kinds of institution an area of each level is expected to have, kept as data:
 * REQUIRED ones every such area has by law (a powiat runs a PCPR and a PUP, a gmina an OPS),
 * TYPICAL ones most have. The check looks at institutions located in the area or below it.
 * Cities with powiat rights run MOPR/MOPS instead of PCPR + OPS; the data records those as OPS,
 * so such a city may show a PCPR as missing: a known simplification.
 */
export const EXPECTED_KINDS: Record<StoredAreaLevel, Record<Expectation, readonly InstitutionKind[]>> = {
  VOIVODESHIP: { REQUIRED: ['MARSHAL_OFFICE', 'ROPS'], TYPICAL: ['OWES'] },
  POWIAT: { REQUIRED: ['POWIAT_OFFICE', 'PCPR', 'PUP'], TYPICAL: ['CIS', 'KIS', 'WTZ'] },
  GMINA: { REQUIRED: ['GMINA_OFFICE', 'OPS'], TYPICAL: [] },
};
