import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../normalize';
import { extractArticle } from './index';
import { articleOutlet, articleSource } from './outlet';
import { isPageChrome, openingLines } from './page-chrome';
import { splitSentences } from './sentences';

/** The block a reposting WeChat page puts under the title and after the text (no fact of the article). */
const HEADER = ['点击蓝字 关注我们', '来源：网络综合', '编辑：全媒体中心', '三审：总编室'];
const FOOTER = ['-END-', '来源｜本站', '责编：新媒体部', '点击“阅读原文”查看更多', '分享', '点赞', '在看'];

describe('isPageChrome', () => {
  it('reads a page’s calls, a 来源 that names no publisher and an office as staff as chrome', () => {
    for (const line of [...HEADER, ...FOOTER, '阅读原文', 'END', '- END -'])
      expect(isPageChrome(line), line).toBe(true);
  });
  it('keeps a 来源 that names an outlet, a staff label that names a person, and the article’s own lines', () => {
    for (const line of [
      '来源：北塘日报',
      '来源｜青溪县融媒体中心',
      '编辑：夏知远',
      '责任编辑：沈青禾　审核：陆明川',
      '点击关注青溪县融媒体中心 >>',
      '分享经济论坛在青溪举行',
      '县委书记甲主持会议。',
    ])
      expect(isPageChrome(line), line).toBe(false);
  });
});

describe('openingLines', () => {
  it('counts the first lines after the page’s header', () => {
    expect(openingLines([...HEADER, '青溪融媒 2025-04-02 08:10 江西', '正文'].join('\n'), 1)).toBe(
      '青溪融媒 2025-04-02 08:10 江西',
    );
  });
});

describe('the article’s own publisher under a scraped header and footer', () => {
  const masthead = '青溪融媒 2025-04-02 08:10 江西';
  const prose = '4月1日，县委书记纪远航到马岭镇调研茶产业发展。记者　苗清禾';
  const editor = '编辑：夏知远';
  const wrapped = [...HEADER, masthead, prose, editor, ...FOOTER].join('\n');
  const own = [masthead, prose, editor].join('\n');

  it('takes the masthead as the outlet, not the header’s office or 来源', () => {
    expect(articleOutlet(own)).toBe('青溪融媒');
    expect(articleOutlet(wrapped)).toBe('青溪融媒');
    expect(articleSource(wrapped)).toBeNull();
  });

  it('reads no sentence from the header or the footer', () => {
    expect(splitSentences(wrapped).map((s) => s.text)).toEqual(splitSentences(own).map((s) => s.text));
  });

  it('reads the same credits as without the header and footer: the reporter and the footer’s editor at the masthead’s outlet', () => {
    const read = (body: string) =>
      extractArticle(normalizeArticle({ content: `县委书记到马岭镇调研茶产业\n${body}`, source: 'x.txt' }));
    const clean = read(own);
    expect(clean.credits).toContainEqual(
      expect.objectContaining({ name: '苗清禾', organization: '青溪融媒' }),
    );
    expect(clean.credits).toContainEqual(
      expect.objectContaining({ name: '夏知远', title: '编辑', organization: '青溪融媒' }),
    );
    expect(read(wrapped).credits).toEqual(clean.credits);
    expect(read(wrapped).positions).toEqual(clean.positions);
  });
});
