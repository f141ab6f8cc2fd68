import type { StoredAreaLevel } from '@splot/domain';
import type { AreaRow } from '../db/rows.js';
import { placeName } from './names.js';
import {
  isCityPowiatCode,
  SYNTHETIC_CITY_POWIAT_NUMBERS,
  SYNTHETIC_GMINA_NUMBERS,
  SYNTHETIC_LAND_POWIAT_NUMBERS,
  VOIVODESHIPS,
  type VoivodeshipFacts,
} from './poland.js';
import type { Random } from './random.js';

/** One area of synthetic Poland: a real TERYT area where loaded, else a synthetic one. */
export interface GenArea {
  teryt: string;
  name: string;
  level: StoredAreaLevel;
  parent: string | null;
  /** True when the generator made the area up (it is then written with synthetic: true). */
  synthetic: boolean;
  /** True when the area is already in the database (cypher/seed/areas.csv): never written. */
  loaded: boolean;
  population: number;
  /** City powiat, or the one gmina of a city powiat. */
  city: boolean;
  /** Share of ties that cross sectors in this area's voivodeship (0–1). */
  crossSector: number;
}

export interface Geography {
  voivodeships: GenArea[];
  powiats: GenArea[];
  gminas: GenArea[];
}

const byCode = (a: { teryt: string }, b: { teryt: string }) => a.teryt.localeCompare(b.teryt);

/** Splits `total` in proportion to the weights (largest remainders, so the parts add up exactly). */
function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  const raw = weights.map((w) => (sum > 0 ? (total * w) / sum : 0));
  const parts = raw.map(Math.floor);
  let left = total - parts.reduce((s, p) => s + p, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
    left--;
  }
  return parts;
}

function gminaCode(powiat: string, number: number, type: number): string {
  return `${powiat}${String(number).padStart(2, '0')}${type}`;
}

/** Synthetic gminas for a powiat that has none loaded: a seat (urban or urban-rural) and rural ones. */
function syntheticGminas(powiat: GenArea, count: number, random: Random): GenArea[] {
  const numbers = SYNTHETIC_GMINA_NUMBERS.slice(0, Math.min(count, SYNTHETIC_GMINA_NUMBERS.length));
  return numbers.map((number, i) => {
    const type = powiat.city ? 1 : i === 0 ? random.pick([1, 3]) : random.pick([2, 2, 2, 3]);
    const teryt = gminaCode(powiat.teryt, number, type);
    return {
      teryt,
      name: powiat.city ? powiat.name : placeName(random, teryt),
      level: 'GMINA' as const,
      parent: powiat.teryt,
      synthetic: true,
      loaded: false,
      population: 0,
      city: powiat.city,
      crossSector: powiat.crossSector,
    };
  });
}

/** Shares the population of a parent among its children: the first (the seat) is larger. */
function sharePopulation(children: GenArea[], population: number, random: Random): void {
  const weights = children.map((c, i) => {
    const base = c.city ? random.logNormal(4, 0.4) : random.logNormal(1, 0.5);
    return i === 0 ? base * 2.5 : base;
  });
  const parts = apportion(population, weights);
  children.forEach((c, i) => {
    c.population = parts[i] ?? 0;
  });
}

function buildVoivodeship(facts: VoivodeshipFacts, real: AreaRow[], random: Random): Geography {
  const known = new Map(real.map((a) => [a.teryt, a]));
  const crossSector = 0.25 + 0.4 * random.float();
  const loadedWoj = known.get(facts.teryt);
  const voivodeship: GenArea = {
    teryt: facts.teryt,
    name: loadedWoj?.name ?? facts.name,
    level: 'VOIVODESHIP',
    parent: null,
    synthetic: false,
    loaded: loadedWoj !== undefined,
    population: facts.populationK * 1000,
    city: false,
    crossSector,
  };

  const realPowiats = real.filter((a) => a.level === 'POWIAT' && a.parent === facts.teryt).sort(byCode);
  const powiats: GenArea[] = realPowiats.map((a) => ({
    teryt: a.teryt,
    name: a.name,
    level: 'POWIAT',
    parent: facts.teryt,
    synthetic: a.synthetic === true,
    loaded: true,
    population: 0,
    city: isCityPowiatCode(a.teryt),
    crossSector,
  }));
  const used = new Set(powiats.map((p) => p.teryt));
  const addSynthetic = (want: number, numbers: number[], city: boolean) => {
    for (const number of numbers) {
      if (want <= 0) break;
      const teryt = `${facts.teryt}${String(number).padStart(2, '0')}`;
      if (used.has(teryt)) continue;
      used.add(teryt);
      const name = placeName(random, teryt);
      powiats.push({
        teryt,
        name: city ? name : `powiat ${name}`,
        level: 'POWIAT',
        parent: facts.teryt,
        synthetic: true,
        loaded: false,
        population: 0,
        city,
        crossSector,
      });
      want--;
    }
  };
  addSynthetic(facts.cityPowiats - powiats.filter((p) => p.city).length, SYNTHETIC_CITY_POWIAT_NUMBERS, true);
  // Land powiats take the city numbers left over when 39–60 run out (mazowieckie has 37).
  addSynthetic(
    facts.landPowiats - powiats.filter((p) => !p.city).length,
    [...SYNTHETIC_LAND_POWIAT_NUMBERS, ...SYNTHETIC_CITY_POWIAT_NUMBERS],
    false,
  );
  powiats.sort(byCode);
  // Cities first in the share, so the city powiats get the large weights of sharePopulation.
  const popWeights = powiats.map((p) => (p.city ? random.logNormal(3, 0.6) : random.logNormal(1, 0.35)));
  apportion(voivodeship.population, popWeights).forEach((pop, i) => {
    (powiats[i] as GenArea).population = pop;
  });

  // Gminas: the loaded ones where a powiat has them; elsewhere synthetic ones, so that the
  // voivodeship reaches its real number of gminas (a city powiat is one gmina).
  const gminasOf = new Map<string, GenArea[]>();
  for (const p of powiats) {
    const loaded = real
      .filter((a) => a.level === 'GMINA' && a.parent === p.teryt)
      .sort(byCode)
      .map<GenArea>((a) => ({
        teryt: a.teryt,
        name: a.name,
        level: 'GMINA',
        parent: p.teryt,
        synthetic: a.synthetic === true,
        loaded: true,
        population: 0,
        city: p.city,
        crossSector,
      }));
    if (loaded.length > 0) gminasOf.set(p.teryt, loaded);
    else if (p.city) gminasOf.set(p.teryt, syntheticGminas(p, 1, random));
  }
  const assigned = [...gminasOf.values()].reduce((s, g) => s + g.length, 0);
  const open = powiats.filter((p) => !gminasOf.has(p.teryt));
  const counts = apportion(
    Math.max(open.length * 2, facts.gminas - assigned),
    open.map(() => random.logNormal(1, 0.3)),
  );
  open.forEach((p, i) => {
    gminasOf.set(p.teryt, syntheticGminas(p, Math.max(2, counts[i] ?? 2), random));
  });
  const gminas: GenArea[] = [];
  for (const p of powiats) {
    const list = gminasOf.get(p.teryt) ?? [];
    sharePopulation(list, p.population, random);
    gminas.push(...list);
  }
  return { voivodeships: [voivodeship], powiats, gminas };
}

/**
 * The whole country: the sixteen voivodeships with their real numbers of powiats and gminas. Loaded
 * areas (cypher/seed/areas.csv) are used as they are; what is missing is made up under codes TERYT
 * never gives (see poland.ts). Populations are synthetic but add up to each voivodeship's real one.
 */
export function buildPoland(real: AreaRow[], random: Random): Geography {
  const all: Geography = { voivodeships: [], powiats: [], gminas: [] };
  for (const facts of VOIVODESHIPS) {
    const part = buildVoivodeship(facts, real, random.fork(facts.teryt));
    all.voivodeships.push(...part.voivodeships);
    all.powiats.push(...part.powiats);
    all.gminas.push(...part.gminas);
  }
  return all;
}

/** A synthetic powiat outside the sixteen voivodeships (tests use one, so they own every area). */
export function standalonePowiat(teryt: string, gminaCount: number, random: Random): Geography {
  const powiat: GenArea = {
    teryt,
    name: `powiat ${placeName(random, teryt)}`,
    level: 'POWIAT',
    parent: null,
    synthetic: true,
    loaded: false,
    population: 100_000,
    city: false,
    crossSector: 0.45,
  };
  const gminas = syntheticGminas(powiat, gminaCount, random);
  sharePopulation(gminas, powiat.population, random);
  return { voivodeships: [], powiats: [powiat], gminas };
}

/** The part of the country under one area (a voivodeship or a powiat). */
export function restrictGeography(geo: Geography, teryt: string): Geography {
  const inside = (a: GenArea) => a.teryt.startsWith(teryt);
  return {
    voivodeships: geo.voivodeships.filter((v) => teryt.startsWith(v.teryt)),
    powiats: geo.powiats.filter(inside),
    gminas: geo.gminas.filter(inside),
  };
}

/** Areas to write: the synthetic ones, and real ones the database lacks; parents first. */
export function areaRowsToWrite(geo: Geography): AreaRow[] {
  return [...geo.voivodeships, ...geo.powiats, ...geo.gminas]
    .filter((a) => !a.loaded)
    .map((a) => ({ teryt: a.teryt, name: a.name, level: a.level, parent: a.parent, synthetic: a.synthetic }));
}
