/**
 * Ties: edges the API derives rather than stores — people who keep appearing together
 * (`coAppearances`) and organizations linked by the people who hold posts at both (`interlocks`).
 * Each carries a weight (drawn as the edge's width) and the lines that justify it (the details panel
 * shows them), so they live beside the stored edges, not among them.
 */
export type TieKind = 'coAppearance' | 'interlock';

/** One line of a tie's evidence: an event, an article, or a post's sentence. */
export interface TieItem {
  readonly text: string;
  /** Opens the article reader when set. */
  readonly articleId: string | null;
}

export interface Tie {
  readonly id: string;
  readonly kind: TieKind;
  readonly source: string;
  readonly target: string;
  readonly weight: number;
  readonly items: readonly TieItem[];
}

/** The same id whichever end the tie was found from (ties have no direction). */
export function tieId(kind: TieKind, a: string, b: string): string {
  const [x, y] = a < b ? [a, b] : [b, a];
  return `${kind}:${x}~${y}`;
}

export interface CoAppearanceIn {
  person: { id: string };
  weight: number;
  events: readonly { id: string; name: string; date: string | null }[];
  articles: readonly { id: string; title: string }[];
}

export function coAppearanceTies(personId: string, rows: readonly CoAppearanceIn[]): Tie[] {
  return rows.map((r) => ({
    id: tieId('coAppearance', personId, r.person.id),
    kind: 'coAppearance',
    source: personId,
    target: r.person.id,
    weight: r.weight,
    items: [
      ...r.events.map((e) => ({ text: e.date ? `${e.name} (${e.date})` : e.name, articleId: null })),
      ...r.articles.map((a) => ({ text: a.title, articleId: a.id })),
    ],
  }));
}

interface EvidenceIn {
  sentence: string;
  article: { id: string };
}
export interface InterlockIn {
  person: { id: string; name: string };
  postsA: readonly { caption: string; evidence: readonly EvidenceIn[] }[];
  postsB: readonly {
    caption: string;
    organization: { id: string } | null;
    evidence: readonly EvidenceIn[];
  }[];
}

/**
 * Organization a → each organization b its people also serve: one tie per pair, weighed by how many
 * people link them; the lines say who, with which posts, and the sentences that state them.
 */
export function interlockTies(orgId: string, rows: readonly InterlockIn[]): Tie[] {
  const byOrg = new Map<string, { people: Set<string>; items: TieItem[] }>();
  for (const r of rows) {
    const atA = r.postsA.map((p) => p.caption).join('、');
    for (const b of r.postsB) {
      if (!b.organization) continue;
      const entry = byOrg.get(b.organization.id) ?? { people: new Set<string>(), items: [] };
      entry.people.add(r.person.id);
      entry.items.push({ text: `${r.person.name}: ${atA} / ${b.caption}`, articleId: null });
      for (const ev of [...r.postsA.flatMap((p) => p.evidence), ...b.evidence]) {
        if (!entry.items.some((i) => i.text === ev.sentence)) {
          entry.items.push({ text: ev.sentence, articleId: ev.article.id });
        }
      }
      byOrg.set(b.organization.id, entry);
    }
  }
  return [...byOrg].map(([b, { people, items }]) => ({
    id: tieId('interlock', orgId, b),
    kind: 'interlock',
    source: orgId,
    target: b,
    weight: people.size,
    items,
  }));
}
