import { createYoga } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import type { Context } from './context';
import { schema } from './schema';

export interface AppOptions {
  driver: Driver;
  database: string;
}

/** Builds the GraphQL server; exported for tests, which call `yoga.fetch` without a port. */
export function createApp(opts: AppOptions) {
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    context: () => ({ driver: opts.driver, database: opts.database }),
  });
}
