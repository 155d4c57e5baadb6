import { describe, expect, it } from 'vitest';
import { fullBodyName, jurisdictions } from './jurisdiction';

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
});
