import type { AreaRef, StoredAreaLevel } from './types.js';

// TERYT: voivodeship 2 digits, powiat 4, gmina 7 (6 digits + the TERC type digit: 1–5, 8 or 9).
const TERYT_PATTERN = /^(\d{2}|\d{4}|\d{6}[1-589])$/;

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

/** The whole of Poland as an area: the level above the voivodeships, not stored as an Area node. */
export const COUNTRY: AreaRef = { teryt: 'PL', name: 'Polska', level: 'COUNTRY' };

export function isCountryCode(code: string): boolean {
  return (COUNTRY_CODES as readonly string[]).includes(code.toUpperCase());
}
