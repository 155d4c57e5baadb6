import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../normalize';
import { extractArticle } from './index';
import { ledNames } from './led-names';
import { sentencePeople } from './people';

const led = (text: string, previous?: string) =>
  ledNames(text, sentencePeople(text).mentions, previous).map((m) => m.name);

describe('ledNames', () => {
  it('reads the names a leader word lists, with no verb in the sentence', () => {
    expect(led('滨江市领导宋立平、韩晓梅、罗建新')).toEqual(['宋立平', '韩晓梅', '罗建新']);
    expect(led('校领导：冯立波、唐思远')).toEqual(['冯立波', '唐思远']);
  });
  it('reads names that open a line after a line ending with a leader word (县领导 / 甲、乙)', () => {
    expect(led('龚海涛、邓雅琳', '县领导')).toEqual(['龚海涛', '邓雅琳']);
    expect(led('龚海涛、邓雅琳', '参加调研')).toEqual([]);
  });
  it('stops where the list does: a name after a comma and a title is not led', () => {
    expect(led('市领导宋立平，某区区长韩晓梅')).toEqual(['宋立平']);
  });
  it('leaves a sentence without a leader word alone', () => {
    expect(led('宋立平、韩晓梅')).toEqual([]);
  });
});

describe('persons a leader word lists, in an article', () => {
  it('counts them though a WeChat line break takes the verb away', () => {
    const x = extractArticle(
      normalizeArticle({
        content: [
          '滨江区调研乡村振兴工作',
          '5月8日，滨江区委书记陶文彬到新桥镇调研乡村振兴工作。',
          '区领导',
          '龚海涛、邓雅琳',
          '参加调研',
        ].join('\n'),
        source: 'x.txt',
      }),
    );
    expect(x.persons.map((p) => p.name)).toEqual(expect.arrayContaining(['陶文彬', '龚海涛', '邓雅琳']));
  });
});
