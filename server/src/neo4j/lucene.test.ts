import { describe, expect, it } from 'vitest';
import { escapeLucene, luceneQuery, tokenize } from './lucene';

describe('luceneQuery', () => {
  it('searches Chinese runs as phrases and single characters as prefixes', () => {
    expect(luceneQuery('毅中')).toBe('"毅中"^2');
    expect(luceneQuery('李')).toBe('李*');
  });

  it('tries pinyin joined, prefixed, as a phrase and per token', () => {
    expect(luceneQuery('lyz')).toBe('lyz^3 OR lyz*^2');
    expect(luceneQuery('Li Yizhong')).toBe(
      'liyizhong^3 OR liyizhong*^2 OR "li yizhong"^2 OR li OR li* OR yizhong OR yizhong*',
    );
  });

  it('normalizes full-width letters like the analyzer', () => {
    expect(luceneQuery('ＬＹＺ')).toBe('lyz^3 OR lyz*^2');
  });

  it.each([
    ['*', null],
    ['~', null],
    ['"', null],
    ['\\', null],
    ['//', null],
    ['\u0000', null],
    [
      'a AND OR b',
      'aandorb^3 OR aandorb*^2 OR "a and or b"^2 OR a OR a* OR and OR and* OR or OR or* OR b OR b*',
    ],
    ['李" OR name:*', '李* OR orname^3 OR orname*^2 OR "or name"^2 OR or OR or* OR name OR name*'],
    [
      "') DETACH DELETE n //",
      'detachdeleten^3 OR detachdeleten*^2 OR "detach delete n"^2 OR detach OR detach* OR delete OR delete* OR n OR n*',
    ],
  ])('keeps syntax out of %j', (input, expected) => {
    expect(luceneQuery(input)).toBe(expected);
  });

  it('emits only letters, digits, our operators and quotes', () => {
    const hostile = '+-&&||!(){}[]^"~*?:\\/ 中文 x\u0000y';
    const q = luceneQuery(hostile) ?? '';
    expect(q.replace(/ OR |\^\d|\*|"/g, '')).toMatch(/^[\p{L}\p{N} ]*$/u);
  });

  it('escapes every Lucene special character', () => {
    expect(escapeLucene('a+b-c&d|e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
      'a\\+b\\-c\\&d\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
    );
  });

  it('splits Han from other letters', () => {
    expect(tokenize('李毅中li 会长2023')).toEqual({ han: ['李毅中', '会长'], latin: ['li', '2023'] });
  });
});
