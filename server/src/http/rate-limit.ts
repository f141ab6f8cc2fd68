import type { Request, RequestHandler, Response } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { principalOf } from './authenticate.js';

export interface ClientRateLimit {
  /** Requests one client may make per window; 0 turns the limit off. */
  limit: number;
  windowMs: number;
  /** What is limited, for the message ("GraphQL requests", "exports"…). */
  what: string;
  /** Key by the caller's address only (routes whose callers carry no bearer token). */
  byAddressOnly?: boolean;
}

/**
 * The client a request counts against: the signed-in subject when there is one (so colleagues
 * behind one NAT do not share a budget, and one account cannot multiply its own by changing
 * address), else its address (an IPv6 address by its /56, as one host usually holds a whole
 * subnet). Runs after `authenticate`.
 */
export function clientKey(req: Request, res: Response, byAddressOnly = false): string {
  const sub = byAddressOnly ? '' : (principalOf(res)?.sub ?? '');
  return sub ? `sub:${sub}` : `ip:${ipKeyGenerator(req.ip ?? 'unknown')}`;
}

/**
 * A fixed window per client (express-rate-limit's memory store: one process; behind a load
 * balancer each API process counts its own share). Beyond the limit: 429 with Retry-After and
 * RateLimit headers, and the body in GraphQL's error shape with code RATE_LIMITED.
 */
export function clientRateLimit({
  limit,
  windowMs,
  what,
  byAddressOnly = false,
}: ClientRateLimit): RequestHandler {
  if (limit === 0) return (_req, _res, next) => next();
  return rateLimit({
    windowMs,
    limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    identifier: what,
    keyGenerator: (req, res) => clientKey(req, res, byAddressOnly),
    handler: (req, res) => {
      const wait = Number(res.getHeader('retry-after')) || Math.ceil(windowMs / 1000);
      const code = 'RATE_LIMITED';
      const message = `Too many ${what} from this client: at most ${limit} per ${Math.round(windowMs / 1000)} s. Try again in ${wait} s.`;
      // GraphQL's error shape, and the {code, message} the file routes (export, import, survey)
      // answer with, so every client of these routes reads it as it reads their other errors.
      res.status(429).json({
        code,
        message,
        errors: [{ message, extensions: { code, retryAfterSeconds: wait, requestId: req.id } }],
      });
    },
  });
}
