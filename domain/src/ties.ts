// What ties are made of: partnerships with their members, collaborations with their participants.

export const MEMBER_ROLES = ['LEADER', 'MEMBER', 'SECRETARIAT', 'INITIATOR'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const COLLABORATION_KINDS = [
  'PROJECT',
  'AGREEMENT',
  'EVENT',
  'STUDY_VISIT',
  'SOCIAL_CLAUSE',
  'CONTRACT',
  'REFERRAL',
  'OTHER',
  // Written only by accepting a partner survey (server/src/survey/accept.ts).
  'REPORTED_MUTUAL',
  'REPORTED_ONE_SIDED',
] as const;
export type CollaborationKind = (typeof COLLABORATION_KINDS)[number];

/** What the API says of a collaboration kind, where its name alone does not say enough. */
export const COLLABORATION_KIND_NOTES: Partial<Record<CollaborationKind, string>> = {
  REPORTED_MUTUAL: 'reported by both institutions in a partner survey',
  REPORTED_ONE_SIDED: 'reported by one of the two institutions in a partner survey',
};

/** A partnership, or one kind of collaboration: what a tie between two institutions is made of. */
export const TIE_KINDS = ['PARTNERSHIP', ...COLLABORATION_KINDS] as const;
export type TieKind = (typeof TIE_KINDS)[number];

export const PARTICIPATION_ROLES = [
  'LEAD',
  'PARTNER',
  'HOST',
  'ORGANIZER',
  'PARTICIPANT',
  'FUNDER',
  'CONTRACTOR',
] as const;
export type ParticipationRole = (typeof PARTICIPATION_ROLES)[number];

/** How precise a partnership's or collaboration's start date is (NOT_AFTER: the latest it can be). */
export const DATE_PRECISIONS = ['DAY', 'MONTH', 'YEAR', 'NOT_AFTER'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
