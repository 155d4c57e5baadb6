import { describe, expect, it } from 'vitest';
import { type ArticleError, normalizeArticle } from './article';
import { datelineDate, handleDate, textDate } from './article-date';

const dateOf = (content: string, more: { url?: string; source?: string; publishedAt?: string } = {}) =>
  normalizeArticle({ content, ...more }).publishedAt;

describe('article dates', () => {
  it('reads the dateline or 发布时间 at the head, as precise as written', () => {
    expect(datelineDate(['标题', '2023-10-25 14:27 16160次阅读'])).toBe('2023-10-25');
    expect(datelineDate(['标题', '发布时间：2023年10月25日 来源：某某网'])).toBe('2023-10-25');
    expect(datelineDate(['标题', '发布时间：2023年10月'])).toBe('2023-10');
    expect(datelineDate(['标题', '来源：某某网'])).toBeNull();
  });

  it('reads a date from the URL or the file name', () => {
    expect(handleDate('https://www.example.gov.cn/xwdt/2023/10/25/art_1.html')).toBe('2023-10-25');
    expect(handleDate('http://www.miit.gov.cn/jgsj/202310/t20231025_123456.html')).toBe('2023-10-25');
    expect(handleDate('https://example.com/news/2019/05/item.html')).toBe('2019-05');
    expect(handleDate('/data/articles/2021-03-02-renmian.txt')).toBe('2021-03-02');
    expect(handleDate('/data/articles/000_0d5c12121d1e2778.txt')).toBeNull();
    expect(handleDate('https://example.com/a/12345678.html')).toBeNull();
  });

  it("falls back on the body's first dated sentence (the event's day, else its month)", () => {
    expect(textDate(['2018年5月3日，某某会议在北京召开。'])).toBe('2018-05-03');
    expect(textDate(['2018年5月，某某会议在北京召开。'])).toBe('2018-05');
    expect(textDate(['会议在北京召开。'])).toBeNull();
  });

  it('prefers the given date, then the dateline, the URL, the file name and the text', () => {
    // Past the head (its first six lines), where a full date would read as the dateline.
    const text = '标题\n一。\n二。\n三。\n四。\n五。\n2020年1月2日，会议召开。';
    expect(dateOf(text)).toBe('2020-01-02');
    expect(dateOf(text, { source: 'x/2019-12-30-a.txt' })).toBe('2019-12-30');
    expect(dateOf(text, { source: 'x/2019-12-30-a.txt', url: 'https://a.cn/2019/12/31/b.html' })).toBe(
      '2019-12-31',
    );
    expect(
      dateOf('标题\n2021-06-07 10:00\n2020年1月2日，会议召开。', { url: 'https://a.cn/2019/12/31/b.html' }),
    ).toBe('2021-06-07');
    expect(dateOf(text, { publishedAt: '2018' })).toBe('2018');
  });

  it('leaves an undated article undated, never today', () => {
    expect(dateOf('标题\n会议召开。')).toBeNull();
  });

  it('refuses a given date that is not one', () => {
    for (const bad of ['2018-13', 'yesterday', '2018/05/03']) {
      let code = 'ok';
      try {
        normalizeArticle({ content: '标题\n正文', publishedAt: bad });
      } catch (e) {
        code = (e as ArticleError).code;
      }
      expect(code).toBe('BAD_DATE');
    }
  });
});
