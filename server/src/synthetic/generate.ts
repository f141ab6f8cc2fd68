import { createHash } from 'node:crypto';
import { isTerytCode, SECTORS } from '@splot/domain';
import { type AreaRow, emptyRows, type Rows } from '../db/rows.js';
import { generateAffiliations } from './affiliations.js';
import {
  areaRowsToWrite,
  buildPoland,
  type GenArea,
  type Geography,
  restrictGeography,
  standalonePowiat,
} from './geography.js';
import { generateInstitutions, LEGAL_FORM } from './institutions.js';
import { Random } from './random.js';

export const SYNTHETIC_SIZES = ['S', 'M', 'L'] as const;
export type SyntheticSize = (typeof SYNTHETIC_SIZES)[number];

/** Default areas: S is powiat ostrowiecki, M its voivodeship (świętokrzyskie), L the country. */
export const DEFAULT_SCOPE: Record<SyntheticSize, string | null> = { S: '2607', M: '26', L: null };
export const DEFAULT_ID_PREFIX = 'syn-';
/** National affiliations (partnerships + collaborations) per national institution count. */
const NATIONAL_AFFILIATIONS = 40_000;
const NATIONAL_INSTITUTIONS = 150_000;

export interface GenerateOptions {
  size: SyntheticSize;
  /** Same seed, same areas, same prefix: byte-for-byte the same rows. */
  seed?: number;
  /** Every id starts with it (lowercase letters, digits, dashes); default "syn-". */
  idPrefix?: string;
  /** The areas already in the database (cypher/seed/areas.csv): used as they are, never written. */
  realAreas: AreaRow[];
  /** S: a powiat (4 digits), M: a voivodeship (2 digits); a powiat outside the sixteen is made up. */
  scope?: string;
}

export interface SyntheticPoland {
  rows: Rows;
  /** The areas the data covers, loaded or not. */
  geography: Geography;
  scope: string | null;
}

function checkOptions(size: SyntheticSize, idPrefix: string, scope: string | null): void {
  if (!SYNTHETIC_SIZES.includes(size)) throw new Error(`synthetic: size must be S, M or L, not "${size}"`);
  if (!/^[a-z0-9][a-z0-9-]*-$/.test(idPrefix)) {
    throw new Error(
      `synthetic: idPrefix "${idPrefix}" must be lowercase letters, digits and dashes, ending in "-"`,
    );
  }
  if (scope === null) return;
  const want = size === 'S' ? 4 : size === 'M' ? 2 : 0;
  if (!isTerytCode(scope) || scope.length !== want) {
    throw new Error(
      `synthetic: scope "${scope}" must be a ${size === 'S' ? 'powiat' : 'voivodeship'} TERYT code`,
    );
  }
}

/** A deterministic synthetic Poland (or one voivodeship or powiat of it) as write rows. */
export function generateSyntheticPoland(options: GenerateOptions): SyntheticPoland {
  const { size, seed = 1, idPrefix = DEFAULT_ID_PREFIX, realAreas } = options;
  const scope = size === 'L' ? null : (options.scope ?? DEFAULT_SCOPE[size]);
  checkOptions(size, idPrefix, scope);
  const random = new Random(seed, 'splot-synthetic');

  const national = buildPoland(realAreas, random.fork('geography'));
  let geography = scope === null ? national : restrictGeography(national, scope);
  if (geography.powiats.length === 0 && scope !== null && scope.length === 4) {
    geography = standalonePowiat(scope, 6, random.fork(`standalone-${scope}`));
  }
  if (geography.gminas.length === 0) throw new Error(`synthetic: no area has the TERYT code "${scope}"`);

  const institutions = generateInstitutions(geography, random.fork('institutions'), idPrefix, size !== 'S');
  const areas = new Map<string, GenArea>(
    [...geography.voivodeships, ...geography.powiats, ...geography.gminas].map((a) => [a.teryt, a]),
  );
  const affiliationCount =
    size === 'L'
      ? NATIONAL_AFFILIATIONS
      : Math.round((NATIONAL_AFFILIATIONS * institutions.length) / NATIONAL_INSTITUTIONS);
  const scopeLevel = scope === null ? 'NATIONAL' : scope.length === 2 ? 'VOIVODESHIP' : 'POWIAT';
  const ties = generateAffiliations(
    institutions,
    areas,
    affiliationCount,
    random.fork('ties'),
    idPrefix,
    scopeLevel,
  );

  const rows = emptyRows();
  rows.sectors = SECTORS.map((s) => ({ ...s }));
  rows.areas = areaRowsToWrite(geography);
  rows.institutions = institutions.map((i) => {
    const legalForm = LEGAL_FORM[i.kind];
    return {
      id: i.id,
      sector: i.sector,
      area: i.gmina,
      founded: i.founded,
      props: { name: i.name, kind: i.kind, synthetic: true, ...(legalForm ? { legalForm } : {}) },
    };
  });
  Object.assign(rows, ties);
  return { rows, geography, scope };
}

/** SHA-256 of the rows: equal digests, equal data (determinism checks, bench reports). */
export function rowsDigest(rows: Rows): string {
  const hash = createHash('sha256');
  for (const [key, list] of Object.entries(rows)) {
    hash.update(key);
    for (const row of list as unknown[]) hash.update(JSON.stringify(row));
  }
  return hash.digest('hex');
}

/** Row counts per kind. */
export function rowCounts(rows: Rows): Record<keyof Rows, number> {
  return Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, (v as unknown[]).length])) as Record<
    keyof Rows,
    number
  >;
}
