import { describe, expect, it } from 'vitest';
import type { ReviewItem } from './review';
import { addPage, needsMore, nextAfter, noPages, skip } from './review-pages';

const item = (n: number): ReviewItem => ({
  __typename: 'SubunitLink',
  id: `fct_${n}`,
  status: 'EXTRACTED',
  confidence: 0.5,
  curatedBy: [],
  evidence: [],
  unit: { id: `org_u${n}`, name: `u${n}`, kind: 'agency' },
  parent: { id: `org_p${n}`, name: `p${n}`, kind: 'agency' },
});

/** A live queue of facts 0..size-1 with offset cursors, as the server pages it. */
function server(size: number) {
  let queue = Array.from({ length: size }, (_, i) => item(i));
  return {
    page(first: number, after: string | null) {
      const start = after === null ? 0 : Number(after) + 1;
      const slice = queue.slice(start, start + first);
      return {
        items: slice,
        cursors: slice.map((_, i) => String(start + i)),
        total: queue.length,
        hasMore: start + first < queue.length,
      };
    },
    answer(id: string) {
      queue = queue.filter((i) => i.id !== id);
    },
  };
}

describe('review pages', () => {
  it('reaches every item past the first batch when some are answered and some skipped', () => {
    const api = server(7);
    let pages = addPage(noPages, api.page(3, nextAfter(noPages)));
    expect(pages.items.map((i) => i.id)).toEqual(['fct_0', 'fct_1', 'fct_2']);
    expect(pages.total).toBe(7);
    // Answer 0, skip 1, answer 2: the queue is now 1, 3, 4, 5, 6.
    api.answer('fct_0');
    pages = skip(pages);
    api.answer('fct_2');
    expect(needsMore(pages, 2)).toBe(true);
    expect(nextAfter(pages)).toBe('0');
    pages = addPage(pages, api.page(3, nextAfter(pages)));
    expect(pages.items.map((i) => i.id)).toEqual(['fct_0', 'fct_1', 'fct_2', 'fct_3', 'fct_4', 'fct_5']);
    // Five left in the queue plus two answered: the count the progress shows does not move.
    expect(pages.total).toBe(7);
    // Skip the rest: the last page starts after the four skipped ones.
    pages = skip(skip(skip(pages)));
    expect(nextAfter(pages)).toBe('3');
    pages = addPage(pages, api.page(3, nextAfter(pages)));
    expect(pages.items.map((i) => i.id).at(-1)).toBe('fct_6');
    expect(pages.hasMore).toBe(false);
    expect(needsMore(pages, 6)).toBe(false);
  });

  it('does not show an item twice and stops when a page brings nothing new', () => {
    const api = server(2);
    const first = addPage(noPages, api.page(2, null));
    const again = addPage(first, { ...api.page(2, null), hasMore: true });
    expect(again.items).toHaveLength(2);
    expect(again.hasMore).toBe(false);
  });
});
