import type { QuestionSet, SurveyLabel } from '@splot/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../core/i18n';
import type { PartnerAnswer } from './respond-api';

interface Props {
  name: string;
  note?: string;
  questions: QuestionSet;
  answer: PartnerAnswer;
  onChange: (answer: PartnerAnswer) => void;
  onRemove: () => void;
  disabled: boolean;
}

/** The questions about one partner, each a fieldset (a group a screen reader announces). */
export function PartnerQuestions({ name, note, questions, answer, onChange, onRemove, disabled }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const lang = currentLocale();
  const text = (label: SurveyLabel) => label[lang];
  const q = questions.perPartner;
  const thisYear = new Date().getFullYear();
  const scale = (field: 'value' | 'trust') => (
    <fieldset className="survey-question">
      <legend>{text(q[field].question)}</legend>
      <div className="survey-scale">
        {q[field].anchors.map((a) => (
          <label key={a.value} className="survey-choice">
            <input
              type="radio"
              name={`${id}-${field}`}
              checked={answer[field] === a.value}
              disabled={disabled}
              onChange={() => onChange({ ...answer, [field]: a.value })}
            />
            <span>{text(a.label)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
  return (
    <section className="survey-partner" aria-labelledby={`${id}-name`} data-testid="survey-partner">
      <header className="survey-partner-head">
        <h3 id={`${id}-name`}>{name}</h3>
        {note && <span className="survey-note">{note}</span>}
        <button type="button" className="survey-link-button" onClick={onRemove} disabled={disabled}>
          {t('survey.removePartner')}
        </button>
      </header>
      <fieldset className="survey-question">
        <legend>{text(q.kinds.question)}</legend>
        {q.kinds.options.map((o) => (
          <label key={o.code} className="survey-choice">
            <input
              type="checkbox"
              checked={answer.kinds.includes(o.code)}
              disabled={disabled}
              onChange={(e) =>
                onChange({
                  ...answer,
                  kinds: e.target.checked
                    ? [...answer.kinds, o.code]
                    : answer.kinds.filter((k) => k !== o.code),
                })
              }
            />
            <span>{text(o.label)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="survey-question">
        <legend>{text(q.frequency.question)}</legend>
        {q.frequency.options.map((o) => (
          <label key={o.code} className="survey-choice">
            <input
              type="radio"
              name={`${id}-frequency`}
              checked={answer.frequency === o.code}
              disabled={disabled}
              onChange={() => onChange({ ...answer, frequency: o.code })}
            />
            <span>{text(o.label)}</span>
          </label>
        ))}
      </fieldset>
      <div className="survey-question">
        <label htmlFor={`${id}-since`} className="survey-question-label">
          {text(q.since.question)}
        </label>
        <input
          id={`${id}-since`}
          className="survey-year"
          type="number"
          inputMode="numeric"
          min={q.since.min}
          max={thisYear}
          placeholder={String(thisYear - 3)}
          defaultValue={answer.since ?? ''}
          disabled={disabled}
          onBlur={(e) => {
            const year = e.target.value === '' ? null : Number(e.target.value);
            if (year === answer.since) return;
            if (year === null || (Number.isInteger(year) && year >= q.since.min && year <= thisYear)) {
              onChange({ ...answer, since: year });
            } else {
              e.target.setCustomValidity(t('survey.badYear', { min: q.since.min, max: thisYear }));
              e.target.reportValidity();
            }
          }}
          onInput={(e) => e.currentTarget.setCustomValidity('')}
        />
      </div>
      {scale('value')}
      {scale('trust')}
    </section>
  );
}
