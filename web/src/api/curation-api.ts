/** Curation writes: each sends the tab's token (see client.ts) and returns the Curation it made. */
import type { RequestOptions } from './client';
import type { CurationFieldsFragment } from './generated/graphql';
import { query } from './graph-api';
import type { ReviewItem } from '../curation/review';
import { MERGE_ENTITIES, RETRACT_FACT, REVIEW_QUEUE, UNDO_CURATION, VERIFY_FACT } from './operations';

export type Curation = CurationFieldsFragment;

export async function verifyFact(id: string, opts?: RequestOptions): Promise<Curation> {
  return (await query(VERIFY_FACT, { id }, opts)).verifyFact;
}

export async function retractFact(id: string, reason: string, opts?: RequestOptions): Promise<Curation> {
  return (await query(RETRACT_FACT, { id, reason }, opts)).retractFact;
}

export async function undoCuration(id: string, opts?: RequestOptions): Promise<Curation> {
  return (await query(UNDO_CURATION, { id }, opts)).undoCuration;
}

export async function fetchReviewQueue(first: number, opts?: RequestOptions): Promise<ReviewItem[]> {
  return (await query(REVIEW_QUEUE, { first }, opts)).reviewQueue.edges.map((e) => e.node);
}

/** `drop` becomes `keep`: its facts and names move over and `drop` is deleted. */
export async function mergeEntities(keep: string, drop: string, reason: string, opts?: RequestOptions) {
  return (await query(MERGE_ENTITIES, { keep, drop, reason }, opts)).mergeEntities;
}
