import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  type GraphQLError,
  Kind,
  type OperationDefinitionNode,
  type ValidationContext,
  type ValidationRule,
  visit,
} from 'graphql';
import { badUserInput, queryTooComplex } from '../errors.js';
import { operationCost, recordCostEstimator } from './cost.js';
import { inputProblem, measureInputs } from './input-bounds.js';

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  pageSizeMax: number;
  /** Longest list, and most AND/OR/NOT operands, in one operation's arguments and variables. */
  maxInputList: number;
  maxFilterOperands: number;
  /** Hide "Did you mean …?" hints (they leak the schema when introspection is off). */
  blockFieldSuggestions: boolean;
}

const PAGE_ARGUMENTS = new Set(['limit', 'first']);
/** Arguments that must not be negative (Cypher's LIMIT/SKIP would fail on them). */
const COUNT_ARGUMENTS = new Set(['limit', 'first', 'offset']);

/** What a nested list of records without `limit` is counted as (cost.ts). */
export const NESTED_LIST_ESTIMATE = 10;

/** Armor's messages read "Syntax Error: Query depth limit of 8 exceeded, found 12." */
const reject = (context: ValidationContext | null, error: GraphQLError): void => {
  const detail = error.message.replace(/^Syntax Error:\s*/, '');
  context?.reportError(queryTooComplex(`The query asks for too much at once: ${detail}`));
};

/**
 * Depth, alias and directive limits (graphql-armor), all checked while the query is validated,
 * before anything runs. The token limit is graphql-js's own parser option
 * (`parseOptions.maxTokens`): armor's token plugin would parse every document a second time.
 * Cost needs the variables (a page size is usually one), so it is operationBoundsPlugin's.
 */
export function armorProtection(limits: QueryLimits): {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
} {
  const onRejection = { propagateOnRejection: false, onReject: [reject] };
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true, ...onRejection },
    costLimit: { enabled: false },
    maxAliases: { n: limits.maxAliases, ...onRejection },
    maxDirectives: { n: limits.maxDirectives, ...onRejection },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: limits.blockFieldSuggestions },
  }).protect();
  // armor is typed against Apollo's CommonJS build, this server imports the ESM one: same shape.
  return { plugins: plugins as unknown as ApolloServerPlugin[], validationRules };
}

/** The largest page (`limit:` or `first:`) the operation asks for, literal or through a variable. */
export function largestPageAsked(
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): number {
  return countArguments(operation, variables).largestPage;
}

/** The largest page, and the smallest of limit/first/offset, the operation asks for. */
function countArguments(operation: OperationDefinitionNode, variables: Record<string, unknown>) {
  let largestPage = 0;
  let smallest = 0;
  visit(operation, {
    Argument(node) {
      if (!COUNT_ARGUMENTS.has(node.name.value)) return;
      const value =
        node.value.kind === Kind.INT
          ? Number(node.value.value)
          : node.value.kind === Kind.VARIABLE
            ? Number(variables[node.value.name.value])
            : Number.NaN;
      if (!Number.isFinite(value)) return;
      smallest = Math.min(smallest, value);
      if (PAGE_ARGUMENTS.has(node.name.value)) largestPage = Math.max(largestPage, value);
    },
  });
  return { largestPage, smallest };
}

const refuse = (error: GraphQLError): never => {
  error.extensions.http = { status: 400 };
  throw error;
};

/**
 * What needs the variables, checked once they are known and before anything runs: no negative
 * page or offset (BAD_USER_INPUT), no page larger than PAGE_SIZE_MAX (refused outright rather
 * than cut short by @limit unnoticed), inputs no wider than the bounds, and the operation's cost
 * counted in items (cost.ts) within QUERY_MAX_COST (QUERY_TOO_COMPLEX).
 */
export function operationBoundsPlugin(limits: QueryLimits): ApolloServerPlugin {
  const estimators = new WeakMap<object, ReturnType<typeof recordCostEstimator>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, operationName, request, schema }) {
          if (!operation) return;
          // graphql-js's validation lets a subscription through to a schema that has none.
          if (operation.operation === 'subscription')
            refuse(badUserInput('query', 'This API has no subscriptions; send a query or a mutation.'));
          const variables = request.variables ?? {};
          const { largestPage, smallest } = countArguments(operation, variables);
          if (smallest < 0)
            refuse(badUserInput('limit', `limit, first and offset cannot be negative (got ${smallest}).`));
          if (largestPage > limits.pageSizeMax)
            refuse(
              queryTooComplex(
                `A page holds at most ${limits.pageSizeMax} items, the query asks for ${largestPage}; fetch it in pages (offset, or after).`,
              ),
            );
          const problem = inputProblem(measureInputs(operation, variables), {
            maxList: limits.maxInputList,
            maxFilterOperands: limits.maxFilterOperands,
          });
          if (problem) refuse(queryTooComplex(problem));
          let estimator = estimators.get(schema);
          if (!estimator) {
            estimator = recordCostEstimator(schema, {
              pageSizeMax: limits.pageSizeMax,
              nestedListEstimate: NESTED_LIST_ESTIMATE,
            });
            estimators.set(schema, estimator);
          }
          const cost = operationCost(schema, document, operationName ?? undefined, variables, estimator);
          if (cost !== undefined && cost > limits.maxCost)
            refuse(
              queryTooComplex(
                `The query asks for too much at once: ${Number.isFinite(cost) ? `about ${Math.round(cost)}` : 'too many'} items and fields, more than the cost limit of ${limits.maxCost}. Ask for fewer items per page (limit, first) or fewer nested lists.`,
              ),
            );
        },
      };
    },
  };
}
