/** Colours and shapes per kind, straight from the schema's display hints. */
import { KIND_DISPLAY, NODE_KINDS } from '@guanxi/schema';
import { useApp } from '../app-context';
import { CURATED_EDGE_LOOK } from '../graph/style';
import { kindCaption } from '../i18n';

const DASH = { solid: undefined, dashed: '4 2', dotted: '1.5 2' } as const;

/** A small SVG of each Cytoscape shape we use, so the legend matches the canvas. */
const SHAPE_PATH: Record<string, string> = {
  ellipse: 'M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1z',
  'round-rectangle': 'M4 2h8a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2z',
  rectangle: 'M2 2h12v12H2z',
  diamond: 'M8 1l7 7-7 7-7-7z',
  octagon: 'M5 1h6l4 4v6l-4 4H5l-4-4V5z',
  triangle: 'M8 1l7 14H1z',
  tag: 'M1 3h9l5 5-5 5H1z',
  barrel: 'M3 2h10q2 6 0 12H3q-2-6 0-12z',
};

export function Legend() {
  const { t, lang } = useApp();
  return (
    <section className="panel legend" aria-label={t('legend')}>
      <h2>{t('legend')}</h2>
      <ul>
        {NODE_KINDS.map((kind) => (
          <li key={kind}>
            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
              <path
                d={SHAPE_PATH[KIND_DISPLAY[kind].shape] ?? SHAPE_PATH.ellipse}
                fill={KIND_DISPLAY[kind].color}
              />
            </svg>
            {kindCaption(lang, kind)}
          </li>
        ))}
      </ul>
      <h3>{t('legendCurated')}</h3>
      <ul>
        {Object.entries(CURATED_EDGE_LOOK).map(([status, look]) => (
          <li key={status}>
            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
              <line
                x1="1"
                y1="8"
                x2="15"
                y2="8"
                stroke={look.color}
                strokeWidth="2.5"
                strokeDasharray={DASH[look.line]}
              />
            </svg>
            {t(`status${status as keyof typeof CURATED_EDGE_LOOK}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}
