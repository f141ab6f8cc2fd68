import { useCallback, useEffect, useState } from 'react';
import { GraphQLRequestError, isGraphQLRequestError } from '../../api/errors';
import type { RequestState } from './types';

export type { RequestState } from './types';

type Settled<T> = { key: string } & (
  | { status: 'success'; data: T }
  | { status: 'error'; error: GraphQLRequestError }
);

const IDLE = { status: 'idle' } as const;
const LOADING = { status: 'loading' } as const;

function asRequestError(error: unknown): GraphQLRequestError {
  if (isGraphQLRequestError(error)) return error;
  return new GraphQLRequestError('CLIENT_ERROR', error instanceof Error ? error.message : String(error));
}

/**
 * Runs `fetcher(signal, ...args)` whenever `args` change (compared by value) and on `retry()`.
 * The state is derived from the last settled request: while a newer one is in flight it reads
 * `loading`, so stale data is never shown as current. `args === null` means idle.
 */
export function useRequest<A extends unknown[], T>(
  fetcher: (signal: AbortSignal, ...args: A) => Promise<T>,
  args: A | null,
): [RequestState<T>, () => void] {
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<Settled<T> | null>(null);
  const key = args === null ? null : JSON.stringify([attempt, args]);

  useEffect(() => {
    if (key === null) return;
    const [, currentArgs] = JSON.parse(key) as [number, A];
    const controller = new AbortController();
    fetcher(controller.signal, ...currentArgs).then(
      (data) => {
        if (!controller.signal.aborted) setSettled({ key, status: 'success', data });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setSettled({ key, status: 'error', error: asRequestError(error) });
      },
    );
    return () => controller.abort();
  }, [key, fetcher]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  if (key === null) return [IDLE, retry];
  if (settled?.key !== key) return [LOADING, retry];
  return [settled, retry];
}
