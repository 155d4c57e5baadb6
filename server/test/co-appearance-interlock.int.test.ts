import type { Extraction, PersonEventRole } from '@guanxi/schema';
import { eventId, factId, organizationId, personId, positionId, writeExtraction } from '@guanxi/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testSettings, uniquePrefix } from '../../test/neo4j';
import { normalizeArticle } from '../../seed/src/normalize/index';
import { deletePrefixWithCurations, gql, type Harness, startHarness, TOKEN } from './harness';

let h: Harness;
const p = uniquePrefix();
const db = (): string => testSettings().database;
const [JIA, YI, BING, DING] = ['共甲某', '共乙某', '共丙某', '共丁某'];
const id = (name: string): string => p + personId(name);
const E1 = '共现一会';
const E2 = '共现二会';
const [X, Y, Z] = ['连锁甲会', '连锁乙会', '连锁丙会'];
const org = (name: string): string => p + organizationId(name);

const person = (name: string) => ({ name, aliases: [] });
const role = (who: string, event: string, r: PersonEventRole = 'guest') => ({
  person: who,
  event,
  role: r,
  topic: null,
});
const post = (who: string, title: string, at: string) => ({ person: who, title, organization: at });
const base = (article: string): Extraction => ({
  article,
  persons: [],
  organizations: [],
  places: [],
  events: [],
  positions: [],
  roles: [],
  event_orgs: [],
});

/**
 * 甲 and 乙 share two events and two articles; 丁 one event and one article; 丙 two articles but no
 * event. Posts: 甲 at X, Y and Z; 乙 at X and Y; 丙 at X only; 丁 at Y and Z (not X).
 */
const articles: [string, Extraction][] = [
  [
    '2024-03-01',
    {
      ...base('a1'),
      persons: [person(JIA), person(YI), person(BING)],
      organizations: [X, Y, Z].map((name) => ({ name, kind: 'association' as const, aliases: [] })),
      events: [{ name: E1, date: '2024-03-01', place: null }],
      roles: [role(JIA, E1, 'host'), role(YI, E1, 'speaker')],
      positions: [
        post(JIA, '理事', X),
        post(JIA, '顾问', Y),
        post(JIA, '董事', Z),
        post(YI, '理事', X),
        post(YI, '会长', Y),
        post(BING, '会员', X),
      ],
    },
  ],
  [
    '2024-05-01',
    {
      ...base('a2'),
      persons: [person(JIA), person(YI), person(DING)],
      organizations: [Y, Z].map((name) => ({ name, kind: 'association' as const, aliases: [] })),
      events: [{ name: E2, date: '2024-05-01', place: null }],
      roles: [role(JIA, E2), role(YI, E2), role(DING, E2)],
      positions: [post(DING, '秘书长', Y), post(DING, '理事', Z)],
    },
  ],
  ['2024-06-01', { ...base('a3'), persons: [person(JIA), person(BING)] }],
];

beforeAll(async () => {
  h = await startHarness();
  for (const [date, extraction] of articles) {
    const article = normalizeArticle({
      content: `共现测试${extraction.article}${p}\n${date}\n正文${extraction.article}${p}`,
      source: `${p}${extraction.article}`,
    });
    await writeExtraction(h.driver, db(), article, extraction, { idPrefix: p });
  }
});
afterAll(async () => {
  await deletePrefixWithCurations(h.driver, p);
  await h.close();
});

const retract = async (fact: string): Promise<void> => {
  const r = await gql(
    h.app,
    `mutation($id: ID!) { retractFact(id: $id, reason: "test") { id } }`,
    { id: fact },
    TOKEN,
  );
  expect(r.errors).toBeUndefined();
};

interface Co {
  person: { id: string; name: string };
  weight: number;
  events: { id: string; name: string }[];
  articles: { id: string; title: string }[];
}
const CO = `query($id: ID!, $first: Int) { coAppearances(id: $id, first: $first) {
  person { id name } weight events { id name } articles { id title } } }`;
const co = (who: string, first?: number) => gql<{ coAppearances: Co[] }>(h.app, CO, { id: who, first });

interface Lock {
  person: { name: string };
  postsA: { caption: string; organization: { id: string } }[];
  postsB: { caption: string; organization: { id: string } }[];
}
const LOCK = `query($a: ID!, $b: ID) { interlocks(a: $a, b: $b) {
  person { name } postsA { caption organization { id } } postsB { caption organization { id } } } }`;
const locks = (a: string, b?: string) => gql<{ interlocks: Lock[] }>(h.app, LOCK, { a, b });

describe('coAppearances', () => {
  it('weighs a shared event 3 and a shared article 1, heaviest first, with what they shared', async () => {
    const r = await co(id(JIA));
    expect(r.errors).toBeUndefined();
    const list = r.data!.coAppearances;
    expect(list.map((c) => [c.person.name, c.weight])).toEqual([
      [YI, 3 * 2 + 2],
      [DING, 3 + 1],
      [BING, 2],
    ]);
    // newest first
    expect(list[0]!.events.map((e) => e.name)).toEqual([E2, E1]);
    expect(list[0]!.articles).toHaveLength(2);
    expect(list[2]!.events).toEqual([]);
    expect(list[2]!.articles.map((a) => a.title)).toEqual([`共现测试a3${p}`, `共现测试a1${p}`]);
  });

  it('bounds the list with first', async () => {
    const r = await co(id(JIA), 1);
    expect(r.data!.coAppearances.map((c) => c.person.name)).toEqual([YI]);
  });

  it('refuses ids that are not a stored person, and first out of range', async () => {
    for (const [who, first] of [
      [org(X), 5],
      [p + personId('无此人'), 5],
      [id(JIA), 0],
      [id(JIA), 101],
    ] as const) {
      const r = await co(who, first);
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(r.data).toBeNull();
    }
  });
});

describe('interlocks', () => {
  it('lists people holding posts at both organizations, by name when they tie', async () => {
    const r = await locks(org(X), org(Y));
    expect(r.errors).toBeUndefined();
    expect(r.data!.interlocks).toEqual([
      {
        person: { name: YI },
        postsA: [{ caption: '理事', organization: { id: org(X) } }],
        postsB: [{ caption: '会长', organization: { id: org(Y) } }],
      },
      {
        person: { name: JIA },
        postsA: [{ caption: '理事', organization: { id: org(X) } }],
        postsB: [{ caption: '顾问', organization: { id: org(Y) } }],
      },
    ]);
  });

  it('without b links a to every other organization, the most linked first', async () => {
    const r = await locks(org(X));
    expect(r.errors).toBeUndefined();
    const list = r.data!.interlocks;
    expect(list.map((l) => l.person.name)).toEqual([JIA, YI]);
    expect(list[0]!.postsB.map((t) => [t.caption, t.organization.id])).toEqual([
      ['董事', org(Z)],
      ['顾问', org(Y)],
    ]);
    // 丁 holds posts at Y and Z but none at X: not an interlock of X
    expect((await locks(org(Y), org(Z))).data!.interlocks.map((l) => l.person.name).sort()).toEqual(
      [JIA, DING].sort(),
    );
  });

  it('refuses a person for an organization, an unknown b, and a = b', async () => {
    for (const [a, b] of [
      [id(JIA), undefined],
      [org(X), p + organizationId('无此会')],
      [org(X), org(X)],
    ] as const) {
      const r = await locks(a, b);
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('retracted facts', () => {
  it('no longer count towards co-appearances or interlocks', async () => {
    await retract(factId('PARTICIPATED', id(YI), p + eventId(E1), 'speaker'));
    await retract(factId('PARTICIPATED', id(YI), p + eventId(E2), 'guest'));
    const r = await co(id(JIA));
    // 乙 is down to the two articles: a tie with 丙, broken by name (丙 U+4E19 < 乙 U+4E59)
    expect(r.data!.coAppearances.map((c) => [c.person.name, c.weight, c.events.length])).toEqual([
      [DING, 4, 1],
      [BING, 2, 0],
      [YI, 2, 0],
    ]);
    await retract(factId('HOLDS', id(YI), p + positionId(org(Y), '会长')));
    expect((await locks(org(X), org(Y))).data!.interlocks.map((l) => l.person.name)).toEqual([JIA]);
  });
});
