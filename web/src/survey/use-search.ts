import { useEffect, useState } from 'react';

/**
 * The answer of `search(query)`, asked again 250 ms after the query last changed (typing does not
 * send one request per letter); an answer that arrives after a newer query is dropped.
 */
export function useSearch<T>(query: string, search: (query: string) => Promise<T[]>, enabled = true) {
  const [results, setResults] = useState<T[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    const timer = setTimeout(() => {
      search(query)
        .then((found) => {
          if (current) {
            setResults(found);
            setProblem(null);
          }
        })
        .catch((error: Error) => current && setProblem(error.message));
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, search, enabled]);
  return { results, problem };
}
