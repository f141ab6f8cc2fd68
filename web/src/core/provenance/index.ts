import { execute } from '../../api/client';
import {
  AffiliationSourcesDocument,
  type ProvenanceFieldsFragment,
  SourceTextDocument,
  type SourceTextQuery,
  TieSourcesDocument,
} from '../../api/operations.generated';
import { type RequestState, useRequest } from '../request';
import type { SelectedTie } from './utils';

export { type QuoteSplit, splitAtQuote } from './quote';
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

export type SourceText = SourceTextQuery['sources'][number] & { text: string | null };

async function fetchSourceText(signal: AbortSignal, id: string): Promise<SourceText | null> {
  const data = await execute(SourceTextDocument, { id }, signal);
  const source = data.sources[0];
  return source ? { ...source, text: data.sourceText ?? null } : null;
}

/** A source's stored document text (the sourceText query), read when the viewer opens. */
export function useSourceText(id: string | null): [RequestState<SourceText | null>, () => void] {
  return useRequest(fetchSourceText, id === null ? null : [id]);
}
