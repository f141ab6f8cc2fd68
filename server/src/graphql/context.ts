import type { Logger } from 'pino';
import type { Principal } from '../auth/principal.js';

/**
 * What every resolver receives; @neo4j/graphql reads `jwt`, `transaction` and `sessionConfig`.
 * Defined here, beside the resolvers, so that the GraphQL layer needs nothing from http/.
 */
export interface SplotContext {
  principal: Principal | null;
  /** The verified claims, handed to @neo4j/graphql as already trusted (absent: anonymous). */
  jwt?: Principal;
  requestId: string;
  /** Scheme and host the request came to (for links the answer hands out, e.g. survey links). */
  origin: string;
  log: Logger;
  /** Bounds each transaction @neo4j/graphql runs for this request. */
  transaction: { timeout: number };
  sessionConfig?: { database: string };
}
