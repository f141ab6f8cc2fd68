import { GraphQLRequestError } from './errors';
import type { TypedDocumentString } from './operations.generated';

export const GRAPHQL_ENDPOINT = '/graphql';

interface GraphQLErrorPayload {
  message?: unknown;
  extensions?: { code?: unknown; argumentName?: unknown };
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: GraphQLErrorPayload[];
}

let bearerToken: string | null = null;

/** The signed-in user's token, sent as `Authorization: Bearer` with every request (core/auth sets it). */
export function setBearerToken(token: string | null): void {
  bearerToken = token;
}

function toRequestError(payload: GraphQLErrorPayload, status: number): GraphQLRequestError {
  const code =
    typeof payload.extensions?.code === 'string' ? payload.extensions.code : 'INTERNAL_SERVER_ERROR';
  const message = typeof payload.message === 'string' ? payload.message : code;
  const argument =
    typeof payload.extensions?.argumentName === 'string' ? payload.extensions.argumentName : undefined;
  return new GraphQLRequestError(code, message, status, argument);
}

/**
 * Sends one typed operation (generated from the server schema) and returns its `data`.
 * Throws GraphQLRequestError (code + human message) on any failure; rethrows AbortError as is.
 */
export async function execute<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<TResult> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
  };
  if (bearerToken) headers.authorization = `Bearer ${bearerToken}`;
  let response: Response;
  try {
    response = await fetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: document.toString(), variables }),
      signal: signal ?? null,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new GraphQLRequestError('NETWORK_ERROR', error instanceof Error ? error.message : String(error));
  }

  let body: GraphQLResponse<TResult>;
  try {
    body = (await response.json()) as GraphQLResponse<TResult>;
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
