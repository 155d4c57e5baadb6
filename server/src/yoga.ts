import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, maskError, useReadinessCheck } from 'graphql-yoga';
import { Neo4jError, type Driver } from 'neo4j-driver';
import { authFrom, createContext, type Context } from './context';
import { createLogger, type Logger } from './log';
import { createDb, unavailable } from './neo4j/db';
import { DbHealth } from './neo4j/health';
import { useArmor } from './plugins/armor';
import { useBodyLimit, MAX_BODY_BYTES } from './plugins/body-limit';
import { corsFor, parseOrigins } from './plugins/cors';
import { useNoIntrospection } from './plugins/introspection';
import { useCompiledExecution } from './plugins/jit';
import { useRateLimit } from './plugins/rate-limit';
import { useGraphCache } from './plugins/response-cache';
import { useRequestLog } from './plugins/request-log';
import { useSecurityHeaders } from './plugins/security-headers';
import { useStatic } from './plugins/static';
import { schema } from './schema';

export interface AppOptions {
  driver: Driver;
  database: string;
  /** Bearer token for mutations; mutations are refused when unset. Defaults to $API_TOKEN. */
  apiToken?: string;
  /** Serve a built web app from here (index.html for non-API GET routes). */
  staticDir?: string;
  /** Request bodies above this many bytes get 413 (default 4 MB: articles are at most 2 MB). */
  maxBodyBytes?: number;
  /**
   * GraphiQL at /graphql, served from the installed package. Default: on unless
   * NODE_ENV=production, where GRAPHIQL=1 turns it on. Introspection follows it.
   */
  graphiql?: boolean;
  /** Origins allowed to call the API from a browser (default $CORS_ORIGINS; none: same-origin only). */
  corsOrigins?: readonly string[];
  /** GraphQL requests per minute per client address (default $RATE_LIMIT, else 600; 0: no limit). */
  rateLimit?: number;
  logger?: Logger;
  /**
   * Fold a nested selection into one Cypher statement (default true; src/fold/README.md). False
   * answers it level by level through the DataLoaders: the tests compare the two.
   */
  fold?: boolean;
  /** Cache anonymous reads under the graph's version (default true; src/plugins/response-cache.ts). */
  responseCache?: boolean;
}

export function graphiqlFromEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.GRAPHIQL !== undefined) return env.GRAPHIQL === '1' || env.GRAPHIQL === 'true';
  return env.NODE_ENV !== 'production';
}

export function rateLimitFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.RATE_LIMIT ?? 600);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`RATE_LIMIT must be an integer ≥ 0 (got ${env.RATE_LIMIT})`);
  return n;
}

/** Builds the GraphQL server; exported for tests, which call `yoga.fetch` without a port. */
export function createApp(opts: AppOptions) {
  const apiToken = opts.apiToken ?? process.env.API_TOKEN;
  const graphiql = opts.graphiql ?? graphiqlFromEnv();
  const rateLimit = opts.rateLimit ?? rateLimitFromEnv();
  const log = opts.logger ?? createLogger();
  const health = new DbHealth(opts.driver, opts.database, log);
  const graph = createDb(opts.driver, opts.database, health);
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    graphiql: graphiql && { title: 'guanxi GraphiQL' },
    renderGraphiQL,
    landingPage: false,
    // useBodyLimit below is the one limit (413 PAYLOAD_TOO_LARGE at 4 MB): yoga's own (25 MB) would
    // pipe every body through a counting stream even when Content-Length already told its size.
    maxRequestBodySize: false,
    cors: corsFor(opts.corsOrigins ?? parseOrigins(process.env.CORS_ORIGINS)),
    // Masked by default: only GraphQLErrors (ours, with extensions.code) reach the client. A driver
    // error that escaped the door (a retriable one is a database that cannot serve now) is still
    // told as DATABASE_UNAVAILABLE.
    maskedErrors: {
      maskError: (error, message, isDev) => {
        const original = (error as { originalError?: unknown }).originalError;
        if (original instanceof Neo4jError && original.retriable) return unavailable();
        return maskError(error, message, isDev);
      },
    },
    context: ({ request }) =>
      createContext(
        createDb(opts.driver, opts.database, health),
        authFrom(request.headers.get('authorization'), apiToken),
        opts.fold ?? true,
      ),
    plugins: [
      useRequestLog(log),
      useSecurityHeaders(),
      ...(rateLimit > 0 ? [useRateLimit(rateLimit)] : []),
      useBodyLimit(opts.maxBodyBytes ?? MAX_BODY_BYTES),
      useArmor(),
      useCompiledExecution(log),
      // After the JIT: the cache wraps whichever execute function is in place when it runs.
      ...((opts.responseCache ?? true) ? [useGraphCache(() => graph.version())] : []),
      ...(graphiql ? [] : [useNoIntrospection()]),
      useReadinessCheck({ endpoint: '/ready', check: () => health.probe() }),
      ...(opts.staticDir ? [useStatic(opts.staticDir)] : []),
    ],
  });
}

export type App = ReturnType<typeof createApp>;
