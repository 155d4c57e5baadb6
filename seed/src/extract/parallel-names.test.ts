import { describe, expect, it } from 'vitest';
import { recognize } from './spans';

const names = (s: string) => recognize(s).flatMap((x) => (x.kind === 'NAME' ? [x.text] : []));

describe('parallelNames: a word after a title is a name where the next list item is a holder', () => {
  it('reads an everyday word after a title when the item before is a title and its holder', () => {
    expect(names('某省气象局局长王一，某市气象局局长晴川分别介绍了工作进展。')).toEqual(['王一', '晴川']);
    expect(names('某集团总经理李二，某市能源局局长奇峰分别发言。')).toEqual(['李二', '奇峰']);
    expect(names('某市委常委、宣传部部长冬青，某总会副主席兼秘书长赵三出席。')).toEqual(['冬青', '赵三']);
  });
  it('reads it when the item after is a title and its holder (社长朝阳、某书局总编辑甲)', () => {
    expect(names('某出版社社长朝阳、某书局总编辑秋月作交流发言。')).toContain('朝阳');
    expect(names('某工商联党组成员、副主席何必，某区委常委、统战部部长王一，某处处长曾经')).toEqual([
      '何必',
      '王一',
      '曾经',
    ]);
  });
  it('reads names with no known surname, or of four characters, in such a list (木永红, 何黎明远)', () => {
    expect(names('某市人民政府副市长木永红，某州副州长岩温香，某厅二级巡视员白一出席开幕式。')).toEqual([
      '木永红',
      '岩温香',
      '白一',
    ]);
    expect(names('某联合会会长何黎明远、某联合会副会长兼秘书长宁二分别讲话。')).toEqual(['何黎明远', '宁二']);
  });
  it('reads a word after a title joined by 与 to a holder (总经理甲与某公司董事长包容代表双方签约)', () => {
    expect(names('某公司总经理高一与某公司董事长包容代表双方签约。')).toEqual(['高一', '包容']);
  });
  it('reads no word where no holder stands next to it, or where it is no name', () => {
    expect(names('某市气象局局长晴川分别介绍了工作进展。')).toEqual([]);
    // 与委员互动交流: a bare title after 与 is the people met; an adverb before a verb is no name.
    expect(names('某海关副关长邸一与委员互动交流。')).toEqual(['邸一']);
    // 领事机构: a noun a title compounds with.
    expect(names('某厅厅长刘一，以及某国驻某地领事机构代表参加开幕式。')).toEqual(['刘一']);
    // 富池镇长江干堤段: jieba's word across the title's end (长江) shows there is no title there.
    expect(names('在某池镇长江干堤段，某镇党委书记费一介绍情况。')).not.toContain('江干堤段');
    // 局长强调: a word that follows names is no name.
    expect(names('某局局长王一，某局局长强调，要做好工作。')).not.toContain('强调');
  });
});
