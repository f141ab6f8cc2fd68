import { useEffect, useState } from 'react';
import { execute } from '../../api/client';
import { SearchInstitutionsDocument, type SearchInstitutionsQuery } from '../../api/operations.generated';
import { type RequestState, useRequest } from '../request';
import { MIN_QUERY_LENGTH, toFulltextPhrase } from './utils';

export type InstitutionHit = SearchInstitutionsQuery['institutionsByName']['edges'][number]['node'];

const DEBOUNCE_MS = 250;
const LIMIT = 10;

async function search(signal: AbortSignal, phrase: string): Promise<InstitutionHit[]> {
  const data = await execute(SearchInstitutionsDocument, { phrase, first: LIMIT }, signal);
  return data.institutionsByName.edges.map((edge) => edge.node);
}

/** Institutions whose name matches what is typed (diacritics ignored), asked after a short pause. */
export function useInstitutionSearch(query: string): [RequestState<InstitutionHit[]>, () => void] {
  const [debounced, setDebounced] = useState(query);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(query), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [query]);
  const phrase = debounced.trim().length >= MIN_QUERY_LENGTH ? toFulltextPhrase(debounced) : null;
  const [state, retry] = useRequest(search, phrase === null ? null : [phrase]);
  // While the pause runs, the old results would describe another query: show "loading" instead.
  if (phrase !== null && debounced !== query) return [{ status: 'loading' }, retry];
  return [state, retry];
}
