import { LABELS, storedPartialDate, type PartialDate } from '@guanxi/schema';
import neo4j, { type Node as Neo4jNode } from 'neo4j-driver';
import type { Db } from './db';
import { toRec, type NodeRec } from './records';

/**
 * The changes feed: what happened, dated, in a range — posts begun and ended, people and organizations
 * first named. Each kind is one indexed range read (holds_since, holds_until, holds_first_seen,
 * person_first_seen, organization_first_seen), so a poll of a month costs what the month holds.
 *
 *  - NEW_POST at the post's stated start (since), else at its first sighting when some article called
 *    it current (a post only ever read as 原 is an end, not a beginning);
 *  - ENDED_POST at its end (until, EXACT or NOT_AFTER);
 *  - NEW_PERSON / NEW_ORGANIZATION at the earliest date of the articles naming them.
 *
 * A change is in the range when its date, as written, sorts between `since` and `until` (inclusive;
 * `until` covers its whole period). Retracted facts are left out. Order: date, kind, then id, so pages
 * are stable while nothing is written inside the range.
 */
export const CHANGE_KINDS = ['NEW_POST', 'ENDED_POST', 'NEW_PERSON', 'NEW_ORGANIZATION'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface ChangeRec {
  kind: ChangeKind;
  at: PartialDate;
  /** The fact's or the entity's id (the last tie-breaker of the order). */
  key: string;
  person: NodeRec | null;
  organization: NodeRec | null;
  title: string | null;
  /** Encoded evidence of the fact; empty for NEW_PERSON/NEW_ORGANIZATION (read from their articles). */
  evidence: string[];
}

const { Person, Position, Organization } = LABELS;
const IN_RANGE = (x: string) => `${x} >= $since AND ${x} <= $until`;

const PARTS: Record<ChangeKind, string[]> = {
  NEW_POST: [
    `MATCH (p:${Person})-[r:HOLDS]->(v:${Position}) WHERE ${IN_RANGE('r.since')} AND r.retracted IS NULL
     RETURN 'NEW_POST' AS kind, r.since AS at, r.sinceBound AS bound, r.id AS key, p, v, r.evidence AS evidence`,
    `MATCH (p:${Person})-[r:HOLDS]->(v:${Position}) WHERE ${IN_RANGE('r.firstSeen')} AND r.since IS NULL
       AND r.lastCurrent IS NOT NULL AND r.retracted IS NULL
     RETURN 'NEW_POST' AS kind, r.firstSeen AS at, 'EXACT' AS bound, r.id AS key, p, v, r.evidence AS evidence`,
  ],
  ENDED_POST: [
    `MATCH (p:${Person})-[r:HOLDS]->(v:${Position}) WHERE ${IN_RANGE('r.until')} AND r.retracted IS NULL
     RETURN 'ENDED_POST' AS kind, r.until AS at, r.untilBound AS bound, r.id AS key, p, v, r.evidence AS evidence`,
  ],
  NEW_PERSON: [
    `MATCH (p:${Person}) WHERE ${IN_RANGE('p.firstSeen')}
     RETURN 'NEW_PERSON' AS kind, p.firstSeen AS at, 'EXACT' AS bound, p.id AS key, p, null AS v, [] AS evidence`,
  ],
  NEW_ORGANIZATION: [
    `MATCH (p:${Organization}) WHERE ${IN_RANGE('p.firstSeen')}
     RETURN 'NEW_ORGANIZATION' AS kind, p.firstSeen AS at, 'EXACT' AS bound, p.id AS key, p, null AS v, [] AS evidence`,
  ],
};

/** Kinds are validated by the GraphQL enum; only the fixed parts above are joined. */
export function changesCypher(kinds: readonly ChangeKind[]): string {
  const parts = CHANGE_KINDS.filter((k) => kinds.includes(k)).flatMap((k) => PARTS[k]);
  return `CALL () {
${parts.join('\nUNION ALL\n')}
}
WITH kind, at, bound, key, p, v, evidence
ORDER BY at, kind, key
SKIP $skip LIMIT $limit
OPTIONAL MATCH (v)-[:AT]->(o:${Organization})
RETURN kind, at, bound, key, p, v, coalesce(o, CASE WHEN kind = 'NEW_ORGANIZATION' THEN p END) AS o, evidence
ORDER BY at, kind, key`;
}

/**
 * One page of changes (`limit` rows from `skip`). `since`/`until` are validated date values; `until`
 * covers its whole period: '~' sorts after every digit and '-', so `2018-05~` is after all of May.
 */
export async function changesPage(
  db: Db,
  range: { since: string; until: string | null },
  kinds: readonly ChangeKind[],
  skip: number,
  limit: number,
): Promise<ChangeRec[]> {
  const node = (x: unknown): NodeRec | null => (x ? toRec(x as Neo4jNode) : null);
  const rows = await db.read(
    changesCypher(kinds),
    {
      since: range.since,
      until: `${range.until ?? '9999'}~`,
      skip: neo4j.int(skip),
      limit: neo4j.int(limit),
    },
    (r) => {
      const kind = r.get('kind') as ChangeKind;
      const p = node(r.get('p'));
      const v = node(r.get('v'));
      return {
        kind,
        at: storedPartialDate(r.get('at'), r.get('bound')),
        key: r.get('key') as string,
        person: kind === 'NEW_ORGANIZATION' ? null : p,
        organization: node(r.get('o')),
        title: v?.__typename === 'Position' ? v.title : null,
        evidence: (r.get('evidence') as string[] | null) ?? [],
      };
    },
  );
  // Only the writer stores these dates, and it stores valid ones; a hand-edited bad one is skipped.
  return rows.flatMap((c) => (c.at ? [{ ...c, at: c.at }] : []));
}
