import { describe, expect, it } from 'vitest';
import { decodeView, defaultView, encodeView } from './url-state';

describe('URL state', () => {
  it('round-trips a view', () => {
    const view = { ids: ['per_a1', 'org_b2'], selected: 'per_a1', lang: 'en', layout: 'concentric' } as const;
    const hash = encodeView({ ...view, ids: [...view.ids] });
    expect(hash.startsWith('#')).toBe(true);
    expect(decodeView(hash)).toEqual(view);
  });

  it('encodes the default view as nothing', () => {
    expect(encodeView(defaultView)).toBe('');
    expect(decodeView('')).toEqual(defaultView);
  });

  it('ignores junk from a shared link', () => {
    const v = decodeView('#ids=per_a,<script>,per_a,&sel=%3Cb%3E&lang=fr&layout=nope');
    expect(v).toEqual({ ids: ['per_a'], selected: null, lang: 'zh', layout: 'fcose' });
  });
});
