/**
 * The time and tie queries in the model's terms: co-appearances and interlocks as ties, a person's
 * timeline, a post's holders, the changes feed, and which canvas edges a time window keeps.
 */
import type { SliceNode } from '../graph/model';
import { coAppearanceTies, interlockTies, type Tie } from '../graph/ties';
import { windowArgs, type TimeWindow } from '../graph/time-filter';
import type { RequestOptions } from './client';
import type { ChangesQuery, PersonTimelineQuery, PositionHoldersQuery } from './generated/graphql';
import type { FromApi } from './from-api';
import { entityToNode, query } from './graph-api';
import {
  CHANGES,
  CO_APPEARANCES,
  INTERLOCKS,
  NEIGHBORHOOD_IN_TIME,
  PERSON_TIMELINE,
  POSITION_HOLDERS,
} from './operations';

export type TimelineEntry = Extract<
  NonNullable<FromApi<PersonTimelineQuery>['node']>,
  { __typename: 'Person' }
>['timeline'][number];
export type Holder = Extract<
  NonNullable<FromApi<PositionHoldersQuery>['node']>,
  { __typename: 'Position' }
>['holders'][number];
export type Change = FromApi<ChangesQuery>['changes']['edges'][number]['node'];

export interface FoundTies {
  nodes: SliceNode[];
  ties: Tie[];
}

export async function fetchCoAppearances(id: string, opts?: RequestOptions): Promise<FoundTies> {
  const rows = (await query(CO_APPEARANCES, { id, first: 20 }, opts)).coAppearances;
  return { nodes: rows.map((r) => entityToNode(r.person)), ties: coAppearanceTies(id, rows) };
}

/** The other organizations, the people linking them, and one weighted tie per organization pair. */
export async function fetchInterlocks(id: string, opts?: RequestOptions): Promise<FoundTies> {
  const rows = (await query(INTERLOCKS, { a: id }, opts)).interlocks;
  const orgs = rows.flatMap((r) => r.postsB.flatMap((p) => (p.organization ? [p.organization] : [])));
  const nodes = [...rows.map((r) => r.person), ...orgs].map(entityToNode);
  return {
    nodes: [...new Map(nodes.map((n) => [n.id, n])).values()],
    ties: interlockTies(
      id,
      rows.map((r) => ({ ...r, person: { id: r.person.id, name: r.person.name } })),
    ),
  };
}

export async function fetchTimeline(id: string, opts?: RequestOptions): Promise<TimelineEntry[]> {
  const node = (await query(PERSON_TIMELINE, { id }, opts)).node;
  return node?.__typename === 'Person' ? node.timeline : [];
}

export async function fetchHolders(id: string, opts?: RequestOptions): Promise<Holder[]> {
  const node = (await query(POSITION_HOLDERS, { id }, opts)).node;
  return node?.__typename === 'Position' ? node.holders : [];
}

/** Changes a page of the feed shows. */
export const CHANGES_PAGE = 20;

/** One page of the changes feed (oldest first), and the cursor of the next page when there is one. */
export async function fetchChanges(
  since: string,
  after: string | null = null,
  opts?: RequestOptions,
): Promise<{ changes: Change[]; next: string | null }> {
  const { edges, pageInfo } = (await query(CHANGES, { since, first: CHANGES_PAGE, after }, opts)).changes;
  return {
    changes: edges.map((e) => e.node),
    next: pageInfo.hasNextPage ? (pageInfo.endCursor ?? null) : null,
  };
}

/** Canvas nodes asked about per window: past this many, the rest keep their edges unfaded. */
export const MAX_WINDOW_NODES = 60;

/** Ids of the edges around the given nodes that are valid or seen in the window, four requests at a time. */
export async function edgesInWindow(
  ids: readonly string[],
  window: TimeWindow,
  opts?: RequestOptions,
): Promise<Set<string>> {
  const queue = ids.slice(0, MAX_WINDOW_NODES);
  const found = new Set<string>();
  const worker = async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      const slice = (await query(NEIGHBORHOOD_IN_TIME, { id, ...windowArgs(window) }, opts)).neighborhood;
      for (const e of slice.edges) found.add(e.id);
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, queue.length) }, worker));
  return found;
}
