/** Canvas commands: layout, fit and zoom, hide/remove/pin the selection, export, share. */
import type { Core } from 'cytoscape';
import { useState } from 'react';
import { useApp } from '../app-context';
import { ZOOM_STEP } from '../graph/keyboard';
import { LAYOUT_NAMES, type LayoutName } from '../graph/layouts';
import { hiddenCount, visibleEdges, visibleNodes } from '../graph/model';
import type { MessageKey } from '../i18n';
import { fitAll, zoomBy } from './cy-view';
import { ExportButtons } from './ExportButtons';

const LAYOUT_CAPTION: Record<LayoutName, MessageKey> = {
  fcose: 'layoutFcose',
  concentric: 'layoutConcentric',
  breadthfirst: 'layoutBreadthfirst',
};

export interface ToolbarProps {
  cy: Core | null;
  layout: LayoutName;
  onLayout(layout: LayoutName): void;
  onRelayout(): void;
}

export function Toolbar({ cy, layout, onLayout, onRelayout }: ToolbarProps) {
  const { t, model, dispatch, record } = useApp();
  const [copied, setCopied] = useState(false);
  const sel = model.selected;
  const selNode = sel ? model.nodes.get(sel) : undefined;
  const zoom = (factor: number) => cy && zoomBy(cy, factor);
  const copyLink = async () => {
    await navigator.clipboard?.writeText(window.location.href).catch(() => undefined);
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  };
  const hidden = hiddenCount(model);
  return (
    <div className="toolbar" role="toolbar">
      <label>
        {t('layout')}{' '}
        <select
          value={layout}
          onChange={(e) => onLayout(e.target.value as LayoutName)}
          aria-label={t('layout')}
        >
          {LAYOUT_NAMES.map((name) => (
            <option key={name} value={name}>
              {t(LAYOUT_CAPTION[name])}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={onRelayout}>
        {t('relayout')}
      </button>
      <button type="button" onClick={() => cy && fitAll(cy)}>
        {t('fit')}
      </button>
      <button type="button" onClick={() => zoom(ZOOM_STEP)} aria-label={t('zoomIn')} title={t('zoomIn')}>
        ＋
      </button>
      <button
        type="button"
        onClick={() => zoom(1 / ZOOM_STEP)}
        aria-label={t('zoomOut')}
        title={t('zoomOut')}
      >
        －
      </button>
      <span className="sep" />
      <button
        type="button"
        disabled={!sel}
        onClick={() => sel && record('hide', { type: 'hide', ids: [sel] }, selNode?.label ?? null)}
      >
        {t('hide')}
      </button>
      <button
        type="button"
        disabled={!sel}
        onClick={() => sel && record('remove', { type: 'remove', ids: [sel] }, selNode?.label ?? null)}
      >
        {t('remove')}
      </button>
      <button
        type="button"
        disabled={!selNode}
        onClick={() => selNode && dispatch({ type: 'pin', ids: [selNode.id], pinned: !selNode.pinned })}
      >
        {selNode?.pinned ? t('unpin') : t('pin')}
      </button>
      <button type="button" disabled={hidden === 0} onClick={() => dispatch({ type: 'showAll' })}>
        {t('showHidden', { count: hidden })}
      </button>
      <button
        type="button"
        disabled={model.nodes.size === 0}
        onClick={() => record('remove', { type: 'clear' }, null)}
      >
        {t('clear')}
      </button>
      <span className="sep" />
      <ExportButtons cy={cy} />
      <button type="button" onClick={() => void copyLink()}>
        {copied ? t('linkCopied') : t('copyLink')}
      </button>
      <span className="stats" data-testid="stats">
        {t('nodesEdges', { nodes: visibleNodes(model).length, edges: visibleEdges(model).length })}
      </span>
    </div>
  );
}
