import type { Driver } from 'neo4j-driver';

/**
 * Everything stored under an id prefix, as comparable data: nodes (labels, properties) and
 * relationships (type, ends, properties), sorted. `ingestedAt` is left out: it is when, not what.
 * Tests and the ingest benchmark compare two loads of one corpus with it.
 */
export interface GraphSnapshot {
  nodes: string[];
  relationships: string[];
}

const sortedKeys = (o: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(
    Object.keys(o)
      .filter((k) => k !== 'ingestedAt')
      .sort()
      .map((k) => [k, o[k]]),
  );

export async function snapshotPrefix(
  driver: Driver,
  database: string,
  prefix: string,
): Promise<GraphSnapshot> {
  const session = driver.session({ database });
  try {
    return await session.executeRead(async (tx) => {
      const nodes = await tx.run(
        `MATCH (n) WHERE n.id STARTS WITH $prefix RETURN labels(n) AS labels, properties(n) AS p`,
        { prefix },
      );
      const rels = await tx.run(
        `MATCH (a)-[r]->(b) WHERE a.id STARTS WITH $prefix
         RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS p`,
        { prefix },
      );
      return {
        nodes: nodes.records
          .map((r) =>
            JSON.stringify([
              [...(r.get('labels') as string[])].sort(),
              sortedKeys(r.get('p') as Record<string, unknown>),
            ]),
          )
          .sort(),
        relationships: rels.records
          .map((r) =>
            JSON.stringify([
              r.get('type'),
              r.get('from'),
              r.get('to'),
              sortedKeys(r.get('p') as Record<string, unknown>),
            ]),
          )
          .sort(),
      };
    });
  } finally {
    await session.close();
  }
}
