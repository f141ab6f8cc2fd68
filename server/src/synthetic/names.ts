import type { InstitutionKind } from '@splot/domain';
import type { Random } from './random.js';

// Word lists for plausible Polish names. Every synthetic name also carries its number, so it is
// never mistaken for a real place or body.

const PLACE_PREFIXES = ['', '', '', 'Nowa ', 'Stara ', 'Wielka ', 'Mała ', 'Górna ', 'Dolna '];
const PLACE_ROOTS = [
  'Wola',
  'Dąbrowa',
  'Brzezina',
  'Lipnica',
  'Jasienica',
  'Olszyna',
  'Łęka',
  'Grabowa',
  'Sosnowica',
  'Krzemienica',
  'Wierzbica',
  'Modrzewina',
  'Bukowina',
  'Jabłonna',
  'Kalina',
  'Brzozowa',
  'Leszczyna',
  'Rokitnica',
  'Topola',
  'Jodłowa',
];

export function placeName(random: Random, teryt: string): string {
  return `${random.pick(PLACE_PREFIXES)}${random.pick(PLACE_ROOTS)} ${teryt.slice(-3)} (syn.)`;
}

const NGO_THEMES = [
  'Rozwoju Wsi',
  'Pomocy Rodzinie',
  'na Rzecz Osób z Niepełnosprawnościami',
  'Seniorów',
  'Kultury i Tradycji',
  'Aktywnej Młodzieży',
  'Przyjaciół Ziemi',
  'Sportowe',
  'Edukacji Ekologicznej',
  'Ochotniczej Straży Pożarnej',
  'Gospodyń Wiejskich',
  'Wsparcia Bezrobotnych',
];
const FIRM_TRADES = [
  'Budownictwo',
  'Usługi Remontowe',
  'Catering',
  'Transport',
  'Ogrodnictwo',
  'Handel',
  'IT',
];
const FIRM_FORMS = ['sp. z o.o.', 's.c.', 'S.A.', ''];

const FIXED: Partial<Record<InstitutionKind, string>> = {
  GMINA_OFFICE: 'Urząd Gminy',
  OPS: 'Ośrodek Pomocy Społecznej',
  POWIAT_OFFICE: 'Starostwo Powiatowe',
  PCPR: 'Powiatowe Centrum Pomocy Rodzinie',
  PUP: 'Powiatowy Urząd Pracy',
  MARSHAL_OFFICE: 'Urząd Marszałkowski',
  ROPS: 'Regionalny Ośrodek Polityki Społecznej',
  OWES: 'Ośrodek Wsparcia Ekonomii Społecznej',
  CIS: 'Centrum Integracji Społecznej',
  KIS: 'Klub Integracji Społecznej',
  WTZ: 'Warsztat Terapii Zajęciowej',
  ZAZ: 'Zakład Aktywności Zawodowej',
  SOCIAL_COOPERATIVE: 'Spółdzielnia Socjalna',
  SOCIAL_ENTERPRISE: 'Przedsiębiorstwo Społeczne',
  WORK_COOPERATIVE: 'Spółdzielnia Pracy',
  LGD: 'Lokalna Grupa Działania',
  SCHOOL: 'Szkoła Podstawowa nr',
  UNIVERSITY: 'Uczelnia',
  CHURCH_ENTITY: 'Caritas Parafii',
  MINISTRY: 'Ministerstwo',
  OTHER: 'Instytucja',
};

/** A readable name: "<kind phrase> <theme> w <place> #<n>"; n keeps every name distinct. */
export function institutionName(random: Random, kind: InstitutionKind, place: string, n: number): string {
  const where = place.replace(/ \(syn\.\)$/, '');
  switch (kind) {
    case 'ASSOCIATION':
      return `Stowarzyszenie ${random.pick(NGO_THEMES)} w ${where} #${n}`;
    case 'FOUNDATION':
      return `Fundacja ${random.pick(NGO_THEMES)} ${where} #${n}`;
    case 'COMPANY':
      return `${random.pick(FIRM_TRADES)} ${where} #${n} ${random.pick(FIRM_FORMS)}`.trim();
    default:
      return `${FIXED[kind] ?? kind} ${where} #${n}`;
  }
}
