import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { addNoise, NOISE_KINDS } from './noise';
import { f1Of, NOISE_CATEGORIES, NOISE_VARIANTS, scoreUnderNoise, seedOf } from './noise-score';

/** The FNV-1a offset: seedOf from it is the FNV-1a hash of the file name. */
const FNV_OFFSET = 0x811c9dc5;

const ARTICLE = [
  '东湖区召开软件产业发展座谈会',
  '来源：东江晚报',
  '（记者 蔡文远）3月5日，东湖区软件产业发展座谈会召开。会议由东湖区人民政府主办，东湖区工商业联合会承办。',
  '东湖区委副书记、区长邵明，区科技局局长韦立，东江软件有限公司董事长包志远出席会议。',
  '【会议现场】',
  '邵明在讲话中指出，要以“数字东湖”建设为抓手，推动产业集聚发展。',
].join('\n');
const NAMES = ['蔡文远', '邵明', '韦立', '包志远'];

describe('addNoise', () => {
  it('gives the same text for the same seed and another for another seed', () => {
    for (const kind of [...NOISE_KINDS, 'all'] as const) {
      const a = addNoise(ARTICLE, kind, { seed: 7, names: NAMES });
      expect(addNoise(ARTICLE, kind, { seed: 7, names: NAMES })).toBe(a);
      // Every kind changes the article: a kind that is a no-op would make the margin test below vacuous.
      expect(a, kind).not.toBe(ARTICLE);
    }
    expect(addNoise(ARTICLE, 'all', { seed: 7, names: NAMES })).not.toBe(
      addNoise(ARTICLE, 'all', { seed: 8, names: NAMES }),
    );
  });

  it('pads two-character names only, and keeps every Chinese character of the article', () => {
    const padded = [6, 7, 8, 9, 10].map((seed) =>
      addNoise('标题\n区长韦立、局长包志远出席。', 'name-spaces', { seed, names: ['韦立', '包志远'] }),
    );
    expect(padded.some((t) => /韦[\u3000 ]{1,2}立/.test(t))).toBe(true);
    for (const t of padded) expect(t).toContain('包志远');
    const han = (t: string): string => t.replace(/[^\u4e00-\u9fff]/g, '');
    for (const kind of ['name-spaces', 'blanks', 'punctuation', 'html', 'markers'] as const)
      expect(han(addNoise(ARTICLE, kind, { seed: 5, names: NAMES })), kind).toBe(han(ARTICLE));
  });
});

describe('scrape noise does not change what is read', () => {
  /**
   * About one test article in five, every round: the clean text and each kind of noise. Chosen by a hash of the
   * file name, so adding a round adds its own articles to the sample and leaves the others' in place.
   */
  const dir = fileURLToPath(new URL('../../test-articles/', import.meta.url));
  const sample = readdirSync(dir)
    .filter((f) => f.endsWith('.txt') && seedOf(f, FNV_OFFSET) % 5 === 0)
    .sort()
    .map((f) => `${dir}${f}`);
  const table = scoreUnderNoise(sample);
  // Each kind alone may cost 0.02, and all six stacked too: a sentence broken into short parts before a long one is
  // joined again (joinHardBreaks), and a page's header and footer (来源：本网综合, 编辑：融媒体中心, 阅读原文) are no
  // sentences and do not push the masthead out of the opening lines (page-chrome.ts). All six cost positions 0.008
  // on this sample (0.011 before page-chrome.ts), WeChat noise 0.003 (0.008).
  const margin = 0.02;

  for (const variant of NOISE_VARIANTS.filter((v) => v !== 'clean'))
    it(`keeps every category within ${margin} of the clean F1 under ${variant} noise`, () => {
      for (const c of NOISE_CATEGORIES) {
        const clean = f1Of(table.clean[c]);
        expect(f1Of(table[variant][c]), `${variant} ${c}`).toBeGreaterThanOrEqual(clean - margin);
      }
    });
});
