import type {
  ExtractedEventOrganization,
  ExtractedPerson,
  ExtractedPosition,
  ExtractedRole,
} from '@guanxi/schema';

/** Collects facts in reading order, each once; the first sentence a fact came from is its evidence. */
export class FactSet<T> {
  private readonly byKey = new Map<string, T>();
  constructor(private readonly keyOf: (t: T) => string) {}
  add(t: T): void {
    const k = this.keyOf(t);
    if (!this.byKey.has(k)) this.byKey.set(k, t);
  }
  values(): T[] {
    return [...this.byKey.values()];
  }
}

export const newPositions = () =>
  new FactSet<ExtractedPosition>((p) => `${p.person}|${p.organization ?? ''}|${p.title}`);
export const newRoles = () => new FactSet<ExtractedRole>((r) => `${r.person}|${r.event}|${r.role}`);
export const newEventOrgs = () =>
  new FactSet<ExtractedEventOrganization>((r) => `${r.organization}|${r.event}|${r.role}`);

/** Persons by name, with their aliases and first evidence. */
export class PersonSet {
  private readonly byName = new Map<string, { evidence: string; aliases: Set<string>; confidence: number }>();
  /** The person's confidence is that of the surest mention that introduced them. */
  add(name: string, evidence: string, confidence: number): void {
    const p = this.byName.get(name);
    if (!p) this.byName.set(name, { evidence, aliases: new Set(), confidence });
    else p.confidence = Math.max(p.confidence, confidence);
  }
  alias(name: string, alias: string): void {
    this.byName.get(name)?.aliases.add(alias);
  }
  names(): string[] {
    return [...this.byName.keys()];
  }
  values(): ExtractedPerson[] {
    return [...this.byName].map(([name, p]) => ({
      name,
      aliases: [...p.aliases],
      evidence: p.evidence,
      confidence: p.confidence,
    }));
  }
}
