import type { Extraction } from '@guanxi/schema';

/**
 * Markup that survived into a name (`TCL<script>科技集团股份有限公司`, `>科技有限公司`) means the text
 * around it was broken HTML, not a name: such names never become nodes. Angle brackets, full-width
 * ones included, do not occur in the names of people or organizations.
 */
export function hasMarkup(name: string): boolean {
  return /[<>＜＞]/.test(name);
}

const clean = (name: string | null | undefined): boolean => !name || !hasMarkup(name);

/**
 * The extraction without the entities whose names carry markup, and without every fact that names
 * one of them; aliases with markup are dropped from the entities that stay. The article itself and
 * all its other facts are kept.
 */
export function withoutMarkupNames(x: Extraction): Extraction {
  const aliases = (list: string[]): string[] => list.filter((a) => !hasMarkup(a));
  return {
    ...x,
    persons: x.persons.filter((p) => clean(p.name)).map((p) => ({ ...p, aliases: aliases(p.aliases) })),
    organizations: x.organizations
      .filter((o) => clean(o.name))
      .map((o) => ({ ...o, aliases: aliases(o.aliases), parent: clean(o.parent) ? o.parent : null })),
    places: x.places.filter((p) => clean(p)),
    ...(x.placeDetails && {
      placeDetails: x.placeDetails
        .filter((p) => clean(p.name))
        .map((p) => ({ ...p, parent: clean(p.parent) ? p.parent : null })),
    }),
    events: x.events
      .filter((e) => clean(e.name))
      .map((e) => ({ ...e, place: clean(e.place) ? e.place : null })),
    positions: x.positions.filter((p) => clean(p.person) && clean(p.title) && clean(p.organization)),
    roles: x.roles.filter((r) => clean(r.person) && clean(r.event)),
    event_orgs: x.event_orgs.filter((e) => clean(e.organization) && clean(e.event)),
  };
}
