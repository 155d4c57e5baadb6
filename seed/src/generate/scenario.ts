import type {
  Extraction,
  ExtractedOrganization,
  ExtractedPosition,
  ExtractedRole,
  OrganizationEventRole,
} from '@guanxi/schema';
import {
  organizations,
  personNames,
  PROVINCES,
  SECTORS,
  topic,
  type OrgSpec,
  type PersonSpec,
} from './pools';
import type { Rng } from './rng';

/**
 * One synthetic conference report: rendered as article text in the genre's patterns (dateline,
 * 主办/协办/承办, 图为 captions, title chains, 致辞 and 主旨演讲《…》) together with the extraction that a
 * perfect extractor would produce from it.
 */
export interface World {
  orgs: OrgSpec[];
  people: PersonSpec[];
}

/** People and organizations articles draw from; pools smaller than the corpus make names recur. */
export function createWorld(rng: Rng, persons: number, orgCount: number): World {
  const orgs = organizations(rng, orgCount);
  const people = personNames(rng, persons).map((name) => {
    const org = rng.int(orgs.length);
    const titles = orgs[org]!.titles;
    const first = rng.int(titles.length);
    const chain = rng.chance(0.35)
      ? [titles[first]!, titles[(first + 1) % titles.length]!]
      : [titles[first]!];
    return { name, org, titles: chain };
  });
  return { orgs, people };
}

export interface Scenario {
  source: string;
  text: string;
  extraction: Extraction;
}

const ORG_ROLE_WORD: Record<OrganizationEventRole, string> = {
  organizer: '主办',
  co_organizer: '协办',
  undertaker: '承办',
  guide: '指导',
  support: '支持',
};

export function scenario(rng: Rng, world: World, index: number): Scenario {
  const [province, cities] = rng.pick(PROVINCES);
  const city = rng.pick(cities);
  const sector = rng.pick(SECTORS);
  const year = 2020 + rng.int(5);
  const month = 1 + rng.int(12);
  const day = 1 + rng.int(28);
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const event = `${year}${city}${sector}产业高质量发展大会（第${1 + rng.int(9)}届）`;

  const orgs = new Map<string, ExtractedOrganization>();
  /** How the text names an organization: sometimes only by its short name (resolution must cope). */
  const orgText = new Map<string, string>();
  const orgRef = (o: OrgSpec): string => {
    const alias = o.aliases[0];
    const name = alias && rng.chance(0.3) ? alias : o.name;
    if (!orgs.has(name)) {
      // Sometimes the first mention introduces the short name: （简称“…”）.
      const introduce = alias && name === o.name && rng.chance(0.4);
      orgs.set(name, { name, kind: o.kind, aliases: introduce ? [alias] : [] });
      orgText.set(name, introduce ? `${name}（简称“${alias}”）` : name);
      return orgText.get(name)!;
    }
    return name;
  };
  /** The extraction's name for an organization reference in the text. */
  const bare = (ref: string): string => ref.replace(/（简称“.*”）$/u, '');
  const positions: ExtractedPosition[] = [];
  const roles: ExtractedRole[] = [];
  const persons = new Map<string, { name: string; aliases: string[] }>();
  const personRef = (p: PersonSpec): string => {
    const ref = orgRef(world.orgs[p.org]!);
    const o = bare(ref);
    if (!persons.has(p.name)) {
      persons.set(p.name, { name: p.name, aliases: [] });
      for (const title of p.titles) positions.push({ person: p.name, title, organization: o });
    }
    return `${ref}${p.titles.join('、')}${p.name}`;
  };

  const pickOrgs = (n: number): OrgSpec[] => Array.from({ length: n }, () => rng.pick(world.orgs));
  const roleOrgs: [OrganizationEventRole, OrgSpec[]][] = [
    ['organizer', pickOrgs(1)],
    ['co_organizer', pickOrgs(1 + rng.int(2))],
    ['undertaker', pickOrgs(1)],
  ];
  const refs = roleOrgs.map(([role, list]) => [role, list.map((o) => orgRef(o))] as const);
  const eventOrgs = refs.flatMap(([role, list]) => list.map((r) => ({ organization: bare(r), event, role })));
  const sponsor = refs.map(([role, list]) => `${list.join('、')}${ORG_ROLE_WORD[role]}`).join('，');

  const people = Array.from({ length: 6 + rng.int(8) }, () => rng.pick(world.people));
  const unique = [...new Map(people.map((p) => [p.name, p])).values()];
  const [host, ...rest] = unique;
  const speakers = rest.slice(0, Math.max(1, Math.ceil(rest.length / 2)));
  const guests = rest.slice(speakers.length);

  const lines: string[] = [];
  lines.push(`${sector}产业加快发展——${event}在${city}成功举办`);
  lines.push(`${date} 09:${String(10 + rng.int(50))}          ${100 + rng.int(20000)}次阅读`);
  lines.push(`${month}月${day}日，“${event}”在${province}${city}成功举办。`);
  lines.push(`本次活动由${sponsor}。`);
  if (host) {
    lines.push(`图为${personRef(host)}主持会议`);
    roles.push({ person: host.name, event, role: 'host', topic: null });
  }
  for (const s of speakers) {
    const t = rng.chance(0.5) ? topic(rng) : null;
    const ref = personRef(s);
    lines.push(t ? `${ref}作题为《${t}》的主旨演讲。` : `${ref}致辞。`);
    if (rng.chance(0.5)) lines.push(`图为${s.name}${t ? '作主旨演讲' : '致辞'}`);
    roles.push({ person: s.name, event, role: 'speaker', topic: t });
  }
  if (guests.length > 0) {
    lines.push(`出席会议的还有${guests.map((g) => personRef(g)).join('，')}等。`);
    for (const g of guests) roles.push({ person: g.name, event, role: 'guest', topic: null });
  }
  lines.push(`会议指出，要深入推进${sector}产业链高质量发展。`);

  const source = `synthetic-${String(index).padStart(6, '0')}.txt`;
  return {
    source,
    text: lines.join('\n'),
    extraction: {
      article: source,
      title: lines[0],
      publishedAt: date,
      persons: [...persons.values()],
      organizations: [...orgs.values()],
      places: [province, city],
      placeDetails: [{ name: city, parent: province }],
      events: [{ name: event, date, place: city }],
      positions,
      roles,
      event_orgs: eventOrgs,
    },
  };
}
