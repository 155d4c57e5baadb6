/**
 * Search with suggestions as you type (debounced; the server matches Chinese names, aliases and
 * pinyin). Keyboard: ↑/↓ move, Enter picks, Escape closes. The ARIA 1.2 combobox pattern: the input
 * says whether its listbox is expanded, and names it in aria-controls only while it is in the page.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { entityToNode, searchEntities, type EntityRef, type Suggestion } from '../api/graph-api';
import { useApp } from '../app-context';
import { describeError } from '../errors';
import { kindCaption } from '../i18n';

const DEBOUNCE_MS = 200;

type State =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'done'; items: Suggestion[] }
  | { status: 'error'; message: string };

export interface SearchBoxProps {
  /** Defaults to putting the entity on the canvas and selecting it. */
  onPick?(entity: EntityRef): void;
  label?: string;
  compact?: boolean;
}

export function SearchBox({ onPick, label, compact }: SearchBoxProps) {
  const { t, lang, addNodes } = useApp();
  const [query, setQuery] = useState('');
  const [state, setState] = useState<State>({ status: 'idle' });
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const tRef = useRef(t);
  tRef.current = t;

  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setState({ status: 'idle' });
      return;
    }
    const abort = new AbortController();
    const timer = setTimeout(() => {
      setState({ status: 'loading' });
      searchEntities(q, { signal: abort.signal })
        .then((items) => {
          setState({ status: 'done', items });
          setActive(0);
        })
        .catch((e: unknown) => {
          if ((e as Error).name !== 'AbortError')
            setState({ status: 'error', message: describeError(tRef.current, e) });
        });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [query]);

  const items = state.status === 'done' ? state.items : [];
  const pick = (entity: EntityRef) => {
    setOpen(false);
    setQuery('');
    if (onPick) onPick(entity);
    else void addNodes([entityToNode(entity)], entity.id);
  };
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && items.length) {
      e.preventDefault();
      setOpen(true);
      setActive((i) => (i + 1) % items.length);
    } else if (e.key === 'ArrowUp' && items.length) {
      e.preventDefault();
      setActive((i) => (i - 1 + items.length) % items.length);
    } else if (e.key === 'Enter') {
      const item = items[active];
      if (item) {
        e.preventDefault();
        pick(item);
      }
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };
  const optionId = (i: number) => `${listId}-opt-${i}`;
  const showList = open && query.trim() !== '' && state.status !== 'idle';
  const listShown = showList && items.length > 0;
  const activeId = listShown && items[active] ? optionId(active) : undefined;

  return (
    <div className={compact ? 'search compact' : 'search'}>
      <input
        type="text"
        role="combobox"
        value={query}
        placeholder={t('searchPlaceholder')}
        aria-label={label ?? t('searchLabel')}
        aria-expanded={listShown}
        aria-controls={listShown ? listId : undefined}
        aria-autocomplete="list"
        aria-activedescendant={activeId}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        // Closed a moment after the box loses focus (a click on a suggestion lands first), unless focus has
        // come back meanwhile: typing into the box right after, say, an undo on the canvas must show suggestions.
        onBlur={(e) => {
          const input = e.currentTarget;
          setTimeout(() => {
            if (document.activeElement !== input) setOpen(false);
          }, 150);
        }}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <div className="suggestions">
          {state.status === 'loading' && <p className="hint">{t('searching')}</p>}
          {state.status === 'error' && (
            <p className="hint error-text" role="alert">
              {state.message}
            </p>
          )}
          {state.status === 'done' && items.length === 0 && (
            <p className="hint">{t('noResults', { query: query.trim() })}</p>
          )}
          {listShown && (
            <ul role="listbox" id={listId} aria-label={label ?? t('searchLabel')}>
              {items.map((item, i) => (
                <li
                  key={item.id}
                  id={optionId(i)}
                  role="option"
                  data-entity-id={item.id}
                  aria-selected={i === active}
                  className={i === active ? 'active' : undefined}
                  onMouseDown={(e) => e.preventDefault()}
                  onMouseEnter={() => setActive(i)}
                  onClick={() => pick(item)}
                >
                  <span className="name">{item.name}</span>
                  <span className="kind">{kindCaption(lang, item.kind)}</span>
                  {item.aliases.length > 0 && <span className="aliases">{item.aliases.join('、')}</span>}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
