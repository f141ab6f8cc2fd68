import { type InstitutionKind, KIND_DEFAULT_SECTOR, type SectorCode } from '@splot/domain';
import type { GenArea, Geography } from './geography.js';
import { institutionName } from './names.js';
import { type Random, WeightedPool } from './random.js';

/** One generated institution, before it becomes a write row. */
export interface GenInstitution {
  id: string;
  kind: InstitutionKind;
  sector: SectorCode;
  name: string;
  gmina: string;
  powiat: string;
  voivodeship: string;
  founded: string;
  /** How readily it joins partnerships and collaborations (kind × a heavy-tailed personal factor). */
  activity: number;
}

const POLAND_POPULATION = 37_812_000;

/** National counts of the units spread over powiats by population (order of the real numbers). */
const PER_POWIAT_NATIONAL: ReadonlyArray<[InstitutionKind, number]> = [
  ['CIS', 250],
  ['KIS', 300],
  ['WTZ', 700],
  ['ZAZ', 120],
  ['SOCIAL_COOPERATIVE', 1500],
  ['SOCIAL_ENTERPRISE', 400],
  ['LGD', 320],
  ['WORK_COOPERATIVE', 500],
];

/** Inhabitants per unit in every gmina; foundations lean to towns. */
const PER_GMINA_PEOPLE: ReadonlyArray<[InstitutionKind, number]> = [
  ['ASSOCIATION', 630],
  ['FOUNDATION', 1500],
  ['COMPANY', 950],
  ['SCHOOL', 3000],
  ['CHURCH_ENTITY', 19_000],
];

/** Relative readiness to join ties, by kind (public services and social economy lead); default 1. */
export const KIND_ACTIVITY: Partial<Record<InstitutionKind, number>> = {
  GMINA_OFFICE: 12,
  OPS: 14,
  POWIAT_OFFICE: 10,
  PCPR: 14,
  PUP: 14,
  MARSHAL_OFFICE: 25,
  ROPS: 30,
  OWES: 30,
  CIS: 14,
  KIS: 10,
  WTZ: 6,
  ZAZ: 6,
  SOCIAL_COOPERATIVE: 5,
  SOCIAL_ENTERPRISE: 4,
  WORK_COOPERATIVE: 1,
  LGD: 12,
  ASSOCIATION: 1,
  FOUNDATION: 1,
  COMPANY: 0.6,
  SCHOOL: 2,
  UNIVERSITY: 8,
  CHURCH_ENTITY: 2,
  MINISTRY: 10,
  OTHER: 1,
};

/** Founding years by kind: offices date from the 1990 and 1999 reforms, CIS/KIS from 2004 on… */
const FOUNDED: Partial<Record<InstitutionKind, [number, number]>> = {
  GMINA_OFFICE: [1990, 1990],
  OPS: [1990, 1992],
  POWIAT_OFFICE: [1999, 1999],
  PCPR: [1999, 1999],
  PUP: [2000, 2000],
  MARSHAL_OFFICE: [1999, 1999],
  ROPS: [1999, 2000],
  OWES: [2009, 2016],
  CIS: [2004, 2024],
  KIS: [2004, 2024],
  WTZ: [1992, 2024],
  ZAZ: [1998, 2024],
  SOCIAL_COOPERATIVE: [2006, 2025],
  SOCIAL_ENTERPRISE: [2020, 2025],
  WORK_COOPERATIVE: [1950, 1995],
  LGD: [2006, 2016],
  ASSOCIATION: [1989, 2025],
  FOUNDATION: [1990, 2025],
  COMPANY: [1990, 2025],
  SCHOOL: [1945, 2020],
  UNIVERSITY: [1945, 2010],
  CHURCH_ENTITY: [1990, 2020],
  MINISTRY: [1990, 2020],
  OTHER: [1990, 2025],
};

export const LEGAL_FORM: Partial<Record<InstitutionKind, string>> = {
  ASSOCIATION: 'stowarzyszenie',
  FOUNDATION: 'fundacja',
  COMPANY: 'spółka z ograniczoną odpowiedzialnością',
  SOCIAL_COOPERATIVE: 'spółdzielnia socjalna',
  WORK_COOPERATIVE: 'spółdzielnia pracy',
  LGD: 'stowarzyszenie',
};

const pad = (n: number) => String(n).padStart(2, '0');

function foundedOn(kind: InstitutionKind, random: Random): string {
  const [from, to] = FOUNDED[kind] ?? [1990, 2025];
  const year = random.int(from, to);
  if (kind === 'GMINA_OFFICE') return '1990-05-27';
  if (from === to) return `${year}-01-01`;
  return `${year}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`;
}

/** Institutions of the given areas. With `regional`, also each voivodeship's own bodies. */
export function generateInstitutions(
  geo: Geography,
  random: Random,
  idPrefix: string,
  regional: boolean,
): GenInstitution[] {
  const out: GenInstitution[] = [];
  const powiatOf = new Map(geo.powiats.map((p) => [p.teryt, p]));
  const add = (kind: InstitutionKind, gmina: GenArea) => {
    const powiat = powiatOf.get(gmina.parent ?? '');
    const n = out.length + 1;
    out.push({
      id: `${idPrefix}i-${n}`,
      kind,
      sector: KIND_DEFAULT_SECTOR[kind] ?? 'NGO',
      name: institutionName(random, kind, gmina.name, n),
      gmina: gmina.teryt,
      powiat: powiat?.teryt ?? '',
      voivodeship: powiat?.parent ?? '',
      founded: foundedOn(kind, random),
      activity: (KIND_ACTIVITY[kind] ?? 1) * random.logNormal(1, 1),
    });
  };

  const gminasOf = new Map<string, GenArea[]>();
  for (const g of geo.gminas) {
    const list = gminasOf.get(g.parent ?? '') ?? [];
    list.push(g);
    gminasOf.set(g.parent ?? '', list);
  }
  const largest = (list: GenArea[]) =>
    list.reduce((best, g) => (g.population > best.population ? g : best), list[0] as GenArea);

  for (const g of geo.gminas) {
    add('GMINA_OFFICE', g);
    add('OPS', g);
    for (const [kind, people] of PER_GMINA_PEOPLE) {
      const lean = kind === 'FOUNDATION' ? (g.city ? 1.8 : 0.8) : 1;
      const count = random.roundStochastic((g.population * lean) / people);
      for (let i = 0; i < (kind === 'SCHOOL' ? Math.max(1, count) : count); i++) add(kind, g);
    }
  }
  for (const p of geo.powiats) {
    const gminas = gminasOf.get(p.teryt) ?? [];
    if (gminas.length === 0) continue;
    const seat = largest(gminas);
    add('POWIAT_OFFICE', seat);
    add('PCPR', seat);
    add('PUP', seat);
    const byPopulation = new WeightedPool(gminas, (g) => g.population);
    for (const [kind, national] of PER_POWIAT_NATIONAL) {
      const count = random.roundStochastic((national * p.population) / POLAND_POPULATION);
      for (let i = 0; i < count; i++) add(kind, byPopulation.draw(random));
    }
  }
  if (regional) {
    for (const v of geo.voivodeships) {
      const cities = geo.gminas.filter((g) => g.teryt.startsWith(v.teryt) && g.city);
      const towns = cities.length > 0 ? cities : geo.gminas.filter((g) => g.teryt.startsWith(v.teryt));
      if (towns.length === 0) continue;
      const capital = largest(towns);
      add('MARSHAL_OFFICE', capital);
      add('ROPS', capital);
      const owes = Math.max(1, random.roundStochastic((60 * v.population) / POLAND_POPULATION));
      const universities = random.roundStochastic((350 * v.population) / POLAND_POPULATION);
      const cityPool = new WeightedPool(towns, (g) => g.population ** 1.5);
      const anywhere = new WeightedPool(
        geo.gminas.filter((g) => g.teryt.startsWith(v.teryt)),
        (g) => g.population,
      );
      for (let i = 0; i < owes; i++) add('OWES', anywhere.draw(random));
      for (let i = 0; i < universities; i++) add('UNIVERSITY', cityPool.draw(random));
    }
  }
  return out;
}
