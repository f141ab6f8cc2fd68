import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  SurveyInstitutionFieldsFragment,
  SurveyProposalDecision,
  SurveyResultsQuery,
} from '../api/operations.generated';
import { tMaybe } from '../core/i18n';
import { searchInstitutions } from './editor-api';
import { useSearch } from './use-search';

type Proposal = NonNullable<SurveyResultsQuery['surveyResults']>['proposals'][number];

/**
 * One partner a respondent proposed, waiting for the editor: the likely existing institutions of
 * the survey's area (and a search for another) to pick from, or a new institution, or neither.
 */
export function ProposalDecision({
  survey,
  proposal: p,
  onDecide,
}: {
  survey: string;
  proposal: Proposal;
  onDecide: (decision: SurveyProposalDecision, institution?: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [picked, setPicked] = useState<string | null>(p.matches[0]?.id ?? null);
  const [query, setQuery] = useState('');
  const search = useCallback((q: string) => searchInstitutions(survey, q), [survey]);
  const { results } = useSearch(query, search, query.trim() !== '');
  const found = query.trim() ? (results ?? []) : [];
  const options: SurveyInstitutionFieldsFragment[] = [
    ...p.matches,
    ...found.filter((f) => !p.matches.some((m) => m.id === f.id)),
  ];
  return (
    <li className="survey-proposal" data-testid={`survey-proposal-${p.id}`}>
      <p>
        <strong>{p.name}</strong> ({tMaybe(`kind.${p.kind}`, p.kind)}, {p.gminaName ?? p.gmina}) —{' '}
        {t('surveys.proposedBy', { name: p.proposedByName })}
      </p>
      <fieldset className="survey-question">
        <legend>{t('surveys.proposalExisting')}</legend>
        {p.matches.length === 0 && <p className="survey-muted">{t('surveys.proposalNoMatches')}</p>}
        <ul className="survey-options">
          {options.map((m) => (
            <li key={m.id}>
              <label className="survey-choice">
                <input
                  type="radio"
                  name={`${id}-match`}
                  checked={picked === m.id}
                  onChange={() => setPicked(m.id)}
                  data-testid={`survey-match-${m.id}`}
                />
                <span>
                  {m.name}{' '}
                  <span className="survey-muted">
                    {tMaybe(`kind.${m.kind}`, m.kind ?? '')}
                    {m.gminaName && ` · ${m.gminaName}`}
                    {m.rostered && ` · ${t('surveys.rosterAdd.onRoster')}`}
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
        <label htmlFor={`${id}-search`} className="survey-question-label">
          {t('surveys.proposalSearch')}
        </label>
        <input
          id={`${id}-search`}
          type="search"
          className="survey-search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          data-testid="survey-proposal-search"
        />
      </fieldset>
      <div className="survey-row">
        <button
          type="button"
          className="survey-submit"
          disabled={picked === null}
          onClick={() => picked && onDecide('EXISTING', picked)}
          data-testid="survey-proposal-existing"
        >
          {t('surveys.proposalAsExisting')}
        </button>
        <button
          type="button"
          className="survey-link-button"
          onClick={() => onDecide('NEW')}
          data-testid="survey-proposal-new"
        >
          {t('surveys.proposalNew')}
        </button>
        <button
          type="button"
          className="survey-link-button"
          onClick={() => onDecide('REJECT')}
          data-testid="survey-proposal-reject"
        >
          {t('surveys.proposalReject')}
        </button>
      </div>
    </li>
  );
}
