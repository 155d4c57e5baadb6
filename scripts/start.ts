/**
 * `npm start`: the local Neo4j (unless NEO4J_URI points elsewhere), its constraints and indexes,
 * the seed articles when the database is empty, then the API (and the built web app) on :4000.
 */
import { createServer } from 'node:http';
import { createDriver, ensureNeo4j } from '@guanxi/db';
import { applySchema, seedIfEmpty } from '@guanxi/seed';
import { createApp } from '@guanxi/server';
import { WEB_DIST, ensureWebBuild } from './build-web';

const port = Number(process.env.PORT ?? 4000);
const host = process.env.HOST ?? '127.0.0.1';

const settings = await ensureNeo4j();
const driver = createDriver(settings);
await applySchema(driver, settings.database);
const seeded = await seedIfEmpty(driver, settings.database);
if (seeded) console.log(`seeded ${seeded.articlesNew} article(s) into the empty database`);

// `npm run dev` serves the explorer from Vite instead (GUANXI_NO_WEB=1).
const staticDir = process.env.GUANXI_NO_WEB ? undefined : (ensureWebBuild(), WEB_DIST);
const yoga = createApp({ driver, database: settings.database, staticDir });
const server = createServer(yoga);
server.listen(port, host, () => {
  console.log(`guanxi is up
  explorer: ${staticDir ? `http://localhost:${port}/` : 'served by Vite (npm run dev)'}
  GraphQL:  http://localhost:${port}/graphql   (GraphiQL in a browser)
  health:   http://localhost:${port}/health, http://localhost:${port}/ready
  Neo4j:    ${settings.uri}
  writes    need Authorization: Bearer <curator token${process.env.API_TOKEN ? ' or $API_TOKEN' : ''}> (npm run curator -- add NAME)`);
});

const shutdown = (): void => {
  server.close(() => void driver.close().then(() => process.exit(0)));
};
process.once('SIGTERM', shutdown);
process.once('SIGINT', shutdown);
