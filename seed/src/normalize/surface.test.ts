import { describe, expect, it } from 'vitest';
import { extractArticle } from '../extract/index';
import { normalizeArticle } from './article';

const body = (content: string): string => normalizeArticle({ content }).body;
const posts = (content: string): string[] =>
  extractArticle(normalizeArticle({ content, source: 'x.txt' })).positions.map(
    (p) => `${p.person}:${p.title}@${p.organization ?? ''}`,
  );

describe('one surface for scraped text', () => {
  it('drops zero-width characters instead of splitting a name with them', () => {
    expect(body('标题\n市文旅局局长欧\u200B阳\u2060明出席。')).toBe('市文旅局局长欧阳明出席。');
    expect(posts('标题\n湖滨县交通运输局局长田\u200C立新出席活动并致辞。')).toEqual([
      '田立新:局长@湖滨县交通运输局',
    ]);
  });

  it('reads every kind of blank as one space and every line end as one', () => {
    expect(body('标题\r\n\u3000\u3000第一段\u202F内容。\t \r\n\u2003第二段。\u3000\r第三段。')).toBe(
      '第一段 内容。\n第二段。\n第三段。',
    );
  });

  it('takes bullets and arrows off the start of a line', () => {
    expect(body('标题\n▲图为活动现场\n● 第二行。\n▶▶ 第三行。')).toBe('图为活动现场\n第二行。\n第三行。');
    expect(body('标题\n👉 韦立群（某公司总经理）\n🔹开幕式\n✨ 新老交接 ✨')).toBe(
      '韦立群（某公司总经理）\n🔹开幕式\n✨ 新老交接 ✨',
    );
    expect(posts('标题\n●河西区商务局副局长钱晓峰主持开幕式。')).toEqual(['钱晓峰:副局长@河西区商务局']);
  });

  it('takes a keycap number off a list item', () => {
    expect(body('标题\n1\uFE0F\u20E3 某某时尚股份有限公司\n2\u20E3某某纺织有限公司')).toBe(
      '某某时尚股份有限公司\n某某纺织有限公司',
    );
  });

  it('decodes entities and drops tags left in a plain text', () => {
    expect(body('标题\n以&ldquo;创新&rdquo;为主题&mdash;&mdash;开幕，<strong>加粗</strong>。')).toBe(
      '以“创新”为主题——开幕，加粗。',
    );
  });

  it('reads full-width letters and digits as ASCII and [标题] as 【标题】', () => {
    expect(body('标题\n[会议现场]\n２０２４年ＡＩ大会。')).toBe('【会议现场】\n2024年AI大会。');
  });

  it('pairs an ASCII quote with the full-width one it closes', () => {
    expect(body('标题\n以“数字赋能"为主题，发布"智慧城市”报告。')).toBe(
      '以“数字赋能”为主题，发布“智慧城市”报告。',
    );
  });

  it('makes half-width , : ; ( ) next to Chinese full-width, and leaves them between digits and in Latin text', () => {
    expect(body('标题\n副会长(按姓氏笔画排序):\n时间:10:30,共1,000人;Acme (China), Inc.')).toBe(
      '副会长（按姓氏笔画排序）：\n时间：10:30，共1,000人；Acme (China), Inc.',
    );
    const label = (open: string, close: string, colon: string): string[] =>
      posts(
        `标题\n东湖区软件行业协会召开第三届会员大会，选举产生新一届理事会。\n副会长${open}按姓氏笔画排序${close}${colon}\n韦立群、包志远`,
      );
    expect(label('（', '）', '：')).toHaveLength(2);
    expect(label('(', ')', ':')).toEqual(label('（', '）', '：'));
  });
});
