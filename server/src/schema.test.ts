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
      'curations',
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
  });
});
