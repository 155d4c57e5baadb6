import type { ManagedTransaction } from 'neo4j-driver';
import type { Actor } from '../actor';
import { badInput } from '../errors';
import { findFact, updateFact, type StoredFact } from './fact-store';
import { isRetracted, mustFindFact } from './fact-ops';
import { makeFact, prepareFact, specOf, type FactInput, type FactSpec } from './fact-make';
import { recordCuration, type CurationRec } from './record';

/**
 * assertFact: a fact stated by hand, with a source URL or a note (status ASSERTED, confidence 1).
 * correctFact: a fact read wrongly. A change of a property (`current`, `topic`) is made in place;
 * a change of an end or the role (another organization, title, parent or role) makes the corrected
 * fact (status CORRECTED, keeping the evidence) and retracts the wrong one, so re-ingest of the
 * article that stated it cannot bring it back. The record holds what an undo needs.
 */
export interface Provenance {
  sourceUrl?: string | null;
  note?: string | null;
}

function checkProvenance(p: Provenance): { url: string | null; note: string | null } {
  const url = p.sourceUrl?.trim() || null;
  const note = p.note?.trim() || null;
  if (!url && !note) throw badInput('an asserted fact needs a sourceUrl or a note');
  if (url && !/^https?:\/\/\S{1,2000}$/.test(url)) throw badInput('sourceUrl must be an http(s) URL');
  if (note && note.length > 1000) throw badInput('note is longer than 1000 characters');
  return { url, note };
}

export async function assertFact(
  tx: ManagedTransaction,
  actor: Actor,
  input: FactInput & Provenance,
): Promise<CurationRec> {
  const assertion = checkProvenance(input);
  const spec = await prepareFact(tx, specOf(input));
  const existing = await findFact(tx, spec.id);
  if (existing && !isRetracted(existing))
    throw badInput(`the fact exists already (${spec.id}); verify or correct it instead`);
  const made = await makeFact(tx, spec, 'ASSERTED', { assertion });
  const fact = (await findFact(tx, made.id))!;
  return recordCuration(tx, actor, {
    operation: 'ASSERT_FACT',
    reason: assertion.note,
    targets: [made.id],
    entities: fact.entities,
    before: { madeState: made.previous },
    after: { fact: made.id, sourceUrl: assertion.url },
  });
}

export interface Correction {
  organization?: string | null;
  title?: string | null;
  current?: boolean | null;
  role?: string | null;
  topic?: string | null;
  parent?: string | null;
}

/** The fact as a FactInput, with the correction applied. */
export async function corrected(tx: ManagedTransaction, fact: StoredFact, c: Correction): Promise<FactInput> {
  const r = fact.rel;
  switch (fact.type) {
    case 'HOLDS': {
      const res = await tx.run(
        `MATCH (p:Position {id: $id}) RETURN p.title AS title, p.organizationId AS org`,
        {
          id: fact.to,
        },
      );
      const post = res.records[0]!;
      return {
        type: 'HOLDS',
        person: fact.from,
        title: c.title ?? (post.get('title') as string),
        organization:
          c.organization === undefined || c.organization === null
            ? (post.get('org') as string | null)
            : c.organization,
        current: c.current ?? r.current !== false,
      };
    }
    case 'PARTICIPATED':
      return {
        type: 'PARTICIPATED',
        person: fact.from,
        event: fact.to,
        role: c.role ?? (r.role as string),
        topic: c.topic ?? (r.topic as string | null) ?? null,
      };
    case 'ORGANIZED':
      return {
        type: 'ORGANIZED',
        organization: fact.from,
        event: fact.to,
        role: c.role ?? (r.role as string),
      };
    case 'PART_OF':
      return { type: 'PART_OF', organization: fact.from, parent: c.parent ?? fact.to };
  }
}

export async function correctFact(
  tx: ManagedTransaction,
  actor: Actor,
  id: string,
  correction: Correction,
  reason: string,
): Promise<CurationRec> {
  const fact = await mustFindFact(tx, id);
  if (isRetracted(fact)) throw badInput(`fact ${id} is retracted; undo the retraction first`);
  const spec: FactSpec & { id: string } = await prepareFact(
    tx,
    specOf(await corrected(tx, fact, correction)),
  );
  const entities = [...fact.entities];
  if (spec.id === id) {
    // Same ends and role: only properties change.
    const props = { current: fact.rel.current ?? null, topic: fact.rel.topic ?? null };
    const next = { current: spec.post?.current ?? props.current, topic: spec.topic ?? props.topic };
    if (next.current === props.current && next.topic === props.topic)
      throw badInput('the correction changes nothing');
    await updateFact(
      tx,
      fact,
      `r.status = 'CORRECTED', r.current = $current, r.topic = $topic`,
      fact.type === 'HOLDS' ? { current: next.current, topic: null } : { current: null, topic: next.topic },
      actor.name,
    );
    return recordCuration(tx, actor, {
      operation: 'CORRECT_FACT',
      reason,
      targets: [id],
      entities,
      before: { fact: id, madeState: { status: fact.rel.status ?? 'EXTRACTED', retracted: false }, props },
      after: { fact: id, props: next },
    });
  }
  // The corrected fact is the same statement read right: it keeps its sources and its dates.
  const dates = ['firstSeen', 'lastSeen', 'lastCurrent', 'since', 'sinceBound', 'until', 'untilBound'];
  const source = {
    articles: fact.rel.articles,
    evidence: fact.rel.evidence,
    sourceConfidence: fact.rel.sourceConfidence,
    ...Object.fromEntries(dates.map((d) => [d, fact.rel[d] ?? null])),
  };
  const made = await makeFact(tx, spec, 'CORRECTED', { source });
  await updateFact(tx, fact, 'r.retracted = true, r.correctedTo = $to', { to: made.id }, actor.name);
  await updateFact(tx, { id: made.id, type: spec.type }, 'r.correctedFrom = $from', { from: id }, actor.name);
  const now = (await findFact(tx, made.id))!;
  return recordCuration(tx, actor, {
    operation: 'CORRECT_FACT',
    reason,
    targets: [id, made.id],
    entities: [...entities, ...now.entities],
    before: { fact: id, madeState: made.previous },
    after: { fact: made.id },
  });
}
