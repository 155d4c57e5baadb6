/** Curation writes: each sends the tab's token (see client.ts) and returns the Curation it made. */
import type { RequestOptions } from './client';
import type { CorrectFactInput, CurationFieldsFragment } from './generated/graphql';
import { entityToNode, query } from './graph-api';
import type { SliceNode } from '../graph/model';
import type { ReviewItem } from '../curation/review';
import {
  ADD_ALIAS,
  CORRECT_FACT,
  MERGE_ENTITIES,
  REMOVE_ALIAS,
  RETRACT_FACT,
  REVIEW_QUEUE,
  SPLIT_ENTITY,
  UNDO_CURATION,
  VERIFY_FACT,
} from './operations';

export type Curation = CurationFieldsFragment;
export type { CorrectFactInput };

export async function verifyFact(id: string, opts?: RequestOptions): Promise<Curation> {
  return (await query(VERIFY_FACT, { id }, opts)).verifyFact;
}

export async function retractFact(id: string, reason: string, opts?: RequestOptions): Promise<Curation> {
  return (await query(RETRACT_FACT, { id, reason }, opts)).retractFact;
}

export async function undoCuration(id: string, opts?: RequestOptions): Promise<Curation> {
  return (await query(UNDO_CURATION, { id }, opts)).undoCuration;
}

export async function correctFact(
  id: string,
  input: CorrectFactInput,
  reason: string,
  opts?: RequestOptions,
): Promise<Curation> {
  return (await query(CORRECT_FACT, { id, input, reason }, opts)).correctFact;
}

export async function addAlias(id: string, alias: string, reason: string | null, opts?: RequestOptions) {
  return (await query(ADD_ALIAS, { id, alias, reason }, opts)).addAlias;
}

export async function removeAlias(id: string, alias: string, reason: string | null, opts?: RequestOptions) {
  return (await query(REMOVE_ALIAS, { id, alias, reason }, opts)).removeAlias;
}

export interface SplitRequest {
  id: string;
  name: string;
  facts: string[];
  articles: string[];
  reason: string;
}

/** The curation, and the new node (the record's entity that is not `id`) ready for the canvas. */
export async function splitEntity(
  input: SplitRequest,
  opts?: RequestOptions,
): Promise<{ curation: Curation; created: SliceNode | null }> {
  const { entities, ...curation } = (await query(SPLIT_ENTITY, { input }, opts)).splitEntity;
  const created = entities.find((e) => e.id !== input.id);
  return { curation, created: created ? entityToNode(created) : null };
}

export interface ReviewPage {
  items: ReviewItem[];
  /** One per item: the cursor that asks for what follows it. */
  cursors: string[];
  total: number;
  hasMore: boolean;
}

export async function fetchReviewQueue(
  first: number,
  after: string | null,
  opts?: RequestOptions,
): Promise<ReviewPage> {
  const { reviewQueue } = await query(REVIEW_QUEUE, { first, after }, opts);
  return {
    items: reviewQueue.edges.map((e) => e.node),
    cursors: reviewQueue.edges.map((e) => e.cursor),
    total: reviewQueue.totalCount,
    hasMore: reviewQueue.pageInfo.hasNextPage,
  };
}

/** `drop` becomes `keep`: its facts and names move over and `drop` is deleted. */
export async function mergeEntities(keep: string, drop: string, reason: string, opts?: RequestOptions) {
  return (await query(MERGE_ENTITIES, { keep, drop, reason }, opts)).mergeEntities;
}
