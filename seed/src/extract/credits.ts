import type { ArticleCredit, ExtractedOrganization, ExtractedPerson, Extraction } from '@guanxi/schema';
import { LEXICON } from './lexicon';
import { readingOf } from './readings';

const isCredit = (fact: object): boolean => /^byline(?:\||$)/.test(readingOf(fact) ?? '');

/** The persons and outlets only an extraction's credits named, as read (aliases, kind, parent), for `asAnnotatedBy`. */
const CREDITED = new WeakMap<
  readonly ArticleCredit[],
  { persons: ExtractedPerson[]; organizations: ExtractedOrganization[] }
>();

/**
 * Bylines and credit lines (本报讯（记者 甲）, 编辑：乙, 审核：丙) become the article's `credits`, not persons,
 * posts and organizations of the graph. Every one of the fourteen annotators who annotated articles written by
 * someone else (`seed/second-annotations/`, blind40–53) left them out — as facts the article reports, a
 * credit is provenance, and an outlet named only by its bylines (来源：某日报) is no body the article is about.
 * A person the article names elsewhere (a role, another post) stays a person; their credit still moves.
 */
export function splitCredits(x: Extraction): Extraction {
  const credited = x.positions.filter(isCredit);
  if (credited.length === 0 && !x.persons.some(isCredit)) return x;
  const positions = x.positions.filter((p) => !isCredit(p));
  const active = new Set([...positions.map((p) => p.person), ...x.roles.map((r) => r.person)]);
  const persons = x.persons.filter((p) => !isCredit(p) || active.has(p.name));
  // An outlet only a credit names: no post, organizer role or sub-unit of the article refers to it.
  const referred = new Set([
    ...positions.flatMap((p) => (p.organization ? [p.organization] : [])),
    ...x.event_orgs.map((e) => e.organization),
    ...x.organizations.flatMap((o) => (o.parent ? [o.parent] : [])),
  ]);
  const outletsOnly = new Set(
    credited.flatMap((p) => (p.organization && !referred.has(p.organization) ? [p.organization] : [])),
  );
  const credits: ArticleCredit[] = [
    ...credited.map((p) => ({
      name: p.person,
      title: p.title,
      organization: p.organization,
      ...(p.evidence ? { evidence: p.evidence } : {}),
    })),
    // A byline name with no credit word read (文/甲): credited with no title.
    ...x.persons
      .filter((p) => isCredit(p) && !credited.some((c) => c.person === p.name))
      .map((p) => ({
        name: p.name,
        title: '',
        organization: null,
        ...(p.evidence ? { evidence: p.evidence } : {}),
      })),
  ];
  CREDITED.set(credits, {
    persons: x.persons.filter((p) => !persons.includes(p)),
    organizations: x.organizations.filter((o) => outletsOnly.has(o.name)),
  });
  return {
    ...x,
    persons,
    organizations: x.organizations.filter((o) => !outletsOnly.has(o.name)),
    positions,
    credits,
  };
}

const CREDIT_TITLES = new Set(LEXICON.spans.bylines);

type GoldCredits = {
  persons?: readonly { name: string }[];
  positions?: readonly { title: string }[];
};

/**
 * The extraction as the annotator of `gold` wrote credits: as persons with posts at their outlet when the gold
 * has any credit post (记者 at the paper), as persons alone when it names a credited person with no post, else
 * not at all. Test articles are judged this way (`test-articles.test.ts`) — their golds split on credits, round
 * by round — so a byline read wrong still fails them; the shared scorer and `npm run score` take the extraction
 * as it is.
 */
export function asAnnotatedBy(x: Extraction, gold: GoldCredits): Extraction {
  const credits = x.credits ?? [];
  if (credits.length === 0) return x;
  const posts = (gold.positions ?? []).some((p) => CREDIT_TITLES.has(p.title));
  const named = new Set((gold.persons ?? []).map((p) => p.name));
  if (!posts && !credits.some((c) => named.has(c.name))) return x;
  const dropped = CREDITED.get(credits) ?? { persons: [], organizations: [] };
  return {
    ...x,
    persons: [...x.persons, ...dropped.persons],
    organizations: posts ? [...x.organizations, ...dropped.organizations] : x.organizations,
    positions: posts
      ? [
          ...x.positions,
          ...credits
            .filter((c) => c.title)
            .map((c) => ({ person: c.name, title: c.title, organization: c.organization })),
        ]
      : x.positions,
  };
}
