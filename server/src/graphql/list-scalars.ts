import { graphqlRuntime } from './runtime.js';

const { GraphQLError, GraphQLScalarType } = graphqlRuntime;

/**
 * An answer-only list scalar (network.graphql): the array is passed to the JSON as it is. Its
 * arrays are written by splot's own modules (@splot/domain's compact-network.ts and
 * compact-nodes.ts), so the items are not checked one by one: that per-item work is what the
 * scalar exists to skip.
 */
function answerOnlyList(name: string, description: string) {
  return new GraphQLScalarType({
    name,
    description,
    serialize(value) {
      if (!Array.isArray(value)) throw new GraphQLError(`${name}: the value is not an array`);
      return value;
    },
    parseValue() {
      throw new GraphQLError(`${name} is only answered, never taken as input`);
    },
    parseLiteral() {
      throw new GraphQLError(`${name} is only answered, never taken as input`);
    },
  });
}

export const IntList = answerOnlyList('IntList', 'A list of integers, answered as one JSON array.');
export const StringList = answerOnlyList('StringList', 'A list of strings, answered as one JSON array.');
