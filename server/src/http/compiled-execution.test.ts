import { ApolloServer } from '@apollo/server';
import { GraphQLError, type OperationDefinitionNode, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlRuntime } from '../graphql/runtime.js';
import { compiledExecutionGateway, onlyAsksFor } from './compiled-execution.js';

const operation = (source: string) => parse(source).definitions[0] as OperationDefinitionNode;
const compiledFields = new Set(['network']);

describe('onlyAsksFor', () => {
  it('accepts queries that ask only for the compiled fields (and __typename)', () => {
    expect(onlyAsksFor(operation('{ network(size: 2) { edges { id } } }'), compiledFields)).toBe(true);
    expect(
      onlyAsksFor(operation('query Q { __typename a: network(size: 1) { edges { id } } }'), compiledFields),
    ).toBe(true);
  });

  it('leaves mixed queries, root fragments and mutations to graphql-js', () => {
    expect(onlyAsksFor(operation('{ network(size: 1) { edges { id } } other }'), compiledFields)).toBe(false);
    expect(
      onlyAsksFor(operation('{ ... on Query { network(size: 1) { edges { id } } } }'), compiledFields),
    ).toBe(false);
    expect(onlyAsksFor(operation('mutation { network }'), compiledFields)).toBe(false);
  });
});

describe('compiledExecutionGateway', () => {
  // graphql-jit builds on graphql's CommonJS build: the schema must come from the same one.
  const schema = graphqlRuntime.buildSchema(`
    enum Kind { PARTNERSHIP EVENT }
    type Edge { id: ID! weight: Int! kinds: [Kind!]! start: String }
    type Network { edges: [Edge!]! }
    type Query { network(size: Int!): Network! other: String }
  `);
  const fields = schema.getQueryType()?.getFields();
  if (!fields?.network || !fields.other) throw new Error('test schema incomplete');
  fields.network.resolve = async (_root, args: { size: number }) => {
    if (args.size === 13) throw new Error('the database went away');
    if (args.size < 0) {
      throw new GraphQLError('size must not be negative', {
        extensions: { code: 'BAD_USER_INPUT', argumentName: 'size' },
      });
    }
    return {
      edges: Array.from({ length: args.size }, (_, i) => ({
        id: `e${i}`,
        weight: i + 1,
        kinds: i % 2 ? ['EVENT', 'PARTNERSHIP'] : ['PARTNERSHIP'],
        start: i % 3 ? '2020-01-01' : null,
      })),
    };
  };
  fields.other.resolve = () => 'plain graphql-js';

  const server = new ApolloServer({ gateway: compiledExecutionGateway(schema, compiledFields) });
  // The same schema as Apollo runs it by itself, with graphql-js: what clients must not tell apart.
  const reference = new ApolloServer({ schema });
  beforeAll(() => Promise.all([server.start(), reference.start()]));
  afterAll(() => Promise.all([server.stop(), reference.stop()]));

  const run = async (query: string, variables: Record<string, unknown> = {}) => {
    const { body } = await server.executeOperation({ query, variables });
    if (body.kind !== 'single') throw new Error('expected a single result');
    return body.singleResult;
  };

  it('answers compiled queries exactly as graphql-js does', async () => {
    const query = 'query ($n: Int!) { network(size: $n) { edges { id weight kinds start } } }';
    const expected = await reference.executeOperation({ query, variables: { n: 5 } });
    // Twice: the second run uses the compiled query kept for this document.
    for (let i = 0; i < 2; i++) {
      const result = await run(query, { n: 5 });
      expect(result.errors).toBeUndefined();
      expect(expected.body).toEqual({ kind: 'single', singleResult: result });
    }
  });

  it('runs other queries with graphql-js', async () => {
    const result = await run('{ other network(size: 1) { edges { id } } }');
    expect(result.data).toEqual({ other: 'plain graphql-js', network: { edges: [{ id: 'e0' }] } });
  });

  it("hands a resolver's error to Apollo's error handling, code and argument included", async () => {
    const query = '{ network(size: -1) { edges { id } } }';
    const result = await run(query);
    expect((await reference.executeOperation({ query })).body).toEqual({
      kind: 'single',
      singleResult: result,
    });
    expect(result.data).toBeNull();
    expect(result.errors?.[0]).toMatchObject({
      message: 'size must not be negative',
      path: ['network'],
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'size' },
    });
  });

  it('gives a plain Error from a resolver the code and place graphql-js would', async () => {
    const query = '{ network(size: 13) { edges { id } } }';
    const expected = await reference.executeOperation({ query });
    const result = await run(query);
    expect(result.data).toBeNull();
    expect(result.errors?.[0]).toMatchObject({
      message: 'the database went away',
      path: ['network'],
      locations: [{ line: 1, column: 3 }],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(expected.body).toEqual({ kind: 'single', singleResult: result });
  });

  it('rejects variables of the wrong type as BAD_USER_INPUT before anything runs', async () => {
    const request = {
      query: 'query ($n: Int!) { network(size: $n) { edges { id } } }',
      variables: { n: 'many' },
    };
    const { http, body } = await server.executeOperation(request);
    expect(body).toEqual((await reference.executeOperation(request)).body);
    expect(http.status).toBe(400);
    if (body.kind !== 'single') throw new Error('expected a single result');
    expect(body.singleResult.data).toBeUndefined();
    expect(body.singleResult.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^Variable "\$n" got invalid value "many"/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
