/** The selected entity's curation history (newest first), folded away until asked for. */
import type { Curation } from '../api/curation-api';
import { useApp } from '../app-context';
import { historyLines } from '../curation/history';

export function CurationHistory({ history }: { history: readonly Curation[] }) {
  const { t } = useApp();
  if (history.length === 0) return null;
  return (
    <details className="history" data-testid="history">
      <summary>
        {t('history')} ({history.length})
      </summary>
      <ol>
        {historyLines(history).map((line) => (
          <li key={line.id} className={line.undone ? 'undone' : undefined}>
            <span className="when">{line.when}</span> {line.operation ? t(line.operation) : line.raw} ·{' '}
            {line.curator}
            {line.reason && ` · ${line.reason}`}
          </li>
        ))}
      </ol>
    </details>
  );
}
