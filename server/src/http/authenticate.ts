import type { Request, RequestHandler, Response } from 'express';
import type { Principal } from '../auth/principal.js';
import { mayRead } from '../auth/read-access.js';
import { TokenError, type TokenVerifier } from '../auth/verify-token.js';

/** The caller of this request, as set by `authenticate` (null: anonymous). */
export function principalOf(res: Response): Principal | null {
  return (res.locals.principal as Principal | null | undefined) ?? null;
}

function refuse(req: Request, res: Response, message: string): void {
  res
    .status(401)
    .set('WWW-Authenticate', 'Bearer')
    .json({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED', requestId: req.id } }] });
}

/**
 * Reads the Authorization header once per request. No header: anonymous. A header with a token
 * that does not verify is refused at once (401): a broken or expired token never silently turns
 * its bearer into an anonymous reader.
 */
export function authenticate(verify: TokenVerifier): RequestHandler {
  return async (req, res, next) => {
    try {
      res.locals.principal = await verify(req.headers.authorization);
      next();
    } catch (error) {
      if (error instanceof TokenError) refuse(req, res, error.message);
      else next(error);
    }
  };
}

/** For routes outside GraphQL (e.g. exports): the same ANONYMOUS_READ rule as the API. */
export function requireReader(anonymousRead: boolean): RequestHandler {
  return (req, res, next) => {
    if (mayRead(principalOf(res), anonymousRead)) next();
    else refuse(req, res, 'Sign in to use this server: it does not allow anonymous reading.');
  };
}
