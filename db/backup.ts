/**
 * Backups of the local Neo4j with Neo4j's own `neo4j-admin database dump/load` (the AdminTool in
 * the same jars as the server). Community edition dumps and loads only a stopped database, so a
 * running server is stopped first and started again afterwards.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureJars, REPO_ROOT, start, status, stop, type LocalNeo4jOptions } from './local-neo4j';

const DATABASE = 'neo4j';
export const BACKUP_DIR = resolve(REPO_ROOT, '.data/backups');

function admin(opts: LocalNeo4jOptions, args: string[]): void {
  ensureJars();
  const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  const run = spawnSync(
    java,
    ['-Xmx512m', '-cp', `${join(REPO_ROOT, 'db', 'lib')}/*`, 'org.neo4j.cli.AdminTool', 'database', ...args],
    {
      env: { ...process.env, NEO4J_HOME: opts.home, NEO4J_CONF: join(opts.home, 'conf') },
      encoding: 'utf8',
    },
  );
  if (run.error) throw new Error(`cannot run java (Java 17+ is required): ${run.error.message}`);
  if (run.status !== 0) {
    throw new Error(
      `neo4j-admin database ${args[0]} failed:\n${(run.stdout + run.stderr).trim().slice(-2000)}`,
    );
  }
}

/** Runs `fn` on the stopped database, restarting the server afterwards if it was running. */
async function whileStopped<T>(opts: LocalNeo4jOptions, fn: () => T): Promise<T> {
  const wasRunning = (await status(opts)).running;
  if (wasRunning) await stop(opts);
  try {
    return fn();
  } finally {
    if (wasRunning) await start(opts);
  }
}

/** Dumps the graph to `file` (default `.data/backups/guanxi-<time>.dump`); returns its path. */
export async function backup(opts: LocalNeo4jOptions, file?: string): Promise<string> {
  if (!existsSync(join(opts.home, 'conf', 'neo4j.conf'))) {
    throw new Error(`no local Neo4j in ${opts.home} (start it once with npm run db:start)`);
  }
  const target = resolve(
    file ?? join(BACKUP_DIR, `guanxi-${new Date().toISOString().replace(/[:.]/g, '-')}.dump`),
  );
  const work = mkdtempSync(join(tmpdir(), 'guanxi-dump-'));
  try {
    await whileStopped(opts, () =>
      admin(opts, ['dump', DATABASE, `--to-path=${work}`, '--overwrite-destination=true']),
    );
    mkdirSync(resolve(target, '..'), { recursive: true });
    // A rename across file systems fails: copy then.
    try {
      renameSync(join(work, `${DATABASE}.dump`), target);
    } catch {
      copyFileSync(join(work, `${DATABASE}.dump`), target);
    }
    return target;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Replaces the graph with the one in `file` (a dump from `backup`). Users and passwords stay. */
export async function restore(opts: LocalNeo4jOptions, file: string): Promise<void> {
  const source = resolve(file);
  if (!existsSync(source)) throw new Error(`no such backup: ${source}`);
  if (!existsSync(join(opts.home, 'conf', 'neo4j.conf'))) {
    throw new Error(`no local Neo4j in ${opts.home} (start it once with npm run db:start)`);
  }
  // neo4j-admin loads `<database>.dump` from a folder.
  const work = mkdtempSync(join(tmpdir(), 'guanxi-load-'));
  try {
    copyFileSync(source, join(work, `${DATABASE}.dump`));
    await whileStopped(opts, () =>
      admin(opts, ['load', DATABASE, `--from-path=${work}`, '--overwrite-destination=true']),
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
