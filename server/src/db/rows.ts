// Flat rows, one array per write statement in cypher/writes/; the seed, the importer and the
// synthetic generator all produce this shape and hand it to writeRows().

export interface AreaRow {
  teryt: string;
  name: string;
  level: 'VOIVODESHIP' | 'POWIAT' | 'GMINA';
  parent: string | null;
  /** Made up by the synthetic generator (server/src/synthetic); absent for real areas. */
  synthetic?: boolean;
}

export interface InstitutionRowIn {
  id: string;
  sector: string;
  area: string;
  founded: string | null;
  props: Record<string, string | number | boolean | null>;
}

export interface SourceRow {
  id: string;
  title: string;
  publisher: string | null;
  publisherIdentifiedBy?: string[] | null;
  url: string | null;
  publishedOn: string | null;
  file: string | null;
}

export interface PartnershipRow {
  id: string;
  name: string;
  goal: string | null;
  membersDeclared: number | null;
  signedOn: string | null;
  endedOn: string | null;
  synthetic: boolean | null;
  /** Precision of signedOn (DAY | MONTH | YEAR | NOT_AFTER); absent when unknown. */
  datePrecision?: string | null;
  /** Public pages that settle what the source leaves implicit (area, identity). */
  identifiedBy?: string[] | null;
  /** True when its writer had no source yet and said so (absent: not said). */
  unsourced?: boolean | null;
}

export interface CollaborationRow {
  id: string;
  title: string;
  kind: string;
  programme: string | null;
  amountPln: number | null;
  startedOn: string | null;
  endedOn: string | null;
  synthetic: boolean | null;
  goal?: string | null;
  datePrecision?: string | null;
  identifiedBy?: string[] | null;
  unsourced?: boolean | null;
}

export interface MembershipRow {
  institution: string;
  partnership: string;
  role: string;
  since: string | null;
  until: string | null;
  /** The words the source uses for this member, and pages that identify it when unnamed there. */
  asWritten?: string | null;
  identifiedBy?: string[] | null;
}

export interface ParticipationRow {
  institution: string;
  collaboration: string;
  role: string;
  asWritten?: string | null;
  identifiedBy?: string[] | null;
}

/** A participant a source declares without naming it ("Ośrodki Pomocy Społecznej", "13 podmiotów"). */
export interface UnnamedRow {
  id: string;
  subject: string;
  label: string;
  asWritten: string;
  kind: string | null;
  sector: string | null;
  count: number | null;
  role: string;
}

export interface CitationRow {
  subject: string;
  source: string;
  quote: string | null;
}

export interface CoverageRow {
  subject: string;
  area: string;
}

export interface Rows {
  sectors: Array<{ code: string; name: string; nameEn: string }>;
  areas: AreaRow[];
  sources: SourceRow[];
  institutions: InstitutionRowIn[];
  partnerships: PartnershipRow[];
  collaborations: CollaborationRow[];
  memberships: MembershipRow[];
  participations: ParticipationRow[];
  citations: CitationRow[];
  coverage: CoverageRow[];
  /** Optional so writers that have none (importer, synthetic data) need not list it. */
  unnamed?: UnnamedRow[];
}

export function emptyRows(): Rows {
  return {
    sectors: [],
    areas: [],
    sources: [],
    institutions: [],
    partnerships: [],
    collaborations: [],
    memberships: [],
    participations: [],
    citations: [],
    coverage: [],
    unnamed: [],
  };
}
