import { describe, expect, it } from 'vitest';
import type { PersonEventRole } from '@guanxi/schema';
import { lineRoles } from './line-roles';
import { type Mention, sentencePeople } from './people';
import { clauseRoles } from './roles';

/** Roles the lines give persons that have none of their own, as `name:role[:topic]`. */
function roles(lines: string[]): string[] {
  const sentences = lines.map((text, paragraph) => ({ text, paragraph }));
  const mentions = lines.map((l) => sentencePeople(l).mentions);
  const own = new Map<Mention, PersonEventRole[]>();
  for (const r of clauseRoles(sentences, mentions))
    own.set(r.mention, [...(own.get(r.mention) ?? []), r.role]);
  return lineRoles(
    lines.map((text, k) => ({ text, mentions: mentions[k]! })),
    own,
  ).map((r) => `${r.mention.name}:${r.role}${r.topic ? `:${r.topic}` : ''}`);
}

describe('lineRoles', () => {
  it('gives a verb line to the person lines before it, over a line that carries the list on', () => {
    expect(roles(['某市副市长王一，市政府秘书长张二', '以及各部门负责同志', '参加调研'])).toEqual([
      '王一:guest',
      '张二:guest',
    ]);
    expect(roles(['某省科协副主席王一', '某大学教授张二', '等出席'])).toEqual(['王一:guest', '张二:guest']);
  });

  it('gives a heading to the person lines under it, with the topic written under each', () => {
    expect(
      roles(['主旨演讲', '某研究院院长王一', '《某产业的新机遇》', '某公司董事长张二', '《某技术的路径》']),
    ).toEqual(['王一:speaker:某产业的新机遇', '张二:speaker:某技术的路径']);
    expect(roles(['出席会议的领导有：', '某局副局长王一，某市文旅局局长张二'])).toEqual([
      '王一:guest',
      '张二:guest',
    ]);
  });

  it('reads a heading of guests alone (【嘉宾】) as guests for the person lines under it', () => {
    expect(roles(['【嘉宾】', '某国驻华大使馆参赞王一', '某公司董事长张二', '【主题报告】'])).toEqual([
      '王一:guest',
      '张二:guest',
    ]);
  });

  it('lets person lines share the verb of a next line whose person speaks with others (先后发言)', () => {
    expect(roles(['某学会主任委员王一，', '某大学副校长张二，', '某公司董事长李三先后发言'])).toEqual([
      '王一:speaker',
      '张二:speaker',
    ]);
  });

  it('goes on with a clause that ends in a separator over the person lines after it', () => {
    expect(roles(['参加大会的还有某局副局长王一，', '某学会理事长张二，', '某委副主任李三等'])).toEqual([
      '张二:guest',
      '李三:guest',
    ]);
  });

  it('reads a list line that opens with 以及, and a short line that heads no person line as the run’s verb', () => {
    expect(
      roles(['某商会会长王一，', '以及某同乡会会长张二、某商会会长李三', '等侨领和各界嘉宾', '近600人出席']),
    ).toEqual(['王一:guest', '张二:guest', '李三:guest']);
    expect(roles(['某国国会众议员王一', '用西班牙语致辞', '感谢华人社区的贡献'])).toEqual(['王一:speaker']);
  });

  it('leaves a line of officers under their labels (秘书长：甲) to the labels', () => {
    expect(roles(['秘书长：王一', '监事长：张二', '致辞', '某公使在致辞中表示祝贺'])).toEqual([]);
  });

  it('leaves person lines with no verb or heading near them, and lines that are bylines', () => {
    expect(roles(['某市副市长王一', '某公司董事长张二'])).toEqual([]);
    expect(roles(['某公司董事长王一', '来源｜某某发布'])).toEqual([]);
    // A heading's reach ends at a line that is not a person's.
    expect(roles(['主旨演讲', '会议期间签约项目12个', '某公司董事长王一'])).toEqual([]);
  });
});
