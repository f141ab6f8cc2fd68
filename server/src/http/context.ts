import type { Request, Response } from 'express';
import type { SplotContext } from '../graphql/context.js';
import { principalOf } from './authenticate.js';

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
      origin: `${req.protocol}://${req.get('host')}`,
      log: req.log,
      transaction: { timeout: txTimeoutMs },
      ...(database ? { sessionConfig: { database } } : {}),
    };
  };
}
