/**
 * Scores an extraction against a gold file: the same conventions as the shared scorer
 * (shared/tools/score-extraction.mjs), typed and importable so tests do not depend on /work/shared.
 * Names are compared after NFKC and removing blanks and quotes; a predicted person or organization
 * matches the gold name or one of its aliases; sub-units fold into the title of a position.
 */
export interface GoldLike {
  persons?: { name: string; aliases?: string[] }[];
  organizations?: { name: string; aliases?: string[]; parent?: string | null; kind?: string }[];
  places?: string[];
  positions?: { person: string; title: string; organization: string | null }[];
  roles?: { person: string; role: string; topic?: string | null }[];
  event_orgs?: { organization: string; role: string }[];
}

export interface CategoryScore {
  tp: number;
  gold: number;
  pred: number;
  f1: number;
  missed: string[];
  extra: string[];
}

const norm = (s: string | null | undefined): string =>
  (s ?? '')
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[“”"'‘’《》]/g, '');
/** Titles compare without a session ordinal (十届副委员长 ≡ 第十届副委员长 ≡ 副委员长). */
const titleNorm = (t: string): string => norm(t).replace(/第?[0-9一二三四五六七八九十百]+届/g, '');

interface OrgRec {
  name: string;
  forms: string[];
  parent: string | null;
}

function orgIndex(doc: GoldLike): Map<string, OrgRec> {
  const m = new Map<string, OrgRec>();
  for (const o of doc.organizations ?? []) {
    const rec = {
      name: norm(o.name),
      forms: [o.name, ...(o.aliases ?? [])].map(norm).filter(Boolean),
      parent: o.parent ? norm(o.parent) : null,
    };
    for (const f of rec.forms) if (!m.has(f)) m.set(f, rec);
  }
  return m;
}

function chain(index: Map<string, OrgRec>, surface: string): OrgRec[] {
  const out: OrgRec[] = [];
  let rec: OrgRec | undefined = index.get(norm(surface));
  if (!rec) return [{ name: norm(surface), forms: [norm(surface)], parent: null }];
  const seen = new Set<OrgRec>();
  while (rec && !seen.has(rec)) {
    seen.add(rec);
    out.unshift(rec);
    const p: string | null = rec.parent;
    rec = p ? (index.get(p) ?? { name: p, forms: [p], parent: null }) : undefined;
  }
  return out;
}

function localName(rec: OrgRec, parent: OrgRec): string {
  for (const f of [...parent.forms].sort((a, b) => b.length - a.length))
    if (f && rec.name.startsWith(f) && rec.name.length > f.length) return rec.name.slice(f.length);
  return rec.name;
}

function keyOfChain(c: OrgRec[]): { root: string; path: string[] } {
  const path: string[] = [];
  for (let i = 1; i < c.length; i++) path.push(localName(c[i]!, c[i - 1]!));
  return { root: c[0]!.name, path };
}

function orgKey(own: Map<string, OrgRec>, gold: Map<string, OrgRec>, surface: string | null) {
  if (surface == null || norm(surface) === '') return { root: '?', path: [] as string[] };
  const c = chain(own, surface);
  // A predicted record resolves through its name or any of its aliases (省经济和信息化委员会 a.k.a. 省经信委).
  const goldChain = (rec: OrgRec) => {
    for (const f of [rec.name, ...rec.forms]) if (gold.has(f)) return chain(gold, f);
    return null;
  };
  if (c.length === 1) {
    const g = goldChain(c[0]!);
    return g ? keyOfChain(g) : { root: `?${c[0]!.name}`, path: [] };
  }
  const g = goldChain(c[0]!);
  const root = g ? keyOfChain(g) : { root: `?${c[0]!.name}`, path: [] };
  const path = [...root.path];
  for (let i = 1; i < c.length; i++) path.push(localName(c[i]!, c[i - 1]!));
  return { root: root.root, path };
}

function keys(
  doc: GoldLike,
  people: Map<string, string>,
  own: Map<string, OrgRec>,
  gold: Map<string, OrgRec>,
) {
  const P = (n: string) => people.get(norm(n)) ?? `?${norm(n)}`;
  const O = (n: string | null) => orgKey(own, gold, n);
  const str = (k: { root: string; path: string[] }) => [k.root, ...k.path].join('/');
  const orgs = (doc.organizations ?? []).map((o) => ({ o, k: O(o.name) }));
  return {
    persons: (doc.persons ?? []).map((p) => P(p.name)),
    organizations: orgs.filter(({ k }) => k.path.length === 0).map(({ k }) => str(k)),
    orgKinds: orgs.filter(({ k }) => k.path.length === 0).map(({ o, k }) => `${str(k)}|${o.kind}`),
    places: (doc.places ?? []).map((p) => norm(p)),
    positions: (doc.positions ?? []).map((x) => {
      const k = O(x.organization);
      return `${P(x.person)}|${k.root}|${k.path.join('')}${titleNorm(x.title)}`;
    }),
    roles: (doc.roles ?? []).map((x) => `${P(x.person)}|${x.role}`),
    topics: (doc.roles ?? []).filter((x) => x.topic).map((x) => `${P(x.person)}|${norm(x.topic)}`),
    event_orgs: (doc.event_orgs ?? []).map((x) => `${str(O(x.organization))}|${x.role}`),
  };
}

export type Category = keyof ReturnType<typeof keys>;

export function scoreExtraction(gold: GoldLike, pred: GoldLike): Record<Category, CategoryScore> {
  const people = new Map<string, string>();
  for (const p of gold.persons ?? []) {
    const c = norm(p.name);
    people.set(c, c);
    for (const a of p.aliases ?? []) people.set(norm(a), c);
  }
  const goldIndex = orgIndex(gold);
  const g = keys(gold, people, goldIndex, goldIndex);
  const p = keys(pred, people, orgIndex(pred), goldIndex);
  const out = {} as Record<Category, CategoryScore>;
  for (const k of Object.keys(g) as Category[]) {
    const G = new Set(g[k]);
    const Pr = new Set(p[k]);
    const tp = [...Pr].filter((x) => G.has(x)).length;
    const f1 = G.size + Pr.size === 0 ? 1 : (2 * tp) / (G.size + Pr.size);
    out[k] = {
      tp,
      gold: G.size,
      pred: Pr.size,
      f1,
      missed: [...G].filter((x) => !Pr.has(x)),
      extra: [...Pr].filter((x) => !G.has(x)),
    };
  }
  return out;
}
