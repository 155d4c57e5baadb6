/**
 * Builds the benchmark graph (./synthetic.ts) in the dev database with batched UNWIND … MERGE, once:
 * a marker node says it is complete, and later runs skip the build. MERGE (not CREATE) so an
 * interrupted build can simply be run again.
 */
import { isFactType, LABELS, ORGANIZATION_KIND_LABEL } from '@guanxi/schema';
import { applySchema } from '@guanxi/seed';
import neo4j, { type Driver } from 'neo4j-driver';
import { generate, type Rows } from './synthetic';

/** v2: the graph carries dates (issue 10); an older one is completed by the next build. */
export const MARKER = { label: 'BenchMarker', id: 'bench_api_graph_v2' } as const;
const BATCH = 10_000;

const { Person, Organization, Event, Place, Position, Article, Entity } = LABELS;

/** Endpoint labels per type (from the model), so every MATCH uses a uniqueness constraint. */
const ENDS: Record<keyof Rows['rels'], [string, string, string]> = {
  HOLDS: [
    Person,
    Position,
    'x.current = r.current, x.since = r.since, x.sinceBound = r.sinceBound, x.until = r.until, ' +
      'x.untilBound = r.untilBound, x.lastCurrent = r.lastCurrent, ',
  ],
  AT: [Position, Organization, ''],
  PART_OF: [Organization, Organization, ''],
  PARTICIPATED: [Person, Event, 'x.topic = r.topic, '],
  ORGANIZED: [Organization, Event, ''],
  HELD_IN: [Event, Place, ''],
  IN: [Place, Place, ''],
  MENTIONS: [Article, Entity, ''],
};

async function write(
  driver: Driver,
  database: string,
  cypher: string,
  rows: readonly unknown[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    await driver.executeQuery(cypher, { rows: rows.slice(i, i + BATCH) }, { database });
  }
}

async function complete(driver: Driver, database: string): Promise<boolean> {
  const { records } = await driver.executeQuery(
    `MATCH (m:${MARKER.label} {id: $id}) RETURN m.complete AS c`,
    { id: MARKER.id },
    { database },
  );
  return records[0]?.get('c') === true;
}

export async function ensureBenchGraph(
  driver: Driver,
  database: string,
  log: (s: string) => void,
): Promise<Rows> {
  const t0 = performance.now();
  const rows = generate(1);
  log(`generated ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  await applySchema(driver, database);
  if (await complete(driver, database)) {
    log('bench graph already present (marker found): skipping the build');
    return rows;
  }
  const t = performance.now();
  const named = 'n.name = r.name, n.aliases = r.aliases, n.pinyin = r.pinyin';
  await write(
    driver,
    database,
    `UNWIND $rows AS r MERGE (n:${Person} {id: r.id}) ON CREATE SET n:${Entity}, ${named} SET n.firstSeen = r.firstSeen`,
    rows.persons,
  );
  for (const [kind, label] of Object.entries(ORGANIZATION_KIND_LABEL)) {
    await write(
      driver,
      database,
      `UNWIND $rows AS r MERGE (n:${Organization} {id: r.id}) ON CREATE SET n:${Entity}:${label}, n.kind = r.kind, ${named} SET n.firstSeen = r.firstSeen`,
      rows.organizations.filter((o) => o.kind === kind),
    );
  }
  await write(
    driver,
    database,
    `UNWIND $rows AS r MERGE (n:${Event} {id: r.id}) ON CREATE SET n:${Entity}, n.date = r.date, ${named}`,
    rows.events,
  );
  await write(
    driver,
    database,
    `UNWIND $rows AS r MERGE (n:${Place} {id: r.id}) ON CREATE SET n:${Entity}, ${named}`,
    rows.places,
  );
  await write(
    driver,
    database,
    `UNWIND $rows AS r MERGE (n:${Position} {id: r.id}) ON CREATE SET n.title = r.title, n.organizationId = r.organizationId, n.name = r.name`,
    rows.positions,
  );
  await write(
    driver,
    database,
    `UNWIND $rows AS r MERGE (n:${Article} {id: r.id}) ON CREATE SET n += r SET n.publishedAt = r.publishedAt`,
    rows.articles,
  );
  log(`nodes written ${((performance.now() - t) / 1000).toFixed(0)} s`);
  for (const [type, list] of Object.entries(rows.rels) as [keyof Rows['rels'], Record<string, unknown>[]][]) {
    const [from, to, extra] = ENDS[type];
    const key = type === 'PARTICIPATED' || type === 'ORGANIZED' ? ' {role: r.role}' : '';
    const seen = isFactType(type) ? 'x.firstSeen = r.firstSeen, x.lastSeen = r.lastSeen, ' : '';
    const prov =
      type === 'MENTIONS' ? '' : `SET ${extra}${seen}x.articles = r.articles, x.evidence = r.evidence`;
    await write(
      driver,
      database,
      `UNWIND $rows AS r MATCH (a:${from} {id: r.a}) MATCH (b:${to} {id: r.b}) MERGE (a)-[x:${type}${key}]->(b) ${prov}`,
      list,
    );
    log(`${type}: ${list.length} written, ${((performance.now() - t) / 1000).toFixed(0)} s`);
  }
  await driver.executeQuery(
    `MERGE (m:${MARKER.label} {id: $id}) SET m.complete = true, m.builtAt = datetime()`,
    { id: MARKER.id },
    { database },
  );
  await driver.executeQuery('CALL db.awaitIndexes(600)', {}, { database });
  log(`bench graph built in ${((performance.now() - t) / 1000).toFixed(0)} s`);
  return rows;
}

export async function graphSize(
  driver: Driver,
  database: string,
): Promise<{ entities: number; relationships: number }> {
  const { records } = await driver.executeQuery(
    `CALL () { MATCH (n:${Entity}) RETURN count(n) AS e } CALL () { MATCH ()-[r]->() RETURN count(r) AS r } RETURN e, r`,
    {},
    { database, routing: neo4j.routing.READ },
  );
  return { entities: Number(records[0]!.get('e')), relationships: Number(records[0]!.get('r')) };
}
