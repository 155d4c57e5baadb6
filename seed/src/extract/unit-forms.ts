import { stripLeadIn } from './descriptors';
import { SHORT_FORM, splitTopOrganization, suffixOf } from './organizations';

/** Where the words naming a declared body start: after the last punctuation before the declaration. */
const CLAUSE_END = /[，。；：、（）“”\n]/;

/**
 * Short forms the article declares for a unit of a body: 农业农村部乡村产业发展司（以下简称“产业司”）
 * → 产业司 stands for 农业农村部乡村产业发展司, so that 产业司副司长某某 holds 乡村产业发展司副司长 at
 * 农业农村部. Short forms of whole bodies are the organization registry's (aliases.ts).
 */
export function declaredUnitForms(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(SHORT_FORM)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const cut = Math.max(...[...before].map((c, i) => (CLAUSE_END.test(c) ? i : -1)));
    const full = stripLeadIn(before.slice(cut + 1));
    const split = splitTopOrganization(full);
    // Only a unit (司, 处, 中心 …) of the body; 某大学与某公司 names two bodies, not a unit.
    const unit = split ? suffixOf(split.rest) : null;
    if (unit?.level === 'sub' && !/[与和及]/.test(split!.rest) && !out.has(m[1]!)) out.set(m[1]!, full);
  }
  return out;
}

/** A descriptor opening with a declared unit's short form, written out in full. */
export function expandUnitForm(desc: string, forms: ReadonlyMap<string, string>): string {
  for (const [short, full] of forms) if (desc.startsWith(short)) return full + desc.slice(short.length);
  return desc;
}
