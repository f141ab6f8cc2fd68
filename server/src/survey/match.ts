// Likely existing institutions for a partner a respondent proposed: names compared folded (no
// diacritics, lower case; the twin of web/src/core/text/fold.ts and @folded in
// cypher/fragments/text.cypher), by the words they share, then the same kind and gmina.

export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[łŁ]/g, 'l').toLowerCase();
}

/** The words of a name that say something: folded, three letters or more ("w", "na" say nothing). */
export function nameWords(name: string): string[] {
  return [...new Set(fold(name).split(/[^\p{L}\p{N}]+/u))].filter((w) => w.length >= 3);
}

export interface Candidate {
  id: string;
  name: string;
  kind: string | null;
  gmina: string | null;
}

/** 0 (nothing in common) to 1.3: shared words over the longer name's (1 when one contains the other), + kind, + gmina. */
export function matchScore(proposal: { name: string; kind: string; gmina: string }, c: Candidate): number {
  const a = fold(proposal.name).trim();
  const b = fold(c.name).trim();
  const wa = nameWords(a);
  const wb = new Set(nameWords(b));
  const shared = wa.filter((w) => wb.has(w)).length;
  const name =
    a === b || (a.length >= 3 && b.includes(a)) || (b.length >= 3 && a.includes(b))
      ? 1
      : shared / Math.max(wa.length, wb.size, 1);
  if (name === 0) return 0;
  return name + (c.kind === proposal.kind ? 0.2 : 0) + (c.gmina === proposal.gmina ? 0.1 : 0);
}

/** The best `count` candidates with anything in common with the proposal, best first. */
export function bestMatches<T extends Candidate>(
  proposal: { name: string; kind: string; gmina: string },
  candidates: T[],
  count = 5,
): T[] {
  return candidates
    .map((c) => ({ c, score: matchScore(proposal, c) }))
    .filter((x) => x.score > 0)
    .sort((x, y) => y.score - x.score || x.c.name.localeCompare(y.c.name, 'pl'))
    .slice(0, count)
    .map((x) => x.c);
}
