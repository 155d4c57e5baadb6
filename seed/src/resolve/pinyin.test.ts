import { describe, expect, it } from 'vitest';
import { pinyinKeys, pinyinKeysOf, syllables } from './pinyin';

describe('pinyin keys', () => {
  it('gives joined, spaced and initials for a person name', () => {
    expect(pinyinKeysOf('李毅中').sort()).toEqual(['li yi zhong', 'liyizhong', 'lyz'].sort());
  });

  it('reads polyphones in context and writes ü as v', () => {
    expect(pinyinKeysOf('重庆')).toContain('chongqing');
    expect(pinyinKeysOf('吕布')).toContain('lvbu');
  });

  it('keeps Latin and digit runs as one token, lower-case', () => {
    expect(syllables('2023中国CEO大会')).toEqual(['2023', 'zhong', 'guo', 'ceo', 'da', 'hui']);
  });

  it('skips the spaced form for long organization names but keeps joined and initials', () => {
    const keys = pinyinKeysOf('中国工业经济联合会制造业单项冠军工作办公室');
    expect(keys).toContain('zggyjjlhhzzydxgjgzbgs');
    expect(keys.some((k) => k.includes(' '))).toBe(false);
  });

  it('covers every alias, without duplicates', () => {
    const keys = pinyinKeys(['李毅中', '李会长', '李毅中']);
    expect(keys).toContain('lihuizhang');
    expect(new Set(keys).size).toBe(keys.length);
  });
});
