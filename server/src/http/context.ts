import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import type { Principal } from '../auth/principal.js';
import { principalOf } from './authenticate.js';

/** What every resolver receives; @neo4j/graphql reads `jwt`, `transaction` and `sessionConfig`. */
export interface SplotContext {
  principal: Principal | null;
  /** The verified claims, handed to @neo4j/graphql as already trusted (absent: anonymous). */
  jwt?: Principal;
  requestId: string;
  log: Logger;
  /** Bounds each transaction @neo4j/graphql runs for this request. */
  transaction: { timeout: number };
  sessionConfig?: { database: string };
}

export interface ContextOptions {
  txTimeoutMs: number;
  database?: string;
}

export function contextFactory({ txTimeoutMs, database }: ContextOptions) {
  return async ({ req, res }: { req: Request; res: Response }): Promise<SplotContext> => {
    const principal = principalOf(res);
    return {
      principal,
      ...(principal ? { jwt: principal } : {}),
      requestId: String(req.id),
      log: req.log,
      transaction: { timeout: txTimeoutMs },
      ...(database ? { sessionConfig: { database } } : {}),
    };
  };
}
