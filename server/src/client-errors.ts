import type { GraphQLFormattedError } from 'graphql';
import type { ErrorCode } from './errors.js';

/** What a client is told about an error, and whether it is the server's fault (to be logged). */
export interface ClientError {
  code: ErrorCode;
  message: string;
  argumentName?: string;
  serverFault: boolean;
}

const OWN_CODES = new Set<string>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'DATABASE_UNAVAILABLE',
  'QUERY_TOO_COMPLEX',
  'PAYLOAD_TOO_LARGE',
  'RATE_LIMITED',
  'INTERNAL',
]);
// Apollo's and graphql-js's codes for a request that cannot be run as sent.
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

export const MESSAGES = {
  unauthenticated: 'Sign in first: changing data needs a token (header "Authorization: Bearer <token>").',
  forbidden:
    'You may not make this change: it touches data outside your regions, or your role does not allow it.',
  duplicate: 'A record with this key (id, TERYT code or sector code) already exists.',
  unavailable: 'The database is not reachable at the moment; nothing was changed. Please try again shortly.',
  timeout: 'The query ran longer than the time limit and was stopped; ask for less at once.',
  tooMuchMemory: 'The query needed more memory than the database allows; ask for less at once.',
  internal: 'Something went wrong on the server; it has been logged. Please try again later.',
  tokens: 'The query asks for too much at once: it is longer than the token limit.',
  searchSyntax:
    'The search phrase is not valid search syntax: close its quotes and brackets, or put a backslash before ' +
    'any of + - ! ( ) { } [ ] ^ " ~ * ? : / that should be searched for literally.',
} as const;

/** An error and what it wraps, outermost first (GraphQL's originalError, then `cause`). */
function chain(error: unknown): unknown[] {
  const links: unknown[] = [];
  let current: unknown = error;
  while (current !== null && typeof current === 'object' && links.length < 8 && !links.includes(current)) {
    links.push(current);
    const next = (current as { originalError?: unknown; cause?: unknown }).originalError;
    current = next ?? (current as { cause?: unknown }).cause;
  }
  return links;
}

const nameOf = (e: unknown) => (e as { name?: unknown }).name;
const codeOf = (e: unknown) => {
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
};
const messageOf = (e: unknown) => String((e as { message?: unknown }).message ?? '');

/** neo4j-driver's errors: the database is away, busy, or the query ran too long. */
function fromNeo4j(error: unknown): ClientError | undefined {
  if (nameOf(error) !== 'Neo4jError') return undefined;
  const code = codeOf(error) ?? '';
  const message = messageOf(error);
  if (/TransactionTimedOut/.test(code) || /transaction has been terminated.*timeout/i.test(message))
    return { code: 'QUERY_TOO_COMPLEX', message: MESSAGES.timeout, serverFault: false };
  if (/MemoryPoolOutOfMemoryError/.test(code))
    return { code: 'QUERY_TOO_COMPLEX', message: MESSAGES.tooMuchMemory, serverFault: false };
  if (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    code.startsWith('Neo.TransientError.') ||
    /Connection acquisition timed out|Pool is closed|connect ECONNREFUSED/i.test(message)
  )
    return { code: 'DATABASE_UNAVAILABLE', message: MESSAGES.unavailable, serverFault: false };
  // A full-text phrase is Lucene syntax by design; a phrase Lucene cannot parse is the caller's.
  if (
    code === 'Neo.ClientError.Procedure.ProcedureCallFailed' &&
    /fulltext[\s\S]*(ParseException|TokenMgrError)/.test(message)
  )
    return {
      code: 'BAD_USER_INPUT',
      message: MESSAGES.searchSyntax,
      argumentName: 'phrase',
      serverFault: false,
    };
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed')
    return { code: 'BAD_USER_INPUT', message: MESSAGES.duplicate, serverFault: false };
  // Anything else from the database may quote Cypher: never pass its text on.
  return { code: 'INTERNAL', message: MESSAGES.internal, serverFault: true };
}

/** @neo4j/graphql's own errors (it checks @authentication while translating, @authorization in Cypher). */
function fromNeo4jGraphQL(error: unknown): ClientError | undefined {
  // The library's base class keeps GraphQLError's name; its subclasses set their own.
  const name = [nameOf(error), (error as object).constructor?.name].find(
    (n): n is string => typeof n === 'string' && n.startsWith('Neo4jGraphQL'),
  );
  if (name === undefined) return undefined;
  const message = messageOf(error);
  if (name === 'Neo4jGraphQLForbiddenError')
    return { code: 'FORBIDDEN', message: MESSAGES.forbidden, serverFault: false };
  if (name === 'Neo4jGraphQLAuthenticationError' || message === 'Unauthenticated')
    return { code: 'UNAUTHENTICATED', message: MESSAGES.unauthenticated, serverFault: false };
  if (name === 'Neo4jGraphQLConstraintValidationError')
    return { code: 'BAD_USER_INPUT', message: MESSAGES.duplicate, serverFault: false };
  // The rest (relationship cardinality, invalid arguments) describe the input in words.
  return { code: 'BAD_USER_INPUT', message, serverFault: false };
}

/** Duck-typed: graphql may be loaded twice (its CommonJS and ESM builds), so no instanceof. */
function fromGraphQL(error: unknown): ClientError | undefined {
  const extensions = (error as { extensions?: Record<string, unknown> }).extensions;
  const code = extensions?.code;
  if (typeof code !== 'string') return undefined;
  const message = messageOf(error);
  if (OWN_CODES.has(code)) {
    const argumentName = extensions?.argumentName;
    return {
      code: code as ErrorCode,
      message,
      ...(typeof argumentName === 'string' ? { argumentName } : {}),
      serverFault: code === 'INTERNAL',
    };
  }
  if (REQUEST_CODES.has(code)) {
    if (/Document contains more th(?:at|an) \d+ tokens/.test(message))
      return { code: 'QUERY_TOO_COMPLEX', message: MESSAGES.tokens, serverFault: false };
    return { code: 'BAD_USER_INPUT', message, serverFault: false };
  }
  return undefined;
}

/**
 * Decides what the client hears about an error. The innermost recognisable cause wins (a
 * database outage wrapped in a resolver error is an outage); anything unrecognised is INTERNAL.
 */
export function classifyError(error: unknown): ClientError {
  for (const link of chain(error).reverse()) {
    const known = fromNeo4j(link) ?? fromNeo4jGraphQL(link) ?? fromGraphQL(link);
    if (known) return known;
  }
  return { code: 'INTERNAL', message: MESSAGES.internal, serverFault: true };
}

/** Apollo's formatError: only a code, a message and where it happened reach the client. */
export function formatClientError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const { code, message, argumentName } = classifyError(error);
  return {
    message,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code, ...(argumentName ? { argumentName } : {}) },
  };
}

/**
 * formatClientError without graphql-js's "Did you mean …?" hints, for when introspection is off:
 * graphql-armor hides them for fields, but not for enum values and input fields.
 */
export function formatWithoutHints(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const client = formatClientError(formatted, error);
  return { ...client, message: client.message.replace(/\s*Did you mean [^?]*\?/g, '') };
}
