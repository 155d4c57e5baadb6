import type { ArticleCredit } from '@guanxi/schema';
import { builder } from '../builder';
import { whenLoaded } from '../neo4j/loaders';
import { as, toTenure } from './facts';
import { ArticleRef, EntityRef, NodeRef, OrganizationRef, PositionRef, TenureRef } from './refs';
import { isEntity } from '../neo4j/records';
import { compareTenures } from './timeline';

PositionRef.implement({
  description: 'A post (会长 at 中国工业经济联合会); people hold it through Tenure.',
  interfaces: [NodeRef],
  isTypeOf: (v) => (v as { __typename?: string }).__typename === 'Position',
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.exposeString('title', { description: 'Without 原/前: a former holder has current = false.' }),
    name: t.exposeString('name', { description: '"title @ organization", for display.' }),
    organization: t.field({
      type: OrganizationRef,
      nullable: true,
      resolve: (p, _a, ctx) =>
        p.organizationId
          ? whenLoaded(ctx.loaders.node.now(p.organizationId), (o) => as(o, 'Organization'))
          : null,
    }),
    holders: t.field({
      type: [TenureRef],
      description:
        'Holders in succession, predecessor first: by start (since, else first seen), then by end; each with its evidence.',
      resolve: (p, _a, ctx) =>
        whenLoaded(ctx.loaders.positionHolders.now(p.id), (links) =>
          links.flatMap((l) => toTenure(l.other, p, l)).sort(compareTenures),
        ),
    }),
  }),
});

const ArticleCreditRef = builder.objectRef<ArticleCredit>('ArticleCredit').implement({
  description:
    'A byline or credit line of an article (本报记者 某某, 责任编辑：某某): who wrote or checked it. Credits are the ' +
    'article’s provenance, not facts it reports, so they are no persons or posts of the graph.',
  fields: (t) => ({
    name: t.exposeString('name'),
    title: t.exposeString('title', {
      description:
        'The credit as written (记者, 通讯员, 责任编辑, 审核 …); empty for a name the byline gives alone.',
    }),
    organization: t.exposeString('organization', {
      nullable: true,
      description: 'The outlet the credit names (本报 → the article’s paper), as written; null when none.',
    }),
  }),
});

ArticleRef.implement({
  description: 'A news article; every fact cites the articles and sentences that state it.',
  interfaces: [NodeRef],
  isTypeOf: (v) => (v as { __typename?: string }).__typename === 'Article',
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.exposeString('title'),
    url: t.exposeString('url', { nullable: true }),
    publishedAt: t.exposeString('publishedAt', {
      nullable: true,
      description:
        'YYYY-MM-DD, YYYY-MM or YYYY, as precise as the dateline, URL or text gave it; null when unknown.',
    }),
    text: t.exposeString('text', { description: 'The normalized text: title line, then paragraphs.' }),
    credits: t.field({
      type: [ArticleCreditRef],
      description: 'Bylines and credit lines, in reading order.',
      resolve: (a) => a.credits,
    }),
    mentions: t.field({
      type: [EntityRef],
      resolve: (a, _a, ctx) =>
        whenLoaded(ctx.loaders.articleMentions.now(a.id), (links) =>
          links.flatMap((l) => (isEntity(l.other) ? [l.other] : [])),
        ),
    }),
  }),
});
