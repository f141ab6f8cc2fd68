import { GraphQLRequestError } from './errors';

export const GRAPHQL_ENDPOINT = '/graphql';

interface GraphQLErrorPayload {
  message?: unknown;
  extensions?: { code?: unknown };
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: GraphQLErrorPayload[];
}

function toRequestError(payload: GraphQLErrorPayload, status: number): GraphQLRequestError {
  const code =
    typeof payload.extensions?.code === 'string' ? payload.extensions.code : 'INTERNAL_SERVER_ERROR';
  const message = typeof payload.message === 'string' ? payload.message : code;
  return new GraphQLRequestError(code, message, status);
}

/**
 * Sends one GraphQL operation and returns its `data`.
 * Throws GraphQLRequestError (code + human message) on any failure; rethrows AbortError as is.
 */
export async function graphql<T>(
  query: string,
  variables?: Record<string, unknown>,
  signal?: AbortSignal,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify({ query, variables }),
      signal: signal ?? null,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new GraphQLRequestError('NETWORK_ERROR', error instanceof Error ? error.message : String(error));
  }

  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    throw new GraphQLRequestError(
      'HTTP_ERROR',
      `HTTP ${response.status} ${response.statusText}`,
      response.status,
    );
  }

  const first = body.errors?.[0];
  if (first) throw toRequestError(first, response.status);
  if (!response.ok || body.data == null) {
    throw new GraphQLRequestError(
      'HTTP_ERROR',
      `HTTP ${response.status} ${response.statusText}`,
      response.status,
    );
  }
  return body.data;
}
