import type { Extraction } from '@guanxi/schema';
import { CONFIDENCE } from './confidence';

type Scored = { confidence?: number };
const sure = (at: number) => (f: Scored) => (f.confidence ?? 1) >= at;

/**
 * The facts an extraction asserts: every reading at or above `at` (default `CONFIDENCE.assertAt`). A
 * reading whose measured precision is below one half is more often wrong than right, so it stays out of
 * the graph; `readArticle` keeps every reading for refitting and calibration. Relations lose any fact
 * whose person or organization is not asserted, so the result is a consistent extraction.
 */
export function assertedFacts(ex: Extraction, at: number = CONFIDENCE.assertAt): Extraction {
  const unsure = (f: Scored) => !sure(at)(f);
  const droppedPeople = new Set(ex.persons.filter(unsure).map((p) => p.name));
  const droppedBodies = new Set(ex.organizations.filter(unsure).flatMap((o) => [o.name, ...o.aliases]));
  const kept = (org: string | null) => org === null || !droppedBodies.has(org);
  return {
    ...ex,
    persons: ex.persons.filter(sure(at)),
    organizations: ex.organizations.filter(sure(at)),
    positions: ex.positions.filter(
      (p) => sure(at)(p) && !droppedPeople.has(p.person) && kept(p.organization),
    ),
    roles: ex.roles.filter((r) => sure(at)(r) && !droppedPeople.has(r.person)),
    event_orgs: ex.event_orgs.filter((e) => sure(at)(e) && kept(e.organization)),
  };
}
