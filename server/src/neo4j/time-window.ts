import { FACT_TYPES, type DateWindow } from '@guanxi/schema';

/**
 * The Cypher of `factInWindow` (@guanxi/schema partial-date.ts) over a relationship `r`, reading the
 * window from `$winStart` / `$winEnd` (its first and last day). Dates compare as strings (a coarser
 * date sorts before the finer ones inside it); `x + '~'` stands for the last day `x` covers, since '~'
 * sorts after every digit and '-'. Relations that are not facts (AT, HELD_IN, IN, MENTIONS) carry no
 * time and always pass. Keep in step with factInWindow and factOpenEnded (window.test.ts checks both).
 */
export function inWindowCypher(r: string): string {
  const start = `CASE WHEN ${r}.since IS NOT NULL AND coalesce(${r}.sinceBound, 'EXACT') <> 'NOT_AFTER' THEN ${r}.since ELSE coalesce(${r}.firstSeen, ${r}.since) END`;
  const open = `(type(${r}) = 'PART_OF' OR (type(${r}) = 'HOLDS' AND coalesce(${r}.current, true)))`;
  return `(NOT type(${r}) IN [${FACT_TYPES.map((t) => `'${t}'`).join(', ')}] OR (
    ${start} <= $winEnd AND
    CASE WHEN ${r}.until IS NOT NULL THEN ${r}.untilBound = 'NOT_BEFORE' OR ${r}.until + '~' >= $winStart
         WHEN ${open} THEN true
         ELSE coalesce(${r}.lastSeen, ${start}) + '~' >= $winStart END))`;
}

/** The parameters of a window, or none. */
export function windowParams(w: DateWindow | null): Record<string, string> {
  return w ? { winStart: w.start, winEnd: w.end } : {};
}
