import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../normalize';
import { extractArticle } from './index';
import { type GoldLike, scoreExtraction } from './score';

const seedDir = new URL('../../', import.meta.url);
const file = '000_0d5c12121d1e2778.txt';

describe('the seed article', () => {
  const article = normalizeArticle({
    content: readFileSync(new URL(`articles/${file}`, seedDir)),
    source: file,
  });
  const out = extractArticle(article);
  const gold = JSON.parse(readFileSync(new URL('fixtures/seed-000.gold.json', seedDir), 'utf8')) as GoldLike;
  const score = scoreExtraction(gold, out);

  it.each(['persons', 'organizations', 'positions', 'roles'] as const)(
    'scores F1 ≥ 0.95 on %s',
    (category) => {
      const s = score[category];
      expect(s.f1, JSON.stringify({ missed: s.missed, extra: s.extra })).toBeGreaterThanOrEqual(0.95);
    },
  );

  it.each(['places', 'event_orgs', 'topics'] as const)('scores F1 ≥ 0.9 on %s', (category) => {
    expect(score[category].f1).toBeGreaterThanOrEqual(0.9);
  });

  it('echoes the article and gives the event with date and place', () => {
    expect(out.article).toBe(file);
    expect(out.publishedAt).toBe('2023-10-25');
    expect(out.events).toHaveLength(1);
    expect(out.events[0]).toMatchObject({ date: '2023-10-24', place: '泰安' });
    expect(out.placeDetails).toContainEqual({ name: '泰安', parent: '山东' });
  });

  it('carries provenance and marks former posts', () => {
    for (const list of [out.persons, out.organizations, out.events, out.positions, out.roles, out.event_orgs])
      for (const x of list) expect(x.evidence?.length ?? 0).toBeGreaterThan(0);
    const former = out.positions.filter((p) => p.current === false);
    expect(former.length).toBeGreaterThan(0);
    expect(former.every((p) => /^(原|前)/.test(p.title))).toBe(true);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(extractArticle(article))).toBe(JSON.stringify(out));
  });
});
