import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tMaybe } from '../core/i18n';
import { searchInstitutions } from './editor-api';
import { useSearch } from './use-search';

/** Searching the survey area's institutions (without Polish letters) to put one on the roster. */
export function RosterAdd({ survey, onAdd }: { survey: string; onAdd: (institution: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState('');
  const search = useCallback((q: string) => searchInstitutions(survey, q), [survey]);
  const { results, problem } = useSearch(query, search, query.trim() !== '');
  return (
    <div className="survey-picker" data-testid="survey-roster-add">
      <label htmlFor={`${id}-search`}>{t('surveys.rosterAdd.label')}</label>
      <input
        id={`${id}-search`}
        type="search"
        className="survey-search"
        placeholder={t('surveys.rosterAdd.placeholder')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        data-testid="survey-roster-search"
      />
      {problem && <p className="survey-error">{problem}</p>}
      {query.trim() && results?.length === 0 && <p className="survey-muted">{t('surveys.rosterAdd.none')}</p>}
      {query.trim() !== '' && (
        <ul className="survey-options">
          {results?.map((i) => (
            <li key={i.id} className="survey-option-row">
              <span>
                {i.name}{' '}
                <span className="survey-muted">
                  {tMaybe(`kind.${i.kind}`, i.kind ?? '')}
                  {i.gminaName && ` · ${i.gminaName}`}
                </span>
              </span>
              {i.rostered ? (
                <span className="survey-muted">{t('surveys.rosterAdd.onRoster')}</span>
              ) : (
                <button
                  type="button"
                  className="survey-link-button"
                  data-testid={`survey-roster-add-${i.id}`}
                  aria-label={t('surveys.rosterAdd.addNamed', { name: i.name })}
                  onClick={() => {
                    setQuery('');
                    onAdd(i.id);
                  }}
                >
                  {t('surveys.rosterAdd.add')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
