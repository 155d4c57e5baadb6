import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const cli = new URL('./extract.ts', import.meta.url).pathname;
const run = (args: string[], input?: string | Buffer) =>
  spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], {
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });

describe('extract CLI', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));

  it('prints the extraction as JSON and reads stdin for -', () => {
    const r = run(['-'], '标题\n2024-05-09\n某某协会秘书长王小明主持会议。');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { article: string; persons: { name: string }[] };
    expect(out.article).toBe('stdin');
    expect(out.persons.map((p) => p.name)).toEqual(['王小明']);
  });

  it('gives a one-line error and exit code 1 on bad input, never a stack trace', () => {
    const binary = join(dir, 'b.bin');
    writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x00, 0x01]));
    const empty = join(dir, 'e.txt');
    writeFileSync(empty, ' \n');
    for (const file of [join(dir, 'missing.txt'), binary, empty, dir]) {
      const r = run([file]);
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\bat\s+\S+\s+\(/);
    }
  });

  it('prints empty lists for an article without entities', () => {
    const r = run(['-'], '天气\n今天晴。');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ persons: [], organizations: [], positions: [] });
  });
});
