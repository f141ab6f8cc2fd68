import { NODE_MEASURES } from '@splot/measures';

/** Where a measure belongs: one institution's number, a brokerage role, the network's shape, the area. */
export type MeasureScope = 'INSTITUTION' | 'BROKERAGE_ROLE' | 'STRUCTURE' | 'AREA';

interface Text {
  pl: string;
  en: string;
}

export interface MeasureDescription {
  id: string;
  scope: MeasureScope;
  /** Answered by nodeMetrics (the registry): the explorer can size nodes by it. */
  nodeMetric: boolean;
  label: Text;
  /** What it says about cooperation in the area, in plain words. */
  meaning: Text;
  /** When it is 0 (or undefined), and why. */
  whenZero: Text;
}

type Entry = Omit<MeasureDescription, 'id' | 'nodeMetric'>;

/**
 * Plain-language descriptions of every measure the API computes, for people who are not network
 * analysts (Polish first). The registry's measures (@splot/measures) carry their own; these are the other measures.
 */
const DESCRIPTIONS: Record<string, Entry> = {
  coordinator: {
    scope: 'BROKERAGE_ROLE',
    label: { pl: 'Koordynator', en: 'Coordinator' },
    meaning: {
      pl: 'Łączy dwóch niepowiązanych partnerów ze swojego sektora — pośrednictwo wewnątrz sektora.',
      en: 'Connects two unconnected partners of its own sector — brokerage within a sector.',
    },
    whenZero: {
      pl: '0, gdy nie ma dwóch partnerów ze swojego sektora, którzy nie współpracują ze sobą.',
      en: '0 when it has no two partners of its own sector that do not work together.',
    },
  },
  consultant: {
    scope: 'BROKERAGE_ROLE',
    label: { pl: 'Konsultant', en: 'Consultant' },
    meaning: {
      pl: 'Łączy dwóch niepowiązanych partnerów z jednego, innego niż swój, sektora — pomaga obcemu sektorowi.',
      en: 'Connects two unconnected partners of one sector other than its own — it serves another sector.',
    },
    whenZero: {
      pl: '0, gdy nie ma dwóch niepowiązanych partnerów z tego samego, innego sektora.',
      en: '0 when it has no two unconnected partners of the same other sector.',
    },
  },
  representative: {
    scope: 'BROKERAGE_ROLE',
    label: { pl: 'Reprezentant', en: 'Representative' },
    meaning: {
      pl: 'Łączy partnera ze swojego sektora z partnerem z innego — reprezentuje swój sektor na zewnątrz. Powiązania nie mają kierunku, więc równa się roli strażnika.',
      en: 'Connects a partner of its own sector with one of another — it represents its sector outwards. Ties have no direction, so it equals the gatekeeper role.',
    },
    whenZero: {
      pl: '0, gdy nie ma pary niepowiązanych partnerów, z których dokładnie jeden jest z jej sektora.',
      en: '0 when it has no unconnected pair of partners exactly one of whom is of its sector.',
    },
  },
  gatekeeper: {
    scope: 'BROKERAGE_ROLE',
    label: { pl: 'Strażnik', en: 'Gatekeeper' },
    meaning: {
      pl: 'Wpuszcza kontakt z innego sektora do swojego — ta sama liczba co reprezentant, bo powiązania nie mają kierunku.',
      en: 'Lets a contact from another sector into its own — the same count as representative, as ties have no direction.',
    },
    whenZero: {
      pl: '0 w tych samych sytuacjach co reprezentant.',
      en: '0 in the same cases as representative.',
    },
  },
  liaison: {
    scope: 'BROKERAGE_ROLE',
    label: { pl: 'Łącznik', en: 'Liaison' },
    meaning: {
      pl: 'Łączy dwóch niepowiązanych partnerów z dwóch różnych sektorów, oba inne niż jej własny — najczystszy most między sektorami.',
      en: 'Connects two unconnected partners of two different sectors, both other than its own — the purest bridge between sectors.',
    },
    whenZero: {
      pl: '0, gdy nie ma niepowiązanych partnerów z dwóch różnych obcych sektorów.',
      en: '0 when it has no unconnected partners of two different other sectors.',
    },
  },
  community: {
    scope: 'STRUCTURE',
    label: { pl: 'Społeczność', en: 'Community' },
    meaning: {
      pl: 'Grupa instytucji współpracujących ze sobą gęściej niż z resztą (metoda Louvain); numer 1 to największa grupa.',
      en: 'A group of institutions working with each other more densely than with the rest (Louvain method); number 1 is the largest group.',
    },
    whenZero: {
      pl: 'Instytucja bez partnera tworzy własną jednoosobową społeczność.',
      en: 'An institution without partners forms a community of its own.',
    },
  },
  density: {
    scope: 'AREA',
    label: { pl: 'Gęstość bloku', en: 'Block density' },
    meaning: {
      pl: 'Jaka część możliwych par między dwoma sektorami (lub w jednym) współpracuje: 100% — każda z każdą.',
      en: 'What share of the possible pairs between two sectors (or within one) work together: 100% — every pair.',
    },
    whenZero: {
      pl: '0%, gdy żadna instytucja jednego sektora nie współpracuje z żadną drugiego; brak wartości, gdy w sektorze nie ma instytucji (nie ma par).',
      en: '0% when no institution of one sector works with any of the other; no value when a sector has no institution (no pairs).',
    },
  },
  areaEi: {
    scope: 'AREA',
    label: { pl: 'Indeks E-I obszaru', en: 'Area E-I index' },
    meaning: {
      pl: 'Czy w obszarze przeważa współpraca między sektorami (+1) czy wewnątrz sektorów (−1).',
      en: 'Whether cooperation across sectors (+1) or within sectors (−1) prevails in the area.',
    },
    whenZero: {
      pl: '0, gdy powiązań między sektorami jest tyle samo co wewnątrz; brak wartości, gdy w obszarze nie ma powiązań.',
      en: '0 when there are as many ties across sectors as within; no value when the area has no ties.',
    },
  },
};

/** Every measure, the registry's node metrics first (in its order), then the others. */
export function measureDescriptions(): MeasureDescription[] {
  const registered: MeasureDescription[] = NODE_MEASURES.map(({ id, label, meaning, whenZero }) => ({
    id,
    scope: 'INSTITUTION',
    nodeMetric: true,
    label,
    meaning,
    whenZero,
  }));
  const others = Object.entries(DESCRIPTIONS).map(([id, entry]) => ({ id, nodeMetric: false, ...entry }));
  return [...registered, ...others];
}
