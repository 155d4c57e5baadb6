/**
 * `npm start`: the local Neo4j (unless NEO4J_URI points elsewhere), then the API on :4000.
 */
import { createServer } from 'node:http';
import neo4j from 'neo4j-driver';
import { ensureNeo4j } from '@guanxi/db';
import { createApp } from '@guanxi/server';

const port = Number(process.env.PORT ?? 4000);
const host = process.env.HOST ?? '127.0.0.1';

const settings = await ensureNeo4j();
const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password));
const yoga = createApp({ driver, database: settings.database });
const server = createServer(yoga);
server.listen(port, host, () => {
  console.log(`guanxi is up
  explorer: http://localhost:${port}/
  GraphQL:  http://localhost:${port}/graphql
  Neo4j:    ${settings.uri}`);
});

const shutdown = (): void => {
  server.close(() => void driver.close().then(() => process.exit(0)));
};
process.once('SIGTERM', shutdown);
process.once('SIGINT', shutdown);
