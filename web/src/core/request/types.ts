import type { GraphQLRequestError } from '../../api/errors';

export type RequestState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'success'; data: T }
  | { status: 'error'; error: GraphQLRequestError };
