import type { AreaMissingPartnersQuery, CoverageGapsQuery } from '../../api/operations.generated';

export type CoverageGaps = CoverageGapsQuery['coverageGaps'];
export type MissingKind = CoverageGaps['missingKinds'][number];
export type Unbridged = CoverageGaps['withoutCrossSectorTie'][number];

export type AreaMissing = AreaMissingPartnersQuery;
export type AreaCandidate = AreaMissingPartnersQuery['missingPartners']['candidates'][number];

/** The tabs of the workbench under the canvas. */
export const WORKBENCH_TABS = ['gaps', 'partners', 'table'] as const;
export type WorkbenchTab = (typeof WORKBENCH_TABS)[number];
