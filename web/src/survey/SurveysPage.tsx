import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveysQuery } from '../api/operations.generated';
import { SignIn } from '../components/auth/SignIn';
import { useAuth } from '../core/auth';
import { createSurvey, listSurveys } from './editor-api';
import { type PartnershipChoice, PartnershipPicker, partnershipArea } from './PartnershipPicker';
import { SurveyDetail } from './SurveyDetail';
import './survey.css';

export type SurveyItem = SurveysQuery['surveys'][number];

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** /ankiety: an editor's surveys of their regions; create one, send links, read and accept results. */
export function SurveysPage() {
  const { t } = useTranslation();
  const auth = useAuth();
  const id = useId();
  const [surveys, setSurveys] = useState<SurveyItem[] | null>(null);
  const [selected, setSelected] = useState<string | null>(() =>
    new URLSearchParams(window.location.search).get('survey'),
  );
  const [problem, setProblem] = useState<string | null>(null);
  const [form, setForm] = useState({ title: '', area: '', opensOn: inDays(0), closesOn: inDays(21) });
  const [partnership, setPartnership] = useState<PartnershipChoice | null>(null);
  const [members, setMembers] = useState<Set<string>>(new Set());
  const [creating, setCreating] = useState(false);
  // What the server would refuse anyway, said before sending: the button stays off until then.
  const missing =
    form.title.trim().length < 3
      ? t('surveys.needTitle')
      : !/^\d{2}(\d{2}(\d{3})?)?$/.test(form.area)
        ? t('surveys.needArea')
        : partnership && members.size < 2
          ? t('surveys.needMembers')
          : null;

  const reload = useCallback(() => {
    listSurveys()
      .then(setSurveys)
      .catch((error: Error) => setProblem(error.message));
  }, []);
  useEffect(() => {
    if (auth.session) reload();
  }, [auth.session, reload]);

  const select = (surveyId: string | null) => {
    setSelected(surveyId);
    const url = new URL(window.location.href);
    if (surveyId) url.searchParams.set('survey', surveyId);
    else url.searchParams.delete('survey');
    window.history.replaceState(null, '', url);
  };

  return (
    <main className="survey-page survey-admin">
      <header className="survey-row" style={{ justifyContent: 'space-between' }}>
        <h1>{t('surveys.title')}</h1>
        <div className="survey-row">
          <a href="/">{t('surveys.toExplorer')}</a>
          <SignIn auth={auth} />
        </div>
      </header>
      {!auth.session && <p>{t('surveys.signInFirst')}</p>}
      {problem && (
        <p role="alert" className="survey-error">
          {problem}
        </p>
      )}
      {auth.session && (
        <>
          <section className="survey-section" aria-labelledby={`${id}-new`}>
            <h2 id={`${id}-new`}>{t('surveys.new')}</h2>
            <form
              className="survey-form"
              onSubmit={(event) => {
                event.preventDefault();
                if (missing || creating) return;
                setProblem(null);
                setCreating(true);
                createSurvey({
                  ...form,
                  ...(partnership ? { partnership: partnership.id, roster: [...members] } : {}),
                })
                  .then((made) => {
                    reload();
                    select(made.id);
                  })
                  .catch((error: Error) => setProblem(error.message))
                  .finally(() => setCreating(false));
              }}
            >
              {(
                [
                  ['title', 'text'],
                  ['area', 'text'],
                  ['opensOn', 'date'],
                  ['closesOn', 'date'],
                ] as const
              ).map(([field, type]) => (
                <div key={field}>
                  <label htmlFor={`${id}-${field}`}>{t(`surveys.field.${field}`)}</label>
                  <input
                    id={`${id}-${field}`}
                    type={type}
                    required
                    value={form[field]}
                    onChange={(e) => setForm({ ...form, [field]: e.target.value })}
                    data-testid={`survey-new-${field}`}
                  />
                </div>
              ))}
              <div className="survey-form-wide">
                <PartnershipPicker
                  choice={partnership}
                  roster={members}
                  onChange={(choice, roster) => {
                    setPartnership(choice);
                    setMembers(roster);
                    const area = choice && partnershipArea(choice);
                    if (area) setForm((f) => ({ ...f, area }));
                  }}
                />
              </div>
              <div className="survey-form-wide survey-row">
                <button
                  type="submit"
                  className="survey-submit"
                  data-testid="survey-create"
                  disabled={missing !== null || creating}
                  aria-describedby={missing ? `${id}-missing` : undefined}
                >
                  {t('surveys.create')}
                </button>
                {missing && (
                  <span className="survey-muted" id={`${id}-missing`} data-testid="survey-create-missing">
                    {missing}
                  </span>
                )}
              </div>
            </form>
            <p className="survey-muted">{t('surveys.rosterHint')}</p>
          </section>
          <section className="survey-section" aria-labelledby={`${id}-list`}>
            <h2 id={`${id}-list`}>{t('surveys.list')}</h2>
            {surveys?.length === 0 && <p className="survey-muted">{t('surveys.none')}</p>}
            <ul>
              {surveys?.map((s) => (
                <li key={s.id}>
                  <button
                    type="button"
                    className="survey-link-button"
                    aria-current={s.id === selected}
                    onClick={() => select(s.id)}
                  >
                    {s.title}
                  </button>{' '}
                  <span className="survey-muted">
                    {s.area.name} ({s.area.teryt}) · {t(`surveys.status.${s.status}`)} · {s.opensOn}–
                    {s.closesOn}
                  </span>
                </li>
              ))}
            </ul>
          </section>
          {selected && auth.session && (
            <SurveyDetail
              key={selected}
              id={selected}
              token={auth.session.token}
              onChanged={reload}
              onDeleted={() => {
                select(null);
                reload();
              }}
            />
          )}
        </>
      )}
    </main>
  );
}
