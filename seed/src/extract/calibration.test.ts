import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Extraction } from '@guanxi/schema';
import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../normalize/index';
import { blindRoundFiles } from './blind-rounds';
import { BANDS, calibrationTable, judgeFacts } from './calibration';
import { readArticle } from './index';
import { type GoldLike, scoreExtraction } from './score';

/** A band with fewer facts than this says nothing about precision. */
const MIN_FACTS = 8;

const gold = {
  persons: [
    { name: '王伟', aliases: [] },
    { name: '李娜', aliases: [] },
  ],
  organizations: [{ name: '某市经济和信息化局', aliases: ['市经信局'], kind: 'agency' }],
  positions: [{ person: '王伟', title: '局长', organization: '某市经济和信息化局' }],
  roles: [{ person: '王伟', role: 'speaker', topic: null }],
  event_orgs: [],
};

const pred: Extraction = {
  article: 'a.txt',
  persons: [
    { name: '王伟', aliases: [], confidence: 0.95 },
    { name: '张三', aliases: [], confidence: 0.6 },
  ],
  organizations: [
    { name: '市经信局', kind: 'agency', aliases: [], confidence: 0.9 },
    { name: '某市经济和信息化局办公室', kind: 'agency', aliases: [], parent: '市经信局', confidence: 0.9 },
  ],
  places: [],
  events: [],
  positions: [
    { person: '王伟', title: '局长', organization: '市经信局', confidence: 0.95 },
    { person: '王伟', title: '副局长', organization: '市经信局', confidence: 0.55 },
  ],
  roles: [{ person: '王伟', event: 'e', role: 'speaker', topic: null }],
  event_orgs: [],
};

describe('calibration', () => {
  it('judges each predicted fact alone, resolving names through the rest of the prediction', () => {
    const judged = (c: Parameters<typeof judgeFacts>[2]) =>
      judgeFacts(gold, pred, c).map(({ confidence, correct }) => ({ confidence, correct }));
    expect(judged('positions')).toEqual([
      { confidence: 0.95, correct: true },
      { confidence: 0.55, correct: false },
    ]);
    expect(judgeFacts(gold, pred, 'persons').map((f) => f.correct)).toEqual([true, false]);
    // The sub-unit is not judged as an organization; the short form resolves through the gold alias.
    expect(judged('organizations')).toEqual([{ confidence: 0.9, correct: true }]);
  });

  it('gives precision per band, facts without a confidence apart', () => {
    const rows = calibrationTable([{ gold, pred }]);
    const row = (category: string, band: string) =>
      rows.find((r) => r.category === category && r.band === band);
    expect(row('positions', '≥0.90')).toMatchObject({ facts: 1, correct: 1, precision: 1 });
    expect(row('positions', '0.50–0.70')).toMatchObject({ facts: 1, correct: 0, precision: 0 });
    expect(row('roles', 'none')).toMatchObject({ facts: 1, correct: 1 });
    expect(row('all', '≥0.90')).toMatchObject({ facts: 3, correct: 3 });
  });
});

describe('score parity with the shared scorer', () => {
  it('ignores session ordinals in titles and resolves predicted organizations through their aliases', () => {
    const g = {
      persons: [{ name: '赵六' }],
      organizations: [{ name: '省人大常委会', aliases: [] }],
      positions: [{ person: '赵六', title: '十三届副主任', organization: '省人大常委会' }],
    };
    const p = {
      persons: [{ name: '赵六' }],
      organizations: [{ name: '某省人民代表大会常务委员会', aliases: ['省人大常委会'] }],
      positions: [{ person: '赵六', title: '副主任', organization: '某省人民代表大会常务委员会' }],
    };
    expect(scoreExtraction(g, p).positions.tp).toBe(1);
  });
});

describe('calibrated confidence on the blind rounds the table was fitted on', () => {
  const pairs = blindRoundFiles().map((file) => ({
    gold: JSON.parse(readFileSync(file.replace(/\.(txt|html?)$/i, '.json'), 'utf8')) as GoldLike,
    pred: readArticle(normalizeArticle({ content: readFileSync(file), source: basename(file) })),
  }));
  const rows = calibrationTable(pairs);
  /** Precision and size of each band with enough facts to say anything, highest band first. */
  const precisions = (category: string) =>
    BANDS.map((b) =>
      rows.find((r) => r.category === category && r.band.replace('≥', '').startsWith(b.toFixed(2))),
    )
      .filter((r): r is NonNullable<typeof r> => r !== undefined && r.facts >= MIN_FACTS)
      .map((r) => ({ precision: r.precision!, facts: r.facts }));

  it('reads every fitted round', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(240);
  });

  it.each(['positions', 'all'])('gives %s a precision that falls band by band', (category) => {
    const p = precisions(category);
    expect(p.length).toBeGreaterThanOrEqual(3);
    // A lower band may beat the one above it only within the sampling error of the two precisions (the
    // standard error of their difference: 11 facts at .55 above 42 at .60 is no inversion).
    const variance = ({ precision: q, facts }: { precision: number; facts: number }) => (q * (1 - q)) / facts;
    for (let i = 1; i < p.length; i++) {
      const stderr = Math.sqrt(variance(p[i]!) + variance(p[i - 1]!));
      expect(p[i]!.precision - stderr).toBeLessThanOrEqual(p[i - 1]!.precision);
    }
  });
});
