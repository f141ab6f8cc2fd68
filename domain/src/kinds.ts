import type { SectorCode } from './sectors.js';

/** One institution kind: its default sector (null: the data must give one) and its names. */
export interface KindInfo {
  sector: SectorCode | null;
  /** The abbreviation people use (OPS, PCPR…), where there is one. */
  acronym?: string;
  pl: string;
  en: string;
}

/**
 * Every institution kind, in the order lists show them. Adding a kind is one entry here, plus its
 * label in the web app's locales (`kind.<CODE>`, checked by web/src/core/i18n/domain-keys.test.ts);
 * the GraphQL enum InstitutionKind is generated from this table.
 */
export const KINDS = {
  GMINA_OFFICE: { sector: 'PUBLIC', pl: 'urząd gminy', en: 'municipal office' },
  POWIAT_OFFICE: { sector: 'PUBLIC', pl: 'starostwo powiatowe', en: 'county office' },
  MARSHAL_OFFICE: { sector: 'PUBLIC', pl: 'urząd marszałkowski', en: "marshal's office" },
  OPS: { sector: 'PUBLIC', acronym: 'OPS', pl: 'ośrodek pomocy społecznej', en: 'social assistance centre' },
  PCPR: {
    sector: 'PUBLIC',
    acronym: 'PCPR',
    pl: 'powiatowe centrum pomocy rodzinie',
    en: 'county family support centre',
  },
  PUP: { sector: 'PUBLIC', acronym: 'PUP', pl: 'powiatowy urząd pracy', en: 'county labour office' },
  ROPS: {
    sector: 'PUBLIC',
    acronym: 'ROPS',
    pl: 'regionalny ośrodek polityki społecznej',
    en: 'regional social policy centre',
  },
  // Reintegration units and social enterprises count as social economy entities (KPRES).
  OWES: {
    sector: 'SOCIAL_ECONOMY',
    acronym: 'OWES',
    pl: 'ośrodek wsparcia ekonomii społecznej',
    en: 'social economy support centre',
  },
  CIS: {
    sector: 'SOCIAL_ECONOMY',
    acronym: 'CIS',
    pl: 'centrum integracji społecznej',
    en: 'social integration centre',
  },
  KIS: {
    sector: 'SOCIAL_ECONOMY',
    acronym: 'KIS',
    pl: 'klub integracji społecznej',
    en: 'social integration club',
  },
  WTZ: {
    sector: 'SOCIAL_ECONOMY',
    acronym: 'WTZ',
    pl: 'warsztat terapii zajęciowej',
    en: 'occupational therapy workshop',
  },
  ZAZ: {
    sector: 'SOCIAL_ECONOMY',
    acronym: 'ZAZ',
    pl: 'zakład aktywności zawodowej',
    en: 'vocational activity establishment',
  },
  SOCIAL_COOPERATIVE: { sector: 'SOCIAL_ECONOMY', pl: 'spółdzielnia socjalna', en: 'social cooperative' },
  WORK_COOPERATIVE: { sector: 'MARKET', pl: 'spółdzielnia pracy', en: 'worker cooperative' },
  FOUNDATION: { sector: 'NGO', pl: 'fundacja', en: 'foundation' },
  ASSOCIATION: { sector: 'NGO', pl: 'stowarzyszenie', en: 'association' },
  LGD: { sector: 'NGO', acronym: 'LGD', pl: 'lokalna grupa działania', en: 'local action group' },
  SOCIAL_ENTERPRISE: { sector: 'SOCIAL_ECONOMY', pl: 'przedsiębiorstwo społeczne', en: 'social enterprise' },
  COMPANY: { sector: 'MARKET', pl: 'przedsiębiorstwo', en: 'company' },
  SCHOOL: { sector: 'PUBLIC', pl: 'szkoła', en: 'school' },
  UNIVERSITY: { sector: 'PUBLIC', pl: 'uczelnia', en: 'university' },
  CHURCH_ENTITY: { sector: 'NGO', pl: 'podmiot kościelny', en: 'church entity' },
  MINISTRY: { sector: 'PUBLIC', pl: 'ministerstwo', en: 'ministry' },
  OTHER: { sector: null, pl: 'inny podmiot', en: 'other entity' },
} as const satisfies Record<string, KindInfo>;

export type InstitutionKind = keyof typeof KINDS;
export const INSTITUTION_KINDS = Object.keys(KINDS) as InstitutionKind[];

/** Each kind with the sector it belongs to unless the data says otherwise (null: must be given). */
export const KIND_DEFAULT_SECTOR = Object.fromEntries(
  INSTITUTION_KINDS.map((kind) => [kind, KINDS[kind].sector]),
) as { [K in InstitutionKind]: (typeof KINDS)[K]['sector'] };
