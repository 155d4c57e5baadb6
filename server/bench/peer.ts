/**
 * `npm run bench:peer`: the bench graph of bench:api served by @neo4j/graphql (./peer-schema.ts) in
 * the same process, same yoga, same driver, beside ours (response cache off, so both do the work).
 * Per operation it first checks that both answer the same, then times both (alternating halves) at
 * concurrency 1 and 16. The last line is one JSON object: `peer_min_speedup` (the smallest
 * @neo4j/graphql p50 ÷ ours over the operations and both concurrencies) and each speedup.
 *
 * Env: BENCH_N1 (requests at concurrency 1, default 100), BENCH_N16 (default 400).
 */
import { createDriver, ensureNeo4j } from '@guanxi/db';
import { decodeEvidence } from '@guanxi/schema';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import { luceneQuery } from '../src/neo4j/lucene';
import { createApp } from '../src/yoga';
import { ensureBenchGraph } from './graph';
import { compare, measure } from './measure';
import { at, NEIGHBORHOOD, PATH, post, PROFILE, sampleInputs, SEARCH } from './operations';
import { PEER_NEIGHBOURHOOD, PEER_PATH, PEER_PROFILE, PEER_SEARCH, PEER_TYPE_DEFS } from './peer-schema';

const N1 = Number(process.env.BENCH_N1 ?? 100);
const N16 = Number(process.env.BENCH_N16 ?? 400);
const log = (s: string): void => void process.stderr.write(`[peer] ${s}\n`);

interface Op {
  name: string;
  /** How the peer answers it: its own Cypher, or a @cypher field with our hand-written statement. */
  peerBy: 'generated' | '@cypher';
  ours: (i: number) => Promise<unknown>;
  peer: (i: number) => Promise<unknown>;
  /** Both answers in one comparable form. */
  same: (ours: unknown, peer: unknown) => [unknown, unknown];
}

const sorted = <T>(xs: T[]): T[] => [...xs].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
const ids = (xs: { id: string }[]): string[] => xs.map((x) => x.id).sort();

interface OurProfile {
  node: {
    name: string;
    positions: {
      caption: string;
      current: boolean;
      organization: {
        name: string;
        positions: {
          title: string;
          holders: { current: boolean; person: { name: string }; evidence: { sentence: string }[] }[];
        }[];
      } | null;
    }[];
    events: { role: string; event: { name: string; date: string | null } }[];
  };
}
interface PeerHolder {
  properties: { current: boolean | null; evidence: string[] | null };
  node: { name: string };
}
interface PeerProfile {
  people: {
    name: string;
    positionsConnection: {
      edges: {
        properties: { current: boolean | null };
        node: {
          title: string;
          organization: {
            name: string;
            positions: { title: string; holdersConnection: { edges: PeerHolder[] } }[];
          }[];
        };
      }[];
    };
    eventsConnection: {
      edges: { properties: { role: string }; node: { name: string; date: string | null } }[];
    };
  }[];
}

function ourProfile(data: unknown) {
  const p = (data as OurProfile).node;
  return {
    name: p.name,
    positions: sorted(
      p.positions.map((t) => ({
        caption: t.caption,
        current: t.current,
        organization: t.organization && {
          name: t.organization.name,
          positions: sorted(
            t.organization.positions.map((q) => ({
              title: q.title,
              holders: sorted(
                q.holders.map((h) => ({
                  current: h.current,
                  name: h.person.name,
                  evidence: h.evidence.map((e) => e.sentence),
                })),
              ),
            })),
          ),
        },
      })),
    ),
    events: sorted(p.events.map((e) => ({ role: e.role, name: e.event.name, date: e.event.date }))),
  };
}

function peerProfile(data: unknown) {
  const p = (data as PeerProfile).people[0]!;
  return {
    name: p.name,
    positions: sorted(
      p.positionsConnection.edges.map((e) => {
        const current = e.properties.current !== false;
        const org = e.node.organization[0];
        return {
          caption: current ? e.node.title : `原${e.node.title}`,
          current,
          organization: org
            ? {
                name: org.name,
                positions: sorted(
                  org.positions.map((q) => ({
                    title: q.title,
                    holders: sorted(
                      q.holdersConnection.edges.map((h) => ({
                        current: h.properties.current !== false,
                        name: h.node.name,
                        evidence: (h.properties.evidence ?? []).map((x) => decodeEvidence(x).sentence),
                      })),
                    ),
                  })),
                ),
              }
            : null,
        };
      }),
    ),
    events: sorted(
      p.eventsConnection.edges.map((e) => ({
        role: e.properties.role.toUpperCase(),
        name: e.node.name,
        date: e.node.date,
      })),
    ),
  };
}

const settings = await ensureNeo4j('bench');
const driver = createDriver(settings);
try {
  const input = sampleInputs(await ensureBenchGraph(driver, settings.database, log));
  const app = createApp({ driver, database: settings.database, graphiql: false, responseCache: false });
  const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
  const peer = createYoga({
    schema,
    context: { sessionConfig: { database: settings.database } },
    logging: false,
  });

  const ops: Op[] = [
    {
      name: 'search',
      peerBy: '@cypher',
      ours: (i) => post(app, SEARCH, { q: at(input.queries, i) }),
      peer: (i) => {
        const q = at(input.queries, i);
        return post(peer, PEER_SEARCH, { lucene: luceneQuery(q), exact: q.normalize('NFKC').trim() });
      },
      same: (o, p) => [
        (o as { search: { edges: { node: { id: string; name: string } }[] } }).search.edges.map((e) => [
          e.node.id,
          e.node.name,
        ]),
        (p as { search: { id: string; name: string }[] }).search.map((n) => [n.id, n.name]),
      ],
    },
    {
      name: 'neighborhood d2 l500',
      peerBy: '@cypher',
      ours: (i) => post(app, NEIGHBORHOOD, { id: at(input.persons, i) }),
      peer: (i) => post(peer, PEER_NEIGHBOURHOOD, { id: at(input.persons, i) }),
      // Node sets (the peer has no folded edges); under the limit both keep every node.
      same: (o, p) => [
        ids((o as { neighborhood: { nodes: { id: string }[] } }).neighborhood.nodes),
        ids((p as { neighbourhood: { id: string }[] }).neighbourhood),
      ],
    },
    {
      name: 'shortestPath',
      peerBy: '@cypher',
      ours: (i) => post(app, PATH, { a: at(input.pairs, i)[0], b: at(input.pairs, i)[1] }),
      peer: (i) => post(peer, PEER_PATH, { from: at(input.pairs, i)[0], to: at(input.pairs, i)[1] }),
      // Shortest paths tie: the same length and ends (ours drops paths longer than 6 folded edges).
      same: (o, p) => {
        const ourNodes =
          (o as { shortestPath: { nodes: { id: string }[] } | null }).shortestPath?.nodes ?? [];
        const peerNodes = (p as { path: { id: string }[] }).path;
        return [ourNodes.length, ourNodes.length === 0 ? 0 : peerNodes.length];
      },
    },
    {
      name: 'person profile (nested)',
      peerBy: 'generated',
      ours: (i) => post(app, PROFILE, { id: at(input.persons, i) }),
      peer: (i) => post(peer, PEER_PROFILE, { id: at(input.persons, i) }),
      same: (o, p) => [ourProfile(o), peerProfile(p)],
    },
  ];

  const speedups: Record<string, number> = {};
  const table: string[] = [];
  for (const op of ops) {
    for (let i = 0; i < 12; i++) {
      const [a, b] = op.same(await op.ours(i), await op.peer(i));
      if (JSON.stringify(a) !== JSON.stringify(b))
        throw new Error(
          `${op.name}: answers differ for input ${i}:\n ours ${JSON.stringify(a)}\n peer ${JSON.stringify(b)}`,
        );
    }
    log(`${op.name}: same answers for 12 inputs`);
    await measure(20, 4, op.peer);
    await measure(20, 4, op.ours);
    for (const [c, n] of [
      [1, N1],
      [16, N16],
    ] as const) {
      const [theirs, ours] = await compare(n, c, op.peer, op.ours);
      const speedup = theirs.p50 / ours.p50;
      speedups[`c${c}_${op.name.replace(/[^a-z0-9]+/gi, '_').replace(/_$/, '')}`] =
        Math.round(speedup * 100) / 100;
      table.push(
        `| ${op.name.padEnd(24)} | ${op.peerBy.padEnd(9)} | ${String(c).padStart(2)} | ${theirs.p50.toFixed(1).padStart(8)} | ${ours.p50.toFixed(1).padStart(8)} | ${speedup.toFixed(2).padStart(6)}× |`,
      );
      log(
        `${op.name} c=${c}: @neo4j/graphql p50 ${theirs.p50.toFixed(1)} ms, ours ${ours.p50.toFixed(1)} ms`,
      );
    }
  }
  console.log(
    `\n@neo4j/graphql 7 vs guanxi, same bench graph, yoga and driver; ${N1} requests at c=1, ${N16} at c=16`,
  );
  console.log('| operation                | peer runs | c  | peer p50 | ours p50 | speedup |');
  console.log('|--------------------------|-----------|----|----------|----------|---------|');
  for (const row of table) console.log(row);
  console.log(
    'speedup = @neo4j/graphql p50 ÷ ours. "@cypher": the peer has no equivalent, so it runs the hand-written statement of bench/best-cypher.ts in a @cypher field.',
  );
  console.log(JSON.stringify({ peer_min_speedup: Math.min(...Object.values(speedups)), ...speedups }));
} finally {
  await driver.close();
}
