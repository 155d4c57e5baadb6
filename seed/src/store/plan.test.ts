import { decodeEvidence } from '@guanxi/schema';
import { describe, expect, it } from 'vitest';
import { organizationId, personId, positionId } from '../resolve/index';
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
    expect(decodeEvidence(li!.evidence)).toEqual({ articleId: article.id, sentence: article.title });
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
    expect(decodeEvidence(plan.relations.HOLDS[0]!.evidence).sentence).toBe('前会长王五');
    expect(
      decodeEvidence(plan.relations.MENTIONS.find((m) => m.to.includes('per_'))!.evidence).sentence,
    ).toBe('王五出席');
  });
});
