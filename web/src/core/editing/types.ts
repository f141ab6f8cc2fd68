import type { InstitutionKind, MemberRole, ParticipationRole, Sector, TieKind } from '../network/types';
import type { RuleCode } from '../validation/rules';

/** A form error: a shared rule's code, or one of the form's own (a choice left empty). */
export type FieldError = RuleCode | 'choose' | 'number' | 'members' | 'sourceOrUnsourced';
export type FieldErrors = Partial<Record<string, FieldError>>;

/** Every field as typed (strings; empty means "not given"). */
export interface InstitutionForm {
  name: string;
  shortName: string;
  kind: InstitutionKind | '';
  sector: Sector | '';
  area: string;
  legalForm: string;
  krs: string;
  regon: string;
  nip: string;
  website: string;
  email: string;
  phone: string;
  address: string;
  founded: string;
  lat: string;
  lon: string;
}

export const EMPTY_INSTITUTION: InstitutionForm = {
  name: '',
  shortName: '',
  kind: '',
  sector: '',
  area: '',
  legalForm: '',
  krs: '',
  regon: '',
  nip: '',
  website: '',
  email: '',
  phone: '',
  address: '',
  founded: '',
  lat: '',
  lon: '',
};

export interface MemberEntry {
  id: string;
  name: string;
  /** Already a member (editing): shown, not sent again. */
  existing?: boolean;
  role: MemberRole | ParticipationRole | '';
  since: string;
  until: string;
}

export interface SourceEntry {
  title: string;
  publisher: string;
  url: string;
  publishedOn: string;
  quote: string;
}

/** A partnership (kind PARTNERSHIP) or a collaboration of some kind, with members and a source. */
export interface TieForm {
  kind: TieKind;
  name: string;
  start: string;
  end: string;
  goal: string;
  programme: string;
  amountPln: string;
  members: MemberEntry[];
  source: SourceEntry;
  /** No source at hand, said so: the tie is marked unsourced (a source or this is required). */
  unsourced: boolean;
  /** Editing: the stored record already cites a source (no new one is needed). */
  cited?: boolean;
}

export const EMPTY_SOURCE: SourceEntry = { title: '', publisher: '', url: '', publishedOn: '', quote: '' };

/** Every error code a form can show (the keys of the `rule.` messages). */
export const FORM_ERROR_CODES = ['choose', 'number', 'members', 'sourceOrUnsourced'] as const;
