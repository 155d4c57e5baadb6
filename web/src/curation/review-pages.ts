/**
 * Paging through the review queue past its first batch. The queue is a live list: every accepted or
 * rejected item leaves it, so the items still in it from what we loaded are exactly the skipped
 * ones, at its front, in order. The next batch therefore starts after the `skipped`-th item — asked
 * for with the cursor the server gave that position (`after:`), not the last loaded one, which
 * would jump over as many unseen items as were answered.
 */
import type { ReviewItem } from './review';

export interface ReviewPages {
  /** Everything loaded, in the order shown. */
  readonly items: readonly ReviewItem[];
  /** The server's cursor for each position in the queue, as last seen (index = position). */
  readonly cursors: readonly string[];
  /** How many shown items were skipped (they stay in the queue, at its front). */
  readonly skipped: number;
  /** The queue's size when the last page came, plus the items answered before it. */
  readonly total: number;
  readonly hasMore: boolean;
}

export const noPages: ReviewPages = { items: [], cursors: [], skipped: 0, total: 0, hasMore: true };

/** The `after:` for the next page: the cursor of the last skipped item (null: from the start). */
export function nextAfter(pages: ReviewPages): string | null {
  return pages.skipped === 0 ? null : (pages.cursors[pages.skipped - 1] ?? null);
}

/**
 * Adds a page asked for with `nextAfter(pages)`: its items start at queue position `skipped`.
 * Items already shown (another curator's skip, a fact seen twice) are not shown again.
 */
export function addPage(
  pages: ReviewPages,
  page: { items: readonly ReviewItem[]; cursors: readonly string[]; total: number; hasMore: boolean },
): ReviewPages {
  const cursors = [...pages.cursors];
  page.cursors.forEach((c, i) => (cursors[pages.skipped + i] = c));
  const seen = new Set(pages.items.map((i) => i.id));
  const fresh = page.items.filter((i) => !seen.has(i.id));
  const answered = pages.items.length - pages.skipped;
  return {
    items: [...pages.items, ...fresh],
    cursors,
    skipped: pages.skipped,
    total: page.total + answered,
    hasMore: page.hasMore && fresh.length > 0,
  };
}

export function skip(pages: ReviewPages): ReviewPages {
  return { ...pages, skipped: pages.skipped + 1 };
}

/** Whether the item at `index` is the last loaded one and more may follow: time to fetch. */
export function needsMore(pages: ReviewPages, index: number): boolean {
  return pages.hasMore && index >= pages.items.length - 1;
}
