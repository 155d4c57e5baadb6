import { describe, expect, it } from 'vitest';
import { endWrittenPosts } from './ended-posts';
import { readingOf, withReading } from './readings';

const evidence = '第九届执委会主席牛犇因年龄原因不再担任主席职务';

describe('endWrittenPosts', () => {
  it('ends the post the sentence names its holder by, at its body (blind36-18)', () => {
    const held = withReading(
      { person: '牛犇', title: '主席', organization: '某市工商业联合会', current: true, evidence },
      'title-name|resolved',
    );
    const ended = { person: '牛犇', title: '原主席', organization: null, current: false, evidence };
    const out = endWrittenPosts([held, ended]);
    expect(out).toEqual([{ ...held, title: '原主席', current: false }]);
    expect(readingOf(out[0]!)).toBe('title-name|resolved');
  });
  it('keeps a post the sentence begins or keeps (商会原秘书长封华连任秘书长, blind27-20)', () => {
    const kept = withReading(
      { person: '封华', title: '秘书长', organization: '某商会', current: true, evidence: '…' },
      'names-current|resolved',
    );
    const former = { person: '封华', title: '原秘书长', organization: null, current: false, evidence: '…' };
    expect(endWrittenPosts([kept, former])).toEqual([kept, former]);
  });
});
