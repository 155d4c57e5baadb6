/** Show or hide kinds of node and types of relation present on the canvas. */
import { useApp } from '../app-context';
import { presentKinds, presentRelations } from '../graph/model';
import { kindCaption, relationCaption } from '../i18n';

export function Filters() {
  const { t, lang, model, dispatch } = useApp();
  const kinds = presentKinds(model);
  const relations = presentRelations(model);
  if (kinds.length === 0) return null;
  return (
    <section className="panel filters" aria-label={t('filters')}>
      <h2>{t('filters')}</h2>
      <fieldset>
        <legend>{t('kinds')}</legend>
        {kinds.map((kind) => (
          <label key={kind}>
            <input
              type="checkbox"
              checked={!model.hiddenKinds.has(kind)}
              onChange={(e) => dispatch({ type: 'kindHidden', kind, hidden: !e.target.checked })}
            />
            {kindCaption(lang, kind)}
          </label>
        ))}
      </fieldset>
      {relations.length > 0 && (
        <fieldset>
          <legend>{t('relations')}</legend>
          {relations.map((relation) => (
            <label key={relation}>
              <input
                type="checkbox"
                checked={!model.hiddenRelations.has(relation)}
                onChange={(e) => dispatch({ type: 'relationHidden', relation, hidden: !e.target.checked })}
              />
              {relationCaption(lang, relation)}
            </label>
          ))}
        </fieldset>
      )}
    </section>
  );
}
