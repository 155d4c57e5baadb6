import { describe, expect, it } from 'vitest';
import { highlight, progress, reviewCommand, summarizeItem, type ReviewItem } from './review';

const base = {
  id: 'fct_1',
  status: 'EXTRACTED' as const,
  confidence: 0.4,
  curatedBy: [] as string[],
  evidence: [],
};
const ref = (id: string, name: string, kind: 'person' | 'agency' | 'event') => ({ id, name, kind });

describe('summarizeItem', () => {
  it('names a post with its holder and organization', () => {
    const item: ReviewItem = {
      ...base,
      __typename: 'Tenure',
      caption: '院长',
      person: ref('per_1', '李晓红', 'person'),
      post: ref('org_1', '中国工程院', 'agency'),
    };
    expect(summarizeItem(item)).toMatchObject({ relation: '院长', terms: ['李晓红', '中国工程院', '院长'] });
  });

  it('gives an event role in the schema spelling', () => {
    const item: ReviewItem = {
      ...base,
      __typename: 'Participation',
      personRole: 'SPEAKER',
      person: ref('per_1', '王某', 'person'),
      event: ref('evt_1', '论坛', 'event'),
    };
    expect(summarizeItem(item).relation).toBe('speaker');
  });
});

describe('highlight', () => {
  it('marks every occurrence, longest term first, and joins runs', () => {
    expect(highlight('中国工程院院长李晓红在工程院致辞', ['工程院', '中国工程院', '李晓红', '院长'])).toEqual(
      [
        { text: '中国工程院院长李晓红', mark: true },
        { text: '在', mark: false },
        { text: '工程院', mark: true },
        { text: '致辞', mark: false },
      ],
    );
  });

  it('leaves a sentence without the terms whole, and ignores empty terms', () => {
    expect(highlight('会议召开', ['', '李'])).toEqual([{ text: '会议召开', mark: false }]);
    expect(highlight('', ['李'])).toEqual([]);
  });
});

describe('review keys and progress', () => {
  it('maps a, r, s in either case and ignores modified presses', () => {
    expect(reviewCommand({ key: 'a' })).toBe('accept');
    expect(reviewCommand({ key: 'R' })).toBe('reject');
    expect(reviewCommand({ key: 's' })).toBe('skip');
    expect(reviewCommand({ key: 'r', ctrlKey: true })).toBeNull();
    expect(reviewCommand({ key: 'x' })).toBeNull();
  });

  it('counts from one and stops at the total', () => {
    expect(progress(2, 20)).toEqual({ index: 3, total: 20 });
    expect(progress(20, 20)).toEqual({ index: 20, total: 20 });
  });
});
