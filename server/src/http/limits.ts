import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  type DocumentNode,
  type GraphQLError,
  Kind,
  type OperationDefinitionNode,
  type ValidationContext,
  type ValidationRule,
  visit,
} from 'graphql';
import { queryTooComplex } from '../errors.js';

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  pageSizeMax: number;
  /** Hide "Did you mean …?" hints (they leak the schema when introspection is off). */
  blockFieldSuggestions: boolean;
}

const PAGE_ARGUMENTS = new Set(['limit', 'first']);

/** Armor's messages read "Syntax Error: Query depth limit of 8 exceeded, found 12." */
const reject = (context: ValidationContext | null, error: GraphQLError): void => {
  const detail = error.message.replace(/^Syntax Error:\s*/, '');
  context?.reportError(queryTooComplex(`The query asks for too much at once: ${detail}`));
};

/**
 * Depth, cost, alias and directive limits (graphql-armor), all checked while the query is
 * validated, before anything runs. The token limit is graphql-js's own parser option
 * (`parseOptions.maxTokens`): armor's token plugin would parse every document a second time.
 */
export function armorProtection(limits: QueryLimits): {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
} {
  const onRejection = { propagateOnRejection: false, onReject: [reject] };
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true, ...onRejection },
    costLimit: {
      maxCost: limits.maxCost,
      objectCost: 2,
      scalarCost: 1,
      depthCostFactor: 1.5,
      ignoreIntrospection: true,
      ...onRejection,
    },
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
  let largest = 0;
  visit(operation, {
    Argument(node) {
      if (!PAGE_ARGUMENTS.has(node.name.value)) return;
      const value =
        node.value.kind === Kind.INT
          ? Number(node.value.value)
          : node.value.kind === Kind.VARIABLE
            ? Number(variables[node.value.name.value])
            : Number.NaN;
      if (Number.isFinite(value)) largest = Math.max(largest, value);
    },
  });
  return largest;
}

/** The operation a request runs: the named one, or the only one. */
function selectedOperation(document: DocumentNode, name: string | null | undefined) {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  return name ? operations.find((o) => o.name?.value === name) : operations[0];
}

/**
 * Refuses a page larger than PAGE_SIZE_MAX outright (QUERY_TOO_COMPLEX) rather than letting
 * @limit cut it short unnoticed. Runs once variables are known, before execution.
 */
export function pageSizePlugin(pageSizeMax: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operationName, request }) {
          const operation = selectedOperation(document, operationName);
          if (!operation) return;
          const asked = largestPageAsked(operation, request.variables ?? {});
          if (asked > pageSizeMax) {
            const error = queryTooComplex(
              `A page holds at most ${pageSizeMax} items, the query asks for ${asked}; fetch it in pages (offset, or after).`,
            );
            error.extensions.http = { status: 400 };
            throw error;
          }
        },
      };
    },
  };
}
