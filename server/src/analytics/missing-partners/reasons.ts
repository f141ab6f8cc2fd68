import type { ReasonCode } from '@splot/domain';
import type { Text } from './labels.js';
import { kindName, sectorName } from './labels.js';

/** Why a candidate is suggested: a code with its parameters (for programs) and the text (for people). */
export interface Reason {
  code: ReasonCode;
  params: Record<string, string>;
  text: Text;
}

const list = (names: string[]) => names.join(', ');

export function sectorAbsent(sector: string): Reason {
  return {
    code: 'SECTOR_ABSENT',
    params: { sector },
    text: {
      pl: `Wnosi ${sectorName(sector, 'pl')}, którego brak wśród obecnych partnerów`,
      en: `Brings the ${sectorName(sector, 'en')}, absent among current partners`,
    },
  };
}

export function sectorThin(sector: string, partners: number): Reason {
  return {
    code: 'SECTOR_THIN',
    params: { sector, partners: String(partners) },
    text: {
      pl: `Wzmacnia słabo obecny ${sectorName(sector, 'pl')} (partnerów z tego sektora: ${partners})`,
      en: `Strengthens the thinly present ${sectorName(sector, 'en')} (partners from it: ${partners})`,
    },
  };
}

export function typicalPairingReason(kind: string, partnerKind: string, why: Text, absent: boolean): Reason {
  return {
    code: 'TYPICAL_PAIRING',
    params: { kind, partnerKind, absent: String(absent) },
    text: {
      pl: `Typowa współpraca: ${kindName(kind, 'pl')} ↔ ${kindName(partnerKind, 'pl')} (${why.pl})${absent ? '; dziś brak takiego partnera' : ''}`,
      en: `Typical pairing: ${kindName(kind, 'en')} ↔ ${kindName(partnerKind, 'en')} (${why.en})${absent ? '; no such partner yet' : ''}`,
    },
  };
}

export function commonPartners(names: string[]): Reason {
  const shown = names.slice(0, 3);
  const more = names.length - shown.length;
  return {
    code: 'COMMON_PARTNERS',
    params: { count: String(names.length), names: list(names) },
    text: {
      pl: `${names.length === 1 ? 'Wspólny partner' : `Wspólni partnerzy (${names.length})`}: ${list(shown)}${more > 0 ? ` i ${more} innych` : ''}`,
      en: `${names.length === 1 ? 'Common partner' : `Common partners (${names.length})`}: ${list(shown)}${more > 0 ? ` and ${more} more` : ''}`,
    },
  };
}

export function sameArea(level: 'GMINA' | 'POWIAT' | 'VOIVODESHIP', teryt: string, name: string): Reason {
  const pl = { GMINA: 'Ta sama gmina', POWIAT: 'Ten sam powiat', VOIVODESHIP: 'To samo województwo' }[level];
  const en = { GMINA: 'Same municipality', POWIAT: 'Same county', VOIVODESHIP: 'Same voivodeship' }[level];
  return {
    code: level === 'GMINA' ? 'SAME_GMINA' : level === 'POWIAT' ? 'SAME_POWIAT' : 'SAME_VOIVODESHIP',
    params: { teryt, name },
    text: { pl: `${pl}: ${name}`, en: `${en}: ${name}` },
  };
}

/** Informative only (no points): the candidate lies outside the area the user is looking at. */
export function outsideArea(area: { teryt: string; name: string }): Reason {
  return {
    code: 'OUTSIDE_AREA',
    params: { teryt: area.teryt, name: area.name },
    text: { pl: `Spoza wybranego obszaru: ${area.name}`, en: `Outside the chosen area: ${area.name}` },
  };
}
