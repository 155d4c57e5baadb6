/**
 * `npm start`: the local Neo4j (unless NEO4J_URI points elsewhere), its constraints and indexes,
 * the demo corpus when the database is empty (`npm start -- --empty` or GUANXI_START_EMPTY=1 skips
 * it), then the API (and the built web app) on :4000.
 */
import { createServer } from 'node:http';
import { Presets, SingleBar } from 'cli-progress';
import { createDriver, ensureNeo4j } from '@guanxi/db';
import { applySchema, seedIfEmpty } from '@guanxi/seed';
import { createApp } from '@guanxi/server';
import { WEB_DIST, ensureWebBuild } from './build-web';

const port = Number(process.env.PORT ?? 4000);
const host = process.env.HOST ?? '127.0.0.1';

const settings = await ensureNeo4j();
const driver = createDriver(settings);
await applySchema(driver, settings.database);
const startEmpty = process.argv.includes('--empty') || process.env.GUANXI_START_EMPTY === '1';
if (!startEmpty) {
  const bar = new SingleBar(
    {
      format: 'loading the demo corpus [{bar}] {value}/{total} articles',
      noTTYOutput: true,
      notTTYSchedule: 5000,
    },
    Presets.shades_classic,
  );
  const seeded = await seedIfEmpty(driver, settings.database, {
    onStart: (n) => bar.start(n, 0),
    onFile: () => bar.increment(),
  });
  bar.stop();
  if (seeded)
    console.log(
      `loaded ${seeded.articlesNew} demo article(s) into the empty database` +
        (seeded.failed ? ` (${seeded.failed} refused)` : '') +
        ' — start with --empty to skip this',
    );
}

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
  mutations ${process.env.API_TOKEN ? 'need Authorization: Bearer $API_TOKEN' : 'are disabled (set API_TOKEN to enable)'}`);
});

const shutdown = (): void => {
  server.close(() => void driver.close().then(() => process.exit(0)));
};
process.once('SIGTERM', shutdown);
process.once('SIGINT', shutdown);
