/**
 * Details of the selected node: a person's posts and events, an organization's people, parent and
 * units, an event's participants and organizers — each fact with its evidence sentence and source.
 */
import { useEffect, useState } from 'react';
import { entityToNode, fetchDetails, type NodeDetails } from '../api/graph-api';
import { useApp } from '../app-context';
import { describeError } from '../errors';
import { kindCaption, roleCaption } from '../i18n';
import { EntityLink, EvidenceList, FactSection, PostTitle } from './details-parts';
import { AliasEditor } from './AliasEditor';
import { CurationHistory } from './CurationHistory';
import { FactActions, FactBadge } from './FactActions';
import { MergeForm } from './MergeForm';
import { TieActions, TieList } from './Ties';
import { SplitDialog } from './SplitDialog';
import { UndoButton } from './UndoButton';

type Details<T extends NodeDetails['__typename']> = Extract<NodeDetails, { __typename: T }>;

type State =
  { status: 'loading' } | { status: 'done'; node: NodeDetails | null } | { status: 'error'; error: unknown };

function Person({ node }: { node: Details<'Person'> }) {
  const { t, lang } = useApp();
  return (
    <>
      <FactSection title={t('positions')} testId="positions">
        {node.positions.map((p, i) => (
          <li key={i}>
            <span className="fact">
              <PostTitle title={p.title} caption={p.caption} current={p.current} />
              {p.organization && (
                <>
                  {' @ '}
                  <EntityLink entity={p.organization} />
                </>
              )}
              <span className={p.current ? 'badge current' : 'badge former'}>
                {p.current ? t('current') : t('former')}
              </span>
            </span>
            <FactBadge fact={p} />
            <FactActions
              fact={p}
              correct={{
                type: 'post',
                organization: p.organization?.id ?? null,
                title: p.title,
                current: p.current,
              }}
              organization={p.organization ? entityToNode(p.organization) : null}
            />
            <EvidenceList evidence={p.evidence} />
          </li>
        ))}
      </FactSection>
      <FactSection title={t('events')} testId="events">
        {node.participations.map((e, i) => (
          <li key={i}>
            <span className="fact">
              <EntityLink entity={e.event} /> {e.event.date && <span className="date">{e.event.date}</span>} ·{' '}
              {t('role')}: {roleCaption(lang, e.role)}
              {e.topic && (
                <>
                  {' · '}
                  {t('topic')}: {e.topic}
                </>
              )}
            </span>
            <FactBadge fact={e} />
            <FactActions fact={e} correct={{ type: 'participation', role: e.role, topic: e.topic ?? null }} />
            <EvidenceList evidence={e.evidence} />
          </li>
        ))}
      </FactSection>
    </>
  );
}

function Organization({ node }: { node: Details<'Organization'> }) {
  const { t, lang } = useApp();
  return (
    <>
      {node.parent && (
        <p>
          {t('parent')}: <EntityLink entity={node.parent} />
        </p>
      )}
      {node.units.length > 0 && (
        <p>
          {t('units')}:{' '}
          {node.units.map((u) => (
            <EntityLink key={u.id} entity={u} />
          ))}
        </p>
      )}
      <FactSection title={t('people')} testId="people">
        {node.people.map((h, i) => (
          <li key={`${h.person.id}-${i}`}>
            <span className="fact">
              <EntityLink entity={h.person} /> ·{' '}
              <PostTitle title={h.title} caption={h.caption} current={h.current} />
            </span>
            <FactBadge fact={h} />
            <FactActions
              fact={h}
              correct={{ type: 'post', organization: node.id, title: h.title, current: h.current }}
              organization={{ id: node.id, label: node.name, kind: node.kind }}
            />
            <EvidenceList evidence={h.evidence} />
          </li>
        ))}
      </FactSection>
      <FactSection title={t('events')}>
        {node.organizing.map((e, i) => (
          <li key={i}>
            <span className="fact">
              <EntityLink entity={e.event} /> · {roleCaption(lang, e.role)}
            </span>
            <FactBadge fact={e} />
            <FactActions fact={e} correct={{ type: 'organizing', role: e.role }} />
            <EvidenceList evidence={e.evidence} />
          </li>
        ))}
      </FactSection>
    </>
  );
}

function Event({ node }: { node: Details<'Event'> }) {
  const { t, lang } = useApp();
  return (
    <>
      {node.date && (
        <p>
          {t('date')}: {node.date}
        </p>
      )}
      {node.place && (
        <p>
          {t('place')}: <EntityLink entity={node.place} />
        </p>
      )}
      <FactSection title={t('organizers')}>
        {node.organizers.map((o, i) => (
          <li key={i}>
            <span className="fact">
              <EntityLink entity={o.organization} /> · {roleCaption(lang, o.role)}
            </span>
            <FactBadge fact={o} />
            <FactActions fact={o} correct={{ type: 'organizing', role: o.role }} />
            <EvidenceList evidence={o.evidence} />
          </li>
        ))}
      </FactSection>
      <FactSection title={t('participants')}>
        {node.participants.map((p, i) => (
          <li key={i}>
            <span className="fact">
              <EntityLink entity={p.person} /> · {roleCaption(lang, p.role)}
              {p.topic && ` · ${t('topic')}: ${p.topic}`}
            </span>
            <FactBadge fact={p} />
            <FactActions fact={p} correct={{ type: 'participation', role: p.role, topic: p.topic ?? null }} />
            <EvidenceList evidence={p.evidence} />
          </li>
        ))}
      </FactSection>
    </>
  );
}

function Body({ node }: { node: NodeDetails }) {
  const { t, openArticle } = useApp();
  switch (node.__typename) {
    case 'Person':
      return <Person node={node} />;
    case 'Organization':
      return <Organization node={node} />;
    case 'Event':
      return <Event node={node} />;
    case 'Article':
      return (
        <button type="button" onClick={() => openArticle(node.id)}>
          {t('readArticle')}
        </button>
      );
    default:
      return null;
  }
}

/** The canvas's D key moves focus here. */
export const DETAILS_ID = 'details-panel';

export function DetailsPanel() {
  const { t, lang, model, curationRevision } = useApp();
  const id = model.selected;
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    if (!id) return;
    const abort = new AbortController();
    setState({ status: 'loading' });
    fetchDetails(id, { signal: abort.signal })
      .then((node) => setState({ status: 'done', node }))
      .catch((e: unknown) => {
        if ((e as Error).name !== 'AbortError') setState({ status: 'error', error: e });
      });
    return () => abort.abort();
  }, [id, curationRevision]);

  const graphNode = id ? model.nodes.get(id) : undefined;
  return (
    <section
      className="panel details"
      id={DETAILS_ID}
      tabIndex={-1}
      aria-label={t('details')}
      data-testid="details"
    >
      <h2>{t('details')}</h2>
      <UndoButton />
      {!graphNode ? (
        <p className="hint">{t('nothingSelected')}</p>
      ) : (
        <>
          <h3 className="title">
            {graphNode.label} <span className="kind">{kindCaption(lang, graphNode.kind)}</span>
          </h3>
          <TieActions node={graphNode} />
          <TieList id={graphNode.id} />
          {state.status === 'loading' && <p className="hint">{t('loading')}</p>}
          {state.status === 'error' && (
            <p className="hint error-text" role="alert">
              {describeError(t, state.error)}
            </p>
          )}
          {state.status === 'done' && state.node && 'aliases' in state.node && (
            <AliasEditor id={state.node.id} aliases={state.node.aliases} />
          )}
          {state.status === 'done' && state.node && <Body node={state.node} />}
          {state.status === 'done' && state.node && 'history' in state.node && (
            <CurationHistory history={state.node.history} />
          )}
          {state.status === 'done' && state.node && 'history' in state.node && (
            <MergeForm keepId={state.node.id} />
          )}
          {state.status === 'done' && state.node?.__typename === 'Person' && (
            <SplitDialog person={state.node} />
          )}
        </>
      )}
    </section>
  );
}
