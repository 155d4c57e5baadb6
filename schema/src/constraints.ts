import { ID_PREFIX, LABELS } from './labels';
import { FACT_TYPES } from './relations';

/** Name of the full-text index over entity names, aliases and their pinyin. */
export const ENTITY_SEARCH_INDEX = 'entity_search';

/** One uniqueness constraint per fact type on the relationship's `id` (also its lookup index). */
export function factIdConstraint(type: (typeof FACT_TYPES)[number]): string {
  return `${type.toLowerCase()}_id`;
}

/**
 * Schema statements derived from the model, all idempotent (`IF NOT EXISTS`), applied at start-up.
 * Identifiers here come from the model, never from input, so building them as text is safe.
 */
export function schemaStatements(): string[] {
  const unique = Object.keys(ID_PREFIX).map(
    (label) =>
      `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  );
  const facts = FACT_TYPES.map(
    (type) =>
      `CREATE CONSTRAINT ${factIdConstraint(type)} IF NOT EXISTS FOR ()-[r:${type}]-() REQUIRE r.id IS UNIQUE`,
  );
  return [
    ...unique,
    ...facts,
    `CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:${LABELS.Entity}) REQUIRE n.id IS UNIQUE`,
    `CREATE INDEX entity_name IF NOT EXISTS FOR (n:${LABELS.Entity}) ON (n.name)`,
    `CREATE INDEX organization_kind IF NOT EXISTS FOR (n:${LABELS.Organization}) ON (n.kind)`,
    `CREATE INDEX position_title IF NOT EXISTS FOR (n:${LABELS.Position}) ON (n.title)`,
    // The changes feed reads posts by start and end, and people and organizations by first sighting.
    `CREATE INDEX holds_since IF NOT EXISTS FOR ()-[r:HOLDS]-() ON (r.since)`,
    `CREATE INDEX holds_until IF NOT EXISTS FOR ()-[r:HOLDS]-() ON (r.until)`,
    `CREATE INDEX holds_first_seen IF NOT EXISTS FOR ()-[r:HOLDS]-() ON (r.firstSeen)`,
    `CREATE INDEX person_first_seen IF NOT EXISTS FOR (n:${LABELS.Person}) ON (n.firstSeen)`,
    `CREATE INDEX organization_first_seen IF NOT EXISTS FOR (n:${LABELS.Organization}) ON (n.firstSeen)`,
    `CREATE FULLTEXT INDEX ${ENTITY_SEARCH_INDEX} IF NOT EXISTS FOR (n:${LABELS.Entity}) ON EACH [n.name, n.aliases, n.pinyin] OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'cjk' } }`,
  ];
}
