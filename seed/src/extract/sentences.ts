/**
 * Canonical text for the rules: ASCII punctuation becomes its full-width form (so every rule only knows
 * one comma, one colon …) and blanks next to Chinese characters go (names padded with full-width spaces,
 * `2023 年`). Then sentences: split at 。！？；and line ends, never inside 《》, so a quoted title stays whole.
 */
const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
const CJK_OR_PUNCT = `${CJK}\\u3000-\\u303f\\uff00-\\uffef“”‘’—…`;

const SPACE_NEAR_CJK = new RegExp(`(?<=[${CJK_OR_PUNCT}]) +| +(?=[${CJK_OR_PUNCT}])`, 'g');

/** One line of text with ASCII punctuation made full-width where it is prose punctuation, not numbers. */
export function canonicalLine(line: string): string {
  let open = true;
  return (
    line
      .replace(/[\u00A0\u3000\u2002-\u200B\uFEFF\t]/g, ' ')
      .replace(/(?<!\d),|,(?!\d)/g, '，')
      .replace(/;/g, '；')
      // A full stop after Chinese text ends a sentence; 11.3 and www.example.com keep theirs.
      .replace(new RegExp(`(?<=[${CJK}”）])\\.(?!\\d)`, 'g'), '。')
      .replace(/(?<!\d):|:(?!\d)/g, '：')
      .replace(/\(/g, '（')
      .replace(/\)/g, '）')
      .replace(/!/g, '！')
      .replace(/\?/g, '？')
      .replace(/"/g, () => {
        const q = open ? '“' : '”';
        open = !open;
        return q;
      })
      .replace(SPACE_NEAR_CJK, '')
      .replace(/ {2,}/g, ' ')
      .trim()
  );
}

export interface Sentence {
  /** Canonical text of the sentence, end punctuation included. */
  readonly text: string;
  /** Index of its paragraph (line). */
  readonly paragraph: number;
}

/** Sentences of a canonical body; a 。 inside 《…》 or “…” does not end a sentence. */
export function splitSentences(body: string): Sentence[] {
  const out: Sentence[] = [];
  body.split('\n').forEach((raw, paragraph) => {
    const line = canonicalLine(raw);
    let depth = 0;
    let start = 0;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (c === '《' || c === '“') depth++;
      else if ((c === '》' || c === '”') && depth > 0) depth--;
      else if (depth === 0 && (c === '。' || c === '！' || c === '？' || c === '；')) {
        push(line.slice(start, i + 1));
        start = i + 1;
      }
      // A quote left open for long is a typo, not a quotation: do not let it swallow the paragraph.
      if (depth > 0 && i - start > 400) depth = 0;
    }
    push(line.slice(start));
    function push(s: string): void {
      const t = s.trim();
      if (t.length > 0) out.push({ text: t, paragraph });
    }
  });
  return out;
}
