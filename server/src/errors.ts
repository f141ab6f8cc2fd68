import { GraphQLError } from 'graphql';

/**
 * Every error a client sees carries one of these codes and a message a person understands
 * (never a stack trace or Cypher). server/src/client-errors.ts maps everything else onto them.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'DATABASE_UNAVAILABLE'
  | 'QUERY_TOO_COMPLEX'
  | 'PAYLOAD_TOO_LARGE'
  | 'RATE_LIMITED'
  | 'INTERNAL';

/** The HTTP status that goes with a code when it is the request's only outcome. */
export const httpStatusOf: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  DATABASE_UNAVAILABLE: 503,
  QUERY_TOO_COMPLEX: 400,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

function clientError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

/** An error the client caused; the message names the argument and the offending value. */
export function badUserInput(argumentName: string, message: string): GraphQLError {
  return clientError('BAD_USER_INPUT', message, { argumentName });
}

export function unauthenticated(message: string): GraphQLError {
  return clientError('UNAUTHENTICATED', message);
}

export function forbidden(message: string): GraphQLError {
  return clientError('FORBIDDEN', message);
}

export function queryTooComplex(message: string): GraphQLError {
  return clientError('QUERY_TOO_COMPLEX', message);
}

export function databaseUnavailable(): GraphQLError {
  return clientError(
    'DATABASE_UNAVAILABLE',
    'The database is not reachable at the moment; nothing was changed. Please try again shortly.',
  );
}
