import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';

export const REQUEST_ID_HEADER = 'x-request-id';
// A caller's (or proxy's) id is kept only if it is short and plain, so it cannot forge log lines.
const SAFE_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** The request's id: the caller's x-request-id when it is safe, else a new UUID. */
export function requestIdFor(incoming: string | string[] | undefined): string {
  const candidate = Array.isArray(incoming) ? incoming[0] : incoming;
  return candidate && SAFE_ID.test(candidate) ? candidate : randomUUID();
}

/**
 * One log line per request with its id, method, URL, status and time; `req.log` is a child logger
 * that stamps the same id on every line written while the request runs. The id is echoed in the
 * x-request-id response header, and in every GraphQL error, so a user can quote it.
 */
export function requestLog(logger: Logger) {
  return pinoHttp<IncomingMessage, ServerResponse>({
    logger,
    genReqId: (req, res) => {
      const id = requestIdFor(req.headers[REQUEST_ID_HEADER]);
      res.setHeader(REQUEST_ID_HEADER, id);
      return id;
    },
    // On the request line and on every line logged through req.log while the request runs.
    customProps: (req) => ({ requestId: req.id }),
    customLogLevel: (_req, res, error) => {
      if (error || res.statusCode >= 500) return 'error';
      if (res.statusCode >= 400) return 'warn';
      return 'info';
    },
    // Headers may carry tokens: log the method and URL only.
    serializers: {
      req: (req: { method?: string; url?: string }) => ({ method: req.method, url: req.url }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
  });
}
