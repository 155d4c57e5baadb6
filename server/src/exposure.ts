/**
 * Listening beyond loopback makes the API reachable by others: refuse when a secret is one anyone
 * can look up, and say why. (Without API_TOKEN the API is read-only, which is safe, but worth a
 * warning.)
 */
const KNOWN_PASSWORDS = new Set(['', 'neo4j', 'password', 'guanxi-local', 'guanxi-test', 'guanxi-bench']);

/** Shorter than this, a bearer token can be guessed. */
export const MIN_TOKEN_LENGTH = 16;

export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h);
}

export interface Exposure {
  host: string;
  neo4jPassword: string;
  apiToken: string | undefined;
}

/** Reasons not to listen on `host` (none on loopback), and warnings worth printing anyway. */
export function exposureProblems(e: Exposure): { refusals: string[]; warnings: string[] } {
  if (isLoopback(e.host)) return { refusals: [], warnings: [] };
  const refusals: string[] = [];
  const warnings: string[] = [];
  if (KNOWN_PASSWORDS.has(e.neo4jPassword)) {
    refusals.push(
      'NEO4J_PASSWORD is a published default; set a long random one (the local Neo4j generates its own when NEO4J_PASSWORD is unset)',
    );
  }
  if (e.apiToken === undefined || e.apiToken === '') {
    warnings.push('API_TOKEN is unset: the API is read-only (mutations are disabled)');
  } else if (e.apiToken.length < MIN_TOKEN_LENGTH) {
    refusals.push(`API_TOKEN is shorter than ${MIN_TOKEN_LENGTH} characters; use a long random one`);
  }
  return { refusals, warnings };
}
