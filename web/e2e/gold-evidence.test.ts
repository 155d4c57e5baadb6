import { describe, expect, it } from 'vitest';
import type { Extraction } from '@guanxi/schema';
import { sentencesOf, withEvidence } from './gold-evidence';

const text = '标题\n工业和信息化部原部长、中国工业经济联合会会长李毅中作主旨演讲。吴同明主持会议！';
const gold: Extraction = {
  article: 'a',
  persons: [{ name: '吴同明', aliases: [] }],
  organizations: [],
  places: [],
  events: [],
  positions: [{ person: '李毅中', title: '原部长', organization: '工业和信息化部' }],
  roles: [],
  event_orgs: [],
};

describe('gold evidence', () => {
  it('splits sentences at 。！？ and lines', () => {
    expect(sentencesOf(text)).toEqual([
      '标题',
      '工业和信息化部原部长、中国工业经济联合会会长李毅中作主旨演讲。',
      '吴同明主持会议！',
    ]);
  });

  it('cites the sentence naming both parties (title without 原)', () => {
    const x = withEvidence(gold, text);
    expect(x.positions[0]?.evidence).toContain('李毅中作主旨演讲');
    expect(x.persons[0]?.evidence).toBe('吴同明主持会议！');
  });
});
