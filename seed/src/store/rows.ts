import { RELATION_TYPES, type DateBound, type OrganizationKind, type RelationType } from '@guanxi/schema';

/** The rows the writer's batched MERGE queries take: one list per node label and relation type. */
export interface ArticleRow {
  id: string;
  source: string;
  title: string;
  url: string | null;
  publishedAt: string | null;
  text: string;
  /** The article's bylines and credit lines (`ArticleCredit[]` as JSON): provenance, not graph facts. */
  credits: string;
  ingestedAt: string;
}
export interface EntityRow {
  id: string;
  name: string;
  aliases: string[];
  pinyin: string[];
  /** Persons and organizations: the earliest date of the articles naming them. */
  firstSeen?: string | null;
}
export interface OrganizationRow extends EntityRow {
  kind: OrganizationKind;
}
export interface EventRow extends EntityRow {
  date: string | null;
}
export interface PositionRow {
  id: string;
  title: string;
  organizationId: string | null;
  name: string;
}
/** What one sentence of one article says about a relationship. */
export interface Statement {
  from: string;
  to: string;
  articleId: string;
  evidence: string;
  role?: string;
  topic?: string | null;
  current?: boolean;
  /** The article's date (a PartialDate value): becomes the fact's firstSeen/lastSeen. */
  seen?: string | null;
  /** A post's interval as the sentence states it (appointment, removal, 原). */
  since?: string | null;
  sinceBound?: DateBound | null;
  until?: string | null;
  untilBound?: DateBound | null;
}
/**
 * A relationship with everything the batch says about it: one row per relationship, so a batched
 * MERGE never meets the same relationship twice in one statement. `sourceConfidence` runs parallel
 * to `articles` (each article at its best statement); `id` is set for facts only.
 */
export interface RelationRow {
  from: string;
  to: string;
  role?: string;
  topic?: string | null;
  current?: boolean;
  since?: string | null;
  sinceBound?: DateBound | null;
  until?: string | null;
  untilBound?: DateBound | null;
  firstSeen?: string | null;
  lastSeen?: string | null;
  lastCurrent?: string | null;
  id?: string;
  articles: string[];
  sourceConfidence: number[];
  evidence: string[];
}
export interface EntityCounts {
  persons: number;
  organizations: number;
  positions: number;
  events: number;
  places: number;
}
export interface WritePlan {
  articles: ArticleRow[];
  persons: EntityRow[];
  organizations: OrganizationRow[];
  events: EventRow[];
  places: EntityRow[];
  positions: PositionRow[];
  relations: Record<RelationType, RelationRow[]>;
  /** Distinct entities each article names, by article id. */
  entities: Map<string, EntityCounts>;
}

export function emptyRelations(): Record<RelationType, RelationRow[]> {
  return Object.fromEntries(RELATION_TYPES.map((t) => [t, []])) as unknown as Record<
    RelationType,
    RelationRow[]
  >;
}
