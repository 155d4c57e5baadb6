/**
 * The split dialog's pure part: a person's facts and articles as ticks, and the request they make.
 * Homonyms (two 王伟) are split by choosing what belongs to the other one; the server copies those
 * facts to a new node and retracts the originals, so re-ingest cannot put them back.
 */
import type { SplitRequest } from '../api/curation-api';

export interface SplitChoice {
  id: string;
  /** What the tick says: a post's caption and organization, an event and the role, an article title. */
  label: string;
}

export interface SplitSelection {
  name: string;
  facts: ReadonlySet<string>;
  articles: ReadonlySet<string>;
  reason: string;
}

export type SplitCheck =
  { ok: true; request: SplitRequest } | { ok: false; problem: 'name' | 'sameName' | 'nothing' | 'reason' };

export function splitRequest(entity: { id: string; name: string }, sel: SplitSelection): SplitCheck {
  const name = sel.name.trim();
  if (name.length === 0) return { ok: false, problem: 'name' };
  if (name === entity.name) return { ok: false, problem: 'sameName' };
  if (sel.facts.size + sel.articles.size === 0) return { ok: false, problem: 'nothing' };
  const reason = sel.reason.trim();
  if (reason.length === 0) return { ok: false, problem: 'reason' };
  return {
    ok: true,
    request: { id: entity.id, name, facts: [...sel.facts], articles: [...sel.articles], reason },
  };
}

/**
 * Ticking a fact also ticks the articles that are its only evidence: the person those articles
 * mention is the one the fact is about. Unticking leaves the articles (the analyst may want them).
 */
export function tickFact(
  sel: SplitSelection,
  factId: string,
  on: boolean,
  evidenceArticles: readonly string[],
): SplitSelection {
  const facts = new Set(sel.facts);
  const articles = new Set(sel.articles);
  if (on) {
    facts.add(factId);
    for (const a of evidenceArticles) articles.add(a);
  } else facts.delete(factId);
  return { ...sel, facts, articles };
}

export function tickArticle(sel: SplitSelection, articleId: string, on: boolean): SplitSelection {
  const articles = new Set(sel.articles);
  if (on) articles.add(articleId);
  else articles.delete(articleId);
  return { ...sel, articles };
}
