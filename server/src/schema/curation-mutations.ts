import { mergeEntitiesInTx, MergeError } from '@guanxi/seed';
import type { ManagedTransaction } from 'neo4j-driver';
import type { FactType } from '@guanxi/schema';
import type { Actor } from '../actor';
import { requireWriter } from '../auth';
import { assertFact, correctFact } from '../curation/assert-correct';
import { addAlias, removeAlias, renameEntity } from '../curation/entity-ops';
import { retractFact, verifyFact } from '../curation/fact-ops';
import { recordCuration, type CurationRec } from '../curation/record';
import { splitEntity } from '../curation/split';
import { undoCuration } from '../curation/undo';
import type { Context } from '../context';
import { builder } from '../builder';
import { badInput, notFound } from '../errors';
import { CurationRef } from './curation';
import { FactTypeEnum } from './facts';

/**
 * Every curation mutation: a writer (curator or service token), one transaction that checks,
 * changes and records, and the curation record back. Loaders are cleared so the record's entity
 * and facts are read as they are now.
 */
const MAX_REASON = 1000;

function reasonOf(reason: string | null | undefined, required: boolean): string | null {
  const r = reason?.trim() ?? '';
  if (required && r.length === 0) throw badInput('a reason is required');
  if (r.length > MAX_REASON) throw badInput(`reason is longer than ${MAX_REASON} characters`);
  return r.length > 0 ? r : null;
}

export async function curate(
  ctx: Context,
  work: (tx: ManagedTransaction, actor: Actor) => Promise<CurationRec>,
): Promise<CurationRec> {
  const actor = await requireWriter(ctx);
  const curation = await ctx.db.writeTransaction((tx) => work(tx, actor));
  ctx.loaders.node.clearAll();
  ctx.loaders.fact.clearAll();
  return curation;
}

const AssertFactInput = builder.inputType('AssertFactInput', {
  description:
    'A fact stated by hand. HOLDS: person, title (原… for a former post, or current), organization (optional). PARTICIPATED: person, event, role, topic. ORGANIZED: organization, event, role. PART_OF: organization (the unit), parent. With a sourceUrl or a note.',
  fields: (t) => ({
    type: t.field({ type: FactTypeEnum, required: true }),
    person: t.id({ required: false }),
    organization: t.id({ required: false }),
    event: t.id({ required: false }),
    parent: t.id({ required: false }),
    title: t.string({ required: false }),
    current: t.boolean({ required: false }),
    role: t.string({ required: false, description: 'host, speaker, guest; organizer, co_organizer, …' }),
    topic: t.string({ required: false }),
    sourceUrl: t.string({ required: false }),
    note: t.string({ required: false }),
  }),
});

const CorrectFactInput = builder.inputType('CorrectFactInput', {
  description:
    'What to change; anything left out stays. organization/title move a post, current marks it former (false) or current, role/topic fix an event role, parent a sub-unit.',
  fields: (t) => ({
    organization: t.id({ required: false }),
    title: t.string({ required: false }),
    current: t.boolean({ required: false }),
    role: t.string({ required: false }),
    topic: t.string({ required: false }),
    parent: t.id({ required: false }),
  }),
});

const SplitEntityInput = builder.inputType('SplitEntityInput', {
  description:
    'Splits facts and articles that are about someone else off `id` into a new node of the same kind called `name`.',
  fields: (t) => ({
    id: t.id({ required: true }),
    name: t.string({ required: true }),
    facts: t.idList({ required: false, description: 'Fact ids (fct_…) that go to the new node.' }),
    articles: t.idList({ required: false, description: 'Articles whose mention goes to the new node.' }),
    reason: t.string({ required: true }),
  }),
});

const idOrNull = (v: string | number | null | undefined): string | null => (v == null ? null : String(v));

builder.mutationFields((t) => ({
  assertFact: t.field({
    type: CurationRef,
    description: 'States a fact by hand (status ASSERTED, confidence 1), with a source URL or a note.',
    args: { input: t.arg({ type: AssertFactInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      curate(ctx, (tx, actor) =>
        assertFact(tx, actor, {
          type: input.type as FactType,
          person: idOrNull(input.person),
          organization: idOrNull(input.organization),
          event: idOrNull(input.event),
          parent: idOrNull(input.parent),
          title: input.title,
          current: input.current,
          role: input.role,
          topic: input.topic,
          sourceUrl: input.sourceUrl,
          note: input.note,
        }),
      ),
  }),
  correctFact: t.field({
    type: CurationRef,
    description:
      'Fixes a fact read wrongly: in place for current/topic, else the corrected fact (status CORRECTED, same evidence) replaces the wrong one, which is retracted.',
    args: {
      id: t.arg.id({ required: true }),
      input: t.arg({ type: CorrectFactInput, required: true }),
      reason: t.arg.string({ required: true }),
    },
    resolve: (_r, { id, input, reason }, ctx) =>
      curate(ctx, (tx, actor) =>
        correctFact(
          tx,
          actor,
          String(id),
          {
            organization: idOrNull(input.organization),
            parent: idOrNull(input.parent),
            title: input.title,
            current: input.current,
            role: input.role,
            topic: input.topic,
          },
          reasonOf(reason, true)!,
        ),
      ),
  }),
  retractFact: t.field({
    type: CurationRef,
    description:
      'A fact is wrong: it disappears from profiles, neighbourhoods and paths (undo brings it back).',
    args: { id: t.arg.id({ required: true }), reason: t.arg.string({ required: true }) },
    resolve: (_r, args, ctx) =>
      curate(ctx, (tx, actor) => retractFact(tx, actor, String(args.id), reasonOf(args.reason, true)!)),
  }),
  verifyFact: t.field({
    type: CurationRef,
    description: 'A curator checked a fact against its evidence: status VERIFIED.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, args, ctx) => curate(ctx, (tx, actor) => verifyFact(tx, actor, String(args.id))),
  }),
  undoCuration: t.field({
    type: CurationRef,
    description: 'Reverts one curation; the undo is itself a curation (history is append-only).',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, args, ctx) => curate(ctx, (tx, actor) => undoCuration(tx, actor, String(args.id))),
  }),
  renameEntity: t.field({
    type: CurationRef,
    description:
      'Gives an entity another name; the old one stays as an alias (articles using it still resolve).',
    args: {
      id: t.arg.id({ required: true }),
      name: t.arg.string({ required: true }),
      reason: t.arg.string({ required: true }),
    },
    resolve: (_r, args, ctx) =>
      curate(ctx, (tx, actor) =>
        renameEntity(tx, actor, String(args.id), args.name, reasonOf(args.reason, true)!),
      ),
  }),
  addAlias: t.field({
    type: CurationRef,
    args: {
      id: t.arg.id({ required: true }),
      alias: t.arg.string({ required: true }),
      reason: t.arg.string({ required: false }),
    },
    resolve: (_r, args, ctx) =>
      curate(ctx, (tx, actor) =>
        addAlias(tx, actor, String(args.id), args.alias, reasonOf(args.reason, false)),
      ),
  }),
  removeAlias: t.field({
    type: CurationRef,
    args: {
      id: t.arg.id({ required: true }),
      alias: t.arg.string({ required: true }),
      reason: t.arg.string({ required: false }),
    },
    resolve: (_r, args, ctx) =>
      curate(ctx, (tx, actor) =>
        removeAlias(tx, actor, String(args.id), args.alias, reasonOf(args.reason, false)),
      ),
  }),
  splitEntity: t.field({
    type: CurationRef,
    description:
      'Two entities under one name: the chosen facts (copied, status CORRECTED) and article mentions move to a new node; the originals are retracted, so re-ingest cannot undo the split. Merge to reverse it.',
    args: { input: t.arg({ type: SplitEntityInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      curate(ctx, (tx, actor) =>
        splitEntity(tx, actor, {
          id: String(input.id),
          name: input.name,
          facts: (input.facts ?? []).map(String),
          articles: (input.articles ?? []).map(String),
          reason: reasonOf(input.reason, true)!,
        }),
      ),
  }),
  mergeEntities: t.field({
    type: CurationRef,
    description:
      '`drop` is the same entity as `keep`: its facts, aliases and provenance move to `keep`, `drop` is deleted. Re-ingest resolves drop’s names to keep (they are its aliases now).',
    args: {
      keep: t.arg.id({ required: true }),
      drop: t.arg.id({ required: true }),
      reason: t.arg.string({ required: true }),
    },
    resolve: (_r, args, ctx) => {
      const keep = String(args.keep);
      const drop = String(args.drop);
      const reason = reasonOf(args.reason, true);
      return curate(ctx, async (tx, actor) => {
        let merged;
        try {
          merged = await mergeEntitiesInTx(tx, keep, drop);
        } catch (e) {
          if (e instanceof MergeError)
            throw e.code === 'NOT_FOUND' ? notFound(e.message) : badInput(e.message);
          throw e;
        }
        return recordCuration(tx, actor, {
          operation: 'MERGE_ENTITIES',
          reason,
          targets: [keep, drop],
          entities: [keep, drop],
          before: { drop: { id: drop, name: merged.dropName } },
          after: { keep: keep, relationshipsMoved: merged.relationshipsMoved },
        });
      });
    },
  }),
}));
