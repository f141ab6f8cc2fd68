import type { Driver } from 'neo4j-driver';
import { readAreaNetwork, readAreaRows } from '../../server/src/network/area-network.js';
import { NO_FILTER } from '../../server/src/network/types.js';
import { type Summary, summarize, timed } from './stats.js';

// The explorer's own query (web/src/api/operations.graphql), without its optional filters.
const AREA_NETWORK = `query AreaNetwork($teryt: String!, $mode: NetworkMode) {
  areaNetwork(teryt: $teryt, mode: $mode) {
    area { teryt name level }
    nodes { id label type sector kind }
    edges { id source target weight kinds start end }
  }
}`;

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string }>;
}

/** The response header the API's anonymous read cache (READ_CACHE_MS) sets on an answer from memory. */
const CACHE_HIT = 'x-splot-cache';

/** POSTs a query; the data, and whether the answer came from the API's read cache. */
export async function postGraphQLWithCache(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ data: Record<string, unknown>; cached: boolean }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as GraphQLBody;
  if (body.errors?.length) throw new Error(`GraphQL: ${body.errors.map((e) => e.message).join('; ')}`);
  return { data: body.data ?? {}, cached: res.headers.get(CACHE_HIT) === 'hit' };
}

export async function postGraphQL(url: string, query: string, variables: Record<string, unknown> = {}) {
  return (await postGraphQLWithCache(url, query, variables)).data;
}

/** The statements readAreaNetwork runs (readAreaRows), in one read transaction, straight through the driver. */
async function areaNetworkCypher(driver: Driver, teryt: string): Promise<number> {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    const rows = await session.executeRead((tx) =>
      readAreaRows(tx, { teryt, mode: 'INSTITUTIONS', filter: NO_FILTER }),
    );
    return (rows?.institutions.length ?? 0) + (rows?.groups.length ?? 0);
  } finally {
    await session.close();
  }
}

export interface AreaNetworkResult {
  powiats: string[];
  /**
   * The explorer's query through GraphQL over HTTP (the API in its own process, started with
   * READ_CACHE_MS=0: every answer is computed, none comes from the read cache).
   */
  graphql: Summary;
  /** Answers that came from the read cache all the same (must be 0 for `graphql` to mean anything). */
  cacheHits: number;
  /** The same three Cypher statements through the driver, records read, nothing else. */
  driver: Summary;
  /** The plain module the resolver calls (Cypher + one-mode projection), in the bench process. */
  module: Summary;
  /** p50 and p95 of GraphQL over those of the driver. */
  ratioP50: number;
  ratioP95: number;
  /** p95 of GraphQL over that of the plain module: what GraphQL + HTTP add. */
  ratioModuleP95: number;
  nodes: Summary;
  edges: Summary;
}

/** Each powiat once to warm up, then `passes` measured rounds, GraphQL and driver interleaved. */
export async function benchAreaNetwork(
  url: string,
  driver: Driver,
  powiats: string[],
  passes = 2,
): Promise<AreaNetworkResult> {
  const gqlMs: number[] = [];
  let cacheHits = 0;
  const driverMs: number[] = [];
  const moduleMs: number[] = [];
  const viaModule = (teryt: string) =>
    readAreaNetwork(driver, { teryt, mode: 'INSTITUTIONS', filter: NO_FILTER });
  const nodes: number[] = [];
  const edges: number[] = [];
  for (const teryt of powiats) {
    await postGraphQL(url, AREA_NETWORK, { teryt });
    await areaNetworkCypher(driver, teryt);
    await viaModule(teryt);
  }
  for (let pass = 0; pass < passes; pass++) {
    for (const teryt of powiats) {
      const [{ data, cached }, ms] = await timed(() => postGraphQLWithCache(url, AREA_NETWORK, { teryt }));
      gqlMs.push(ms);
      if (cached) cacheHits += 1;
      const net = data.areaNetwork as { nodes: unknown[]; edges: unknown[] };
      if (pass === 0) {
        nodes.push(net.nodes.length);
        edges.push(net.edges.length);
      }
      driverMs.push((await timed(() => areaNetworkCypher(driver, teryt)))[1]);
      moduleMs.push((await timed(() => viaModule(teryt)))[1]);
    }
  }
  const graphql = summarize(gqlMs);
  const direct = summarize(driverMs);
  const module = summarize(moduleMs);
  const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
  return {
    powiats,
    graphql,
    cacheHits,
    driver: direct,
    module,
    ratioP50: ratio(graphql.p50, direct.p50),
    ratioP95: ratio(graphql.p95, direct.p95),
    ratioModuleP95: ratio(graphql.p95, module.p95),
    nodes: summarize(nodes),
    edges: summarize(edges),
  };
}

/**
 * What the public explorer sees when it asks again within READ_CACHE_MS: each powiat asked once to
 * fill the cache, then `passes` times more, each answer checked to come from the cache.
 */
export async function benchCachedAreaNetwork(url: string, powiats: string[], passes = 2): Promise<Summary> {
  const ms: number[] = [];
  for (const teryt of powiats) {
    await postGraphQLWithCache(url, AREA_NETWORK, { teryt });
    for (let pass = 0; pass < passes; pass++) {
      const [{ cached }, took] = await timed(() => postGraphQLWithCache(url, AREA_NETWORK, { teryt }));
      if (!cached) throw new Error(`areaNetwork(${teryt}) was not answered from the read cache`);
      ms.push(took);
    }
  }
  return summarize(ms);
}

// --- fields other helpers are building: measured when the schema has them -------------------

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface IntrospectedField {
  name: string;
  args: Array<{ name: string; type: TypeRef }>;
  type: TypeRef;
}
interface IntrospectedType {
  name: string;
  kind: string;
  fields: IntrospectedField[] | null;
}

const TYPE_REF =
  'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';
const INTROSPECTION = `{ __schema { queryType { name } types { name kind fields { name args { name type { ${TYPE_REF} } } type { ${TYPE_REF} } } } } }`;

export class Schema {
  private constructor(
    private readonly types: Map<string, IntrospectedType>,
    private readonly queryType: string,
  ) {}

  static async read(url: string): Promise<Schema> {
    const data = (await postGraphQL(url, INTROSPECTION)) as {
      __schema: { queryType: { name: string }; types: IntrospectedType[] };
    };
    return new Schema(new Map(data.__schema.types.map((t) => [t.name, t])), data.__schema.queryType.name);
  }

  queryField(name: string): IntrospectedField | undefined {
    return this.types.get(this.queryType)?.fields?.find((f) => f.name === name);
  }
}

export type Availability<T> = { available: true; result: T } | { available: false; reason: string };

/**
 * p50/p95 of one query over a list of variable sets; "not available" when the schema lacks the
 * field (another helper is still building it) or the query fails.
 */
export async function benchField(
  url: string,
  schema: Schema,
  fieldName: string,
  query: string,
  variableSets: Array<Record<string, unknown>>,
): Promise<Availability<Summary & { query: string }>> {
  if (!schema.queryField(fieldName))
    return { available: false, reason: `no Query.${fieldName} in the schema` };
  try {
    for (const variables of variableSets.slice(0, 5)) await postGraphQL(url, query, variables);
    const samples: number[] = [];
    for (const variables of variableSets)
      samples.push((await timed(() => postGraphQL(url, query, variables)))[1]);
    return { available: true, result: { ...summarize(samples), query: query.replace(/\s+/g, ' ') } };
  } catch (error) {
    return { available: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

// What a client asks (the per-institution E-I list of sectorMatrix is left out: it grows with the area).
export const SECTOR_MATRIX = `query ($teryt: String!) {
  sectorMatrix(teryt: $teryt) {
    institutions ties
    sectors { sector institutions }
    blocks { from to ties weight possible density }
    ei { internal external ei }
    sectorEi { sector internal external ei }
  }
}`;

export const MISSING_PARTNERS = `query ($id: ID!, $limit: Int) {
  missingPartners(institutionId: $id, limit: $limit) {
    institution { id label }
    partners { id }
    candidates {
      institution { id label kind sector teryt }
      score adamicAdar commonPartners
      reasons { code text }
    }
  }
}`;
