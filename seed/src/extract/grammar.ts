import { GRAMMAR, type GrammarRule, MACROS } from './rules';
import { codesOf, type Span } from './spans';

/** One application of a grammar line: which spans are the names, and which hold their posts. */
export interface RuleMatch {
  readonly rule: GrammarRule;
  /** Indices (into the span sequence) of the persons' NAME spans. */
  readonly names: readonly number[];
  /** [first, last] span indices of each group that holds titles, by group name. */
  readonly post?: readonly [number, number];
  readonly org?: readonly [number, number];
  readonly after?: readonly [number, number];
  readonly paren?: readonly [number, number];
}

const expand = (shape: string) => shape.replace(/<(\w+)>/g, (_, m: string) => MACROS[m] ?? `<${m}>`);
/** Sticky and with group indices, so that a line is tried exactly at one span. */
/**
 * The code a shape starts with (after a look-behind and group openings), so that at each span only the
 * lines that can start there run their pattern.
 */
const firstCode = (source: string) =>
  source
    .replace(/^\(\?<=(?:[^()]|\([^()]*\))*\)/, '')
    .replace(/^(\((\?<\w+>|\?:)?)+/, '')
    .charAt(0);
const COMPILED = GRAMMAR.map((rule) => {
  const re = new RegExp(expand(rule.shape), 'yd');
  // Group indices cost: a plain sticky test rules out most spans first.
  return { rule, re, test: new RegExp(re.source, 'y'), first: firstCode(re.source) };
});
/** The lines by the code they start with, in table order. */
const BY_FIRST = new Map<string, (typeof COMPILED)[number][]>();
for (const c of COMPILED) BY_FIRST.set(c.first, [...(BY_FIRST.get(c.first) ?? []), c]);
const TITLE_GROUPS = ['post', 'org', 'after', 'paren'] as const;

/**
 * Applies the grammar to one sentence's spans: at each span, left to right, the first line that matches
 * there and whose title groups are all unused gives its facts; the title spans it used are not read again.
 */
export function applyGrammar(spans: readonly Span[]): RuleMatch[] {
  const codes = codesOf(spans);
  const used = new Uint8Array(spans.length);
  const out: RuleMatch[] = [];
  for (let k = 0; k < spans.length; k++) {
    for (const { rule, re, test } of BY_FIRST.get(codes.charAt(k)) ?? []) {
      test.lastIndex = k;
      if (!test.test(codes)) continue;
      re.lastIndex = k;
      const m = re.exec(codes);
      if (!m?.indices?.groups) continue;
      const g = m.indices.groups;
      const ranges = TITLE_GROUPS.flatMap((name) => {
        const r = g[name];
        return r ? [[name, [r[0], r[1] - 1] as const] as const] : [];
      });
      if (ranges.some(([, [a, b]]) => used.subarray(a, b + 1).some((x) => x > 0))) continue;
      const [ns, ne] = g['names']!;
      const names: number[] = [];
      for (let i = ns; i < ne; i++) if (codes.charAt(i) === 'N') names.push(i);
      if (rule.via && names.some((i) => spans[i]!.via !== rule.via)) continue;
      for (const [, [a, b]] of ranges) used.fill(1, a, b + 1);
      out.push({ rule, names, ...Object.fromEntries(ranges) });
      break;
    }
  }
  return out;
}
