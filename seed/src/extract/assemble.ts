import type {
  ExtractedEventOrganization,
  ExtractedPerson,
  ExtractedPosition,
  ExtractedRole,
} from '@guanxi/schema';
import { confidenceOf, withReading } from './readings';

/** Collects facts in reading order, each once; the first sentence a fact came from is its evidence. */
export class FactSet<T> {
  private readonly byKey = new Map<string, T>();
  /** `merge`: what a fact already kept becomes when the same fact is read again (the first reading by default). */
  constructor(
    private readonly keyOf: (t: T) => string,
    private readonly merge: (kept: T, again: T) => T = (kept) => kept,
  ) {}
  add(t: T): void {
    const k = this.keyOf(t);
    const kept = this.byKey.get(k);
    this.byKey.set(k, kept === undefined ? t : this.merge(kept, t));
  }
  values(): T[] {
    return [...this.byKey.values()];
  }
}

export const newPositions = () =>
  new FactSet<ExtractedPosition>((p) => `${p.person}|${p.organization ?? ''}|${p.title}`);
/** A speaker first read without a topic (甲、乙作主旨演讲) takes the one a later sentence gives (甲在题为《…》的演讲中). */
export const newRoles = () =>
  new FactSet<ExtractedRole>(
    (r) => `${r.person}|${r.event}|${r.role}`,
    (kept, again) => (kept.topic === null && again.topic !== null ? { ...kept, topic: again.topic } : kept),
  );
export const newEventOrgs = () =>
  new FactSet<ExtractedEventOrganization>((r) => `${r.organization}|${r.event}|${r.role}`);

/** Persons by name, with their aliases and first evidence. */
export class PersonSet {
  private readonly byName = new Map<
    string,
    { evidence: string; aliases: Set<string>; confidence: number; reading: string }
  >();
  /** The person's confidence (and reading) is that of the surest mention that introduced them. */
  add(name: string, evidence: string, confidence: number, reading: string): void {
    const p = this.byName.get(name);
    if (!p) this.byName.set(name, { evidence, aliases: new Set(), confidence, reading });
    else if (confidence > p.confidence) Object.assign(p, { confidence, reading });
  }
  alias(name: string, alias: string): void {
    this.byName.get(name)?.aliases.add(alias);
  }
  names(): string[] {
    return [...this.byName.keys()];
  }
  /** The persons, each with the confidence its reading earned (`readings.ts`). */
  values(): ExtractedPerson[] {
    return [...this.byName].map(([name, p]) =>
      withReading(
        {
          name,
          aliases: [...p.aliases],
          evidence: p.evidence,
          confidence: confidenceOf('persons', p.reading, p.confidence),
        },
        p.reading,
      ),
    );
  }
}
