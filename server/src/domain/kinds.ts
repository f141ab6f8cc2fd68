// Institution kinds and sectors of the domain model (DESIGN.md §2), with each kind's default sector.

export const SECTOR_CODES = ['PUBLIC', 'MARKET', 'NGO', 'SOCIAL_ECONOMY'] as const;
export type SectorCode = (typeof SECTOR_CODES)[number];

export const SECTORS: ReadonlyArray<{ code: SectorCode; name: string; nameEn: string }> = [
  { code: 'PUBLIC', name: 'sektor publiczny', nameEn: 'public sector' },
  { code: 'MARKET', name: 'sektor rynkowy', nameEn: 'market sector' },
  { code: 'NGO', name: 'sektor pozarządowy', nameEn: 'non-governmental sector' },
  { code: 'SOCIAL_ECONOMY', name: 'sektor ekonomii społecznej', nameEn: 'social economy sector' },
];

/** Each kind with the sector it belongs to unless the data says otherwise (null: must be given). */
export const KIND_DEFAULT_SECTOR = {
  GMINA_OFFICE: 'PUBLIC',
  POWIAT_OFFICE: 'PUBLIC',
  MARSHAL_OFFICE: 'PUBLIC',
  OPS: 'PUBLIC',
  PCPR: 'PUBLIC',
  PUP: 'PUBLIC',
  ROPS: 'PUBLIC',
  SCHOOL: 'PUBLIC',
  UNIVERSITY: 'PUBLIC',
  MINISTRY: 'PUBLIC',
  // Reintegration units and social enterprises count as social economy entities (KPRES).
  OWES: 'SOCIAL_ECONOMY',
  CIS: 'SOCIAL_ECONOMY',
  KIS: 'SOCIAL_ECONOMY',
  WTZ: 'SOCIAL_ECONOMY',
  ZAZ: 'SOCIAL_ECONOMY',
  SOCIAL_COOPERATIVE: 'SOCIAL_ECONOMY',
  SOCIAL_ENTERPRISE: 'SOCIAL_ECONOMY',
  FOUNDATION: 'NGO',
  ASSOCIATION: 'NGO',
  LGD: 'NGO',
  CHURCH_ENTITY: 'NGO',
  COMPANY: 'MARKET',
  WORK_COOPERATIVE: 'MARKET',
  OTHER: null,
} as const satisfies Record<string, SectorCode | null>;

export type InstitutionKind = keyof typeof KIND_DEFAULT_SECTOR;
export const INSTITUTION_KINDS = Object.keys(KIND_DEFAULT_SECTOR) as InstitutionKind[];

export const MEMBER_ROLES = ['LEADER', 'MEMBER', 'SECRETARIAT', 'INITIATOR'] as const;
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
/** How precise a partnership's or collaboration's start date is (NOT_AFTER: the latest it can be). */
export const DATE_PRECISIONS = ['DAY', 'MONTH', 'YEAR', 'NOT_AFTER'] as const;

export const PARTICIPATION_ROLES = [
  'LEAD',
  'PARTNER',
  'HOST',
  'ORGANIZER',
  'PARTICIPANT',
  'FUNDER',
  'CONTRACTOR',
] as const;
