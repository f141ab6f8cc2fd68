import { INSTITUTION_KINDS, KINDS, type KindInfo, SECTORS } from '@splot/domain';
import { UNKNOWN_SECTOR } from '../measures/graph.js';

export const LANGS = ['pl', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type Text = Record<Lang, string>;

// Names of kinds for the reasons the server writes: the domain's names, with the acronym people use.
const KIND_NAMES: Record<string, Text> = Object.fromEntries(
  INSTITUTION_KINDS.map((kind) => {
    const info: KindInfo = KINDS[kind];
    const acronym = info.acronym ? ` (${info.acronym})` : '';
    return [kind, { pl: `${info.pl}${acronym}`, en: `${info.en}${acronym}` }];
  }),
);

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
