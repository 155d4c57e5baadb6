import {
  FACT_TYPES,
  LABELS,
  ORGANIZATION_EVENT_ROLES,
  PERSON_EVENT_ROLES,
  RELATIONS,
  type FactStatus,
  type FactType,
} from '@guanxi/schema';
import {
  absorbSources,
  CONFIDENCE_FROM_SOURCES,
  dateClauses,
  factId,
  positionId,
  splitFormerTitle,
} from '@guanxi/seed';
import type { ManagedTransaction } from 'neo4j-driver';
import { badInput, notFound } from '../errors';
import { findFact } from './fact-store';

/**
 * A fact stated by hand (assert) or as the corrected form of another (correct): its two ends are
 * checked to exist with the right labels; a post is MERGEd as the writer would (`pos_` id from the
 * organization and title, in the organization's id space). The fact is MERGEd on its ends and
 * role, so a hand-made fact and the same fact from an article are one relationship.
 */
export interface FactSpec {
  type: FactType;
  from: string;
  to: string;
  role: string | null;
  /** HOLDS only: the post the person holds. */
  post?: { title: string; organization: string | null; current: boolean };
  topic?: string | null;
}

export interface FactInput {
  type: FactType;
  person?: string | null;
  organization?: string | null;
  title?: string | null;
  current?: boolean | null;
  event?: string | null;
  role?: string | null;
  topic?: string | null;
  parent?: string | null;
}

const need = (v: string | null | undefined, what: string, type: FactType): string => {
  if (!v) throw badInput(`a ${type} fact needs ${what}`);
  return v;
};

export function specOf(input: FactInput): FactSpec {
  const { type } = input;
  switch (type) {
    case 'HOLDS': {
      const raw = need(input.title?.trim(), 'a title', type);
      const { title, current } = splitFormerTitle(raw);
      if (title.length === 0 || title.length > 100) throw badInput('title must be 1–100 characters');
      const person = need(input.person, 'a person', type);
      return {
        type,
        from: person,
        to: '',
        role: null,
        post: { title, organization: input.organization ?? null, current: input.current ?? current },
      };
    }
    case 'PARTICIPATED': {
      const role = need(input.role, 'a role', type);
      if (!(PERSON_EVENT_ROLES as readonly string[]).includes(role))
        throw badInput(`role must be one of ${PERSON_EVENT_ROLES.join(', ')}`);
      const from = need(input.person, 'a person', type);
      return { type, from, to: need(input.event, 'an event', type), role, topic: input.topic ?? null };
    }
    case 'ORGANIZED': {
      const role = need(input.role, 'a role', type);
      if (!(ORGANIZATION_EVENT_ROLES as readonly string[]).includes(role))
        throw badInput(`role must be one of ${ORGANIZATION_EVENT_ROLES.join(', ')}`);
      const from = need(input.organization, 'an organization', type);
      return { type, from, to: need(input.event, 'an event', type), role };
    }
    case 'PART_OF': {
      const from = need(input.organization, 'an organization (the unit)', type);
      const to = need(input.parent, 'a parent organization', type);
      if (from === to) throw badInput('an organization cannot be part of itself');
      return { type, from, to, role: null };
    }
  }
}

async function checkNode(tx: ManagedTransaction, id: string, label: string): Promise<string> {
  const res = await tx.run(`MATCH (n:${label} {id: $id}) RETURN coalesce(n.name, n.title) AS name`, { id });
  const name = res.records[0]?.get('name') as string | undefined;
  if (name === undefined)
    throw notFound(`no ${label.toLowerCase()} with id ${JSON.stringify(id.slice(0, 80))}`);
  return name;
}

/** The id space (test or import prefix) an id was written in. */
export const spaceOf = (id: string): string => id.slice(0, Math.max(0, id.search(/[a-z]+_[0-9a-f]{16}$/)));

/** Checks the ends, creates the post when needed and returns the fact's id and ends. */
export async function prepareFact(
  tx: ManagedTransaction,
  spec: FactSpec,
): Promise<FactSpec & { id: string }> {
  const rel = RELATIONS[spec.type];
  await checkNode(tx, spec.from, rel.source);
  if (spec.type !== 'HOLDS' || !spec.post) {
    await checkNode(tx, spec.to, rel.target);
    return { ...spec, id: factId(spec.type, spec.from, spec.to, spec.role) };
  }
  const { title, organization } = spec.post;
  const orgName = organization ? await checkNode(tx, organization, LABELS.Organization) : null;
  const to = spaceOf(organization ?? spec.from) + positionId(organization, title);
  await tx.run(
    `MERGE (p:${LABELS.Position} {id: $to})
       ON CREATE SET p.title = $title, p.organizationId = $organization, p.name = $name
     WITH p
     OPTIONAL MATCH (o:${LABELS.Organization} {id: $organization})
     FOREACH (_ IN CASE WHEN o IS NULL THEN [] ELSE [1] END |
       MERGE (p)-[at:AT]->(o) ON CREATE SET at.articles = [], at.evidence = [])`,
    { to, title, organization, name: orgName ? `${title} @ ${orgName}` : title },
  );
  return { ...spec, to, id: factId('HOLDS', spec.from, to, null) };
}

export interface Made {
  id: string;
  /** The fact's state before, when it existed already (an undo restores it). */
  previous: { status: string; retracted: boolean } | null;
}

/**
 * MERGEs the fact and sets it to `status`, not retracted. `sources` (articles, evidence and their
 * confidences: a corrected fact keeps the evidence of the one it corrects) are unioned in; a hand
 * assertion counts as one more source of confidence 1.
 */
export async function makeFact(
  tx: ManagedTransaction,
  spec: FactSpec & { id: string },
  status: FactStatus,
  extra: { source?: Record<string, unknown>; assertion?: { url: string | null; note: string | null } },
): Promise<Made> {
  if (!FACT_TYPES.includes(spec.type)) throw badInput('not a fact type');
  const existing = await findFact(tx, spec.id);
  const previous = existing
    ? { status: String(existing.rel.status ?? 'EXTRACTED'), retracted: existing.rel.retracted === true }
    : null;
  const rel = RELATIONS[spec.type];
  const key = spec.role ? ' {role: $role}' : '';
  await tx.run(
    `MATCH (a:${rel.source} {id: $from}), (b:${rel.target} {id: $to})
     MERGE (a)-[r:${spec.type}${key}]->(b)
       ON CREATE SET r.id = $id, r.articles = [], r.evidence = [], r.sourceConfidence = []
     SET r.status = $status, r.retracted = null,
         r.current = CASE WHEN $current IS NULL THEN r.current ELSE $current END,
         r.topic = coalesce($topic, r.topic),
         r.curatorConfidence = CASE WHEN $assertion IS NULL THEN r.curatorConfidence ELSE 1.0 END,
         r.assertedUrl = coalesce($assertion.url, r.assertedUrl),
         r.assertedNote = coalesce($assertion.note, r.assertedNote)
     WITH r, coalesce($source, {}) AS src
     ${absorbSources('src', true)}
     SET ${[CONFIDENCE_FROM_SOURCES, ...dateClauses(spec.type, 'src')].join(', ')}`,
    {
      from: spec.from,
      to: spec.to,
      id: spec.id,
      role: spec.role,
      status,
      current: spec.type === 'HOLDS' ? (spec.post?.current ?? null) : null,
      topic: spec.topic ?? null,
      assertion: extra.assertion ?? null,
      source: extra.source ?? null,
    },
  );
  return { id: spec.id, previous };
}
