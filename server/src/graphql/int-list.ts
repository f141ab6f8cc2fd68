import { graphqlRuntime } from './runtime.js';

const { GraphQLError, GraphQLScalarType } = graphqlRuntime;

/**
 * The IntList scalar (network.graphql): an answer-only list of integers, passed to the JSON as it
 * is. Its arrays are written by splot's own modules (domain/compact-network.ts), so the items are
 * not checked one by one: that per-item work is what the scalar exists to skip.
 */
export const IntList = new GraphQLScalarType({
  name: 'IntList',
  description: 'A list of integers, answered as one JSON array.',
  serialize(value) {
    if (!Array.isArray(value)) throw new GraphQLError('IntList: the value is not an array');
    return value;
  },
  parseValue() {
    throw new GraphQLError('IntList is only answered, never taken as input');
  },
  parseLiteral() {
    throw new GraphQLError('IntList is only answered, never taken as input');
  },
});
