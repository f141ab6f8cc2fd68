import type { BoundaryBoundFragment } from '../../api/operations.generated';
import type { InstitutionKind, Sector, TieKind } from '../network/types';
import type { MatrixBlock } from './utils';

export interface SectorMatrixData {
  institutions: number;
  ties: number;
  sectors: Array<{ sector: string; institutions: number }>;
  blocks: MatrixBlock[];
  ei: { internal: number; external: number; ei: number | null };
  sectorEi: Array<{ sector: string; ei: number | null }>;
  /** The ties leaving the area (to institutions outside it); not in the matrix nor E-I. */
  boundary: {
    ties: number;
    partners: number;
    sectors: Array<{ sector: string; ties: number; partners: number }>;
    /** The affiliations too large to reach outside through (counted without their outside members). */
    bound: BoundaryBoundFragment;
  };
}

export interface BrokerRow {
  rank: number;
  id: string;
  label: string;
  sector: string;
  degree: number;
  betweenness: number;
  betweennessNormalized: number;
  brokerage: {
    coordinator: number;
    consultant: number;
    gatekeeper: number;
    liaison: number;
    crossSector: number;
  };
}

export interface BrokersData {
  institutions: number;
  ties: number;
  isolates: string[];
  components: string[][];
  communities: string[][];
  ranking: BrokerRow[];
}

/** How many brokers the table lists. */
export const BROKERS_SHOWN = 10;

/** The filters on screen that the analytics follow (empty: no filter), as the canvas applies them. */
export interface AnalyticsFilter {
  sectors: readonly Sector[];
  kinds: readonly InstitutionKind[];
  tieKinds: readonly TieKind[];
  /** Only ties that cite a source ("Tylko powiązania ze źródłem"), counted by the server too. */
  sourcedOnly: boolean;
}
