import type { Plugin } from 'graphql-yoga';

/**
 * The explorer loads only its own bundle: scripts, styles, fonts and API calls from this origin.
 * Styles allow 'unsafe-inline' because React and Cytoscape set inline styles; images allow data:
 * and blob: (Cytoscape's exports). Nothing may frame us.
 */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * GraphiQL (served from the installed package, no CDN) is one page of inline script and style,
 * whose editor runs in blob: workers and compiles with eval; it still talks to this origin only.
 */
export const GRAPHIQL_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' 'unsafe-eval' blob:",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join('; ');

const isGraphiQL = (url: URL, response: Response): boolean =>
  url.pathname === '/graphql' && (response.headers.get('content-type') ?? '').startsWith('text/html');

/** Security headers on every response: the explorer, GraphiQL, the API and the probes. */
export function useSecurityHeaders(): Plugin {
  return {
    onResponse({ request, response }) {
      const url = new URL(request.url);
      response.headers.set('Content-Security-Policy', isGraphiQL(url, response) ? GRAPHIQL_CSP : APP_CSP);
      response.headers.set('X-Content-Type-Options', 'nosniff');
      response.headers.set('Referrer-Policy', 'no-referrer');
      response.headers.set('X-Frame-Options', 'DENY');
      response.headers.set('Cross-Origin-Opener-Policy', 'same-origin');
    },
  };
}
