import { readFileSync } from 'node:fs';
import { LANGS, type Lang } from '../analytics/missing-partners/labels.js';

// The report's words are the web app's messages (web/src/locales, Polish and English), read as
// data: its own under report.pdf.*, and the app's where the PDF says what the screen says (the
// brokers table, the sector matrix, the filters), so no text is written twice.

const catalogue = (lang: Lang): Record<string, string> =>
  JSON.parse(readFileSync(new URL(`../../../web/src/locales/${lang}.json`, import.meta.url), 'utf8'));
const CATALOGUES = Object.fromEntries(LANGS.map((lang) => [lang, catalogue(lang)])) as Record<
  Lang,
  Record<string, string>
>;

/** Each word of the report and the message key it reads. */
const KEYS = {
  title: 'report.pdf.title',
  generated: 'report.pdf.generated',
  asOf: 'report.pdf.asOf',
  allYears: 'report.pdf.allYears',
  timeModel: 'report.pdf.timeModel',
  filters: 'filters.title',
  noFilters: 'report.pdf.noFilters',
  sourcedOnly: 'sourced.filterName',
  picture: 'report.pdf.picture',
  noPicture: 'report.pdf.noPicture',
  legend: 'report.pdf.legend',
  counts: 'report.pdf.counts',
  institutions: 'report.pdf.institutions',
  ties: 'report.pdf.ties',
  boundary: 'report.pdf.boundary',
  boundaryCut: 'report.pdf.boundaryCut',
  sources: 'report.pdf.sources',
  matrix: 'report.pdf.matrix',
  ei: 'analytics.matrix.ei',
  areaEi: 'analytics.matrix.areaEi',
  eiHelp: 'analytics.matrix.help',
  gaps: 'workbench.tab.gaps',
  gapsNone: 'report.pdf.gapsNone',
  gapsCountry: 'report.pdf.gapsCountry',
  missingKind: 'report.pdf.missingKind',
  noCrossTie: 'report.pdf.noCrossTie',
  brokers: 'analytics.brokers.title',
  brokersNone: 'report.pdf.brokersNone',
  brokersLarge: 'report.pdf.brokersLarge',
  institution: 'analytics.brokers.institution',
  sector: 'analytics.boundary.sector',
  crossSector: 'analytics.brokers.crossSector',
  betweenness: 'analytics.brokers.betweenness',
  degree: 'analytics.brokers.degree',
  worklist: 'report.pdf.worklist',
  worklistNone: 'report.pdf.worklistNone',
  worklistLarge: 'report.pdf.worklistLarge',
  score: 'report.pdf.score',
  sourceList: 'report.pdf.sourceList',
  sourcesNone: 'report.pdf.sourcesNone',
  page: 'report.pdf.page',
} as const;

export type Word = keyof typeof KEYS;

export function word(key: Word, lang: Lang): string {
  const text = CATALOGUES[lang][KEYS[key]];
  if (text === undefined)
    throw new Error(`The ${lang} messages have no "${KEYS[key]}" (server/src/report/labels.ts)`);
  return text;
}
