import {
  ENTITY_SEARCH_INDEX,
  LABELS,
  ORGANIZATION_KIND_LABEL,
  ORGANIZATION_KINDS,
  RELATIONS,
  type RelationType,
} from '@guanxi/schema';

/**
 * The writer's Cypher. Labels and relationship types are interpolated only from the schema's
 * allow-list (Cypher cannot take them as parameters); every value is a parameter.
 */
const { Entity, Person, Organization, Position, Event, Place, Article } = LABELS;

/**
 * `UNWIND $rows AS row` that first takes the write lock of every existing node of the batch.
 * MERGE on an existing node takes a shared lock that the SET after it upgrades, and two writers
 * upgrading the same shared lock deadlock each other. A plain MATCH takes no lock, so locking
 * through it (rows sorted by id, labels in a fixed order) makes every writer take the exclusive
 * locks in one global order: parallel ingests of overlapping articles wait instead of deadlocking.
 */
function unwindLocked(labels: string): string {
  return `
  UNWIND $rows AS row
  OPTIONAL MATCH (x:${labels} {id: row.id})
  FOREACH (_ IN CASE WHEN x IS NULL THEN [] ELSE [1] END | SET x.\`_lock\` = true REMOVE x.\`_lock\`)
  WITH row`;
}

/** Adds the row's aliases and pinyin to the node's lists, without duplicates and never the name. */
const UNION_ALIASES = `
  SET n.aliases = coalesce(n.aliases, []) + [a IN row.aliases WHERE a <> n.name AND NOT a IN coalesce(n.aliases, [])],
      n.pinyin = coalesce(n.pinyin, []) + [p IN row.pinyin WHERE NOT p IN coalesce(n.pinyin, [])]`;

/** Candidates for resolution: nodes with one of the names, or carrying one of them as an alias. */
export function lookupQuery(label: typeof Person | typeof Organization): string {
  return `
    CALL {
      UNWIND $names AS nm
      MATCH (n:${Entity} {name: nm}) WHERE n:${label}
      RETURN n
    UNION
      UNWIND $queries AS q
      CALL db.index.fulltext.queryNodes('${ENTITY_SEARCH_INDEX}', q) YIELD node
      WITH node AS n WHERE n:${label} AND any(a IN n.aliases WHERE a IN $names)
      RETURN n
    }
    RETURN n.id AS id, n.name AS name, coalesce(n.aliases, []) AS aliases`;
}

export const ARTICLE_QUERY = `
  UNWIND $rows AS row
  OPTIONAL MATCH (old:${Article} {id: row.id})
  WITH row, old IS NOT NULL AS existed
  MERGE (a:${Article} {id: row.id})
    ON CREATE SET a.title = row.title, a.url = row.url, a.publishedAt = row.publishedAt,
                  a.text = row.text, a.source = row.source, a.ingestedAt = row.ingestedAt
  RETURN row.id AS id, existed`;

export const PERSON_QUERY = `
  ${unwindLocked(`${Person}`)}
  MERGE (n:${Entity}:${Person} {id: row.id})
    ON CREATE SET n.name = row.name, n.aliases = [], n.pinyin = []
  ${UNION_ALIASES}`;

/**
 * An organization's kind is set when it is created; a later article can only sharpen `other`
 * (an organization first seen as a bare reference) into a real kind. The kind label follows.
 */
export const ORGANIZATION_QUERY = `
  ${unwindLocked(`${Organization}`)}
  MERGE (n:${Entity}:${Organization} {id: row.id})
    ON CREATE SET n.name = row.name, n.aliases = [], n.pinyin = [], n.kind = row.kind
  ${UNION_ALIASES}
  SET n.kind = CASE WHEN n.kind = 'other' THEN row.kind ELSE n.kind END
  ${ORGANIZATION_KINDS.map(
    (k) =>
      `FOREACH (_ IN CASE WHEN n.kind = '${k}' THEN [1] ELSE [] END | SET n:${ORGANIZATION_KIND_LABEL[k]})`,
  ).join('\n  ')}
  FOREACH (_ IN CASE WHEN n.kind <> 'other' THEN [1] ELSE [] END | REMOVE n:${ORGANIZATION_KIND_LABEL.other})`;

export const EVENT_QUERY = `
  ${unwindLocked(`${Event}`)}
  MERGE (n:${Entity}:${Event} {id: row.id})
    ON CREATE SET n.name = row.name, n.aliases = [], n.pinyin = [], n.date = row.date
  SET n.date = coalesce(n.date, row.date)
  ${UNION_ALIASES}`;

export const PLACE_QUERY = `
  ${unwindLocked(`${Place}`)}
  MERGE (n:${Entity}:${Place} {id: row.id})
    ON CREATE SET n.name = row.name, n.aliases = [], n.pinyin = []
  ${UNION_ALIASES}`;

export const POSITION_QUERY = `
  ${unwindLocked(`${Position}`)}
  MERGE (n:${Position} {id: row.id})
    ON CREATE SET n.title = row.title, n.organizationId = row.organizationId, n.name = row.name`;

/** Properties that tell two relationships of a type apart (one PARTICIPATED per person, event, role). */
export const KEY_PROPERTIES: Partial<Record<RelationType, readonly string[]>> = {
  PARTICIPATED: ['role'],
  ORGANIZED: ['role'],
};

/** Per-type rules for the non-key properties when a relationship is stated again. */
export const ON_CREATE: Partial<Record<RelationType, string>> = {
  HOLDS: 'r.current = row.current',
  PARTICIPATED: 'r.topic = row.topic',
};
/** A post any article calls former (原/前) stays former; a missing topic is filled in later. */
export const ON_MATCH: Partial<Record<RelationType, string>> = {
  HOLDS: 'r.current = r.current AND row.current',
  PARTICIPATED: 'r.topic = coalesce(r.topic, row.topic)',
};

export function relationQuery(type: RelationType): string {
  const spec = RELATIONS[type];
  const keys = (KEY_PROPERTIES[type] ?? []).map((k) => `${k}: row.${k}`).join(', ');
  const onCreate = ON_CREATE[type] ? `ON CREATE SET ${ON_CREATE[type]}` : '';
  const onMatch = ON_MATCH[type] ? `ON MATCH SET ${ON_MATCH[type]}` : '';
  return `
  UNWIND $rows AS row
  MATCH (a:${spec.source} {id: row.from})
  MATCH (b:${spec.target} {id: row.to})
  MERGE (a)-[r:${type}${keys ? ` {${keys}}` : ''}]->(b)
    ${onCreate} ${onMatch}
  SET r.articles = CASE WHEN row.articleId IN coalesce(r.articles, []) THEN r.articles
                        ELSE coalesce(r.articles, []) + row.articleId END,
      r.evidence = CASE WHEN row.evidence IN coalesce(r.evidence, []) THEN r.evidence
                        ELSE coalesce(r.evidence, []) + row.evidence END`;
}
