import { LABELS } from '@guanxi/schema';
import { pinyinKeys } from '@guanxi/seed';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Actor } from '../actor';
import { badInput, notFound } from '../errors';
import { recordCuration, type CurationRec } from './record';

/**
 * Names of entities: rename (the old name stays as an alias, so articles that use it still resolve
 * to this node on re-ingest), add and remove aliases. Pinyin keys are recomputed from the name and
 * aliases, so search follows. Ids never change: they were derived from the first name seen.
 */
interface Names {
  name: string;
  aliases: string[];
}

const MAX_NAME = 200;

function checkName(what: string, name: string): string {
  const n = name.trim();
  if (n.length === 0 || n.length > MAX_NAME) throw badInput(`${what} must be 1–${MAX_NAME} characters`);
  return n;
}

/** The names, read under the node's write lock: concurrent renames and alias edits queue, none is lost. */
async function namesOf(tx: ManagedTransaction, id: string): Promise<Names> {
  const res = await tx.run(
    `MATCH (n:${LABELS.Entity} {id: $id}) SET n.lock = true REMOVE n.lock
     RETURN n.name AS name, coalesce(n.aliases, []) AS aliases`,
    { id },
  );
  const r = res.records[0];
  if (!r) throw notFound(`no entity with id ${JSON.stringify(id.slice(0, 80))}`);
  return { name: r.get('name') as string, aliases: r.get('aliases') as string[] };
}

async function setNames(tx: ManagedTransaction, id: string, names: Names): Promise<void> {
  await tx.run(
    `MATCH (n:${LABELS.Entity} {id: $id}) SET n.name = $name, n.aliases = $aliases, n.pinyin = $pinyin`,
    { id, ...names, pinyin: pinyinKeys([names.name, ...names.aliases]) },
  );
}

/**
 * One name change: `change` turns the names as they are (read under the write lock) into the new
 * ones, or throws badInput; both are kept in the curation log so it can be undone.
 */
async function changeNames(
  tx: ManagedTransaction,
  actor: Actor,
  id: string,
  operation: 'RENAME_ENTITY' | 'ADD_ALIAS' | 'REMOVE_ALIAS',
  reason: string | null,
  change: (before: Names) => Names,
): Promise<CurationRec> {
  const before = await namesOf(tx, id);
  const after = change(before);
  await setNames(tx, id, after);
  return recordCuration(tx, actor, { operation, reason, targets: [id], entities: [id], before, after });
}

export async function renameEntity(
  tx: ManagedTransaction,
  actor: Actor,
  id: string,
  newName: string,
  reason: string,
): Promise<CurationRec> {
  const name = checkName('name', newName);
  return changeNames(tx, actor, id, 'RENAME_ENTITY', reason, (before) => {
    if (before.name === name) throw badInput(`the entity is called ${name} already`);
    return { name, aliases: [...new Set([...before.aliases, before.name])].filter((a) => a !== name) };
  });
}

export async function addAlias(
  tx: ManagedTransaction,
  actor: Actor,
  id: string,
  alias: string,
  reason: string | null,
): Promise<CurationRec> {
  const a = checkName('alias', alias);
  return changeNames(tx, actor, id, 'ADD_ALIAS', reason, (before) => {
    if (a === before.name || before.aliases.includes(a)) throw badInput(`${a} is already a name of ${id}`);
    return { name: before.name, aliases: [...before.aliases, a] };
  });
}

export async function removeAlias(
  tx: ManagedTransaction,
  actor: Actor,
  id: string,
  alias: string,
  reason: string | null,
): Promise<CurationRec> {
  return changeNames(tx, actor, id, 'REMOVE_ALIAS', reason, (before) => {
    if (!before.aliases.includes(alias)) throw badInput(`${alias.slice(0, 80)} is not an alias of ${id}`);
    return { name: before.name, aliases: before.aliases.filter((x) => x !== alias) };
  });
}

/** Undo of a rename or alias change: the names as they were before it. */
export async function undoEntityCuration(
  tx: ManagedTransaction,
  c: CurationRec,
  before: Record<string, unknown>,
): Promise<void> {
  const id = c.targets[0]!;
  await namesOf(tx, id);
  await setNames(tx, id, { name: String(before.name), aliases: (before.aliases as string[]) ?? [] });
}
