import { LABELS, isFactType, type RelationType } from '@guanxi/schema';
import { factId, mergeEntitiesInTx, MergeError, positionId } from '@guanxi/seed';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Actor } from '../actor';
import { badInput, notFound } from '../errors';
import { recordCuration, type CurationRec } from './record';
import {
  plain,
  recreateNode,
  recreateRels,
  relKey,
  snapshotNodes,
  type NodeSnap,
  type RelSnap,
} from './snapshot';

/**
 * mergeEntities with an undo. Before seed's merge runs (same transaction) the record keeps
 * snapshots of what it will change: `drop` and, for an organization, its posts (deleted and
 * re-derived at keep), `keep`'s own relationships and the posts at keep they merge into. The merge
 * re-derives the moved facts' ids; the record lists old → new (`remapFrom`/`remapTo`), so older
 * curations that name an old id still resolve (remap.ts). Undo puts drop and its posts back with
 * their relationships (and old fact ids), gives keep's relationships that absorbed one of drop's
 * their earlier properties, deletes the ones the merge created, and takes drop's names off keep's
 * aliases. Anything else that happened to keep since stays.
 */
export interface MergeBefore {
  drop: NodeSnap;
  dropPosts: NodeSnap[];
  keep: NodeSnap;
  keepPosts: NodeSnap[];
  /** drop's post id → the post at keep it became. */
  posts: Record<string, string>;
}

const spaceOfPost = (id: string): string => id.slice(0, id.lastIndexOf('pos_'));

async function labelOf(tx: ManagedTransaction, id: string): Promise<string | null> {
  const res = await tx.run(`MATCH (n:${LABELS.Entity} {id: $id}) RETURN labels(n) AS labels`, { id });
  const labels = res.records[0]?.get('labels') as string[] | undefined;
  return labels
    ? ([LABELS.Person, LABELS.Organization, LABELS.Event, LABELS.Place].find((l) => labels.includes(l)) ??
        null)
    : null;
}

async function postsAt(tx: ManagedTransaction, orgId: string): Promise<{ id: string; title: string }[]> {
  const res = await tx.run(
    `MATCH (p:${LABELS.Position})-[:AT]->(:${LABELS.Organization} {id: $orgId}) RETURN p.id AS id, p.title AS title`,
    { orgId },
  );
  return res.records.map((r) => ({ id: r.get('id') as string, title: r.get('title') as string }));
}

/** The id each of drop's facts has after the merge (ends renamed as the merge renames them). */
function remapOf(before: MergeBefore, keepId: string): Record<string, string> {
  const rename = (id: string) => (id === before.drop.id ? keepId : (before.posts[id] ?? id));
  const remap: Record<string, string> = {};
  for (const node of [before.drop, ...before.dropPosts]) {
    for (const r of node.rels) {
      const old = r.props.id;
      if (!isFactType(r.type) || typeof old !== 'string') continue;
      const [from, to] = r.out ? [node.id, r.other] : [r.other, node.id];
      const role = typeof r.props.role === 'string' ? r.props.role : null;
      const next = factId(r.type, rename(from), rename(to), role);
      if (next !== old) remap[old] = next;
    }
  }
  return remap;
}

export async function mergeEntities(
  tx: ManagedTransaction,
  actor: Actor,
  keep: string,
  drop: string,
  reason: string | null,
): Promise<CurationRec> {
  const label = await labelOf(tx, drop);
  const isOrg = label === LABELS.Organization;
  const dropPostRows = isOrg ? await postsAt(tx, drop) : [];
  const posts = Object.fromEntries(
    dropPostRows.map((p) => [p.id, spaceOfPost(p.id) + positionId(keep, p.title)]),
  );
  const snap = async (l: string, ids: string[]) => (ids.length > 0 ? snapshotNodes(tx, l, ids) : []);
  const [dropSnap] = label ? await snap(label, [drop]) : [];
  const [keepSnap] = label ? await snap(label, [keep]) : [];
  const dropPosts = await snap(LABELS.Position, Object.keys(posts));
  const keepPosts = await snap(LABELS.Position, Object.values(posts));
  let merged;
  try {
    merged = await mergeEntitiesInTx(tx, keep, drop);
  } catch (e) {
    if (e instanceof MergeError) throw e.code === 'NOT_FOUND' ? notFound(e.message) : badInput(e.message);
    throw e;
  }
  const before: MergeBefore = { drop: dropSnap!, dropPosts, keep: keepSnap!, keepPosts, posts };
  const remap = remapOf(before, keep);
  return recordCuration(tx, actor, {
    operation: 'MERGE_ENTITIES',
    reason,
    targets: [keep, drop],
    entities: [keep, drop],
    before,
    after: { keep, relationshipsMoved: merged.relationshipsMoved, remap },
    remap,
  });
}

/**
 * Keep's relationships (of one node: keep or one of its posts) that the merge changed: one keep had
 * before gets its earlier properties; one the merge created is deleted, and its properties as they
 * are now (sources a later article added, a later curation) are returned by key, to go back to drop.
 */
async function restoreAbsorbed(
  tx: ManagedTransaction,
  label: string,
  nodeId: string,
  moved: ReadonlySet<string>,
  was: readonly RelSnap[],
): Promise<Map<string, Record<string, unknown>>> {
  const res = await tx.run(
    `MATCH (n:${label} {id: $nodeId})-[r]-(o)
     RETURN elementId(r) AS eid, type(r) AS type, startNode(r) = n AS out, o.id AS other, properties(r) AS props`,
    { nodeId },
  );
  const earlier = new Map(was.map((r) => [relKey(r.type, r.out, r.other, r.props), r.props]));
  const reset: { eid: string; props: Record<string, unknown> }[] = [];
  const gone: string[] = [];
  const current = new Map<string, Record<string, unknown>>();
  for (const r of res.records) {
    const key = relKey(
      r.get('type') as RelationType,
      r.get('out') as boolean,
      r.get('other') as string,
      r.get('props') as Record<string, unknown>,
    );
    if (!moved.has(key)) continue;
    const props = earlier.get(key);
    if (props) reset.push({ eid: r.get('eid') as string, props });
    else {
      gone.push(r.get('eid') as string);
      current.set(key, plain(r.get('props')) as Record<string, unknown>);
    }
  }
  // Element ids are used only inside this transaction, never stored or shown.
  await tx.run(`UNWIND $reset AS row MATCH ()-[r]->() WHERE elementId(r) = row.eid SET r = row.props`, {
    reset,
  });
  await tx.run(`UNWIND $gone AS eid MATCH ()-[r]->() WHERE elementId(r) = eid DELETE r`, { gone });
  return current;
}

export async function undoMerge(tx: ManagedTransaction, before: MergeBefore): Promise<void> {
  const { drop, keep, dropPosts, keepPosts, posts } = before;
  if (!drop || !keep) throw badInput('this merge was recorded without the state an undo needs');
  const label = (await labelOf(tx, keep.id)) ?? LABELS.Entity;
  if (label === LABELS.Entity) throw notFound(`no entity with id ${keep.id}`);
  const rename = (id: string) => (id === drop.id ? keep.id : (posts[id] ?? id));
  // What drop's relationships became on keep (and on keep's posts), by node.
  const movedOn = new Map<string, Set<string>>();
  for (const node of [drop, ...dropPosts]) {
    const target = rename(node.id);
    for (const r of node.rels) {
      if (rename(r.other) === target) continue; // a loop the merge deleted
      const set = movedOn.get(target) ?? new Set<string>();
      set.add(relKey(r.type, r.out, rename(r.other), r.props));
      movedOn.set(target, set);
    }
  }
  const now = new Map<string, Map<string, Record<string, unknown>>>();
  now.set(keep.id, await restoreAbsorbed(tx, label, keep.id, movedOn.get(keep.id) ?? new Set(), keep.rels));
  for (const postId of new Set(Object.values(posts))) {
    const was = keepPosts.find((p) => p.id === postId)?.rels ?? [];
    now.set(
      postId,
      await restoreAbsorbed(tx, LABELS.Position, postId, movedOn.get(postId) ?? new Set(), was),
    );
  }
  // A relationship that goes back to drop takes its current properties along, under its old id.
  const latest = (node: NodeSnap): NodeSnap => ({
    ...node,
    rels: node.rels.map((r) => {
      const props = now.get(rename(node.id))?.get(relKey(r.type, r.out, rename(r.other), r.props));
      return props ? { ...r, props: { ...props, id: r.props.id ?? null } } : r;
    }),
  });
  // Posts the merge made at keep and nothing else holds now go.
  const made = Object.values(posts).filter((id) => !keepPosts.some((p) => p.id === id));
  await tx.run(
    `UNWIND $made AS id MATCH (p:${LABELS.Position} {id: id}) WHERE NOT (p)<-[:HOLDS]-() DETACH DELETE p`,
    { made },
  );
  await recreateNode(tx, drop);
  for (const p of dropPosts) await recreateNode(tx, p);
  const postIds = new Set(dropPosts.map((p) => p.id));
  // A relationship between drop and one of its posts (AT) is written once, from the post's side.
  const dropNow = latest(drop);
  await recreateRels(tx, label, [{ ...dropNow, rels: dropNow.rels.filter((r) => !postIds.has(r.other)) }]);
  await recreateRels(tx, LABELS.Position, dropPosts.map(latest));
  const dropNames = [drop.props.name, ...((drop.props.aliases as unknown[]) ?? [])].filter(
    (n) => !((keep.props.aliases as unknown[]) ?? []).includes(n),
  );
  const dropPinyin = ((drop.props.pinyin as unknown[]) ?? []).filter(
    (p) => !((keep.props.pinyin as unknown[]) ?? []).includes(p),
  );
  await tx.run(
    `MATCH (k:${label} {id: $id})
     SET k.aliases = [a IN coalesce(k.aliases, []) WHERE NOT a IN $names],
         k.pinyin = [p IN coalesce(k.pinyin, []) WHERE NOT p IN $pinyin]
     FOREACH (_ IN CASE WHEN k:${LABELS.Event} THEN [1] ELSE [] END | SET k.date = $date)`,
    { id: keep.id, names: dropNames, pinyin: dropPinyin, date: keep.props.date ?? null },
  );
}
