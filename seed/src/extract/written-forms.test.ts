import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../normalize';
import type { OrgEntry } from './aliases';
import { extractArticle } from './index';
import { addLiteralForms, literalForms, mergeWrittenForms } from './written-forms';

const entry = (name: string, kind: OrgEntry['kind'] = 'association', aliases: string[] = []): OrgEntry => ({
  name,
  kind,
  aliases: new Set(aliases),
  parent: null,
});

const extract = (text: string) => extractArticle(normalizeArticle({ content: text, source: 'forms.txt' }));
const formsOf = (x: ReturnType<typeof extract>, name: string) => {
  const o = x.organizations.find((o) => o.name === name);
  return o ? [o.name, ...o.aliases] : [];
};

describe('literalForms', () => {
  it('keeps the form from the level on only where the text writes it on its own', () => {
    expect(literalForms('南湖市政协', '南湖市委书记甲，市政协主席乙出席')).toContain('市政协');
    expect(literalForms('南湖市政协', '南湖市政协主席乙出席')).not.toContain('市政协');
    expect(literalForms('于田县乡村振兴局', '免去甲的兼县乡村振兴局局长职务')).toContain('县乡村振兴局');
    // 北湖市政协 is another city's body, not a bare form of 南湖市政协.
    expect(literalForms('南湖市政协', '北湖市政协主席乙出席')).not.toContain('市政协');
  });
  it('names a body from a lower place on, a village’s or a town’s too', () => {
    expect(literalForms('贵阳市云岩区卫生健康局', '')).toContain('云岩区卫生健康局');
    expect(literalForms('石门乡东岗村党支部', '')).toContain('东岗村党支部');
    expect(literalForms('随州市曾都区香菇产业联合社', '')).toContain('曾都区香菇产业联合社');
  });
  it('keeps the state’s or a province’s name the text writes before a body', () => {
    expect(literalForms('商务部', '中华人民共和国商务部西亚非洲司指导')).toContain('中华人民共和国商务部');
    expect(literalForms('洋浦经济开发区管理委员会', '海南洋浦经济开发区管理委员会主办')).toContain(
      '海南洋浦经济开发区管理委员会',
    );
    expect(literalForms('中国侨商联合会', '广东中国侨商联合会')).toEqual([]);
  });
});

describe('addLiteralForms', () => {
  it('gives a form two bodies could claim to neither', () => {
    const entries = new Map([
      ['南湖市政协', entry('南湖市政协', 'government')],
      ['北湖市政协', entry('北湖市政协', 'government')],
    ]);
    addLiteralForms(entries, '，市政协主席乙');
    expect([...entries.values()].every((e) => e.aliases.size === 0)).toBe(true);
  });
  it('gives no form that opens another body’s name, save the state’s', () => {
    const entries = new Map([
      ['神经外科', entry('神经外科', 'other')],
      ['湖南省神经外科质量控制中心', entry('湖南省神经外科质量控制中心', 'other')],
    ]);
    addLiteralForms(entries, '湖南省神经外科质量控制中心承办');
    expect(entries.get('神经外科')!.aliases.size).toBe(0);
    const central = new Map([
      ['商务部', entry('商务部', 'agency')],
      ['中华人民共和国商务部西亚非洲司', entry('中华人民共和国商务部西亚非洲司', 'agency')],
    ]);
    addLiteralForms(central, '中华人民共和国商务部西亚非洲司指导');
    expect([...central.get('商务部')!.aliases]).toEqual(['中华人民共和国商务部']);
  });
  it('gives no form that is another body’s name', () => {
    const entries = new Map([
      ['南湖市委', entry('南湖市委', 'government')],
      ['市委', entry('市委', 'government')],
    ]);
    addLiteralForms(entries, '，市委书记甲');
    expect(entries.get('南湖市委')!.aliases.has('市委')).toBe(false);
  });
});

describe('mergeWrittenForms', () => {
  it('merges a district body’s short form into its full name written after the city', () => {
    const entries = new Map([
      ['南湖市北塘区工商业联合会', entry('南湖市北塘区工商业联合会')],
      ['南湖市工商业联合会', entry('南湖市工商业联合会')],
      ['北塘区工商联', entry('北塘区工商联')],
      ['南湖市工商联', entry('南湖市工商联')],
    ]);
    mergeWrittenForms(entries);
    expect([...entries.keys()].sort()).toEqual(['南湖市北塘区工商业联合会', '南湖市工商业联合会']);
    expect(entries.get('南湖市北塘区工商业联合会')!.aliases.has('北塘区工商联')).toBe(true);
    expect(entries.get('南湖市工商业联合会')!.aliases.has('南湖市工商联')).toBe(true);
  });
  it('merges a body written with and without its province', () => {
    const entries = new Map([
      ['海南洋浦经济开发区管理委员会', entry('海南洋浦经济开发区管理委员会', 'agency')],
      ['洋浦经济开发区管理委员会', entry('洋浦经济开发区管理委员会', 'agency')],
    ]);
    mergeWrittenForms(entries);
    expect([...entries.keys()]).toEqual(['海南洋浦经济开发区管理委员会']);
  });
});

describe('extraction', () => {
  it('keeps the bare form a list completes with the city named before it', () => {
    const x = extract(
      '南湖市侨商大会召开\n南湖市委书记郑一鸣，市人大常委会主任韦明亮，市政协主席丘建华等出席大会。',
    );
    expect(formsOf(x, '南湖市政协')).toContain('市政协');
    expect(formsOf(x, '南湖市人大常委会')).toContain('市人大常委会');
  });
});
