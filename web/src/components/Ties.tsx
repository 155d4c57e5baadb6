/**
 * The details panel's tie actions — "co-attendees" for a person, "interlocks" for an organization —
 * and the ties of the selected node with the lines that justify them (events, articles, sentences).
 */
import { useState } from 'react';
import { isOrganizationKind } from '@guanxi/schema';
import { fetchCoAppearances, fetchInterlocks, type FoundTies } from '../api/time-api';
import { useApp } from '../app-context';
import { tiesOf } from '../graph/model';
import type { GNode } from '../graph/model';

export function TieActions({ node }: { node: GNode }) {
  const { t, dispatch, reportError } = useApp();
  const [empty, setEmpty] = useState(false);
  const find = (load: (id: string) => Promise<FoundTies>) => async () => {
    try {
      const found = await load(node.id);
      setEmpty(found.ties.length === 0);
      dispatch({ type: 'ties', nodes: found.nodes, ties: found.ties, anchor: node.id });
    } catch (e) {
      reportError(e);
    }
  };
  if (node.kind !== 'person' && !isOrganizationKind(node.kind)) return null;
  return (
    <p className="tie-actions">
      {node.kind === 'person' ? (
        <button type="button" data-testid="co-attendees" onClick={() => void find(fetchCoAppearances)()}>
          {t('coAttendees')}
        </button>
      ) : (
        <button type="button" data-testid="interlocks" onClick={() => void find(fetchInterlocks)()}>
          {t('interlocks')}
        </button>
      )}
      {empty && <span className="hint"> {t('noTies')}</span>}
    </p>
  );
}

export function TieList({ id }: { id: string }) {
  const { t, model, openArticle } = useApp();
  const ties = tiesOf(model, id);
  if (ties.length === 0) return null;
  return (
    <>
      <h3>{t('tiesTitle')}</h3>
      <ul className="facts ties" data-testid="ties">
        {ties.map((tie) => {
          const other = model.nodes.get(tie.source === id ? tie.target : tie.source);
          return (
            <li key={tie.id} data-tie-id={tie.id}>
              <span className="fact">
                {other?.label ?? ''} · {t(tie.kind === 'coAppearance' ? 'tieCoAppearance' : 'tieInterlock')} ·{' '}
                {t('tieWeight', { weight: tie.weight })}
              </span>
              <ul className="evidence" aria-label={t('evidence')}>
                {tie.items.map((item, i) => (
                  <li key={i}>
                    {item.articleId ? (
                      <button
                        type="button"
                        className="article-link"
                        onClick={() => openArticle(item.articleId ?? '')}
                      >
                        {item.text}
                      </button>
                    ) : (
                      item.text
                    )}
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </>
  );
}
