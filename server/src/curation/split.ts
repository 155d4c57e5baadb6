import { LABELS, labelsOf, isOrganizationKind, type EntityKind } from '@guanxi/schema';
import { entityId, pinyinKeys } from '@guanxi/seed';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Actor } from '../actor';
import { badInput, notFound } from '../errors';
import { corrected } from './assert-correct';
import { isRetracted, mustFindFact } from './fact-ops';
import { updateFact } from './fact-store';
import { makeFact, prepareFact, spaceOf, specOf, type FactInput } from './fact-make';
import { recordCuration, type CurationRec } from './record';

/**
 * splitEntity: some facts and articles of a node are about someone else (two 王伟). A new node of
 * the same kind gets copies of the chosen facts (status CORRECTED, same evidence) and the chosen
 * articles' mentions; the originals are retracted, not deleted, so re-ingesting those articles —
 * whose names still resolve to the old node — finds them retracted and cannot undo the split.
 * The inverse is a merge, not an undo.
 */
export interface SplitInput {
  id: string;
  name: string;
  facts: string[];
  articles: string[];
  reason: string;
}

async function kindOf(tx: ManagedTransaction, id: string): Promise<{ kind: EntityKind; name: string }> {
  const res = await tx.run(
    `MATCH (n:${LABELS.Entity} {id: $id}) RETURN labels(n) AS labels, n.kind AS kind, n.name AS name`,
    { id },
  );
  const r = res.records[0];
  if (!r) throw notFound(`no entity with id ${JSON.stringify(id.slice(0, 80))}`);
  const labels = r.get('labels') as string[];
  const orgKind = r.get('kind') as string | null;
  const kind: EntityKind = labels.includes(LABELS.Person)
    ? 'person'
    : labels.includes(LABELS.Event)
      ? 'event'
      : labels.includes(LABELS.Place)
        ? 'place'
        : orgKind && isOrganizationKind(orgKind)
          ? orgKind
          : 'other';
  return { kind, name: r.get('name') as string };
}

/** The fact with `from` replaced by `to` wherever it is one of the fact's entities. */
function moved(input: FactInput, from: string, to: string): FactInput {
  const swap = (v: string | null | undefined): string | null | undefined => (v === from ? to : v);
  return {
    ...input,
    person: swap(input.person),
    organization: swap(input.organization),
    event: swap(input.event),
    parent: swap(input.parent),
  };
}

export async function splitEntity(
  tx: ManagedTransaction,
  actor: Actor,
  input: SplitInput,
): Promise<CurationRec> {
  const name = input.name.trim();
  if (name.length === 0 || name.length > 200) throw badInput('name must be 1–200 characters');
  if (input.facts.length + input.articles.length === 0)
    throw badInput('choose facts or articles to split off');
  const { kind, name: oldName } = await kindOf(tx, input.id);
  const newId = spaceOf(input.id) + entityId(kind, name);
  if (newId === input.id) throw badInput('the new node needs another name');
  const exists = await tx.run(`MATCH (n:${LABELS.Entity} {id: $newId}) RETURN n.id`, { newId });
  if (exists.records.length > 0)
    throw badInput(`an entity named ${name} exists already (${newId}); merge instead`);
  const facts = await Promise.all([...new Set(input.facts)].map((id) => mustFindFact(tx, id)));
  for (const f of facts) {
    if (isRetracted(f)) throw badInput(`fact ${f.id} is retracted`);
    if (!f.entities.includes(input.id)) throw badInput(`fact ${f.id} is not about ${input.id}`);
  }
  await tx.run(
    `MATCH (o:${LABELS.Entity} {id: $id})
     CREATE (n:${labelsOf(kind).join(':')} {id: $newId, name: $name, aliases: [], pinyin: $pinyin})
     SET n.kind = o.kind, n.date = o.date`,
    { id: input.id, newId, name, pinyin: pinyinKeys([name]) },
  );
  const made: string[] = [];
  for (const f of facts) {
    const spec = await prepareFact(tx, specOf(moved(await corrected(tx, f, {}), input.id, newId)));
    const source = {
      articles: f.rel.articles,
      evidence: f.rel.evidence,
      sourceConfidence: f.rel.sourceConfidence,
    };
    made.push((await makeFact(tx, spec, 'CORRECTED', { source })).id);
    await updateFact(tx, f, 'r.retracted = true, r.correctedTo = $to', { to: spec.id }, actor.name);
  }
  const articles = [...new Set(input.articles)];
  const mentions = await tx.run(
    `UNWIND $articles AS aid
     MATCH (a:${LABELS.Article} {id: aid})-[m:MENTIONS]->(o:${LABELS.Entity} {id: $id}) WHERE m.retracted IS NULL
     MATCH (n:${LABELS.Entity} {id: $newId})
     MERGE (a)-[c:MENTIONS]->(n) ON CREATE SET c.articles = m.articles, c.evidence = m.evidence
     SET m.retracted = true
     RETURN aid`,
    { articles, id: input.id, newId },
  );
  if (mentions.records.length !== articles.length)
    throw badInput('every chosen article must mention the entity');
  return recordCuration(tx, actor, {
    operation: 'SPLIT_ENTITY',
    reason: input.reason,
    targets: [input.id, newId, ...facts.map((f) => f.id), ...made],
    entities: [input.id, newId],
    before: { entity: { id: input.id, name: oldName }, facts: facts.map((f) => f.id), articles },
    after: { entity: { id: newId, name }, facts: made, articles },
  });
}

/**
 * Undo of a split: the copies and the moved mentions leave the new node, the originals (facts and
 * mentions) come back, and the new node is deleted — unless something else was attached to it since
 * (then merge it back instead: that keeps what was added).
 */
export async function undoSplit(
  tx: ManagedTransaction,
  actor: Actor,
  before: { entity?: { id: string }; facts?: string[]; articles?: string[] },
  after: { entity?: { id: string }; facts?: string[] },
): Promise<void> {
  const oldId = before.entity?.id;
  const newId = after.entity?.id;
  if (!oldId || !newId) throw badInput('this split was recorded without the state an undo needs');
  for (const id of after.facts ?? []) {
    const made = await mustFindFact(tx, id);
    await tx.run(`MATCH ()-[r:${made.type} {id: $id}]->() DELETE r`, { id: made.id });
  }
  await tx.run(
    `MATCH (a:${LABELS.Article})-[m:MENTIONS]->(:${LABELS.Entity} {id: $newId}) WHERE a.id IN $articles DELETE m`,
    { newId, articles: before.articles ?? [] },
  );
  const left = await tx.run(`MATCH (n:${LABELS.Entity} {id: $newId})-[r]-() RETURN count(r) AS n`, { newId });
  if (Number(left.records[0]?.get('n') ?? 0) > 0)
    throw badInput(`${newId} has facts added since the split; merge it into ${oldId} instead`);
  await tx.run(`MATCH (n:${LABELS.Entity} {id: $newId}) DELETE n`, { newId });
  for (const id of before.facts ?? []) {
    const fact = await mustFindFact(tx, id);
    if (isRetracted(fact))
      await updateFact(tx, fact, 'r.retracted = null, r.correctedTo = null', {}, actor.name);
  }
  await tx.run(
    `MATCH (a:${LABELS.Article})-[m:MENTIONS]->(:${LABELS.Entity} {id: $oldId}) WHERE a.id IN $articles
     SET m.retracted = null`,
    { oldId, articles: before.articles ?? [] },
  );
}
