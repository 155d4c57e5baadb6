import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../normalize/index';
import { generateCorpus, generateExtractions } from './corpus';

describe('generateCorpus', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    const a = generateCorpus({ seed: 7, articles: 20 });
    expect(generateCorpus({ seed: 7, articles: 20 })).toEqual(a);
    expect(generateCorpus({ seed: 8, articles: 20 })[0]!.content).not.toBe(a[0]!.content);
  });

  it('writes conference reports in the genre patterns, with distinct article ids', () => {
    const corpus = generateCorpus({ seed: 1, articles: 200 });
    const text = corpus[0]!.content;
    expect(text).toMatch(/——.+在.+成功举办\n\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    expect(text).toMatch(/本次活动由.+主办，.+协办，.+承办。/);
    expect(corpus.some((c) => /作题为《.+》的主旨演讲/.test(c.content))).toBe(true);
    expect(corpus.some((c) => /图为.+主持会议/.test(c.content))).toBe(true);
    expect(corpus.some((c) => /简称“/.test(c.content))).toBe(true);
    const ids = new Set(corpus.map((c) => normalizeArticle({ content: c.content }).id));
    expect(ids.size).toBe(corpus.length);
  });

  it('names people and organizations across several articles, so resolution matters', () => {
    const corpus = generateCorpus({ seed: 3, articles: 300 });
    const seen = new Map<string, number>();
    for (const c of corpus) for (const p of c.expected.persons) seen.set(p.name, (seen.get(p.name) ?? 0) + 1);
    const recurring = [...seen.values()].filter((n) => n > 1).length;
    expect(recurring / seen.size).toBeGreaterThan(0.3);
  });

  it('keeps the expected extraction consistent with the text', () => {
    for (const c of generateCorpus({ seed: 5, articles: 50 })) {
      const x = c.expected;
      for (const p of x.persons) expect(c.content).toContain(p.name);
      for (const o of x.organizations) expect(c.content).toContain(o.name);
      for (const p of x.positions) expect(x.persons.map((q) => q.name)).toContain(p.person);
      for (const e of x.event_orgs) expect(x.organizations.map((o) => o.name)).toContain(e.organization);
    }
  });
});

describe('generateExtractions', () => {
  it('yields article + extraction pairs lazily, deterministically', () => {
    const pairs = [...generateExtractions({ seed: 9, count: 5 })];
    expect(pairs).toHaveLength(5);
    expect(pairs[0]!.article.id).toMatch(/^art_[0-9a-f]{24}$/);
    expect(pairs[0]!.extraction.events).toHaveLength(1);
    const again = generateExtractions({ seed: 9, count: 5 });
    expect(again.next().value?.article.id).toBe(pairs[0]!.article.id);
  });

  it('scales to graph size quickly', () => {
    const t = performance.now();
    let persons = 0;
    for (const p of generateExtractions({ seed: 1, count: 2000 })) persons += p.extraction.persons.length;
    expect(persons).toBeGreaterThan(2000 * 5);
    expect(performance.now() - t).toBeLessThan(20_000);
  });
});
