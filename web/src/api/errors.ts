/** Codes the client itself produces; the server adds its own (BAD_USER_INPUT, DATABASE_UNAVAILABLE…). */
export type ClientErrorCode = 'NETWORK_ERROR' | 'HTTP_ERROR' | 'CLIENT_ERROR';

/** A failed GraphQL request: a transport failure or the first error the server reported. */
export class GraphQLRequestError extends Error {
  override readonly name = 'GraphQLRequestError';

  constructor(
    readonly code: ClientErrorCode | (string & {}),
    message: string,
    readonly status?: number,
    /** The argument the server blamed (BAD_USER_INPUT), when it named one. */
    readonly argumentName?: string,
  ) {
    super(message);
  }
}

export function isGraphQLRequestError(error: unknown): error is GraphQLRequestError {
  return error instanceof GraphQLRequestError;
}
