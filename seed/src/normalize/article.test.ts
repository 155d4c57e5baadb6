import { describe, expect, it } from 'vitest';
import type { ArticleError } from './article';
import { articleIdOf, checkArticleUrl, MAX_ARTICLE_BYTES, normalizeArticle } from './article';

describe('normalizeArticle', () => {
  it('takes the first line as title and finds the dateline', () => {
    const a = normalizeArticle({ content: '标题一\n\n2023-10-25 14:27  16160次阅读\n正文\u3000第一段。' });
    expect(a.title).toBe('标题一');
    expect(a.publishedAt).toBe('2023-10-25');
    expect(a.body).toBe('2023-10-25 14:27 16160次阅读\n正文 第一段。');
    expect(a.id).toMatch(/^art_[0-9a-f]{24}$/);
  });

  it('takes the headline under a pasted crumb trail as the title, keeping the id the text had', () => {
    const text = '首页 > 政务要闻 > 领导活动\n某某在某市调研\n2026-11-24 来源：某省人民政府网站\n正文。';
    const a = normalizeArticle({ content: text });
    expect(a.title).toBe('某某在某市调研');
    expect(a.body.split('\n')[0]).toBe('首页 > 政务要闻 > 领导活动');
    expect(a.id).toBe(articleIdOf(text));
    expect(normalizeArticle({ content: '首页\n正文。' }).title).toBe('首页');
    expect(normalizeArticle({ content: '某市政府网 > 政务动态 > 领导活动\n某某调研\n正文。' }).title).toBe(
      '某某调研',
    );
    expect(
      normalizeArticle({ content: '当前位置：首页 >> 政务动态 >> 领导活动\n某某调研\n正文。' }).title,
    ).toBe('某某调研');
    expect(normalizeArticle({ content: '甲 > 乙\n正文。' }).title).toBe('甲 > 乙');
  });
  it('gives the same id to the same text, whatever the line endings', () => {
    const a = normalizeArticle({ content: '标题\r\n正文' });
    const b = normalizeArticle({ content: '标题\n\n正文\n' });
    expect(a.id).toBe(b.id);
  });

  it('keeps the id an article had before the surface was cleaned, so re-ingesting it adds no copy', () => {
    // Stored with the id of its lines as read before surface.ts: 来源: with a half-width colon, a ▲ caption.
    const content = '某协会召开年会\r\n来源: 某日报\r\n▲ 会议现场\r\n会长张三致辞,副会长李四主持。';
    const a = normalizeArticle({ content });
    expect(a.text).toBe('某协会召开年会\n来源： 某日报\n会议现场\n会长张三致辞，副会长李四主持。');
    expect(a.id).toBe(articleIdOf('某协会召开年会\n来源: 某日报\n▲ 会议现场\n会长张三致辞,副会长李四主持。'));
    expect(normalizeArticle({ content, title: '某协会召开年会' }).id).toBe(a.id);
  });

  it('gives a title passed apart from the text the same surface as the text', () => {
    const a = normalizeArticle({ content: '正文一行。', title: '２０２４“数字\u200B经济"论坛　开幕' });
    expect(a.title).toBe('2024“数字经济”论坛 开幕');
  });
  it('strips HTML, drops scripts, uses <title>', () => {
    const a = normalizeArticle({
      content:
        '<html><head><title>会议 &amp; 论坛</title><script>var x="<p>no</p>"</script></head><body><p>张三主持会议。</p><div>李四&nbsp;致辞</div></body></html>',
    });
    expect(a.title).toBe('会议 & 论坛');
    expect(a.body).toBe('张三主持会议。\n李四 致辞');
  });

  it('rejects empty, binary, non-UTF-8 and oversized input with a clear error', () => {
    const code = (content: string | Uint8Array): string => {
      try {
        normalizeArticle({ content });
        return 'ok';
      } catch (e) {
        return (e as ArticleError).code;
      }
    };
    expect(code('  \n\u3000\n')).toBe('EMPTY');
    expect(code(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]))).toBe('BINARY');
    expect(code(new Uint8Array([0xe4, 0xb8, 0x41, 0x42]))).toBe('NOT_UTF8');
    expect(code('字'.repeat(MAX_ARTICLE_BYTES / 3 + 1))).toBe('TOO_LARGE');
  });

  it('keeps site navigation, related links and footers out of the text (main content only)', () => {
    const para = (s: string): string => `<p>${s}</p>`;
    const a = normalizeArticle({
      content: `<html><head><title>论坛在京举办</title></head><body>
        <div class="nav"><a href="/">首页</a> &gt; <a href="/news">新闻中心</a> <a href="/about">关于我们</a></div>
        <ul class="menu"><li><a href="/a">中国测试集团有限公司</a></li><li><a href="/b">联系我们</a></li></ul>
        <div class="article"><h1>论坛在京举办</h1>
          <div class="meta">发布时间：2024-09-21 10:05</div>
          ${para('9月20日，第一届测试论坛在北京举办。论坛由中国测试协会主办，北京测试科技有限公司承办。')}
          ${para('中国测试协会会长张测一出席论坛并致辞。他表示，协会将继续推动行业标准化建设，服务会员企业发展。')}
          ${para('北京测试科技有限公司董事长李测二介绍了公司在智能制造领域的最新进展和下一步的工作计划。')}
        </div>
        <div class="footer">版权所有 &copy; 2024 中国测试网 京ICP备12345678号 <a href="/sitemap">网站地图</a></div>
      </body></html>`,
    });
    expect(a.body).toMatch(/张测一出席论坛并致辞/);
    expect(a.body).toMatch(/李测二/);
    expect(a.body).not.toMatch(/首页|新闻中心|关于我们|联系我们|版权所有|ICP|网站地图/);
    expect(a.publishedAt).toBe('2024-09-21');
  });

  it('stores only absolute http(s) URLs', () => {
    expect(checkArticleUrl(' https://example.org/a?b=1 ')).toBe('https://example.org/a?b=1');
    expect(checkArticleUrl('http://example.org/')).toBe('http://example.org/');
    expect(checkArticleUrl(null)).toBeNull();
    expect(checkArticleUrl('  ')).toBeNull();
    for (const bad of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,x',
      'file:///etc/passwd',
      '/a',
      'example.org',
    ]) {
      expect(() => checkArticleUrl(bad), bad).toThrow(/http/);
    }
    expect(() => normalizeArticle({ content: '标题\n正文', url: 'javascript:alert(1)' })).toThrow(
      expect.objectContaining({ code: 'BAD_URL' }),
    );
  });
});
