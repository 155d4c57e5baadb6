/**
 * The article text with recognised entities (its mentions, by name and alias) highlighted; clicking
 * one puts it on the canvas and selects it. Text and names are rendered as text, never as markup.
 */
import { useEffect, useMemo, useState } from 'react';
import { entityToNode, fetchArticle, type ArticleDetails } from '../api/graph-api';
import { useApp } from '../app-context';
import { describeError } from '../errors';
import { articleBody, segmentText, type MentionTarget } from '../graph/highlight';
import { kindCaption } from '../i18n';

type State =
  | { status: 'loading' }
  | { status: 'done'; article: ArticleDetails | null }
  | { status: 'error'; error: unknown };

export function ArticleReader({ id, onClose }: { id: string; onClose(): void }) {
  const { t, lang, addNodes } = useApp();
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    const abort = new AbortController();
    setState({ status: 'loading' });
    fetchArticle(id, { signal: abort.signal })
      .then((article) => setState({ status: 'done', article }))
      .catch((e: unknown) => {
        if ((e as Error).name !== 'AbortError') setState({ status: 'error', error: e });
      });
    return () => abort.abort();
  }, [id]);

  const pickMention = (m: MentionTarget) => void addNodes([entityToNode(m)], m.id);
  const article = state.status === 'done' ? state.article : null;
  const segments = useMemo(
    () => (article ? segmentText(articleBody(article.title, article.text), article.mentions) : []),
    [article],
  );

  return (
    <section className="panel article" aria-label={t('articleReader')} data-testid="article-reader">
      <div className="row">
        <h2>{t('articleReader')}</h2>
        <button type="button" onClick={onClose}>
          {t('closeArticle')}
        </button>
      </div>
      {state.status === 'loading' && <p className="hint">{t('loading')}</p>}
      {state.status === 'error' && (
        <p className="hint error-text" role="alert">
          {describeError(t, state.error)}
        </p>
      )}
      {article && (
        <article>
          <h3>{article.title ?? article.id}</h3>
          {(article.publishedAt || article.url) && (
            <p className="meta">
              {article.publishedAt}{' '}
              {article.url && (
                <a href={article.url} target="_blank" rel="noreferrer noopener">
                  {article.url}
                </a>
              )}
            </p>
          )}
          {article.credits.length > 0 && (
            // Bylines are the article's provenance, not graph facts: shown as written, never as nodes.
            <p className="meta" data-testid="article-credits">
              {t('articleCredits')}:{' '}
              {article.credits
                .map((c) => [c.organization, c.title, c.name].filter(Boolean).join(' '))
                .join('；')}
            </p>
          )}
          <div className="article-text">
            {segments.map((s, i) =>
              s.entity ? (
                <mark
                  key={i}
                  className={`mention kind-${s.entity.kind}`}
                  role="button"
                  tabIndex={0}
                  title={kindCaption(lang, s.entity.kind)}
                  data-entity-id={s.entity.id}
                  onClick={() => pickMention(s.entity)}
                  onKeyDown={(e) => e.key === 'Enter' && pickMention(s.entity)}
                >
                  {s.text}
                </mark>
              ) : (
                <span key={i}>{s.text}</span>
              ),
            )}
          </div>
        </article>
      )}
    </section>
  );
}
