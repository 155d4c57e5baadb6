import { LABELS } from '@guanxi/schema';
import neo4j, { type Node as Neo4jNode } from 'neo4j-driver';
import { toNumber, type Db } from './db';
import { toRec, type PersonRec } from './records';

/**
 * What sharing one thing is worth. Attending the same event means the two were in one room; being
 * named in the same article may only mean the reporter listed them, so an event weighs three articles.
 */
export const CO_APPEARANCE_WEIGHT = { event: 3, article: 1 } as const;

/** Shared events and articles listed per co-appearance (the weight counts all of them). */
export const MAX_SHARED = 100;

export interface CoAppearanceRow {
  person: PersonRec;
  weight: number;
  eventIds: string[];
  articleIds: string[];
}

const { Person, Event, Article } = LABELS;

/**
 * People who took part in the same events (PARTICIPATED, any role) or are named in the same articles
 * (MENTIONS) as the person, heaviest first. Retracted facts and mentions do not count. The shared
 * things are newest first (event date, article date).
 */
export const coAppearancesCypher = `MATCH (p:${Person} {id: $id})
CALL (p) {
  MATCH (p)-[r1:PARTICIPATED]->(x:${Event})<-[r2:PARTICIPATED]-(q:${Person})
  WHERE r1.retracted IS NULL AND r2.retracted IS NULL AND q <> p
  RETURN q, x.id AS eventId, null AS articleId, x.date AS at
  UNION
  MATCH (p)<-[m1:MENTIONS]-(x:${Article})-[m2:MENTIONS]->(q:${Person})
  WHERE m1.retracted IS NULL AND m2.retracted IS NULL AND q <> p
  RETURN q, null AS eventId, x.id AS articleId, x.publishedAt AS at
}
WITH q, eventId, articleId ORDER BY coalesce(at, '') DESC, coalesce(eventId, articleId)
WITH q, collect(DISTINCT eventId) AS events, collect(DISTINCT articleId) AS articles
WITH q, events, articles, $eventWeight * size(events) + $articleWeight * size(articles) AS weight
ORDER BY weight DESC, q.name, q.id
LIMIT $first
RETURN q, weight, events[..$cap] AS events, articles[..$cap] AS articles`;

export async function coAppearances(db: Db, id: string, first: number): Promise<CoAppearanceRow[]> {
  const params = {
    id,
    first: neo4j.int(first),
    cap: neo4j.int(MAX_SHARED),
    eventWeight: neo4j.int(CO_APPEARANCE_WEIGHT.event),
    articleWeight: neo4j.int(CO_APPEARANCE_WEIGHT.article),
  };
  const rows = await db.read(coAppearancesCypher, params, (r) => {
    const person = toRec(r.get('q') as Neo4jNode);
    if (person?.__typename !== 'Person') return null;
    return {
      person,
      weight: toNumber(r.get('weight')),
      eventIds: r.get('events') as string[],
      articleIds: r.get('articles') as string[],
    };
  });
  return rows.filter((r): r is CoAppearanceRow => r !== null);
}
