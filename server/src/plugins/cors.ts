/** What yoga's `cors` factory may answer (its CORSOptions, which graphql-yoga does not re-export). */
export type CorsAnswer =
  | false
  | { origin: string[]; credentials: boolean; methods: string[]; allowedHeaders: string[]; maxAge: number };

/** `CORS_ORIGINS=https://a.example,https://b.example` → exact origins (scheme, host, port). */
export function parseOrigins(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((o) => o.trim().replace(/\/+$/, ''))
    .filter((o) => o.length > 0);
}

/**
 * Same-origin by default: no CORS headers at all, so browsers keep other sites' pages from reading
 * our answers. Origins on the allow-list may call the API with a bearer token; cookies are never
 * involved, so credentials stay off.
 */
export function corsFor(allowed: readonly string[]): (request: Request) => CorsAnswer {
  const set = new Set(allowed);
  return (request) => {
    const origin = request.headers.get('origin');
    if (!origin || !set.has(origin)) return false;
    return {
      origin: [origin],
      credentials: false,
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'authorization', 'accept'],
      maxAge: 600,
    };
  };
}
