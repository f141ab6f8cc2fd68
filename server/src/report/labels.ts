import type { Lang } from '../analytics/missing-partners/labels.js';

/** The report's own words, Polish first with English (the web app's locales are not on the server). */
const WORDS = {
  title: { pl: 'Raport obszaru', en: 'Area report' },
  generated: { pl: 'Wygenerowano', en: 'Generated' },
  asOf: { pl: 'Stan na dzień', en: 'As of' },
  allYears: {
    pl: 'Wszystkie lata (każde powiązanie, które kiedykolwiek istniało)',
    en: 'All years (every tie that ever existed)',
  },
  timeModel: {
    pl: 'Model czasu: dwie instytucje są powiązane, gdy w tym samym czasie należą do tego samego partnerstwa lub biorą udział w tej samej współpracy; każde powiązanie cytuje swoje źródła.',
    en: 'Time model: two institutions are tied while they belong to the same partnership or take part in the same collaboration at the same time; every tie cites its sources.',
  },
  filters: { pl: 'Filtry', en: 'Filters' },
  noFilters: { pl: 'brak (wszystkie instytucje i powiązania)', en: 'none (every institution and tie)' },
  picture: { pl: 'Sieć na ekranie', en: 'The network on screen' },
  noPicture: { pl: '(bez rysunku sieci)', en: '(no picture of the network)' },
  legend: {
    pl: 'Legenda: kolor węzła to sektor; przerywana obwódka – instytucja spoza obszaru.',
    en: 'Legend: a node’s colour is its sector; a dashed rim – an institution outside the area.',
  },
  counts: { pl: 'Liczby', en: 'Counts' },
  institutions: { pl: 'Instytucje w obszarze', en: 'Institutions in the area' },
  ties: { pl: 'Powiązania w obszarze', en: 'Ties inside the area' },
  boundary: { pl: 'Powiązania z instytucjami spoza obszaru', en: 'Ties to institutions outside the area' },
  sources: { pl: 'Źródła (dokumenty)', en: 'Sources (documents)' },
  matrix: { pl: 'Macierz sektorów: liczba powiązań (gęstość)', en: 'Sector matrix: ties (density)' },
  ei: { pl: 'E-I', en: 'E-I' },
  areaEi: { pl: 'Indeks E-I obszaru', en: 'E-I index of the area' },
  eiHelp: {
    pl: 'E-I od −1 (powiązania tylko w sektorach) do +1 (tylko między sektorami).',
    en: 'E-I runs from −1 (ties only within sectors) to +1 (only between sectors).',
  },
  gaps: { pl: 'Luki w pokryciu', en: 'Coverage gaps' },
  gapsNone: {
    pl: 'Brak luk: oczekiwane rodzaje instytucji są w danych.',
    en: 'No gaps: the expected kinds of institution are in the data.',
  },
  gapsCountry: {
    pl: 'Dla całego kraju luk nie liczymy – wybierz województwo, powiat lub gminę.',
    en: 'Not computed for the whole country – choose a voivodeship, powiat or gmina.',
  },
  missingKind: { pl: 'brak w danych', en: 'absent from the data' },
  noCrossTie: { pl: 'Bez powiązania z innym sektorem', en: 'Without a tie to another sector' },
  brokers: { pl: 'Kto łączy sektory (najważniejsi pośrednicy)', en: 'Who bridges sectors (top brokers)' },
  brokersNone: { pl: 'Brak pośredników w tej sieci.', en: 'No brokers in this network.' },
  brokersLarge: { pl: 'Obszar zbyt duży na tę miarę.', en: 'Area too large for this measure.' },
  institution: { pl: 'Instytucja', en: 'Institution' },
  sector: { pl: 'Sektor', en: 'Sector' },
  crossSector: { pl: 'Pośrednictwo międzysektorowe', en: 'Cross-sector brokerage' },
  betweenness: { pl: 'Pośrednictwo (betweenness)', en: 'Betweenness' },
  degree: { pl: 'Partnerzy', en: 'Partners' },
  worklist: { pl: 'Brakujący partnerzy – lista do pracy', en: 'Missing partners – worklist' },
  worklistNone: { pl: 'Brak propozycji dla tego obszaru.', en: 'No suggestion for this area.' },
  worklistLarge: {
    pl: 'Nie liczone dla tego obszaru (cały kraj lub zbyt wiele instytucji).',
    en: 'Not computed for this area (the whole country or too many institutions).',
  },
  score: { pl: 'wynik', en: 'score' },
  sourceList: { pl: 'Cytowane źródła', en: 'Sources cited' },
  sourcesNone: {
    pl: 'Żadne powiązanie w tym widoku nie cytuje źródła.',
    en: 'No tie in this view cites a source.',
  },
  page: { pl: 'splot – raport obszaru', en: 'splot – area report' },
} as const;

export type Word = keyof typeof WORDS;

export const word = (key: Word, lang: Lang): string => WORDS[key][lang];
