import {
  type MeasureDescription,
  measureDescriptions,
} from '../../analytics/measures/measure-descriptions.js';

type Lang = { lang?: 'PL' | 'EN' };
const pick = (text: { pl: string; en: string }, { lang }: Lang) => (lang === 'EN' ? text.en : text.pl);

/** `measures`: the registry's descriptions (no database). */
export function measuresResolvers() {
  return {
    Query: { measures: () => measureDescriptions() },
    MeasureDescription: {
      label: (m: MeasureDescription, args: Lang) => pick(m.label, args),
      meaning: (m: MeasureDescription, args: Lang) => pick(m.meaning, args),
      whenZero: (m: MeasureDescription, args: Lang) => pick(m.whenZero, args),
    },
  };
}
