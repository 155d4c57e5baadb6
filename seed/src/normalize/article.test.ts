import { describe, expect, it } from 'vitest';
import type { ArticleError } from './article';
import { MAX_ARTICLE_BYTES, normalizeArticle } from './article';

describe('normalizeArticle', () => {
  it('takes the first line as title and finds the dateline', () => {
    const a = normalizeArticle({ content: '标题一\n\n2023-10-25 14:27  16160次阅读\n正文\u3000第一段。' });
    expect(a.title).toBe('标题一');
    expect(a.publishedAt).toBe('2023-10-25');
    expect(a.body).toBe('2023-10-25 14:27 16160次阅读\n正文 第一段。');
    expect(a.id).toMatch(/^art_[0-9a-f]{24}$/);
  });

  it('gives the same id to the same text, whatever the line endings', () => {
    const a = normalizeArticle({ content: '标题\r\n正文' });
    const b = normalizeArticle({ content: '标题\n\n正文\n' });
    expect(a.id).toBe(b.id);
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
});
