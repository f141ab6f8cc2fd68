import { SECTORS } from '../domain/kinds.js';
import { UNKNOWN_SECTOR } from './graph.js';

export const LANGS = ['pl', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type Text = Record<Lang, string>;

// Names of kinds for the reasons the server writes (the web app has its own copy for its UI).
const KIND_NAMES: Record<string, Text> = {
  GMINA_OFFICE: { pl: 'urząd gminy', en: 'municipal office' },
  POWIAT_OFFICE: { pl: 'starostwo powiatowe', en: 'county office' },
  MARSHAL_OFFICE: { pl: 'urząd marszałkowski', en: "marshal's office" },
  OPS: { pl: 'ośrodek pomocy społecznej (OPS)', en: 'social assistance centre (OPS)' },
  PCPR: { pl: 'powiatowe centrum pomocy rodzinie (PCPR)', en: 'county family support centre (PCPR)' },
  PUP: { pl: 'powiatowy urząd pracy (PUP)', en: 'county labour office (PUP)' },
  ROPS: { pl: 'regionalny ośrodek polityki społecznej (ROPS)', en: 'regional social policy centre (ROPS)' },
  OWES: { pl: 'ośrodek wsparcia ekonomii społecznej (OWES)', en: 'social economy support centre (OWES)' },
  CIS: { pl: 'centrum integracji społecznej (CIS)', en: 'social integration centre (CIS)' },
  KIS: { pl: 'klub integracji społecznej (KIS)', en: 'social integration club (KIS)' },
  WTZ: { pl: 'warsztat terapii zajęciowej (WTZ)', en: 'occupational therapy workshop (WTZ)' },
  ZAZ: { pl: 'zakład aktywności zawodowej (ZAZ)', en: 'vocational activity establishment (ZAZ)' },
  SOCIAL_COOPERATIVE: { pl: 'spółdzielnia socjalna', en: 'social cooperative' },
  WORK_COOPERATIVE: { pl: 'spółdzielnia pracy', en: 'worker cooperative' },
  FOUNDATION: { pl: 'fundacja', en: 'foundation' },
  ASSOCIATION: { pl: 'stowarzyszenie', en: 'association' },
  LGD: { pl: 'lokalna grupa działania (LGD)', en: 'local action group (LGD)' },
  SOCIAL_ENTERPRISE: { pl: 'przedsiębiorstwo społeczne', en: 'social enterprise' },
  COMPANY: { pl: 'przedsiębiorstwo', en: 'company' },
  SCHOOL: { pl: 'szkoła', en: 'school' },
  UNIVERSITY: { pl: 'uczelnia', en: 'university' },
  CHURCH_ENTITY: { pl: 'podmiot kościelny', en: 'church entity' },
  MINISTRY: { pl: 'ministerstwo', en: 'ministry' },
  OTHER: { pl: 'inny podmiot', en: 'other entity' },
};

export function kindName(kind: string | null, lang: Lang): string {
  return (kind && KIND_NAMES[kind]?.[lang]) ?? kind ?? (lang === 'pl' ? 'nieznany rodzaj' : 'unknown kind');
}

export function sectorName(sector: string | null, lang: Lang): string {
  const found = SECTORS.find((s) => s.code === sector);
  if (found) return lang === 'pl' ? found.name : found.nameEn;
  return sector === UNKNOWN_SECTOR || sector === null
    ? { pl: 'sektor nieznany', en: 'unknown sector' }[lang]
    : sector;
}
