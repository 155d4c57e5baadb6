import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../codegen';

const webRoot = fileURLToPath(new URL('../..', import.meta.url));

describe('generated operation types', () => {
  it('match server/schema.graphql and operations.ts (run `npm run codegen -w web`)', async () => {
    // Generation also validates every operation against the SDL: a wrong field throws here.
    const files: { filename: string; content: string }[] = await generate(
      { ...config, cwd: webRoot, silent: true },
      false,
    );
    expect(files.map((f) => f.filename).sort()).toEqual(
      ['gql.ts', 'graphql.ts', 'index.ts'].map((f) => `src/api/generated/${f}`),
    );
    for (const f of files)
      expect(readFileSync(join(webRoot, f.filename), 'utf8'), f.filename).toBe(f.content);
  }, 60_000);
});
