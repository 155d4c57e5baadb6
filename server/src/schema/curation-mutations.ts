import type { FactType } from '@guanxi/schema';
import { requireWriter } from '../auth';
import { applyOperation, type OperationArgs } from '../curation/operations';
import type { CurationOperation, CurationRec } from '../curation/record';
import type { Context } from '../context';
import { builder } from '../builder';
import { badInput } from '../errors';
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

export async function curate<K extends CurationOperation>(
  ctx: Context,
  operation: K,
  args: OperationArgs[K],
): Promise<CurationRec> {
  const actor = await requireWriter(ctx);
  const curation = await ctx.db.writeTransaction((tx) => applyOperation(tx, actor, operation, args));
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
      curate(ctx, 'ASSERT_FACT', {
        input: {
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
        },
      }),
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
      curate(ctx, 'CORRECT_FACT', {
        id: String(id),
        input: {
          organization: idOrNull(input.organization),
          parent: idOrNull(input.parent),
          title: input.title,
          current: input.current,
          role: input.role,
          topic: input.topic,
        },
        reason: reasonOf(reason, true)!,
      }),
  }),
  retractFact: t.field({
    type: CurationRef,
    description:
      'A fact is wrong: it disappears from profiles, neighbourhoods and paths (undo brings it back).',
    args: { id: t.arg.id({ required: true }), reason: t.arg.string({ required: true }) },
    resolve: (_r, args, ctx) =>
      curate(ctx, 'RETRACT_FACT', { id: String(args.id), reason: reasonOf(args.reason, true)! }),
  }),
  verifyFact: t.field({
    type: CurationRef,
    description: 'A curator checked a fact against its evidence: status VERIFIED.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, args, ctx) => curate(ctx, 'VERIFY_FACT', { id: String(args.id) }),
  }),
  undoCuration: t.field({
    type: CurationRef,
    description: 'Reverts one curation; the undo is itself a curation (history is append-only).',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, args, ctx) => curate(ctx, 'UNDO', { id: String(args.id) }),
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
      curate(ctx, 'RENAME_ENTITY', {
        id: String(args.id),
        name: args.name,
        reason: reasonOf(args.reason, true)!,
      }),
  }),
  addAlias: t.field({
    type: CurationRef,
    args: {
      id: t.arg.id({ required: true }),
      alias: t.arg.string({ required: true }),
      reason: t.arg.string({ required: false }),
    },
    resolve: (_r, args, ctx) =>
      curate(ctx, 'ADD_ALIAS', {
        id: String(args.id),
        alias: args.alias,
        reason: reasonOf(args.reason, false),
      }),
  }),
  removeAlias: t.field({
    type: CurationRef,
    args: {
      id: t.arg.id({ required: true }),
      alias: t.arg.string({ required: true }),
      reason: t.arg.string({ required: false }),
    },
    resolve: (_r, args, ctx) =>
      curate(ctx, 'REMOVE_ALIAS', {
        id: String(args.id),
        alias: args.alias,
        reason: reasonOf(args.reason, false),
      }),
  }),
  splitEntity: t.field({
    type: CurationRef,
    description:
      'Two entities under one name: the chosen facts (copied, status CORRECTED) and article mentions move to a new node; the originals are retracted, so re-ingest cannot undo the split. undoCuration reverses it.',
    args: { input: t.arg({ type: SplitEntityInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      curate(ctx, 'SPLIT_ENTITY', {
        id: String(input.id),
        name: input.name,
        facts: (input.facts ?? []).map(String),
        articles: (input.articles ?? []).map(String),
        reason: reasonOf(input.reason, true)!,
      }),
  }),
  mergeEntities: t.field({
    type: CurationRef,
    description:
      '`drop` is the same entity as `keep`: its facts, aliases and provenance move to `keep`, `drop` is deleted. Re-ingest resolves drop’s names to keep (they are its aliases now). Undo brings drop back.',
    args: {
      keep: t.arg.id({ required: true }),
      drop: t.arg.id({ required: true }),
      reason: t.arg.string({ required: true }),
    },
    resolve: (_r, args, ctx) =>
      curate(ctx, 'MERGE_ENTITIES', {
        keep: String(args.keep),
        drop: String(args.drop),
        reason: reasonOf(args.reason, true),
      }),
  }),
}));
