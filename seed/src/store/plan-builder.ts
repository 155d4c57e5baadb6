import {
  combineEnd,
  combineStart,
  earlierDate,
  isFactType,
  laterDate,
  propertiesWith,
  RELATIONS,
  type DateBound,
  type RelationType,
} from '@guanxi/schema';
import { eventId, factId, pinyinKeys, placeId } from '../resolve/index';
import {
  emptyRelations,
  type EntityRow,
  type EventRow,
  type PositionRow,
  type RelationRow,
  type Statement,
} from './rows';

/**
 * Collects the rows of a batch: events, places and posts once each (first date wins), and one row
 * per relationship gathering its statements: articles with their confidence (absent: 1, see
 * README.md; an article stating a fact twice counts once, at its best), evidence sentences, and
 * the other properties combined by the schema's rules. Facts get their id.
 */
export class PlanBuilder {
  readonly events = new Map<string, EventRow>();
  readonly places = new Map<string, EntityRow>();
  readonly positions = new Map<string, PositionRow>();
  readonly relations = emptyRelations();
  private readonly rows = new Map<string, RelationRow>();

  constructor(readonly idPrefix: string) {}

  place(name: string): string {
    const id = this.idPrefix + placeId(name);
    if (!this.places.has(id)) this.places.set(id, { id, name, aliases: [], pinyin: pinyinKeys([name]) });
    return id;
  }

  event(name: string, date: string | null = null): string {
    const id = this.idPrefix + eventId(name);
    const prev = this.events.get(id);
    if (!prev || (prev.date === null && date !== null)) {
      this.events.set(id, { id, name, aliases: [], pinyin: pinyinKeys([name]), date: prev?.date ?? date });
    }
    return id;
  }

  position(row: PositionRow): void {
    this.positions.set(row.id, row);
  }

  relation(type: RelationType, input: Statement, confidence?: number): void {
    const st = datedStatement(type, input);
    const key = `${type}|${st.from}|${st.to}|${st.role ?? ''}`;
    const c = clamp(confidence ?? 1);
    const row = this.rows.get(key);
    if (!row) {
      const { articleId, evidence, ...rest } = st;
      const fresh: RelationRow = {
        ...rest,
        ...(isFactType(type) ? { id: factId(type, st.from, st.to, st.role) } : {}),
        articles: [articleId],
        sourceConfidence: [c],
        evidence: [evidence],
      };
      this.rows.set(key, fresh);
      this.relations[type].push(fresh);
      return;
    }
    const at = row.articles.indexOf(st.articleId);
    if (at < 0) {
      row.articles.push(st.articleId);
      row.sourceConfidence.push(c);
    } else {
      row.sourceConfidence[at] = Math.max(row.sourceConfidence[at]!, c);
    }
    if (!row.evidence.includes(st.evidence)) row.evidence.push(st.evidence);
    combineProperties(type, row, st);
  }
}

type Dated = Statement & { firstSeen?: string | null; lastSeen?: string | null; lastCurrent?: string | null };

/**
 * The article date becomes the dates the type keeps (`firstSeen`, `lastSeen`, `lastCurrent` for a
 * post stated as current); a type without them gets none, so its rows carry nothing it does not store.
 */
function datedStatement(type: RelationType, st: Statement): Dated {
  const { seen, ...rest } = st;
  const props: Readonly<Record<string, string>> = RELATIONS[type].properties;
  if (!('firstSeen' in props)) return rest;
  const seenAt = seen ?? null;
  return {
    ...rest,
    firstSeen: seenAt,
    lastSeen: seenAt,
    ...('lastCurrent' in props ? { lastCurrent: st.current === false ? null : seenAt } : {}),
  };
}

/** The schema's property rules, as the writer's Cypher applies them against what is stored. */
function combineProperties(type: RelationType, row: RelationRow, st: Dated): void {
  const into = row as unknown as Record<string, unknown>;
  const from = st as unknown as Record<string, unknown>;
  const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
  const bound = (v: unknown): DateBound | null => (typeof v === 'string' ? (v as DateBound) : null);
  for (const p of propertiesWith(type, 'all')) into[p] = into[p] !== false && from[p] !== false;
  for (const p of propertiesWith(type, 'first')) into[p] = into[p] ?? from[p] ?? null;
  for (const p of propertiesWith(type, 'earliest')) into[p] = earlierDate(str(into[p]), str(from[p]));
  for (const p of propertiesWith(type, 'latest')) into[p] = laterDate(str(into[p]), str(from[p]));
  for (const rule of ['start', 'end'] as const)
    for (const p of propertiesWith(type, rule)) {
      const combine = rule === 'start' ? combineStart : combineEnd;
      const kept = combine(
        { value: str(into[p]), bound: bound(into[`${p}Bound`]) },
        { value: str(from[p]), bound: bound(from[`${p}Bound`]) },
      );
      into[p] = kept.value;
      into[`${p}Bound`] = kept.bound;
    }
}

function clamp(c: number): number {
  return Number.isFinite(c) ? Math.min(1, Math.max(0, c)) : 1;
}
