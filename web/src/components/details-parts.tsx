/** Building blocks of the details panel: a link that adds an entity, and a fact's evidence. */
import { entityToNode, type EntityRef, type Evidence } from '../api/graph-api';
import { useApp } from '../app-context';
import { highlight } from '../curation/review';
import { kindCaption } from '../i18n';
import { usefulEvidence } from './evidence';

/** A related entity: clicking puts it on the canvas, connected to what is there. */
export function EntityLink({ entity }: { entity: EntityRef }) {
  const { t, lang, addNodes, model } = useApp();
  const onCanvas = model.nodes.has(entity.id);
  return (
    <button
      type="button"
      className={`entity-link kind-${entity.kind}${onCanvas ? ' on-canvas' : ''}`}
      title={`${kindCaption(lang, entity.kind)} · ${t('addToCanvas')}`}
      data-entity-id={entity.id}
      onClick={() => void addNodes([entityToNode(entity)])}
    >
      {entity.name}
    </button>
  );
}

/** A fact's evidence sentences with their sources; with `terms`, those words are marked in each sentence. */
export function EvidenceList({ evidence: all, terms }: { evidence: Evidence[]; terms?: string[] }) {
  const { t, openArticle } = useApp();
  const evidence = usefulEvidence(all);
  if (evidence.length === 0) return null;
  return (
    <ul className="evidence" aria-label={t('evidence')}>
      {evidence.map((ev, i) => (
        <li key={`${ev.article.id}-${i}`}>
          <blockquote>
            {terms
              ? highlight(ev.sentence, terms).map((seg, j) =>
                  seg.mark ? <mark key={j}>{seg.text}</mark> : seg.text,
                )
              : ev.sentence}
          </blockquote>
          <span className="source">
            {t('source')}:{' '}
            <button type="button" className="article-link" onClick={() => openArticle(ev.article.id)}>
              {ev.article.title ?? ev.article.id}
            </button>
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The server's caption in Chinese (原部长 for a former post); "former 部长" in English. */
export function PostTitle({ title, caption, current }: { title: string; caption: string; current: boolean }) {
  const { t, lang } = useApp();
  if (lang === 'zh') return <>{caption || (current ? title : `${t('formerPrefix')}${title}`)}</>;
  return <>{current ? title : `${t('formerPrefix')} ${title}`}</>;
}

/** A titled list of facts, left out when there are none. */
export function FactSection(props: { title: string; testId?: string; children: React.ReactNode[] }) {
  if (props.children.length === 0) return null;
  return (
    <>
      <h3>{props.title}</h3>
      <ul className="facts" data-testid={props.testId}>
        {props.children}
      </ul>
    </>
  );
}
