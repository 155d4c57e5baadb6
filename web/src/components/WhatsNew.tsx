/** "What's new": the changes feed since a chosen date; an entry puts its person and organization on the canvas. */
import { useState } from 'react';
import { fetchChanges, type Change } from '../api/time-api';
import { entityToNode } from '../api/graph-api';
import { useApp } from '../app-context';
import type { MessageKey } from '../i18n';

const CHANGE_CAPTION: Record<Change['kind'], MessageKey> = {
  new_post: 'changeNEW_POST',
  ended_post: 'changeENDED_POST',
  new_person: 'changeNEW_PERSON',
  new_organization: 'changeNEW_ORGANIZATION',
};

const monthAgo = (now: Date): string => new Date(now.getTime() - 30 * 86_400_000).toISOString().slice(0, 10);

export function WhatsNew() {
  const { t, addNodes, reportError } = useApp();
  const [since, setSince] = useState(() => monthAgo(new Date()));
  const [changes, setChanges] = useState<Change[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  /** The first page for `since`, or with `after` the page after it, appended. */
  const show = async (after: string | null = null) => {
    try {
      const page = await fetchChanges(since, after);
      setChanges((shown) => (after && shown ? [...shown, ...page.changes] : page.changes));
      setNext(page.next);
    } catch (e) {
      reportError(e);
    }
  };
  const open = (c: Change) => {
    const ends = [c.person, c.organization].flatMap((e) => (e ? [entityToNode(e)] : []));
    if (ends[0]) void addNodes(ends, ends[0].id);
  };
  return (
    <section className="panel whats-new" aria-label={t('whatsNew')} data-testid="whats-new">
      <h2>{t('whatsNew')}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void show();
        }}
      >
        <label>
          {t('changesSince')}{' '}
          <input
            type="date"
            value={since}
            required
            onChange={(e) => {
              setSince(e.target.value);
              setNext(null);
            }}
            data-testid="changes-since"
          />
        </label>{' '}
        <button type="submit">{t('showChanges')}</button>
      </form>
      {changes && changes.length === 0 && <p className="hint">{t('noChanges')}</p>}
      {changes && changes.length > 0 && (
        <ul className="changes" data-testid="changes">
          {changes.map((c, i) => (
            <li key={i}>
              <button type="button" className="change" onClick={() => open(c)}>
                <span className="badge">{t(CHANGE_CAPTION[c.kind])}</span>{' '}
                <span className="date">{c.at.value}</span> {c.person?.name ?? ''}
                {c.title ? ` · ${c.title}` : ''}
                {c.organization ? ` @ ${c.organization.name}` : ''}
              </button>
            </li>
          ))}
        </ul>
      )}
      {changes && next && (
        <button type="button" className="more-changes" onClick={() => void show(next)}>
          {t('moreChanges')}
        </button>
      )}
    </section>
  );
}
