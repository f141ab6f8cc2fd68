import { INSTITUTION_KINDS, KINDS } from './kinds.js';
import { REASON_CODES, REASON_NOTES } from './reasons.js';
import { SECTORS } from './sectors.js';
import { AREA_LEVELS } from './teryt.js';
import {
  COLLABORATION_KIND_NOTES,
  COLLABORATION_KINDS,
  DATE_PRECISIONS,
  MEMBER_ROLES,
  PARTICIPATION_ROLES,
  TIE_KINDS,
} from './ties.js';

/** A list of the domain as the API spells it: a GraphQL enum, with what its values mean. */
export interface DomainEnum {
  description?: string;
  values: readonly string[];
  /** A note per value, where the value's name alone does not say enough. */
  notes?: Partial<Record<string, string>>;
}

/**
 * The GraphQL enums that are domain facts; the server generates their SDL from this table, so a
 * value added to a list above reaches the API (and, by codegen, the web app's types) by itself.
 */
export const DOMAIN_ENUMS: Record<string, DomainEnum> = {
  SectorCode: {
    values: SECTORS.map((s) => s.code),
    notes: Object.fromEntries(SECTORS.map((s) => [s.code, s.nameEn])),
  },
  InstitutionKind: {
    values: INSTITUTION_KINDS,
    notes: Object.fromEntries(INSTITUTION_KINDS.map((k) => [k, KINDS[k].en])),
  },
  AreaLevel: {
    values: AREA_LEVELS,
    notes: {
      COUNTRY:
        'The whole of Poland (TERYT "PL"): the area of networks and exports of the country, not stored.',
    },
  },
  MemberRole: { values: MEMBER_ROLES },
  CollaborationKind: { values: COLLABORATION_KINDS, notes: COLLABORATION_KIND_NOTES },
  ParticipationRole: { values: PARTICIPATION_ROLES },
  TieKind: {
    description: 'The kind of a tie: a partnership, or a collaboration of some kind.',
    values: TIE_KINDS,
    notes: COLLABORATION_KIND_NOTES,
  },
  DatePrecision: {
    description:
      'How precise a start date is. NOT_AFTER: the source gives no date; this is the latest it can be.',
    values: DATE_PRECISIONS,
  },
  ReasonCode: { values: REASON_CODES, notes: REASON_NOTES },
};
