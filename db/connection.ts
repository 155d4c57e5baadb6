/**
 * Where the app's Neo4j is. With NEO4J_URI set, that server (a cluster or AuraDB via neo4j:// or
 * neo4j+s://); without it, the local Community server this repo runs, started on demand.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { PROFILES, type ProfileName, start } from './local-neo4j';

export interface Neo4jSettings {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): Neo4jSettings | null {
  if (!env.NEO4J_URI) return null;
  return {
    uri: env.NEO4J_URI,
    user: env.NEO4J_USER ?? 'neo4j',
    password: env.NEO4J_PASSWORD ?? '',
    database: env.NEO4J_DATABASE ?? 'neo4j',
  };
}

/**
 * The configured database, starting the local one first when none is configured. Benchmarks pass
 * `'bench'` so their synthetic graph never lands in the analyst's database.
 */
export async function ensureNeo4j(
  profile: ProfileName = 'dev',
  env: NodeJS.ProcessEnv = process.env,
): Promise<Neo4jSettings> {
  const configured = settingsFromEnv(env);
  if (configured) return configured;
  const opts = PROFILES[profile]();
  const { uri } = await start(opts);
  return { uri, user: 'neo4j', password: opts.password, database: env.NEO4J_DATABASE ?? 'neo4j' };
}

/**
 * The one way the app opens a driver (routing for neo4j:// URIs). neo4j-driver 6 turns TCP_NODELAY on
 * for its own sockets, so batched UNWINDs no longer wait ~40 ms for a delayed ACK as they did on 5.x.
 */
export function createDriver(settings: Neo4jSettings): Driver {
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    userAgent: 'guanxi',
  });
}
