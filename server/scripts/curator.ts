/**
 * `npm run curator -- add NAME | list | revoke NAME`: named curators for the write API. `add` prints
 * the token once, as the last line of stdout (`npm run --silent curator -- add NAME` prints only it);
 * everything else goes to stderr. `export FILE` / `import FILE`: the curation log as JSON (log.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Command } from 'commander';
import { createDriver, ensureNeo4j } from '@guanxi/db';
import { applySchema } from '@guanxi/seed';
import { addCurator, CuratorError, listCurators, revokeCurator } from '../src/curation/curators';
import { exportCurations, importCurations, ImportError, parseLog } from '../src/curation/log';
import { createDb, type Db } from '../src/neo4j/db';

async function withDb<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const settings = await ensureNeo4j();
  const driver = createDriver(settings);
  try {
    await applySchema(driver, settings.database);
    return await work(createDb(driver, settings.database));
  } finally {
    await driver.close();
  }
}

const program = new Command().name('curator').description('Manage the curators of the guanxi graph');
program
  .command('add')
  .argument('<name>', 'the curator’s name, shown in the history of every change they make')
  .description('create a curator and print their token (once)')
  .action(async (name: string) => {
    const { token } = await withDb((db) => addCurator(db, name));
    process.stderr.write(`curator ${name} created; keep the token below, it is not shown again\n`);
    process.stdout.write(`${token}\n`);
  });
program
  .command('list')
  .description('list curators (name, created, revoked)')
  .action(async () => {
    for (const c of await withDb(listCurators)) {
      process.stdout.write(
        `${c.name}\t${c.createdAt}\t${c.revokedAt ? `revoked ${c.revokedAt}` : 'active'}\n`,
      );
    }
  });
program
  .command('revoke')
  .argument('<name>')
  .description('revoke a curator’s token (their history stays)')
  .action(async (name: string) => {
    const c = await withDb((db) => revokeCurator(db, name));
    process.stdout.write(`curator ${c.name} revoked at ${c.revokedAt}\n`);
  });

program
  .command('export')
  .argument('<file>', 'where to write the JSON (- for stdout)')
  .option('--entity <ids...>', 'only the curations about these entities')
  .description('write the curation log as JSON, oldest first')
  .action(async (file: string, opts: { entity?: string[] }) => {
    const log = await withDb((db) => exportCurations(db, opts.entity ?? []));
    const json = `${JSON.stringify(log, null, 1)}\n`;
    if (file === '-') process.stdout.write(json);
    else writeFileSync(file, json);
    process.stderr.write(`exported ${log.curations.length} curations\n`);
  });
program
  .command('import')
  .argument('<file>', 'a file written by export')
  .description('replay the curations this graph does not have yet, all or nothing')
  .action(async (file: string) => {
    const records = parseLog(JSON.parse(readFileSync(file, 'utf8')) as unknown);
    const report = await withDb((db) => importCurations(db, records));
    process.stdout.write(`applied ${report.applied.length}, already here ${report.skipped.length}\n`);
  });

program.parseAsync(process.argv).then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`curator: ${(e as Error).message}\n`);
    process.exit(e instanceof CuratorError || e instanceof ImportError ? 1 : 2);
  },
);
