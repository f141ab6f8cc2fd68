/** One source cited for a partnership or collaboration, with the passage it rests on. */
export interface SourceCitation {
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  file: string | null;
  publishedOn: string | null;
  quote: string | null;
}

/** How an institution appears in an affiliation: its role and the source's own words for it. */
export interface MemberMention {
  id: string;
  name: string;
  role: string | null;
  asWritten: string | null;
  identifiedBy: string[] | null;
}

/** A partnership or collaboration with everything that documents it. */
export interface AffiliationProvenance {
  id: string;
  type: 'PARTNERSHIP' | 'COLLABORATION';
  label: string;
  kind: string | null;
  start: string | null;
  end: string | null;
  datePrecision: string | null;
  sources: SourceCitation[];
  members: MemberMention[];
}
