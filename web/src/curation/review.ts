/**
 * The review view's pure part: what a queue item says (its two ends and the words to highlight in the
 * evidence), the highlighting itself, the a/r/s keys, and stepping through a batch.
 */
import type { ReviewQueueQuery } from '../api/generated/graphql';
import type { FromApi } from '../api/from-api';

export type ReviewItem = FromApi<ReviewQueueQuery>['reviewQueue']['edges'][number]['node'];

interface End {
  name: string;
}

export interface ItemSummary {
  subject: End | null;
  object: End | null;
  /** The relation as read: a post's caption, or a role for events (lower-case schema spelling). */
  relation: string;
  /** Names and captions worth marking in the evidence sentence. */
  terms: string[];
}

export function summarizeItem(item: ReviewItem): ItemSummary {
  switch (item.__typename) {
    case 'Tenure':
      return summary(item.person, item.post, item.caption);
    case 'Participation':
      return summary(item.person, item.event, item.personRole.toLowerCase());
    case 'Organizing':
      return summary(item.organization, item.event, item.organizationRole.toLowerCase());
    case 'SubunitLink':
      return summary(item.unit, item.parent, 'part_of');
    default:
      return { subject: null, object: null, relation: '', terms: [] };
  }
}

function summary(subject: End, object: End | null, relation: string): ItemSummary {
  const terms = [subject.name, object?.name, relation].filter((s): s is string => !!s);
  return { subject, object, relation, terms };
}

export interface Segment {
  text: string;
  mark: boolean;
}

/**
 * Splits a sentence into plain and marked runs. Longer terms win where they overlap (中国工程院 over
 * 工程院), and a name the extractor normalised but the sentence spells otherwise is simply not marked.
 */
export function highlight(sentence: string, terms: readonly string[]): Segment[] {
  const marked = new Array<boolean>(sentence.length).fill(false);
  const sorted = [...new Set(terms.filter((t) => t.length > 0))].sort((a, b) => b.length - a.length);
  for (const term of sorted) {
    for (let at = sentence.indexOf(term); at >= 0; at = sentence.indexOf(term, at + term.length)) {
      for (let i = at; i < at + term.length; i++) marked[i] = true;
    }
  }
  const segments: Segment[] = [];
  for (let i = 0; i < sentence.length; i++) {
    const last = segments.at(-1);
    if (last && last.mark === marked[i]) last.text += sentence[i];
    else segments.push({ text: sentence[i] ?? '', mark: marked[i] ?? false });
  }
  return segments;
}

export type ReviewCommand = 'accept' | 'reject' | 'skip';

const KEYS: Readonly<Record<string, ReviewCommand>> = { a: 'accept', r: 'reject', s: 'skip' };

/** The review keys, ignoring modified presses (Ctrl+R must still reload). */
export function reviewCommand(e: { key: string; ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean }) {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  return KEYS[e.key.toLowerCase()] ?? null;
}

/** "3 / 20": the item shown, counted from one, capped at the batch size once the batch is done. */
export function progress(index: number, total: number): { index: number; total: number } {
  return { index: Math.min(index + 1, total), total };
}
