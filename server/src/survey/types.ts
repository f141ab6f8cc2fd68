export type SurveyStatus = 'DRAFT' | 'OPEN' | 'CLOSED';
export type ResponseStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'SUBMITTED';
export type LinkStatus = 'NOT_ISSUED' | 'ACTIVE' | 'REVOKED';

export interface RosterEntry {
  institutionId: string;
  name: string;
  kind: string | null;
  sector: string | null;
  email: string | null;
  status: ResponseStatus;
  link: LinkStatus;
  startedAt: string | null;
  updatedAt: string | null;
  submittedAt: string | null;
  /** How many partners the response names so far. */
  partners: number;
}

export interface Survey {
  id: string;
  title: string;
  questionSet: string;
  area: { teryt: string; name: string; level: string };
  partnership: { id: string; name: string } | null;
  opensOn: string;
  closesOn: string;
  /** As it stands today: an open survey past its closing date is CLOSED. */
  status: SurveyStatus;
  createdAt: string;
  acceptedAt: string | null;
  roster: RosterEntry[];
}

/** One reported tie: `source` says it works with `target`, with its answers. */
export interface ReportedTie {
  source: string;
  target: string;
  /** The target is a proposed partner the editor has not accepted yet. */
  proposal: boolean;
  kinds: string[];
  frequency: string | null;
  since: number | null;
  value: number | null;
  trust: number | null;
  savedAt: string;
  response: string;
  submittedAt: string | null;
}
