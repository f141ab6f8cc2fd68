import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tMaybe } from '../core/i18n';
import type { Proposal, RespondClient, RespondentView } from './respond-api';
import { RespondError } from './respond-api';

interface Props {
  view: RespondentView;
  client: RespondClient;
  onProposed: (proposal: Proposal) => void;
}

/** A partner not on the roster: name, kind, gmina; it waits for the organiser to accept it. */
export function ProposeForm({ view, client, onProposed }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [kind, setKind] = useState('');
  const [gmina, setGmina] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  if (!open) {
    return (
      <button
        type="button"
        className="survey-link-button"
        onClick={() => setOpen(true)}
        data-testid="survey-propose-open"
      >
        {t('survey.proposeOpen')}
      </button>
    );
  }
  return (
    <form
      className="survey-propose"
      aria-labelledby={`${id}-h`}
      onSubmit={(event) => {
        event.preventDefault();
        client
          .propose({ name, kind, gmina })
          .then((proposal) => {
            onProposed(proposal);
            setOpen(false);
            setName('');
            setKind('');
            setGmina('');
            setProblem(null);
          })
          .catch((error: unknown) =>
            setProblem(error instanceof RespondError ? error.message : String(error)),
          );
      }}
    >
      <h3 id={`${id}-h`}>{t('survey.proposeTitle')}</h3>
      <p className="survey-muted">{t('survey.proposeHint')}</p>
      <label htmlFor={`${id}-name`}>{t('survey.proposeName')}</label>
      <input
        id={`${id}-name`}
        required
        minLength={2}
        maxLength={300}
        value={name}
        onChange={(e) => setName(e.target.value)}
      />
      <label htmlFor={`${id}-kind`}>{t('survey.proposeKind')}</label>
      <select id={`${id}-kind`} required value={kind} onChange={(e) => setKind(e.target.value)}>
        <option value="">—</option>
        {view.institutionKinds.map((k) => (
          <option key={k} value={k}>
            {tMaybe(`kind.${k}`, k)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-gmina`}>{t('survey.proposeGmina')}</label>
      <select id={`${id}-gmina`} required value={gmina} onChange={(e) => setGmina(e.target.value)}>
        <option value="">—</option>
        {view.gminas.map((g) => (
          <option key={g.teryt} value={g.teryt}>
            {g.name}
          </option>
        ))}
      </select>
      {problem && (
        <p role="alert" className="survey-error">
          {problem}
        </p>
      )}
      <div className="survey-row">
        <button type="submit" className="survey-submit">
          {t('survey.proposeSend')}
        </button>
        <button type="button" className="survey-link-button" onClick={() => setOpen(false)}>
          {t('survey.cancel')}
        </button>
      </div>
    </form>
  );
}
