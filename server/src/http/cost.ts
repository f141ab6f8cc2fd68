import { createRequire } from 'node:module';
import type { DocumentNode, GraphQLField, GraphQLSchema } from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';

// CommonJS builds of both: graphql-query-complexity's ESM build imports graphql's .mjs files, and
// vitest may resolve `import 'graphql'` to them too; graphql refuses to read a schema built by that
// "other realm", and @neo4j/graphql builds it with the CommonJS graphql.
const require = createRequire(import.meta.url);
const { getComplexity } = require('graphql-query-complexity') as typeof import('graphql-query-complexity');
const { getNamedType, getNullableType, isListType } = require('graphql') as typeof import('graphql');

export interface CostOptions {
  /** What a list of records without `limit` (a connection without `first`) returns at most. */
  pageSizeMax: number;
  /** What a nested list of records without `limit` is counted as (see below). */
  nestedListEstimate: number;
}

/**
 * Counting items rather than fields: a list of records costs its page size times what one item
 * costs, so `institutions(limit: 1000) { area { institutions(limit: 1000) { id name } } }` costs
 * about two million, not the dozen fields it spells.
 *
 * - A record list or connection costs `limit` / `first` times its items when given.
 * - Without them, a root list costs PAGE_SIZE_MAX items (@limit's default), unless its `where`
 *   pins one record by key (`id`, `teryt` or `code` with `eq`, or `in` a list).
 * - A nested list without `limit` is counted as `nestedListEstimate` items: the web app asks for an
 *   institution's partnerships and their sources without paging, and they are a handful each. An
 *   attacker can still pick a relationship that is long (an area's institutions); the answer-size
 *   bound (answer-size.ts) refuses what such a query makes.
 * - Lists of plain values (networks, analyses) cost their fields once: their own bounds
 *   (NETWORK_MAX_TIES, BETWEENNESS_MAX_WORK) keep them in check.
 */
export function recordCostEstimator(schema: GraphQLSchema, options: CostOptions): ComplexityEstimator {
  const queryType = schema.getQueryType();
  const isRecord = (name: string) => schema.getType(`${name}Where`) !== undefined;
  const isRecordList = (field: GraphQLField<unknown, unknown>) => {
    const named = getNamedType(field.type).name;
    // @neo4j/graphql's connections: `institutionsConnection: InstitutionsConnection!`.
    if (field.name.endsWith('Connection') && named.endsWith('Connection')) return true;
    return isListType(getNullableType(field.type)) && isRecord(named);
  };
  return ({ type, field, args, childComplexity }) => {
    const item = 1 + childComplexity;
    const asked = pageArgument(args);
    if (asked !== undefined) return item * Math.max(asked, 1);
    if (!isRecordList(field)) return item;
    if (type === queryType) return item * (pinnedCount(args.where) ?? options.pageSizeMax);
    return item * options.nestedListEstimate;
  };
}

function pageArgument(args: Record<string, unknown>): number | undefined {
  for (const name of ['limit', 'first']) {
    const value = args[name];
    if (typeof value === 'number' && Number.isFinite(value)) return value;
  }
  return undefined;
}

const KEYS = ['id', 'teryt', 'code'];

/** How many records a `where` can match at most when it names them by key, else undefined. */
function pinnedCount(where: unknown): number | undefined {
  if (where === null || typeof where !== 'object') return undefined;
  for (const key of KEYS) {
    const filter = (where as Record<string, unknown>)[key];
    if (filter === null || typeof filter !== 'object') continue;
    const { eq, in: within } = filter as { eq?: unknown; in?: unknown };
    if (eq !== undefined && eq !== null) return 1;
    if (Array.isArray(within)) return within.length;
  }
  return undefined;
}

/**
 * The cost of the operation a request runs, with its variables; undefined when the variables do
 * not fit the operation (execution then refuses them, before anything runs); infinite when it
 * spells more than 10,000 fields.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
  estimator: ComplexityEstimator,
): number | undefined {
  try {
    return getComplexity({
      schema,
      query: document,
      variables,
      ...(operationName ? { operationName } : {}),
      estimators: [estimator],
    });
  } catch (error) {
    // The library stops counting at 10,000 fields (fragments spread many times over).
    if (/maximum allowed number of nodes/.test(String((error as Error).message)))
      return Number.POSITIVE_INFINITY;
    return undefined;
  }
}
