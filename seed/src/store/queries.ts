import {
  ENTITY_SEARCH_INDEX,
  LABELS,
  ORGANIZATION_KIND_LABEL,
  ORGANIZATION_KINDS,
  propertiesWith,
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
  WITH row, x IS NULL AS created`;
}

/**
 * The ids of the nodes this statement created, and the element id of every node it wrote (`ids`
 * and `nodes`, parallel: one aggregation). The OPTIONAL MATCH above is a locking unique-index
 * seek: finding nothing, it holds the index entry's exclusive lock until commit, so no other
 * transaction can create that node meanwhile — a node seen missing there is created here, and no
 * relationship of it can exist outside this transaction.
 */
const RETURN_CREATED = `
  RETURN collect(CASE WHEN created THEN row.id END) AS created, collect(row.id) AS ids, collect(elementId(n)) AS nodes`;

/** Adds the row's aliases and pinyin to the node's lists, without duplicates and never the name. */
const UNION_ALIASES = `
  SET n.aliases = coalesce(n.aliases, []) + [a IN row.aliases WHERE a <> n.name AND NOT a IN coalesce(n.aliases, [])],
      n.pinyin = coalesce(n.pinyin, []) + [p IN row.pinyin WHERE NOT p IN coalesce(n.pinyin, [])]`;

/**
 * Candidates for resolution, first step: nodes with one of the names, or with the id one of them
 * derives (a renamed node keeps its id and carries its first name as an alias), of this id space.
 */
export function exactLookupQuery(label: typeof Person | typeof Organization): string {
  return `
    CALL {
      UNWIND $names AS nm
      // The hint: with many names the planner preferred a prefix seek on id, a scan of the id space.
      MATCH (n:${Entity} {name: nm}) USING INDEX n:${Entity}(name)
      WHERE n:${label} AND n.id STARTS WITH $idStart
      RETURN n
    UNION
      UNWIND $ids AS id
      MATCH (n:${label} {id: id})
      RETURN n
    }
    RETURN n.id AS id, n.name AS name, coalesce(n.aliases, []) AS aliases`;
}

/**
 * Second step, only for the names no node bears: nodes carrying one of them as an alias, through
 * the full-text index (a list property has no range index); the exact `IN` filter discards the
 * index's partial matches. Exact names win over aliases in resolution, so a name found by the first
 * step needs no alias candidates — and Lucene's phrase queries are most of a lookup's time.
 */
export function aliasLookupQuery(label: typeof Person | typeof Organization): string {
  return `
    UNWIND $queries AS q
    CALL db.index.fulltext.queryNodes('${ENTITY_SEARCH_INDEX}', q) YIELD node
    WITH DISTINCT node AS n
    WHERE n:${label} AND n.id STARTS WITH $idStart AND any(a IN n.aliases WHERE a IN $names)
    RETURN n.id AS id, n.name AS name, coalesce(n.aliases, []) AS aliases`;
}

export const ARTICLE_QUERY = `
  UNWIND $rows AS row
  OPTIONAL MATCH (old:${Article} {id: row.id})
  WITH row, old IS NOT NULL AS existed
  MERGE (a:${Article} {id: row.id})
    ON CREATE SET a.title = row.title, a.url = row.url, a.publishedAt = row.publishedAt,
                  a.text = row.text, a.source = row.source, a.ingestedAt = row.ingestedAt
  // Credits are read from the text like the facts, so a re-ingest with a newer extractor refreshes them.
  SET a.credits = row.credits
  RETURN row.id AS id, existed, elementId(a) AS node`;

/** A person or organization keeps the earliest date it was named on (the changes feed's NEW_PERSON …). */
export const EARLIEST_SEEN = `
  SET n.firstSeen = CASE WHEN row.firstSeen IS NOT NULL AND (n.firstSeen IS NULL OR row.firstSeen < n.firstSeen)
                    THEN row.firstSeen ELSE n.firstSeen END`;

export const PERSON_QUERY = `
  ${unwindLocked(`${Person}`)}
  MERGE (n:${Entity}:${Person} {id: row.id})
    ON CREATE SET n.name = row.name, n.aliases = [], n.pinyin = []
  ${UNION_ALIASES}
  ${EARLIEST_SEEN}
  ${RETURN_CREATED}`;

/**
 * An organization's kind is set when it is created; a later article can only sharpen `other`
 * (an organization first seen as a bare reference) into a real kind. The kind label follows.
 */
export const ORGANIZATION_QUERY = `
  ${unwindLocked(`${Organization}`)}
  MERGE (n:${Entity}:${Organization} {id: row.id})
    ON CREATE SET n.name = row.name, n.aliases = [], n.pinyin = [], n.kind = row.kind
  ${UNION_ALIASES}
  ${EARLIEST_SEEN}
  SET n.kind = CASE WHEN n.kind = 'other' THEN row.kind ELSE n.kind END
  ${ORGANIZATION_KINDS.map(
    (k) =>
      `FOREACH (_ IN CASE WHEN n.kind = '${k}' THEN [1] ELSE [] END | SET n:${ORGANIZATION_KIND_LABEL[k]})`,
  ).join('\n  ')}
  FOREACH (_ IN CASE WHEN n.kind <> 'other' THEN [1] ELSE [] END | REMOVE n:${ORGANIZATION_KIND_LABEL.other})
  ${RETURN_CREATED}`;

export const EVENT_QUERY = `
  ${unwindLocked(`${Event}`)}
  MERGE (n:${Entity}:${Event} {id: row.id})
    ON CREATE SET n.name = row.name, n.aliases = [], n.pinyin = [], n.date = row.date
  SET n.date = coalesce(n.date, row.date)
  ${UNION_ALIASES}
  ${RETURN_CREATED}`;

export const PLACE_QUERY = `
  ${unwindLocked(`${Place}`)}
  MERGE (n:${Entity}:${Place} {id: row.id})
    ON CREATE SET n.name = row.name, n.aliases = [], n.pinyin = []
  ${UNION_ALIASES}
  ${RETURN_CREATED}`;

export const POSITION_QUERY = `
  ${unwindLocked(`${Position}`)}
  MERGE (n:${Position} {id: row.id})
    ON CREATE SET n.title = row.title, n.organizationId = row.organizationId, n.name = row.name
  ${RETURN_CREATED}`;

/** The MERGE pattern's properties: what tells two relationships of a type apart (`role`). */
export function keyPattern(type: RelationType, from: string): string {
  const keys = propertiesWith(type, 'key').map((k) => `${k}: ${from}.${k}`);
  return keys.length > 0 ? ` {${keys.join(', ')}}` : '';
}

/** Cypher for "`src` states date `p` and it replaces `r`'s", one per date rule (partial-date.ts). */
function replacesDate(rule: 'earliest' | 'latest' | 'start' | 'end', p: string, src: string): string {
  const stated = `${src}.${p} IS NOT NULL AND (r.${p} IS NULL OR `;
  switch (rule) {
    case 'earliest':
    case 'start':
      return `${stated}${src}.${p} < r.${p})`;
    case 'latest':
      return `${stated}${src}.${p} > r.${p})`;
    case 'end': {
      // combineEnd: an EXACT end beats a bound, then the earliest (the tightest upper bound).
      const exact = (x: string) => `coalesce(${x}.${p}Bound, 'EXACT') = 'EXACT'`;
      return `${stated}(${exact(src)} AND NOT ${exact('r')}) OR (${exact(src)} = ${exact('r')} AND ${src}.${p} < r.${p}))`;
    }
  }
}

/**
 * The new value of each non-key property when a relationship `r` is stated again by `src` (a row,
 * or a relationship being merged into `r`), from the schema's property rules. A date's bound comes
 * before the date, so it is decided against the date as stored.
 */
export function combinedValues(type: RelationType, src: string): [string, string][] {
  const dates = (['earliest', 'latest', 'start', 'end'] as const).flatMap((rule) =>
    propertiesWith(type, rule).flatMap((p): [string, string][] => {
      const when = replacesDate(rule, p, src);
      const bound: [string, string][] =
        rule === 'start' || rule === 'end'
          ? [[`${p}Bound`, `CASE WHEN ${when} THEN ${src}.${p}Bound ELSE r.${p}Bound END`]]
          : [];
      return [...bound, [p, `CASE WHEN ${when} THEN ${src}.${p} ELSE r.${p} END`]];
    }),
  );
  return [
    ...propertiesWith(type, 'all').map((p): [string, string] => [p, `r.${p} AND ${src}.${p}`]),
    ...propertiesWith(type, 'first').map((p): [string, string] => [p, `coalesce(r.${p}, ${src}.${p})`]),
    ...dates,
  ];
}

/** The date properties' combinations only (a fact moved by a correction keeps when it was seen and held). */
export function dateClauses(type: RelationType, src: string): string[] {
  const dated = (['earliest', 'latest', 'start', 'end'] as const).flatMap((rule) => {
    const ps = propertiesWith(type, rule);
    return rule === 'start' || rule === 'end' ? ps.flatMap((p) => [p, `${p}Bound`]) : ps;
  });
  return combinedValues(type, src)
    .filter(([p]) => dated.includes(p))
    .map(([p, v]) => `r.${p} = ${v}`);
}

export function combineClauses(type: RelationType, src: string): string[] {
  return combinedValues(type, src).map(([p, v]) => `r.${p} = ${v}`);
}

function createClauses(type: RelationType): string[] {
  const keys = propertiesWith(type, 'key');
  return Object.keys(RELATIONS[type].properties)
    .filter((p) => !keys.includes(p))
    .map((p) => `r.${p} = row.${p}`);
}

/**
 * A fact's confidence from its sources' confidences, combined noisy-or (README.md). A curator's
 * assertion (`curatorConfidence`, 1) is one more source.
 */
export const CONFIDENCE_FROM_SOURCES = `r.confidence = 1.0 - (1.0 - coalesce(r.curatorConfidence, 0.0)) * reduce(q = 1.0, c IN r.sourceConfidence | q * (1.0 - c))`;

/**
 * Adds the sources and evidence of `src` (a row, or a relationship being merged) to `r`:
 * articles and evidence are unioned; for facts `sourceConfidence` runs parallel to `articles`
 * (an article at its best) and the confidence is recomputed. Everything is read once (WITH), so
 * the SET items see one consistent state. A relationship stored before sources had confidences
 * counts each of its articles as certain.
 */
export function absorbSources(src: string, fact: boolean): string {
  const confidence = fact
    ? `,
      r.sourceConfidence =
        [i IN range(0, size(arts) - 1) |
           reduce(m = conf[i], j IN range(0, size(sarts) - 1) |
             CASE WHEN sarts[j] = arts[i] AND sconf[j] > m THEN sconf[j] ELSE m END)]
        + [j IN range(0, size(sarts) - 1) WHERE NOT sarts[j] IN arts | sconf[j]]
  SET ${CONFIDENCE_FROM_SOURCES}`
    : '';
  return `
  WITH r, ${src}, coalesce(r.articles, []) AS arts, coalesce(${src}.articles, []) AS sarts,
       coalesce(r.sourceConfidence, [x IN coalesce(r.articles, []) | 1.0]) AS conf,
       coalesce(${src}.sourceConfidence, [x IN coalesce(${src}.articles, []) | 1.0]) AS sconf
  SET r.articles = arts + [a IN sarts WHERE NOT a IN arts],
      r.evidence = coalesce(r.evidence, []) + [e IN coalesce(${src}.evidence, []) WHERE NOT e IN coalesce(r.evidence, [])]${confidence}`;
}

/**
 * A fact keeps its curated state: a retracted one stays retracted (the articles that state it again
 * are listed in `laterSupport` for the reviewer), a status set by a curator stays.
 */
const FACT_STATE = `
  SET r.id = coalesce(r.id, row.id), r.status = coalesce(r.status, 'EXTRACTED'),
      r.laterSupport = CASE WHEN r.retracted THEN coalesce(r.laterSupport, []) +
        [a IN row.articles WHERE NOT a IN coalesce(r.articles, []) AND NOT a IN coalesce(r.laterSupport, [])] END`;

/**
 * A relationship row's ends, by the element ids the node statements of this same transaction
 * returned (`a`, `b`, without their common prefix: relation-params.ts): a direct record lookup instead of two unique-index seeks on string ids, which
 * were a fifth of Neo4j's CPU in a batch (store/README.md). Element ids never leave the transaction
 * that read them, and every end was merged by it moments before: entities and posts under their
 * write lock (`unwindLocked`), so none can be deleted and its id reused meanwhile.
 */
const MATCH_ENDS = `
  MATCH (a) WHERE elementId(a) = $nodePrefix + row.a
  MATCH (b) WHERE elementId(b) = $nodePrefix + row.b`;

/**
 * Relationships of which one end was created in this transaction (`RETURN_CREATED`): none can exist
 * yet, so they are created without MERGE's search (an `Expand(Into)` over the other end's
 * relationships, the largest cost of a batch: store/README.md). What is set is what `relationQuery`
 * sets on creation: the row's properties, its articles, evidence and confidences, status `EXTRACTED`.
 */
export function createRelationQuery(type: RelationType): string {
  const spec = RELATIONS[type];
  const sets = [
    ...createClauses(type),
    'r.articles = row.articles',
    'r.evidence = row.evidence',
    ...(spec.fact
      ? [
          'r.id = row.id',
          "r.status = 'EXTRACTED'",
          'r.sourceConfidence = row.sourceConfidence',
          // CONFIDENCE_FROM_SOURCES with no curator: the same arithmetic, so the same doubles.
          'r.confidence = 1.0 - (1.0 - 0.0) * reduce(q = 1.0, c IN row.sourceConfidence | q * (1.0 - c))',
        ]
      : []),
  ];
  return `
  UNWIND $rows AS row
  ${MATCH_ENDS}
  CREATE (a)-[r:${type}${keyPattern(type, 'row')}]->(b)
  SET ${sets.join(', ')}`;
}

/**
 * One row per relationship (the plan groups statements), so no statement meets a relationship
 * twice. Ids and statuses are set when missing rather than on create, so re-seeding a graph
 * written before facts had them fills them in.
 */
export function relationQuery(type: RelationType): string {
  const spec = RELATIONS[type];
  const onCreate = createClauses(type);
  // A curator's correction stands: later statements do not overwrite a corrected fact's properties.
  // When it was seen is provenance, not a claim: it follows the articles even on a corrected fact.
  const seen = [...propertiesWith(type, 'earliest'), ...propertiesWith(type, 'latest')];
  const onMatch = combinedValues(type, 'row').map(([p, v]) =>
    seen.includes(p)
      ? `r.${p} = ${v}`
      : `r.${p} = CASE WHEN r.status = 'CORRECTED' THEN r.${p} ELSE ${v} END`,
  );
  return `
  UNWIND $rows AS row
  ${MATCH_ENDS}
  MERGE (a)-[r:${type}${keyPattern(type, 'row')}]->(b)
    ${onCreate.length > 0 ? `ON CREATE SET ${onCreate.join(', ')}` : ''}
    ${onMatch.length > 0 ? `ON MATCH SET ${onMatch.join(', ')}` : ''}
  ${spec.fact ? FACT_STATE : ''}
  ${absorbSources('row', spec.fact)}`;
}
