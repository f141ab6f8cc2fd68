import type { RequestState } from '../request/types';

/** A candidate partner marked on the canvas: who it is, and for whom it is suggested. */
export interface Suggestion {
  /** The institution whose missing partners are listed (the selected node). */
  from: string;
  id: string;
  label: string;
  sector: string | null;
}

interface CandidateLike {
  institution: { id: string; label: string; sector?: string | null };
}

/** The marked candidate, once the list it belongs to has loaded; null otherwise. */
export function suggestionOf(
  state: RequestState<{ candidates: readonly CandidateLike[] }>,
  from: string | null,
  mark: string | null,
): Suggestion | null {
  if (state.status !== 'success' || from === null || mark === null) return null;
  const found = state.data.candidates.find((c) => c.institution.id === mark);
  if (!found) return null;
  const { id, label, sector } = found.institution;
  return { from, id, label, sector: sector ?? null };
}
