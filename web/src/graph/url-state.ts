/**
 * The shareable part of a view, kept in the URL hash (`#ids=per_…,org_…&sel=per_…&lang=en&layout=…`):
 * which entities are on the canvas, which is selected, the language and the layout. Ids are the API's
 * stable ids, so a link survives re-seeding.
 */
import { parseLang, type Lang } from '../i18n';
import { LAYOUT_NAMES, type LayoutName } from './layouts';

export interface ViewState {
  ids: string[];
  selected: string | null;
  lang: Lang;
  layout: LayoutName;
}

export const defaultView: ViewState = { ids: [], selected: null, lang: 'zh', layout: 'fcose' };

/** Ids are `prefix_hex`; anything else in a shared link is ignored rather than sent to the API. */
const ID_PATTERN = /^[A-Za-z0-9_-]{1,128}$/;

export function encodeView(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.ids.length) params.set('ids', view.ids.join(','));
  if (view.selected) params.set('sel', view.selected);
  if (view.lang !== 'zh') params.set('lang', view.lang);
  if (view.layout !== 'fcose') params.set('layout', view.layout);
  const s = params.toString();
  return s ? `#${s}` : '';
}

export function decodeView(hash: string): ViewState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const ids = [...new Set((params.get('ids') ?? '').split(',').filter((id) => ID_PATTERN.test(id)))];
  const sel = params.get('sel');
  const layout = params.get('layout');
  return {
    ids,
    selected: sel && ID_PATTERN.test(sel) ? sel : null,
    lang: parseLang(params.get('lang')),
    layout: (LAYOUT_NAMES as readonly string[]).includes(layout ?? '') ? (layout as LayoutName) : 'fcose',
  };
}
