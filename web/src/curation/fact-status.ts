/**
 * How a fact's curation state reads in the UI: extracted facts carry no badge; curated ones show
 * their status and the curators behind it.
 */
import type { MessageKey } from '../i18n';

export type FactStatus = 'EXTRACTED' | 'VERIFIED' | 'ASSERTED' | 'CORRECTED';

export interface FactBadge {
  label: Extract<MessageKey, `status${string}`>;
  curators: string;
}

const LABELS = {
  VERIFIED: 'statusVERIFIED',
  ASSERTED: 'statusASSERTED',
  CORRECTED: 'statusCORRECTED',
} as const satisfies Record<Exclude<FactStatus, 'EXTRACTED'>, MessageKey>;

export function factBadge(status: string, curatedBy: readonly string[]): FactBadge | null {
  if (!(status in LABELS)) return null;
  const label = LABELS[status as keyof typeof LABELS];
  return { label, curators: [...new Set(curatedBy)].join('、') };
}

/** Confidence as a percentage, or null for hand input without one. */
export function confidencePercent(confidence: number | null | undefined): string | null {
  return confidence == null ? null : `${Math.round(confidence * 100)}%`;
}
