import { eventId, factId, organizationId, personId, positionId, writeExtraction } from '@guanxi/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteByPrefix, testSettings, uniquePrefix } from '../../test/neo4j';
import { normalizeArticle } from '../../seed/src/normalize/index';
import type { Extraction } from '@guanxi/schema';
import { gql, startHarness, type Harness } from './harness';

let h: Harness;
const p = uniquePrefix();
const db = (): string => testSettings().database;
const PERSON = p + personId('钱事实');
const ORG = p + organizationId('事实测试司');
const PARENT = p + organizationId('事实测试部');
const EVENT = p + eventId('事实测试会');
const POST = p + positionId(ORG, '司长');

const extraction = (confidence: number): Extraction => ({
  article: p,
  persons: [{ name: '钱事实', aliases: [] }],
  organizations: [
    { name: '事实测试司', kind: 'agency', aliases: [], parent: '事实测试部', confidence },
    { name: '事实测试部', kind: 'agency', aliases: [] },
  ],
  places: [],
  events: [{ name: '事实测试会', date: null, place: null }],
  positions: [{ person: '钱事实', title: '司长', organization: '事实测试司', confidence }],
  roles: [{ person: '钱事实', event: '事实测试会', role: 'speaker', topic: null, confidence }],
  event_orgs: [{ organization: '事实测试部', event: '事实测试会', role: 'organizer', confidence }],
});
const write = (tag: string, confidence: number) =>
  writeExtraction(
    h.driver,
    db(),
    normalizeArticle({ content: `事实测试${tag}${p}\n2024-05-05\n正文${tag}${p}`, source: tag }),
    extraction(confidence),
    { idPrefix: p },
  );

beforeAll(async () => {
  h = await startHarness();
  await write('a', 0.5);
});
afterAll(async () => {
  await deleteByPrefix(h.driver, p);
  await h.close();
});

const FACT = 'id confidence status evidence { sentence }';
const PROFILE = `query($person: ID!, $org: ID!, $parent: ID!, $event: ID!) {
  person: node(id: $person) { ... on Person { positions { ${FACT} title } events { ${FACT} role } } }
  org: node(id: $org) { ... on Organization { parentLink { ${FACT} unit { id } parent { id } } } }
  parent: node(id: $parent) { ... on Organization { unitLinks { id } events { ${FACT} } } }
  event: node(id: $event) { ... on Event { participants { id } organizers { id } } }
}`;

interface FactOut {
  id: string;
  confidence: number | null;
  status: string;
}
interface Profile {
  person: { positions: FactOut[]; events: FactOut[] };
  org: { parentLink: FactOut & { unit: { id: string }; parent: { id: string } } };
  parent: { unitLinks: { id: string }[]; events: FactOut[] };
  event: { participants: { id: string }[]; organizers: { id: string }[] };
}

async function profile(): Promise<Profile> {
  const r = await gql<Profile>(h.app, PROFILE, { person: PERSON, org: ORG, parent: PARENT, event: EVENT });
  expect(r.errors).toBeUndefined();
  return r.data!;
}

describe('facts in the API', () => {
  it('carry their stored id, confidence and status on every fact type', async () => {
    const d = await profile();
    const holds = factId('HOLDS', PERSON, POST);
    const participated = factId('PARTICIPATED', PERSON, EVENT, 'speaker');
    const organized = factId('ORGANIZED', PARENT, EVENT, 'organizer');
    const partOf = factId('PART_OF', ORG, PARENT);
    expect(d.person.positions).toEqual([
      expect.objectContaining({ id: holds, confidence: 0.5, status: 'EXTRACTED', title: '司长' }),
    ]);
    expect(d.person.events).toEqual([expect.objectContaining({ id: participated, confidence: 0.5 })]);
    expect(d.org.parentLink).toMatchObject({ id: partOf, unit: { id: ORG }, parent: { id: PARENT } });
    expect(d.parent.unitLinks).toEqual([{ id: partOf }]);
    expect(d.parent.events).toEqual([expect.objectContaining({ id: organized, status: 'EXTRACTED' })]);
    // One fact, one id, from whichever end it is seen.
    expect(d.event).toEqual({ participants: [{ id: participated }], organizers: [{ id: organized }] });
  });

  it('keep their ids across re-ingest, and combine a second article noisy-or', async () => {
    const before = await profile();
    await write('a', 0.5);
    expect(await profile()).toEqual(before);
    await write('b', 0.5);
    const after = await profile();
    expect(after.person.positions[0]!.id).toBe(before.person.positions[0]!.id);
    expect(after.person.positions[0]!.confidence).toBeCloseTo(0.75);
    expect(after.org.parentLink.confidence).toBeCloseTo(0.75);
    expect(after.org.parentLink.status).toBe('EXTRACTED');
  });

  it('put the confidence on graph edges of neighbourhoods and paths', async () => {
    const r = await gql<{
      neighborhood: { edges: { type: string; confidence: number | null }[] };
      shortestPath: { edges: { type: string; confidence: number | null }[] };
    }>(
      h.app,
      `query($id: ID!, $to: ID!) {
        neighborhood(id: $id, depth: 1) { edges { type confidence } }
        shortestPath(from: $id, to: $to) { edges { type confidence } }
      }`,
      { id: PERSON, to: PARENT },
    );
    expect(r.errors).toBeUndefined();
    const byType = Object.fromEntries(r.data!.neighborhood.edges.map((e) => [e.type, e.confidence]));
    expect(byType.HOLDS).toBeCloseTo(0.75);
    expect(byType.PARTICIPATED).toBeCloseTo(0.75);
    expect(r.data!.shortestPath.edges.length).toBeGreaterThan(0);
    for (const e of r.data!.shortestPath.edges) expect(e.confidence).toBeCloseTo(0.75);
  });
});
