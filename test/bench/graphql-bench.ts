import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { expandEdges, expandNodes } from '@splot/domain';
import type { Driver } from 'neo4j-driver';
import { readAreaNetwork, readAreaRows } from '../../server/src/network/area-network.js';
import { withCompact } from '../../server/src/network/compact.js';
import { NO_FILTER } from '../../server/src/network/types.js';
import { AreaNetworkDocument, type NetworkFieldsFragment } from '../../web/src/api/operations.generated.js';
import { type Summary, summarize, timed } from './stats.js';

// The explorer's own query, as it sends it (web/src/api/operations/network.graphql): the nodes and
// the edges as parallel arrays (Network.compactNodes, Network.compactEdges), without its optional
// filters.
const AREA_NETWORK = AreaNetworkDocument.toString();
// The documented shape with the same fields, for the bytes it would take.
const AREA_NETWORK_DOCUMENTED = `query ($teryt: String!, $mode: NetworkMode) {
  areaNetwork(teryt: $teryt, mode: $mode) {
    area { teryt name level }
    nodes { id label type sector kind outside }
    edges { id source target weight kinds start end periods { start end } sourced }
  }
}`;
/** What Chromium's fetch says it takes (it adds zstd, which the API does not write). */
const BROWSER_ENCODINGS = 'gzip, deflate, br';

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
  // Compressed as a browser asks (fetch decodes it), so the figures include the compression.
  const send = () =>
    fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': BROWSER_ENCODINGS },
      body: JSON.stringify({ query, variables }),
    });
  // A kept-alive connection the API closed while this process was busy (the in-process module
  // runs hold its event loop for seconds) fails at once: sent again on a fresh one.
  const res = await send().catch((error: unknown) => {
    const code = (error as { cause?: { code?: string } }).cause?.code;
    if (code === 'UND_ERR_SOCKET') return send();
    throw error;
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

/** The web app's answer read back into nodes and edges, as web/src/core/network/compact.ts does. */
function asTheWebAppReadsIt(data: Record<string, unknown>) {
  const { compactNodes, compactEdges } = data.areaNetwork as NetworkFieldsFragment;
  const nodes = expandNodes(compactNodes);
  return { nodes, edges: expandEdges(nodes, compactEdges) };
}

/** The web app's request for one network: sent, received compressed, decoded, parsed and read back. */
async function askAsTheWebApp(url: string, teryt: string) {
  const { data, cached } = await postGraphQLWithCache(url, AREA_NETWORK, { teryt, mode: 'INSTITUTIONS' });
  const [network, readMs] = await timed(async () => asTheWebAppReadsIt(data));
  return { network, cached, readMs };
}

export interface AreaNetworkResult {
  powiats: string[];
  /**
   * The explorer's query through GraphQL over HTTP (the API in its own process, started with
   * READ_CACHE_MS=0: every answer is computed, none comes from the read cache), as the web app
   * asks it: compact edges, compressed (Accept-Encoding as a browser's), decoded, parsed and read
   * back into edge objects.
   */
  graphql: Summary;
  /** The last step of `graphql` alone: reading the arrays back into node and edge objects. */
  readBack: Summary;
  /** Answers that came from the read cache all the same (must be 0 for `graphql` to mean anything). */
  cacheHits: number;
  /** The same three Cypher statements through the driver, records read, nothing else. */
  driver: Summary;
  /** The plain modules the resolver calls (Cypher, one-mode projection, compact nodes and edges), in the bench process. */
  module: Summary;
  /** p50 and p95 of GraphQL over those of the driver. */
  ratioP50: number;
  ratioP95: number;
  /** p95 of GraphQL over that of the plain module: what GraphQL + HTTP add. */
  ratioModuleP95: number;
  nodes: Summary;
  edges: Summary;
  /** Powiats the API refused as too large (NETWORK_MAX_TIES, boundary included), with its message. */
  refused: Array<{ teryt: string; reason: string }>;
}

/** Each powiat once to warm up, then `passes` measured rounds, GraphQL and driver interleaved. */
export async function benchAreaNetwork(
  url: string,
  driver: Driver,
  powiats: string[],
  passes = 2,
): Promise<AreaNetworkResult> {
  const gqlMs: number[] = [];
  const readMs: number[] = [];
  let cacheHits = 0;
  const driverMs: number[] = [];
  const moduleMs: number[] = [];
  const viaModule = async (teryt: string) => {
    const network = await readAreaNetwork(driver, { teryt, mode: 'INSTITUTIONS', filter: NO_FILTER });
    if (!network) return null;
    const { compactNodes, compactEdges } = withCompact(network);
    return { compactNodes, compactEdges };
  };
  const nodes: number[] = [];
  const edges: number[] = [];
  // A powiat whose network (with its boundary) passes NETWORK_MAX_TIES is refused, as the web app
  // would be: counted apart, and the figures are over the powiats that answer.
  const refused: AreaNetworkResult['refused'] = [];
  const answered: string[] = [];
  for (const teryt of powiats) {
    try {
      await askAsTheWebApp(url, teryt);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (!/more than [\d,]+ ties/.test(reason)) throw error;
      refused.push({ teryt, reason });
      continue;
    }
    answered.push(teryt);
    await areaNetworkCypher(driver, teryt);
    await viaModule(teryt);
  }
  for (let pass = 0; pass < passes; pass++) {
    for (const teryt of answered) {
      const [{ network: net, cached, readMs: read }, ms] = await timed(() => askAsTheWebApp(url, teryt));
      gqlMs.push(ms);
      readMs.push(read);
      if (cached) cacheHits += 1;
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
    readBack: summarize(readMs),
    cacheHits,
    driver: direct,
    module,
    ratioP50: ratio(graphql.p50, direct.p50),
    ratioP95: ratio(graphql.p95, direct.p95),
    ratioModuleP95: ratio(graphql.p95, module.p95),
    nodes: summarize(nodes),
    edges: summarize(edges),
    refused,
  };
}

/**
 * What the public explorer sees when it asks again within READ_CACHE_MS: each powiat asked once to
 * fill the cache, then `passes` times more, each answer checked to come from the cache.
 */
export async function benchCachedAreaNetwork(url: string, powiats: string[], passes = 2): Promise<Summary> {
  const ms: number[] = [];
  for (const teryt of powiats) {
    await askAsTheWebApp(url, teryt);
    for (let pass = 0; pass < passes; pass++) {
      const [{ cached }, took] = await timed(() => askAsTheWebApp(url, teryt));
      if (!cached) throw new Error(`areaNetwork(${teryt}) was not answered from the read cache`);
      ms.push(took);
    }
  }
  return summarize(ms);
}

/** One POST with a raw Accept-Encoding: the bytes as sent, and the same decoded. */
function postRaw(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  encodings: string | null,
): Promise<{ encoding: string; wire: number; decoded: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}/graphql`,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(encodings ? { 'accept-encoding': encodings } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          const encoding = String(res.headers['content-encoding'] ?? 'identity');
          const decode = { br: brotliDecompressSync, gzip: gunzipSync, deflate: inflateSync }[encoding];
          resolve({ encoding, wire: body.length, decoded: decode ? decode(body) : body });
        });
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify({ query, variables }));
  });
}

export interface WireBytes {
  teryt: string;
  nodes: number;
  edges: number;
  /** The web app's query: bytes on the wire as a browser asks (brotli), gzip only, and uncompressed. */
  compact: { encoding: string; wire: number; gzip: number; uncompressed: number };
  /** The documented nodes/edges shape with the same fields: the same three, or why it was refused. */
  documented: { encoding: string; wire: number; gzip: number; uncompressed: number } | { refused: string };
}

/** Bytes on the wire for one powiat's areaNetwork, compact (as the web app asks) and documented. */
export async function wireBytes(url: string, teryt: string): Promise<WireBytes> {
  const variables = { teryt, mode: 'INSTITUTIONS' };
  const sizes = async (query: string) => {
    const browser = await postRaw(url, query, variables, BROWSER_ENCODINGS);
    const gzip = await postRaw(url, query, variables, 'gzip');
    const plain = await postRaw(url, query, variables, null);
    return {
      answer: JSON.parse(plain.decoded.toString('utf8')) as GraphQLBody,
      bytes: { encoding: browser.encoding, wire: browser.wire, gzip: gzip.wire, uncompressed: plain.wire },
    };
  };
  const compact = await sizes(AREA_NETWORK);
  if (compact.answer.errors?.length) throw new Error(compact.answer.errors[0]?.message);
  const { nodes, edges } = asTheWebAppReadsIt(compact.answer.data ?? {});
  const documented = await sizes(AREA_NETWORK_DOCUMENTED);
  const refused = documented.answer.errors?.[0]?.message;
  return {
    teryt,
    nodes: nodes.length,
    edges: edges.length,
    compact: compact.bytes,
    documented: refused ? { refused } : documented.bytes,
  };
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
