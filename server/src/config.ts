import { z } from 'zod';
import {
  BOUNDARY_MAX_MEMBERS,
  MAX_BETWEENNESS_WORK,
  MAX_NETWORK_TIES,
  type NetworkLimits,
} from './network/limits.js';

/** "true"/"false" from the environment, with a default. */
const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false'])
    .default(fallback ? 'true' : 'false')
    .transform((v) => v === 'true');

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const positive = (fallback: number) => z.coerce.number().positive().default(fallback);

// All configuration comes from the environment; every default is safe for a local machine.
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('127.0.0.1'),
  NEO4J_URI: z.string().url().optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().optional(),
  NEO4J_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
  NEO4J_DATA_DIR: z.string().optional(),
  NEO4J_HEAP: z.string().default('768m'),
  NEO4J_PAGECACHE: z.string().default('256m'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SEED_DEMO: flag(true),

  // Access control (server/src/auth). Without a secret or a JWKS URL no token is accepted, so
  // nobody can write: the API is read-only.
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters (e.g. `openssl rand -hex 32`)').optional(),
  JWKS_URL: z.string().url().optional(),
  JWT_ISSUER: z.string().optional(),
  JWT_AUDIENCE: z.string().optional(),
  ANONYMOUS_READ: flag(true),

  // Exposure: off unless asked for. INTROSPECTION also turns on graphql's "Did you mean …?"
  // hints, which tell field and enum names as much as introspection does.
  INTROSPECTION: flag(false),
  LANDING_PAGE: flag(false),

  // Query limits (server/src/http/limits.ts); a refused query never reaches the database.
  QUERY_MAX_DEPTH: positiveInt(8),
  // Items and fields one query may ask for, lists counted by their page size (http/cost.ts).
  QUERY_MAX_COST: positiveInt(25_000),
  QUERY_MAX_ALIASES: positiveInt(15),
  QUERY_MAX_TOKENS: positiveInt(2000),
  QUERY_MAX_DIRECTIVES: positiveInt(20),
  PAGE_SIZE_MAX: positiveInt(1000),
  // Longest list, and most AND/OR/NOT operands, in one operation's input (http/input-bounds.ts).
  QUERY_MAX_INPUT_LIST: positiveInt(200),
  QUERY_MAX_FILTER_OPERANDS: positiveInt(50),
  BODY_LIMIT: z.string().default('256kb'),
  // Largest file POST /import takes (the command line has no limit).
  IMPORT_MAX_BYTES: z.string().default('20mb'),
  // What one import file may unpack to (an XLSX, checked before inflating) and hold (rows, any format).
  IMPORT_MAX_UNPACKED_MB: positiveInt(100),
  IMPORT_MAX_ROWS: positiveInt(300_000),

  // Exports run in their own processes (server/src/export/export-process.ts), this many at once;
  // the next ones wait in line up to EXPORT_QUEUE_WAIT_MS, then get 429.
  EXPORT_MAX_CONCURRENT: positiveInt(2),
  EXPORT_QUEUE_WAIT_MS: z.coerce.number().int().min(0).default(60_000),
  // Requests one client (its signed-in subject, else its address) may make per
  // RATE_LIMIT_WINDOW_MS to /graphql, /export and /import (http/rate-limit.ts); beyond that 429
  // RATE_LIMITED with Retry-After. 0 turns a limit off.
  RATE_LIMIT_WINDOW_MS: positiveInt(60_000),
  GRAPHQL_RATE_LIMIT: z.coerce.number().int().min(0).default(600),
  EXPORT_RATE_LIMIT: z.coerce.number().int().min(0).default(30),
  IMPORT_RATE_LIMIT: z.coerce.number().int().min(0).default(20),
  // Requests one address may make per minute to a partner survey's respondent endpoints.
  SURVEY_RATE_LIMIT: positiveInt(120),
  // A download whose client reads nothing for this long is ended and its slot freed.
  EXPORT_IDLE_MS: positiveInt(30_000),

  // How big a network one answer may hold, and how much work betweenness may do (network/limits.ts).
  NETWORK_MAX_TIES: positiveInt(MAX_NETWORK_TIES),
  BETWEENNESS_MAX_WORK: positiveInt(MAX_BETWEENNESS_WORK),
  // An area's network shows the partners outside it only through affiliations of at most this many members.
  BOUNDARY_MAX_MEMBERS: positiveInt(BOUNDARY_MAX_MEMBERS),

  // Anonymous answers are reused this long (server/src/http/read-cache.ts); 0 turns it off. They
  // take at most READ_CACHE_MAX_MB of JSON together.
  READ_CACHE_MS: z.coerce.number().int().min(0).default(5_000),
  READ_CACHE_MAX_MB: positive(64),
  // Largest answer /graphql sends, in MB of JSON (http/answer-size.ts); larger ones are refused.
  ANSWER_MAX_MB: positive(32),
  // missingPartners from an in-memory copy of the affiliation graph, used only while the data is
  // unchanged (server/src/analytics/missing-partners/snapshot/read-affiliation-snapshot.ts); false: always from Cypher.
  ANALYTICS_SNAPSHOT: flag(true),

  // Database time bounds: a transaction longer than DB_TX_TIMEOUT_MS is stopped; while the
  // database is unreachable a request waits at most about DB_CONNECT_TIMEOUT_MS, then fails.
  DB_TX_TIMEOUT_MS: positiveInt(30_000),
  DB_CONNECT_TIMEOUT_MS: positiveInt(2_000),
});

export type Config = z.infer<typeof envSchema>;

/** Every setting's name (docs/configuration.md has a row for each: config-docs.test.ts). */
export const SETTING_NAMES = Object.keys(envSchema.shape);

/** The network size bounds the settings give (the API's answers, analyses and exports). */
export const networkLimits = (config: Config): NetworkLimits => ({
  maxTies: config.NETWORK_MAX_TIES,
  maxBetweennessWork: config.BETWEENNESS_MAX_WORK,
  boundaryMaxMembers: config.BOUNDARY_MAX_MEMBERS,
});

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const config = parsed.data;
  if (config.JWT_SECRET && config.JWKS_URL) {
    throw new Error(
      'Invalid configuration: set JWT_SECRET (local tokens) or JWKS_URL (identity provider), not both',
    );
  }
  return config;
}
