// TERYT: voivodeship 2 digits, powiat 4, gmina 7 (6 digits + the TERC type digit: 1–5, 8 or 9).
const TERYT_PATTERN = /^(\d{2}|\d{4}|\d{6}[1-589])$/;

/** The levels stored as Area nodes. */
export type StoredAreaLevel = 'VOIVODESHIP' | 'POWIAT' | 'GMINA';
/** COUNTRY: the whole of Poland (TERYT "PL"), above the voivodeships; no Area node holds it. */
export type AreaLevel = 'COUNTRY' | StoredAreaLevel;
export const AREA_LEVELS = [
  'COUNTRY',
  'VOIVODESHIP',
  'POWIAT',
  'GMINA',
] as const satisfies readonly AreaLevel[];

export function isTerytCode(code: string): boolean {
  return TERYT_PATTERN.test(code);
}

export function levelOfTeryt(code: string): StoredAreaLevel {
  if (!isTerytCode(code)) throw new Error(`Not a TERYT code: ${code}`);
  if (code.length === 2) return 'VOIVODESHIP';
  return code.length === 4 ? 'POWIAT' : 'GMINA';
}

/** The TERYT code of the area directly above, or null for a voivodeship. */
export function parentTeryt(code: string): string | null {
  const level = levelOfTeryt(code);
  if (level === 'VOIVODESHIP') return null;
  return level === 'POWIAT' ? code.slice(0, 2) : code.slice(0, 4);
}

/** The whole country: accepted instead of a TERYT code wherever an area is asked for. */
export const COUNTRY_CODES = ['PL', '00'] as const;
/** The code and name the whole country answers with. */
export const COUNTRY_TERYT = 'PL';
export const COUNTRY_NAME = 'Polska';

export function isCountryCode(code: string): boolean {
  return (COUNTRY_CODES as readonly string[]).includes(code.toUpperCase());
}
