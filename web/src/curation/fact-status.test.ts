import { describe, expect, it } from 'vitest';
import { confidencePercent, factBadge } from './fact-status';

describe('factBadge', () => {
  it('has no badge for an extracted fact or an unknown status', () => {
    expect(factBadge('EXTRACTED', [])).toBeNull();
    expect(factBadge('SOMETHING_NEW', ['wang'])).toBeNull();
  });

  it('labels curated facts with their curators, each once', () => {
    expect(factBadge('VERIFIED', ['wang', 'li', 'wang'])).toEqual({
      label: 'statusVERIFIED',
      curators: 'wang、li',
    });
    expect(factBadge('CORRECTED', ['li'])).toEqual({ label: 'statusCORRECTED', curators: 'li' });
    expect(factBadge('ASSERTED', [])).toEqual({ label: 'statusASSERTED', curators: '' });
  });
});

describe('confidencePercent', () => {
  it('rounds to whole percents and keeps null', () => {
    expect(confidencePercent(0.734)).toBe('73%');
    expect(confidencePercent(1)).toBe('100%');
    expect(confidencePercent(null)).toBeNull();
  });
});
