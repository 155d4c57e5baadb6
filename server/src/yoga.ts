import { createYoga, useReadinessCheck } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import { authFrom, createContext, type Context } from './context';
import { createDb } from './neo4j/db';
import { useArmor } from './plugins/armor';
import { useBodyLimit, MAX_BODY_BYTES } from './plugins/body-limit';
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
  /** GraphiQL at /graphql (default true). */
  graphiql?: boolean;
}

/** Builds the GraphQL server; exported for tests, which call `yoga.fetch` without a port. */
export function createApp(opts: AppOptions) {
  const apiToken = opts.apiToken ?? process.env.API_TOKEN;
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    graphiql: opts.graphiql ?? true,
    landingPage: false,
    // Masked by default: only GraphQLErrors (ours, with extensions.code) reach the client.
    maskedErrors: true,
    context: ({ request }) =>
      createContext(
        createDb(opts.driver, opts.database),
        authFrom(request.headers.get('authorization'), apiToken),
      ),
    plugins: [
      useBodyLimit(opts.maxBodyBytes ?? MAX_BODY_BYTES),
      useArmor(),
      useReadinessCheck({
        endpoint: '/ready',
        check: async () => {
          try {
            await opts.driver.verifyConnectivity({ database: opts.database });
            return true;
          } catch {
            return false;
          }
        },
      }),
      ...(opts.staticDir ? [useStatic(opts.staticDir)] : []),
    ],
  });
}

export type App = ReturnType<typeof createApp>;
