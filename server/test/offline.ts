import neo4j from 'neo4j-driver';
import { createApp, type AppOptions } from '../src/yoga';

/**
 * An app whose database is a closed port: for tests of everything that must not reach Neo4j
 * (limits, auth, HTTP) and of how an outage is reported. Retries are off so failures are quick.
 */
export function offlineApp(opts: Partial<AppOptions> = {}) {
  const driver = neo4j.driver('bolt://127.0.0.1:9', neo4j.auth.basic('neo4j', 'x'), {
    maxTransactionRetryTime: 0,
    connectionTimeout: 1000,
    logging: { level: 'error', logger: () => {} },
  });
  return { app: createApp({ driver, database: 'neo4j', apiToken: 'secret-token', ...opts }), driver };
}

export async function post(
  app: ReturnType<typeof createApp>,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{
  status: number;
  json: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}> {
  const res = await app.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as never };
}
