import { brokerageRoles } from './brokerage.js';
import type { NodeMeasure } from './measure.js';

/** Brokerage across sectors: the pairs it alone connects that are not all three of one sector. */
export const crossSectorMeasure: NodeMeasure = {
  id: 'crossSector',
  usesSectors: true,
  integer: true,
  fn: (graph) => brokerageRoles(graph).map((r) => r.crossSector),
  label: { pl: 'Pomosty między sektorami', en: 'Cross-sector brokerage' },
  meaning: {
    pl: 'Ile par jej niepowiązanych ze sobą partnerów łączy ponad granicą sektora (role Goulda i Fernandeza poza koordynatorem): kto zszywa sektory w tym obszarze.',
    en: 'How many pairs of its unconnected partners it joins across a sector boundary (Gould–Fernandez roles except coordinator): who stitches the sectors together here.',
  },
  whenZero: {
    pl: '0, gdy każda para jej niepowiązanych partnerów jest z jej własnego sektora, gdy jej partnerzy znają się nawzajem albo ma mniej niż dwóch partnerów.',
    en: '0 when every unconnected pair of its partners is of its own sector, when its partners know each other, or when it has fewer than two partners.',
  },
};
