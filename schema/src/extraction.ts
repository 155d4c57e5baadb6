import type { OrganizationKind } from './kinds';
import type { PartialDate } from './partial-date';
import type { OrganizationEventRole, PersonEventRole } from './relations';

/**
 * The extraction format (shared/gold/README.md): what the extractor outputs for one article and
 * what the writer takes in. Fields beyond the gold format are optional and carry provenance.
 *
 * `confidence` (0–1) says how the fact was read: a direct `ORG TITLE NAME` span is high, a post
 * inherited across a list or a body resolved from a bare 协会 is lower. The writer stores it on the
 * fact, the API returns it and the review queue orders by it. Absent means "not scored" (hand input).
 */
export interface ExtractedPerson {
  name: string;
  aliases: string[];
  /** A sentence that names the person (for MENTIONS evidence). */
  evidence?: string;
  confidence?: number;
}

export interface ExtractedOrganization {
  name: string;
  kind: OrganizationKind;
  aliases: string[];
  parent?: string | null;
  evidence?: string;
  confidence?: number;
}

export interface ExtractedEvent {
  name: string;
  date: string | null;
  place: string | null;
  evidence?: string;
  confidence?: number;
}

export interface ExtractedPosition {
  person: string;
  title: string;
  organization: string | null;
  /** False for former posts (原部长); the title keeps its 原 as in the gold format. */
  current?: boolean;
  /** When the post began, where the text says so (任命, 当选 …: the sentence's or the article's date). */
  since?: PartialDate | null;
  /** When it ended (免去, 辞去 …: EXACT; 原/前: NOT_AFTER the article's date). */
  until?: PartialDate | null;
  evidence?: string;
  confidence?: number;
}

export interface ExtractedRole {
  person: string;
  event: string;
  role: PersonEventRole;
  topic: string | null;
  evidence?: string;
  confidence?: number;
}

export interface ExtractedEventOrganization {
  organization: string;
  event: string;
  role: OrganizationEventRole;
  evidence?: string;
  confidence?: number;
}

export interface ExtractedPlace {
  name: string;
  /** The place that contains it when the text says so (泰安 in 山东). */
  parent?: string | null;
}

/**
 * A byline or credit line (本报记者 甲, 责任编辑：乙, 审核：丙): who wrote or checked the article. It is the
 * article's provenance, not a fact the article reports, so it is no person, post or organization of the graph.
 */
export interface ArticleCredit {
  name: string;
  /** The credit as written: 记者, 通讯员, 编辑, 责任编辑, 审核 … */
  title: string;
  /** The outlet the credit names (本报 → the article's paper), or null. */
  organization: string | null;
  evidence?: string;
}

export interface Extraction {
  article: string;
  title?: string;
  publishedAt?: string | null;
  persons: ExtractedPerson[];
  organizations: ExtractedOrganization[];
  /** Names, as in the gold format; `placeDetails` carries containment. */
  places: string[];
  placeDetails?: ExtractedPlace[];
  events: ExtractedEvent[];
  positions: ExtractedPosition[];
  roles: ExtractedRole[];
  event_orgs: ExtractedEventOrganization[];
  /** Bylines and credit lines, kept with the article (absent in the gold format). */
  credits?: ArticleCredit[];
}
