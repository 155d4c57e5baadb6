import { builder } from '../builder';
import { firstDayOf, lastDayOf } from '@guanxi/schema';
import { badInput, checkRange } from '../errors';
import { CHANGE_KINDS, changesPage, type ChangeKind, type ChangeRec } from '../neo4j/changes';
import { dateArg, PartialDateRef } from './dates';
import { decodeAll, EvidenceRef, strings } from './evidence';
import { as } from './facts';
import { OrganizationRef, PersonRef } from './refs';
import { decodeCursor, encodeCursor, MAX_PAGE, offsetPageInfo } from './search';

const ChangeKindEnum = builder.enumType('ChangeKind', {
  description:
    'NEW_POST (a post begun, or first seen held), ENDED_POST (removed, resigned, or called 原/前), NEW_PERSON, NEW_ORGANIZATION (first named).',
  values: CHANGE_KINDS,
});

const ChangeRef = builder.objectRef<ChangeRec>('Change').implement({
  description: 'Something that changed, dated: a post begun or ended, a person or organization first named.',
  fields: (t) => ({
    kind: t.field({ type: ChangeKindEnum, resolve: (c) => c.kind }),
    at: t.field({ type: PartialDateRef, resolve: (c) => c.at }),
    person: t.field({ type: PersonRef, nullable: true, resolve: (c) => as(c.person, 'Person') }),
    organization: t.field({
      type: OrganizationRef,
      nullable: true,
      resolve: (c) => as(c.organization, 'Organization'),
    }),
    title: t.exposeString('title', { nullable: true, description: 'The post, for NEW_POST and ENDED_POST.' }),
    evidence: t.field({
      type: [EvidenceRef],
      description:
        "The post's sentences; for a new person or organization, the sentences of its first articles.",
      resolve: async (c, _a, ctx) => {
        if (c.evidence.length > 0) return decodeAll(c.evidence);
        const subject = c.person ?? c.organization;
        if (!subject) return [];
        const links = await ctx.loaders.entityArticles.load(subject.id);
        const first = links.filter(
          (l) => l.other.__typename === 'Article' && l.other.publishedAt === c.at.value,
        );
        return first.flatMap((l) => decodeAll(strings(l.rel.evidence)));
      },
    }),
  }),
});

const ChangeConnection = builder.connectionObject(
  { type: ChangeRef, name: 'ChangeConnection' },
  { name: 'ChangeEdge' },
);

builder.queryField('changes', (t) =>
  t.field({
    type: ChangeConnection,
    description:
      'What changed between two dates, oldest first (date, kind, id): a feed to poll. `until` covers its whole period (2024 is all of 2024).',
    args: {
      since: t.arg.string({ required: true, description: 'YYYY, YYYY-MM or YYYY-MM-DD.' }),
      until: t.arg.string({ required: false, description: 'Open when left out.' }),
      kinds: t.arg({ type: [ChangeKindEnum], required: false }),
      first: t.arg.int({ required: false, defaultValue: 20, description: `At most ${MAX_PAGE}.` }),
      after: t.arg.string({ required: false }),
    },
    resolve: async (_root, args, ctx) => {
      const first = args.first ?? 20;
      checkRange('first', first, 0, MAX_PAGE);
      const since = dateArg('since', args.since);
      const until = args.until != null ? dateArg('until', args.until) : null;
      if (until !== null && lastDayOf(until) < firstDayOf(since))
        throw badInput('until must not be before since');
      const kinds = args.kinds && args.kinds.length > 0 ? (args.kinds as ChangeKind[]) : [...CHANGE_KINDS];
      const skip = args.after ? decodeCursor(args.after) + 1 : 0;
      const rows = await changesPage(ctx.db, { since, until }, kinds, skip, first + 1);
      const page = rows.slice(0, first);
      for (const c of page)
        for (const n of [c.person, c.organization]) if (n) ctx.loaders.node.prime(n.id, n);
      const edges = page.map((node, i) => ({ node, cursor: encodeCursor(skip + i) }));
      return { edges, pageInfo: offsetPageInfo(edges, skip, rows.length > first) };
    },
  }),
);
