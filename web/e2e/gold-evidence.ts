/**
 * The gold extraction names facts but not the sentences that state them (the writer then cites the
 * article title). For the end-to-end test we attach, to each fact, the first sentence of the article
 * that names its parties — what the extractor does — so the details panel shows real evidence.
 */
import type { Extraction } from '@guanxi/schema';

export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[。！？])|\n/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function withEvidence(gold: Extraction, text: string): Extraction {
  const sentences = sentencesOf(text);
  const find = (...terms: (string | null | undefined)[]): string | undefined => {
    const wanted = terms.filter((t): t is string => !!t);
    return (
      sentences.find((s) => wanted.every((t) => s.includes(t))) ??
      sentences.find((s) => s.includes(wanted[0] ?? ''))
    );
  };
  return {
    ...gold,
    persons: gold.persons.map((p) => ({ ...p, evidence: find(p.name) })),
    organizations: gold.organizations.map((o) => ({ ...o, evidence: find(o.name) })),
    positions: gold.positions.map((p) => ({
      ...p,
      evidence: find(p.person, p.title.replace(/^[原前]/, '')),
    })),
    roles: gold.roles.map((r) => ({ ...r, evidence: find(r.person, r.topic) })),
    event_orgs: gold.event_orgs.map((e) => ({ ...e, evidence: find(e.organization) })),
  };
}
