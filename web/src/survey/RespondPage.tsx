import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyLocale, currentLocale, tMaybe } from '../core/i18n';
import { fold } from '../core/text/fold';
import { PartnerQuestions } from './PartnerQuestions';
import { ProposeForm } from './ProposeForm';
import {
  emptyAnswer,
  type PartnerAnswer,
  RespondError,
  type RespondentView,
  respondClient,
  tokenFromHash,
} from './respond-api';
import './survey.css';

type Save =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; at: Date }
  | { state: 'error'; message: string };

/**
 * The page a rostered institution opens from its private link (/ankieta#TOKEN): no account, one
 * column, every answer saved as it is given, changeable until the survey closes.
 */
export function RespondPage() {
  const { t } = useTranslation();
  const token = useMemo(() => tokenFromHash(window.location.hash), []);
  const client = useMemo(() => respondClient(token), [token]);
  const [view, setView] = useState<RespondentView | null>(null);
  const [fatal, setFatal] = useState<string | null>(null);
  const [answers, setAnswers] = useState<PartnerAnswer[]>([]);
  const [lacking, setLacking] = useState('');
  const [save, setSave] = useState<Save>({ state: 'idle' });
  const [submitted, setSubmitted] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const searchId = useId();
  const lackingId = useId();
  const pending = useRef(0);

  useEffect(() => {
    if (!token) {
      setFatal(t('survey.noToken'));
      return;
    }
    client
      .view()
      .then((v) => {
        setView(v);
        setAnswers(v.answers);
        setLacking(v.response.lacking ?? '');
        setSubmitted(v.response.submittedAt);
      })
      .catch((error: unknown) =>
        setFatal(
          error instanceof RespondError && error.status === 401
            ? t('survey.invalidLink')
            : t('survey.loadFailed'),
        ),
      );
  }, [client, token, t]);

  const run = useCallback(
    async (work: () => Promise<unknown>) => {
      pending.current += 1;
      setSave({ state: 'saving' });
      try {
        await work();
        pending.current -= 1;
        if (pending.current === 0) setSave({ state: 'saved', at: new Date() });
        return true;
      } catch (error) {
        pending.current -= 1;
        const message =
          error instanceof RespondError && error.status === 401
            ? t('survey.invalidLink')
            : (error as Error).message;
        setSave({ state: 'error', message });
        return false;
      }
    },
    [t],
  );

  if (fatal) {
    return (
      <main className="survey-page">
        <h1>{t('survey.pageTitle')}</h1>
        <p role="alert" className="survey-error" data-testid="survey-fatal">
          {fatal}
        </p>
      </main>
    );
  }
  if (!view) {
    return (
      <main className="survey-page" aria-busy="true">
        <p>{t('survey.loading')}</p>
      </main>
    );
  }

  const names = new Map<string, { name: string; note?: string }>();
  for (const r of view.roster) names.set(r.id, { name: r.name });
  for (const p of view.proposals) names.set(p.id, { name: p.name, note: t('survey.proposedNote') });
  const picked = new Set(answers.map((a) => a.partner));
  const folded = fold(query.trim());
  const shown = view.roster.filter(
    (r) => folded === '' || fold(`${r.name} ${r.place ?? ''}`).includes(folded),
  );
  const lang = currentLocale();

  const pick = (partner: string, on: boolean) => {
    if (on) {
      const answer = emptyAnswer(partner);
      setAnswers((list) => [...list, answer]);
      void run(() => client.saveAnswer(answer));
    } else {
      setAnswers((list) => list.filter((a) => a.partner !== partner));
      void run(() => client.removeAnswer(partner));
    }
  };
  const change = (answer: PartnerAnswer) => {
    setAnswers((list) => list.map((a) => (a.partner === answer.partner ? answer : a)));
    void run(() => client.saveAnswer(answer));
  };

  return (
    <main className="survey-page" lang={lang}>
      <header className="survey-header">
        <fieldset className="survey-lang">
          <legend className="visually-hidden">{t('survey.language')}</legend>
          {(['pl', 'en'] as const).map((l) => (
            <button key={l} type="button" aria-pressed={lang === l} onClick={() => applyLocale(l)}>
              {l.toUpperCase()}
            </button>
          ))}
        </fieldset>
        <p className="survey-kicker">{view.questions.title[lang]}</p>
        <h1 data-testid="survey-title">{view.survey.title}</h1>
        <p data-testid="survey-institution">
          {t('survey.answeringFor')} <strong>{view.institution.name}</strong>
        </p>
        <p className="survey-muted">
          {t('survey.area', { area: view.area.name })} ·{' '}
          {t('survey.closesOn', { date: view.survey.closesOn })}
        </p>
        <p className="survey-intro">{t('survey.intro')}</p>
      </header>

      <section className="survey-section" aria-labelledby="survey-roster-h">
        <h2 id="survey-roster-h">{t('survey.step1')}</h2>
        <label htmlFor={searchId} className="survey-question-label">
          {t('survey.search')}
        </label>
        <input
          id={searchId}
          type="search"
          className="survey-search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          data-testid="survey-search"
        />
        <ul className="survey-roster" aria-label={t('survey.rosterLabel')}>
          {shown.map((r) => (
            <li key={r.id}>
              <label className="survey-choice">
                <input
                  type="checkbox"
                  checked={picked.has(r.id)}
                  onChange={(e) => pick(r.id, e.target.checked)}
                  data-testid={`survey-pick-${r.id}`}
                />
                <span>
                  {r.name}
                  <span className="survey-muted">
                    {' '}
                    · {tMaybe(`kind.${r.kind}`, r.kind)}
                    {r.place ? ` · ${r.place}` : ''}
                  </span>
                </span>
              </label>
            </li>
          ))}
          {shown.length === 0 && <li className="survey-muted">{t('survey.noMatch')}</li>}
        </ul>
        <ProposeForm
          view={view}
          onProposed={(proposal) => {
            setView({ ...view, proposals: [...view.proposals, proposal] });
            setAnswers((list) => [...list, emptyAnswer(proposal.id)]);
          }}
          client={client}
        />
      </section>

      <section className="survey-section" aria-labelledby="survey-answers-h">
        <h2 id="survey-answers-h">{t('survey.step2')}</h2>
        {answers.length === 0 && <p className="survey-muted">{t('survey.nonePicked')}</p>}
        {answers.map((a) => (
          <PartnerQuestions
            key={a.partner}
            name={names.get(a.partner)?.name ?? a.partner}
            {...(names.get(a.partner)?.note ? { note: names.get(a.partner)?.note } : {})}
            questions={view.questions}
            answer={a}
            onChange={change}
            onRemove={() => pick(a.partner, false)}
            disabled={false}
          />
        ))}
      </section>

      <section className="survey-section" aria-labelledby="survey-lacking-h">
        <h2 id="survey-lacking-h">{t('survey.step3')}</h2>
        <label htmlFor={lackingId} className="survey-question-label">
          {view.questions.lacking.question[lang]}
        </label>
        <textarea
          id={lackingId}
          rows={4}
          maxLength={view.questions.lacking.maxLength}
          value={lacking}
          onChange={(e) => setLacking(e.target.value)}
          onBlur={() => void run(() => client.saveResponse({ lacking }))}
          data-testid="survey-lacking"
        />
      </section>

      <footer className="survey-footer">
        <p className="survey-status" aria-live="polite" data-testid="survey-save-status">
          {save.state === 'saving' && t('survey.saving')}
          {save.state === 'saved' &&
            t('survey.saved', {
              time: save.at.toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit' }),
            })}
          {save.state === 'error' && (
            <span className="survey-error">{t('survey.saveFailed', { message: save.message })}</span>
          )}
        </p>
        <button
          type="button"
          className="survey-submit"
          data-testid="survey-submit"
          onClick={() =>
            void run(() => client.saveResponse({ lacking, submit: true })).then((ok) => {
              if (ok) setSubmitted(new Date().toISOString());
            })
          }
        >
          {submitted ? t('survey.submitAgain') : t('survey.submit')}
        </button>
        {submitted && (
          <p role="status" className="survey-thanks" data-testid="survey-thanks">
            {t('survey.thanks', { date: view.survey.closesOn })}
          </p>
        )}
      </footer>
    </main>
  );
}
