import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printSchemaFile, SCHEMA_FILE } from './print';
import { schema } from './schema';

describe('schema', () => {
  it('matches the committed server/schema.graphql (run `npm run schema:print -w server`)', async () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(await printSchemaFile());
  });

  it('keeps the contract other apps rely on', async () => {
    const sdl = await printSchemaFile();
    expect(sdl).toContain('interface Entity implements Node');
    for (const t of ['Person', 'Organization', 'Event', 'Place'])
      expect(sdl).toContain(`type ${t} implements Entity & Node`);
    for (const t of ['Position', 'Article']) expect(sdl).toContain(`type ${t} implements Node`);
    const q = schema.getQueryType()!.getFields();
    expect(Object.keys(q).sort()).toEqual([
      'changes',
      'coAppearances',
      'curations',
      'interlocks',
      'neighborhood',
      'neighbors',
      'node',
      'nodes',
      'reviewQueue',
      'search',
      'shortestPath',
      'stats',
    ]);
    expect(q.search!.args.map((a) => a.name).sort()).toEqual(['after', 'first', 'kinds', 'query']);
    expect(q.coAppearances!.args.map((a) => a.name).sort()).toEqual(['first', 'id']);
    expect(q.interlocks!.args.map((a) => `${a.name}: ${String(a.type)}`).sort()).toEqual([
      'a: ID!',
      'b: ID',
      'first: Int',
    ]);
    const typedFields = (type: string): string[] => {
      const t = schema.getType(type);
      return t && 'getFields' in t
        ? Object.values(t.getFields()).map((f) => `${f.name}: ${String(f.type)}`)
        : [];
    };
    expect(typedFields('CoAppearance').sort()).toEqual([
      'articles: [Article!]!',
      'events: [Event!]!',
      'person: Person!',
      'weight: Int!',
    ]);
    expect(typedFields('Interlock').sort()).toEqual([
      'person: Person!',
      'postsA: [Tenure!]!',
      'postsB: [Tenure!]!',
    ]);
    const m = schema.getMutationType()!.getFields();
    expect(Object.keys(m).sort()).toEqual([
      'addAlias',
      'assertFact',
      'correctFact',
      'ingestArticle',
      'mergeEntities',
      'removeAlias',
      'renameEntity',
      'retractFact',
      'splitEntity',
      'undoCuration',
      'verifyFact',
    ]);
    expect(sdl).toContain('enum FactStatus {\n  ASSERTED\n  CORRECTED\n  EXTRACTED\n  VERIFIED\n}');
    for (const t of ['Tenure', 'Participation', 'Organizing', 'SubunitLink'])
      expect(sdl).toContain(`type ${t} implements Fact`);
    // Issue 10's time contract: names other apps and the web's timeline rely on.
    const fields = (type: string) => {
      const t = schema.getType(type) as { getFields?: () => Record<string, unknown> } | null | undefined;
      return Object.keys(t?.getFields?.() ?? {}).sort();
    };
    expect(fields('PartialDate')).toEqual(['bound', 'precision', 'value']);
    for (const f of ['kind', 'title', 'organization', 'event', 'since', 'until', 'current', 'evidence'])
      expect(fields('TimelineEntry')).toContain(f);
    for (const f of ['since', 'until', 'firstSeen', 'lastSeen']) expect(fields('Tenure')).toContain(f);
    expect(fields('Change')).toEqual(['at', 'evidence', 'kind', 'organization', 'person', 'title']);
    expect(q.changes!.args.map((a) => a.name).sort()).toEqual(['after', 'first', 'kinds', 'since', 'until']);
    for (const f of ['neighborhood', 'shortestPath']) expect(q[f]!.args.map((a) => a.name)).toContain('at');
    expect(q.neighborhood!.args.map((a) => a.name)).toEqual(expect.arrayContaining(['from', 'to']));
    expect(sdl).toContain('enum ChangeKind {\n  ENDED_POST\n  NEW_ORGANIZATION\n  NEW_PERSON\n  NEW_POST\n}');
    expect(sdl).toContain('enum DatePrecision {\n  DAY\n  MONTH\n  YEAR\n}');
    expect(sdl).toContain('enum DateBound {\n  EXACT\n  NOT_AFTER\n  NOT_BEFORE\n}');
    expect(sdl).toContain('enum TimelineKind {\n  EVENT\n  POST\n}');
  });
});
