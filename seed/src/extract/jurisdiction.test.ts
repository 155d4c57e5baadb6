import { describe, expect, it } from 'vitest';
import { fullBodyName, jurisdictions, placeFromSentence, withProseProvince } from './jurisdiction';

describe('jurisdictions / fullBodyName', () => {
  it("finds the one province and city that open the article's bodies", () => {
    const j = jurisdictions(['山东省济南市人民政府', '中共山东省委', '济南市统计局']);
    expect(j.get('省')).toBe('山东省');
    expect(j.get('市')).toBe('济南市');
  });
  it('gives level-only and short department names their full names', () => {
    const j = new Map([
      ['省', '湖南省'],
      ['市', '长沙市'],
    ]);
    expect(fullBodyName('省委', j)).toBe('湖南省委');
    expect(fullBodyName('省政府', j)).toBe('湖南省人民政府');
    expect(fullBodyName('省市场监管局', j)).toBe('湖南省市场监督管理局');
    expect(fullBodyName('市工信局', j)).toBe('长沙市工业和信息化局');
    expect(fullBodyName('中共湖南省委', j)).toBe('湖南省委');
    expect(fullBodyName('国资委', j)).toBe('国资委');
  });
  it('leaves level-only names alone when the article has several places of that level', () => {
    expect(jurisdictions(['甲市统计局', '乙市统计局']).has('市')).toBe(false);
  });
  it('takes the one province the prose names when no body gives it', () => {
    const j = withProseProvince(jurisdictions(['某某市委']), '省长调研时强调，要落实考察江西重要讲话精神');
    expect(fullBodyName('省人民政府', j)).toBe('江西省人民政府');
    expect(withProseProvince(new Map(), '上海、江苏两地').has('省')).toBe(false);
  });
  it('gives a level-only body the place of the last body of that level in the sentence', () => {
    expect(placeFromSentence('区人民政府', ['某某区委', '市人民政府'])).toBe('某某区人民政府');
    expect(placeFromSentence('县人民政府', ['某某区委'])).toBe('县人民政府');
    expect(placeFromSentence('甲乙区人民政府', ['某某区委'])).toBe('甲乙区人民政府');
  });
});
