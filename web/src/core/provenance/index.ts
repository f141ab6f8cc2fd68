import { execute } from '../../api/client';
import {
  AffiliationSourcesDocument,
  type ProvenanceFieldsFragment,
  TieSourcesDocument,
} from '../../api/operations.generated';
import { type RequestState, useRequest } from '../request';
import type { SelectedTie } from './utils';

export { edgeBetween, type SelectedTie, tieOfEdge } from './utils';

export type Provenance = ProvenanceFieldsFragment;

async function fetchTie(signal: AbortSignal, tie: SelectedTie): Promise<Provenance[]> {
  if (tie.kind === 'institutions') {
    return (await execute(TieSourcesDocument, { a: tie.a, b: tie.b }, signal)).tieSources;
  }
  const one = (await execute(AffiliationSourcesDocument, { id: tie.affiliation }, signal)).affiliationSources;
  return one ? [one] : [];
}

/** The affiliations behind a selected line, each with its sources, quotes and dates. */
export function useTieProvenance(tie: SelectedTie | null): [RequestState<Provenance[]>, () => void] {
  return useRequest(fetchTie, tie === null ? null : [tie]);
}
