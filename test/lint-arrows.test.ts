import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * `npm run lint` enforces the README's arrows and forbids import cycles: a cycle or a wrong-way import
 * added on purpose (in a throwaway folder inside the tree, so the real config and resolver apply) fails.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dirs: string[] = [];

function fixture(pkg: string, files: Record<string, string>): string[] {
  const dir = join(ROOT, pkg, 'src', `lint-fixture-${process.pid}-${dirs.length}`);
  mkdirSync(dir, { recursive: true });
  dirs.push(dir);
  return Object.entries(files).map(([name, code]) => {
    writeFileSync(join(dir, name), code);
    return join(dir, name);
  });
}

async function ruleIds(files: string[]): Promise<string[]> {
  const results = await new ESLint({ cwd: ROOT }).lintFiles(files);
  return results.flatMap((r) => r.messages.map((m) => m.ruleId ?? m.message));
}

afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('lint: the architecture', () => {
  it('fails on an import cycle', async () => {
    const files = fixture('seed', {
      'a.ts': "import { b } from './b';\nexport const a = (): number => b() + 1;\n",
      'b.ts': "import { a } from './a';\nexport const b = (): number => a() + 1;\n",
    });
    expect(await ruleIds(files)).toContain('import-x/no-cycle');
  }, 60_000);

  it('fails when the explorer imports the server or schema imports seed', async () => {
    const [web] = fixture('web', {
      'x.ts': "import { createApp } from '@guanxi/server';\nexport const x = createApp;\n",
    });
    const [schema] = fixture('schema', {
      'y.ts': "import { extractArticle } from '@guanxi/seed';\nexport const y = extractArticle;\n",
    });
    expect(await ruleIds([web!])).toEqual(['import-x/no-restricted-paths']);
    expect(await ruleIds([schema!])).toEqual(['import-x/no-restricted-paths']);
  }, 60_000);

  it('passes on imports that follow the arrows', async () => {
    const [ok] = fixture('seed', {
      'ok.ts': "import { LABELS } from '@guanxi/schema';\nexport const z = LABELS;\n",
    });
    expect(await ruleIds([ok!])).toEqual([]);
  }, 60_000);
});
