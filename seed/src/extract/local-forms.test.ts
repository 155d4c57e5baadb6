import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../normalize';
import { extractArticle } from './index';
import { withoutSeat } from './local-forms';

describe('withoutSeat', () => {
  it('names a town’s or village’s body from its own place on', () => {
    expect(withoutSeat('嘉禾县石桥镇党委')).toBe('石桥镇党委');
    expect(withoutSeat('衡阳市南岳区寿岳乡人民政府')).toBe('寿岳乡人民政府');
    expect(withoutSeat('诸城市龙都街道东关村党支部')).toBe('东关村党支部');
  });
  it('keeps a town name of two characters that opens with a level word (番禺区市桥街道)', () => {
    expect(withoutSeat('番禺区市桥街道党工委')).toBe('市桥街道党工委');
  });
  it('names a district’s or county’s body after its city without the city', () => {
    expect(withoutSeat('株洲市芦淞区委')).toBe('芦淞区委');
    expect(withoutSeat('宜昌市夷陵区人民政府')).toBe('夷陵区人民政府');
  });
  it('gives nothing for a body with no place above it, or words that are no place', () => {
    expect(withoutSeat('石桥镇党委')).toBeNull();
    expect(withoutSeat('芦淞区委')).toBeNull();
    expect(withoutSeat('走访社区党委')).toBeNull();
    expect(withoutSeat('株洲市发展和改革委员会')).toBeNull();
  });
});

describe('a town body written with its county', () => {
  it('is one organization known by its own name too', () => {
    const text = [
      '嘉禾县召开乡村振兴推进会',
      '会上，嘉禾县石桥镇党委书记王建林、株洲市芦淞区委书记陈立平先后发言。',
    ].join('\n');
    const x = extractArticle(normalizeArticle({ content: text, source: 'own.txt' }));
    const town = x.organizations.find((o) => o.name === '嘉禾县石桥镇党委');
    expect(town?.aliases).toContain('石桥镇党委');
    const district = x.organizations.find((o) => o.name === '株洲市芦淞区委');
    expect(district?.aliases).toContain('芦淞区委');
  });
});
