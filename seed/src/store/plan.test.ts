import { decodeEvidence } from '@guanxi/schema';
import { describe, expect, it } from 'vitest';
import { eventId, factId, organizationId, personId, positionId } from '../resolve/index';
import { buildPlan } from './plan';
import { articleOf, extractionOf, goldPair } from './test-helpers';

describe('buildPlan', () => {
  it('maps the gold extraction to rows', () => {
    const { article, extraction } = goldPair();
    const plan = buildPlan([{ article, extraction }], { persons: [], organizations: [] });
    expect(plan.persons).toHaveLength(13);
    expect(plan.organizations).toHaveLength(13);
    expect(plan.positions).toHaveLength(21);
    expect(plan.events).toHaveLength(1);
    expect(plan.places).toHaveLength(3);
    const counts = Object.fromEntries(Object.entries(plan.relations).map(([k, v]) => [k, v.length]));
    expect(counts).toEqual({
      HOLDS: 22,
      AT: 19,
      PART_OF: 1,
      PARTICIPATED: 12,
      ORGANIZED: 5,
      HELD_IN: 1,
      IN: 0,
      MENTIONS: 30,
    });
    const org = organizationId('工业和信息化部');
    const li = plan.relations.HOLDS.find(
      (h) => h.from === personId('李毅中') && h.to === positionId(org, '部长'),
    );
    expect(li?.current).toBe(false);
    expect(li!.evidence.map(decodeEvidence)).toEqual([{ articleId: article.id, sentence: article.title }]);
    expect(li!.articles).toEqual([article.id]);
  });

  it('prefixes every id and prefers the extraction evidence sentence', () => {
    const x = extractionOf({
      persons: [{ name: '王五', aliases: [], evidence: '王五出席' }],
      positions: [{ person: '王五', title: '前会长', organization: '某协会', evidence: '前会长王五' }],
    });
    const plan = buildPlan(
      [{ article: articleOf('plan'), extraction: x }],
      { persons: [], organizations: [] },
      'tx_',
    );
    const ids = [...plan.persons, ...plan.organizations, ...plan.positions, ...plan.articles].map(
      (r) => r.id,
    );
    expect(ids.every((id) => id.startsWith('tx_'))).toBe(true);
    // An organization only referenced by a post is created with kind `other`.
    expect(plan.organizations).toMatchObject([{ name: '某协会', kind: 'other' }]);
    expect(plan.positions[0]).toMatchObject({ title: '会长', name: '会长 @ 某协会' });
    expect(decodeEvidence(plan.relations.HOLDS[0]!.evidence[0]!).sentence).toBe('前会长王五');
    expect(
      decodeEvidence(plan.relations.MENTIONS.find((m) => m.to.includes('per_'))!.evidence[0]!).sentence,
    ).toBe('王五出席');
  });

  it('gives every fact statement its fact id and confidence (absent: 1), and no id to other relations', () => {
    const x = extractionOf({
      persons: [{ name: '赵六', aliases: [] }],
      positions: [{ person: '赵六', title: '会长', organization: '某协会', confidence: 0.7 }],
      roles: [{ person: '赵六', event: '某论坛', role: 'speaker', topic: null, confidence: 1.4 }],
      event_orgs: [{ organization: '某协会', event: '某论坛', role: 'organizer' }],
    });
    const plan = buildPlan([{ article: articleOf('facts'), extraction: x }], {
      persons: [],
      organizations: [],
    });
    const pos = positionId(organizationId('某协会'), '会长');
    expect(plan.relations.HOLDS[0]).toMatchObject({
      id: factId('HOLDS', personId('赵六'), pos, null),
      sourceConfidence: [0.7],
    });
    // Out of range is clamped; a missing confidence is a certain (hand-made) statement.
    expect(plan.relations.PARTICIPATED[0]).toMatchObject({
      id: factId('PARTICIPATED', personId('赵六'), eventId('某论坛'), 'speaker'),
      sourceConfidence: [1],
    });
    expect(plan.relations.ORGANIZED[0]!.sourceConfidence).toEqual([1]);
    expect(plan.relations.AT[0]!.id).toBeUndefined();
    expect(plan.relations.MENTIONS.every((m) => m.id === undefined)).toBe(true);
  });

  it('gathers the statements of one relationship into one row, each article once at its best', () => {
    const post = { person: '赵六', title: '会长', organization: '某协会' };
    const x = extractionOf({
      positions: [
        { ...post, evidence: '会长赵六', confidence: 0.4 },
        { ...post, evidence: '赵六会长致辞', confidence: 0.9 },
        { ...post, title: '原会长', evidence: '原会长赵六', confidence: 0.5 },
      ],
      roles: [
        { person: '赵六', event: '某论坛', role: 'speaker', topic: null },
        { person: '赵六', event: '某论坛', role: 'speaker', topic: '题目' },
      ],
    });
    const other = extractionOf({ positions: [{ ...post, confidence: 0.3 }] });
    const plan = buildPlan(
      [
        { article: articleOf('twice'), extraction: x },
        { article: articleOf('other'), extraction: other },
      ],
      { persons: [], organizations: [] },
    );
    expect(plan.relations.HOLDS).toHaveLength(1);
    const [holds] = plan.relations.HOLDS;
    expect(holds!.articles).toEqual([articleOf('twice').id, articleOf('other').id]);
    expect(holds!.sourceConfidence).toEqual([0.9, 0.3]);
    expect(holds!.evidence).toHaveLength(4);
    // Former in one statement: former (the schema's `all` rule); the first known topic is kept.
    expect(holds!.current).toBe(false);
    expect(plan.relations.PARTICIPATED).toMatchObject([{ topic: '题目' }]);
  });

  it('dates facts from their articles, the same in any order within a batch', () => {
    const dated = (tag: string, date: string, title: string, extra: object = {}) => ({
      article: { ...articleOf(tag), publishedAt: date },
      extraction: extractionOf({
        persons: [{ name: '赵时间', aliases: [] }],
        positions: [{ person: '赵时间', title, organization: '某时间局', ...extra }],
      }),
    });
    const inputs = [
      dated('a', '2018-03-01', '局长', { since: { value: '2016-05', precision: 'MONTH', bound: 'EXACT' } }),
      dated('bb', '2024', '原局长'),
      dated('ccc', '2020-01-02', '局长'),
    ];
    const holds = (order: typeof inputs) => {
      const plan = buildPlan(order, { persons: [], organizations: [] });
      const { articles: _a, sourceConfidence: _c, evidence: _e, ...dates } = plan.relations.HOLDS[0]!;
      return { dates, person: plan.persons[0]!.firstSeen };
    };
    const forward = holds(inputs);
    expect(forward.dates).toMatchObject({
      current: false,
      since: '2016-05',
      sinceBound: 'EXACT',
      until: '2024',
      untilBound: 'NOT_AFTER',
      firstSeen: '2018-03-01',
      lastSeen: '2024',
      lastCurrent: '2020-01-02',
    });
    expect(forward.person).toBe('2018-03-01');
    expect(holds([...inputs].reverse())).toEqual(forward);
  });
});
