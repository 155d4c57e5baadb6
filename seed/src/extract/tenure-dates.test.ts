import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../normalize';
import { extractArticle } from './index';
import { postInterval, sentenceDate } from './tenure-dates';

const posts = (body: string, publishedAt: string | null = '2021-06-15') =>
  extractArticle(normalizeArticle({ content: `人事任免\n${body}`, publishedAt })).positions.map((p) => ({
    who: `${p.person}:${p.title}@${p.organization ?? '-'}`,
    since: p.since ? `${p.since.value}/${p.since.precision}/${p.since.bound}` : null,
    until: p.until ? `${p.until.value}/${p.until.precision}/${p.until.bound}` : null,
  }));

describe('sentence dates', () => {
  it('keeps the precision as written', () => {
    expect(sentenceDate('2018年5月3日，大会选举王一为会长。', null)).toBe('2018-05-03');
    expect(sentenceDate('2018年5月，王一任某局局长。', null)).toBe('2018-05');
    expect(sentenceDate('2018年，王一任某局局长。', null)).toBe('2018');
    expect(sentenceDate('5月3日，王一任某局局长。', '2021-06')).toBe('2021-05-03');
    expect(sentenceDate('王一2018年度考核优秀。', null)).toBeNull();
  });
});

describe('appointment and removal language', () => {
  it('starts a post at 任命…为, 聘任, 当选, 提名 and 任 (the article date when the sentence has none)', () => {
    expect(posts('市人民政府决定：任命王一平为某市财政局局长。')).toContainEqual({
      who: '王一平:局长@某市财政局',
      since: '2021-06-15/DAY/EXACT',
      until: null,
    });
    expect(posts('2019年3月，大会选举李二河为某某协会会长。')).toContainEqual(
      expect.objectContaining({ who: '李二河:会长@某某协会', since: '2019-03/MONTH/EXACT' }),
    );
    const elected = posts('甲公司总经理钱一当选某某商会副会长。');
    expect(elected).toContainEqual(
      expect.objectContaining({ who: '钱一:副会长@某某商会', since: '2021-06-15/DAY/EXACT' }),
    );
    // The title written before the name is not what the sentence begins.
    expect(elected).toContainEqual({ who: '钱一:总经理@甲公司', since: null, until: null });
  });

  it('ends a post at 免去, 辞去 and 卸任, as precise as the sentence', () => {
    expect(posts('2020年12月，免去赵一鸣的某市审计局局长职务。')).toContainEqual({
      who: '赵一鸣:原局长@某市审计局',
      since: null,
      until: '2020-12/MONTH/EXACT',
    });
    expect(posts('会议同意接受赵一鸣辞去某市财政局副局长职务。')).toContainEqual(
      expect.objectContaining({ who: '赵一鸣:原副局长@某市财政局', until: '2021-06-15/DAY/EXACT' }),
    );
  });

  it('leaves a 原 post to the writer (NOT_AFTER the article date) unless the holder leaves it here', () => {
    expect(posts('某市财政局原局长周立新出席会议。')).toContainEqual({
      who: '周立新:原局长@某市财政局',
      since: null,
      until: null,
    });
    expect(
      postInterval({ former: true }, '2019年，某市财政局原局长周立新退休。', '周立新', '2021-06-15'),
    ).toEqual({ until: { value: '2019', precision: 'YEAR', bound: 'EXACT' } });
  });

  it('调任: the new post starts, the one held before ends', () => {
    expect(posts('2020年7月，某市财政局局长王一平调任某市审计局局长。')).toContainEqual(
      expect.objectContaining({ who: '王一平:局长@某市财政局', until: '2020-07/MONTH/EXACT' }),
    );
    const moved = posts('2020年7月，某市财政局原局长王一平调任某市审计局局长。');
    expect(moved).toContainEqual(
      expect.objectContaining({ who: '王一平:局长@某市审计局', since: '2020-07/MONTH/EXACT' }),
    );
    expect(moved).toContainEqual(
      expect.objectContaining({ who: '王一平:原局长@某市财政局', until: '2020-07/MONTH/EXACT' }),
    );
  });

  it('gives no dates without language or a date to give', () => {
    expect(posts('某市财政局局长周立新出席会议。')).toContainEqual({
      who: '周立新:局长@某市财政局',
      since: null,
      until: null,
    });
    expect(posts('任命王一平为某市财政局局长。', null)).toContainEqual({
      who: '王一平:局长@某市财政局',
      since: null,
      until: null,
    });
  });
});
