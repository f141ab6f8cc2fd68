import { GraphQLError, locatedError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { classifyError, formatClientError, MESSAGES } from './client-errors.js';
import { badUserInput, queryTooComplex } from './errors.js';

/** How graphql-js hands a resolver's error to Apollo. */
const fromResolver = (error: Error) => locatedError(error, undefined, ['institutions']);
/** @neo4j/graphql does not export its error classes; they are told apart by name, as here. */
const libraryError = (name: string, message: string) =>
  Object.defineProperty(new GraphQLError(message), 'name', { value: name });
const neo4jError = (message: string, code = 'N/A') => new Neo4jError(message, code, '50N42', 'error');

describe('classifyError', () => {
  it.each([
    [
      'no server',
      neo4jError('Could not perform discovery. No routing servers available.', 'ServiceUnavailable'),
    ],
    ['a lost session', neo4jError('Connection lost', 'SessionExpired')],
    ['an exhausted pool', neo4jError('Connection acquisition timed out in 2000 ms. Pool status: …')],
    [
      'a transient failure',
      neo4jError('Database unavailable', 'Neo.TransientError.General.DatabaseUnavailable'),
    ],
  ])('maps %s to DATABASE_UNAVAILABLE', (_name, error) => {
    expect(classifyError(fromResolver(error))).toEqual({
      code: 'DATABASE_UNAVAILABLE',
      message: MESSAGES.unavailable,
      serverFault: false,
    });
  });

  it('maps a transaction timeout to QUERY_TOO_COMPLEX', () => {
    const error = neo4jError(
      'The transaction has been terminated. … timeout',
      'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
    );
    expect(classifyError(fromResolver(error)).code).toBe('QUERY_TOO_COMPLEX');
  });

  it('never passes on a database message, which may quote Cypher', () => {
    const error = neo4jError(
      "Invalid input 'MATCH (n) DETACH DELETE n': expected …",
      'Neo.ClientError.Statement.SyntaxError',
    );
    const client = classifyError(fromResolver(error));
    expect(client).toEqual({ code: 'INTERNAL', message: MESSAGES.internal, serverFault: true });
  });

  it('blames the caller for a full-text phrase Lucene cannot parse, without quoting the parser', () => {
    const error = neo4jError(
      'Failed to invoke procedure `db.index.fulltext.queryNodes`: Caused by: org.apache.lucene.queryparser.classic.ParseException: Encountered "<EOF>"',
      'Neo.ClientError.Procedure.ProcedureCallFailed',
    );
    expect(classifyError(fromResolver(error))).toEqual({
      code: 'BAD_USER_INPUT',
      message: MESSAGES.searchSyntax,
      argumentName: 'phrase',
      serverFault: false,
    });
  });

  it("maps @neo4j/graphql's refusals to UNAUTHENTICATED and FORBIDDEN", () => {
    const forbidden = libraryError('Neo4jGraphQLForbiddenError', 'Forbidden');
    const unauthenticated = libraryError('Neo4jGraphQLAuthenticationError', 'Unauthenticated');
    expect(classifyError(fromResolver(forbidden))).toMatchObject({
      code: 'FORBIDDEN',
      message: MESSAGES.forbidden,
    });
    expect(classifyError(fromResolver(unauthenticated)).code).toBe('UNAUTHENTICATED');
  });

  it('keeps our own codes, messages and the argument name', () => {
    const error = fromResolver(badUserInput('teryt', '"abc" is not a TERYT code.'));
    expect(classifyError(error)).toEqual({
      code: 'BAD_USER_INPUT',
      message: '"abc" is not a TERYT code.',
      argumentName: 'teryt',
      serverFault: false,
    });
  });

  it('finds a limit refusal inside Apollo’s validation wrapper', () => {
    const inner = queryTooComplex('The query asks for too much at once: depth 12 > 8');
    const wrapped = new GraphQLError(inner.message, {
      originalError: inner,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(classifyError(wrapped).code).toBe('QUERY_TOO_COMPLEX');
  });

  it("maps graphql-js's token limit to QUERY_TOO_COMPLEX and other syntax errors to BAD_USER_INPUT", () => {
    const tokens = new GraphQLError(
      'Syntax Error: Document contains more that 2000 tokens. Parsing aborted.',
      {
        extensions: { code: 'GRAPHQL_PARSE_FAILED' },
      },
    );
    const syntax = new GraphQLError('Syntax Error: Expected Name, found "}".', {
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
    expect(classifyError(tokens).code).toBe('QUERY_TOO_COMPLEX');
    expect(classifyError(syntax)).toMatchObject({ code: 'BAD_USER_INPUT', message: syntax.message });
  });

  it('treats an unknown failure as INTERNAL without repeating its message', () => {
    const client = classifyError(
      fromResolver(new TypeError("Cannot read properties of undefined (reading 'x')")),
    );
    expect(client).toEqual({ code: 'INTERNAL', message: MESSAGES.internal, serverFault: true });
  });
});

describe('formatClientError', () => {
  it('keeps only the message, the place and the code', () => {
    const error = fromResolver(neo4jError('Pool is closed', 'ServiceUnavailable'));
    const formatted = formatClientError(
      {
        message: 'Pool is closed',
        path: ['institutions'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at Pool.acquire …'] },
      },
      error,
    );
    expect(formatted).toEqual({
      message: MESSAGES.unavailable,
      path: ['institutions'],
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    });
  });
});
