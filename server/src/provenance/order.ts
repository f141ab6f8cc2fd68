import type { AffiliationProvenance } from './types.js';

// Undated entries go last; ties break on id so the answer never depends on the database's order.
const byDateThenId = (a: { date: string | null; id: string }, b: { date: string | null; id: string }) =>
  a.date === b.date
    ? a.id.localeCompare(b.id)
    : a.date === null
      ? 1
      : b.date === null
        ? -1
        : a.date.localeCompare(b.date);

/** Affiliations oldest first, each one's sources oldest first and members by name. */
export function orderProvenance(list: AffiliationProvenance[]): AffiliationProvenance[] {
  return [...list]
    .map((x) => ({
      ...x,
      sources: [...x.sources].sort((p, q) =>
        byDateThenId({ date: p.publishedOn, id: p.id }, { date: q.publishedOn, id: q.id }),
      ),
      members: [...x.members].sort((p, q) => p.name.localeCompare(q.name, 'pl') || p.id.localeCompare(q.id)),
    }))
    .sort((p, q) => byDateThenId({ date: p.start, id: p.id }, { date: q.start, id: q.id }));
}
