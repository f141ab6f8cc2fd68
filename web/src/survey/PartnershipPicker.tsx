import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyPartnershipsQuery } from '../api/operations.generated';
import { tMaybe } from '../core/i18n';
import { searchPartnerships } from './editor-api';
import { useSearch } from './use-search';

export type PartnershipChoice = SurveyPartnershipsQuery['surveyPartnerships'][number];

/**
 * The area a survey of a partnership covers by default: the first area it covers in the editor's
 * regions, else the smallest TERYT unit (gmina, powiat, voivodeship) holding all its members'
 * seats there; null when the members share none.
 */
export function partnershipArea(choice: PartnershipChoice): string | null {
  const covered = choice.areas[0]?.teryt;
  if (covered) return covered;
  const seats = choice.members.filter((m) => m.inRegion && m.seat).map((m) => m.seat as string);
  if (seats.length === 0) return null;
  for (const length of [7, 4, 2]) {
    const prefix = seats[0]?.slice(0, length) ?? '';
    if (prefix.length === length && seats.every((s) => s.startsWith(prefix))) return prefix;
  }
  return null;
}

/** Picking the partnership a new survey covers; its members (of the editor's regions) become the roster. */
export function PartnershipPicker({
  choice,
  roster,
  onChange,
}: {
  choice: PartnershipChoice | null;
  roster: Set<string>;
  onChange: (choice: PartnershipChoice | null, roster: Set<string>) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState('');
  const { results, problem } = useSearch(query, searchPartnerships, choice === null);

  if (choice) {
    const toggle = (member: string, on: boolean) => {
      const next = new Set(roster);
      if (on) next.add(member);
      else next.delete(member);
      onChange(choice, next);
    };
    return (
      <fieldset className="survey-picker" data-testid="survey-partnership-members">
        <legend>{t('surveys.partnership.members', { name: choice.name })}</legend>
        {choice.members.length === 0 && <p className="survey-muted">{t('surveys.partnership.noMembers')}</p>}
        <ul className="survey-options">
          {choice.members.map((m) => (
            <li key={m.id}>
              <label className="survey-choice">
                <input
                  type="checkbox"
                  checked={roster.has(m.id)}
                  disabled={!m.inRegion}
                  onChange={(e) => toggle(m.id, e.target.checked)}
                  data-testid={`survey-member-${m.id}`}
                />
                <span>
                  {m.name} <span className="survey-muted">{tMaybe(`kind.${m.kind}`, m.kind ?? '')}</span>
                  {!m.inRegion && <span className="survey-note"> · {t('surveys.partnership.outside')}</span>}
                </span>
              </label>
            </li>
          ))}
        </ul>
        <p className="survey-muted">{t('surveys.partnership.picked', { n: roster.size })}</p>
        <button
          type="button"
          className="survey-link-button"
          onClick={() => onChange(null, new Set())}
          data-testid="survey-partnership-clear"
        >
          {t('surveys.partnership.clear')}
        </button>
      </fieldset>
    );
  }
  return (
    <div className="survey-picker">
      <label htmlFor={`${id}-search`}>{t('surveys.partnership.label')}</label>
      <p className="survey-muted" id={`${id}-hint`}>
        {t('surveys.partnership.hint')}
      </p>
      <input
        id={`${id}-search`}
        type="search"
        className="survey-search"
        aria-describedby={`${id}-hint`}
        placeholder={t('surveys.partnership.placeholder')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        data-testid="survey-partnership-search"
      />
      {problem && <p className="survey-error">{problem}</p>}
      {results?.length === 0 && <p className="survey-muted">{t('surveys.partnership.none')}</p>}
      <ul className="survey-options">
        {results?.slice(0, 8).map((p) => (
          <li key={p.id}>
            <button
              type="button"
              className="survey-option"
              data-testid={`survey-partnership-${p.id}`}
              onClick={() => onChange(p, new Set(p.members.filter((m) => m.inRegion).map((m) => m.id)))}
            >
              {p.name}{' '}
              <span className="survey-muted">
                {t('surveys.partnership.count', { n: p.members.length })}
                {p.areas[0] && ` · ${p.areas[0].name}`}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
