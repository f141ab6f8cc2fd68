import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Security headers on every response (helmet): a Content-Security-Policy the built web app
 * works under (its scripts, styles, fonts and images are its own files; Cytoscape draws on
 * canvas; styles may be set inline by React and Cytoscape), no framing by other sites
 * (frame-ancestors, X-Frame-Options), X-Content-Type-Options: nosniff and
 * Referrer-Policy: no-referrer. Apollo's landing page, when LANDING_PAGE turns it on, loads its
 * code from Apollo's CDN, so /graphql then goes without a CSP.
 */
export function securityHeaders({ landingPage }: { landingPage: boolean }): RequestHandler {
  const csp = {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      workerSrc: ["'self'", 'blob:'],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  };
  const common = {
    referrerPolicy: { policy: 'no-referrer' as const },
    frameguard: { action: 'deny' as const },
    // Served over plain HTTP on loopback by default; TLS and HSTS belong to the proxy in front.
    strictTransportSecurity: false,
  };
  const strict = helmet({ ...common, contentSecurityPolicy: csp });
  const withoutCsp = helmet({ ...common, contentSecurityPolicy: false });
  return (req, res, next) => {
    if (landingPage && req.path.startsWith('/graphql')) withoutCsp(req, res, next);
    else strict(req, res, next);
  };
}
