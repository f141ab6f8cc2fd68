import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyResultsQuery } from '../api/operations.generated';
import { tMaybe } from '../core/i18n';
import {
  acceptResults,
  addRespondents,
  closeSurvey,
  deleteSurvey,
  downloadLinks,
  downloadResults,
  openSurvey,
  readResults,
  reissueLink,
  removeRespondents,
  resolveProposal,
  revokeLink,
  SURVEY_EXPORTS,
} from './editor-api';
import { ProposalDecision } from './ProposalDecision';
import { RosterAdd } from './RosterAdd';

type Results = NonNullable<SurveyResultsQuery['surveyResults']>;

/**
 * A table that scrolls sideways on a phone rather than widening the page; focusable, so the
 * keyboard can scroll it too.
 */
function Scroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <section className="survey-scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}

const percent = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);

/** One survey: its state, links, roster, results and acceptance into the map. */
export function SurveyDetail({
  id,
  token,
  onChanged,
  onDeleted,
}: {
  id: string;
  token: string;
  onChanged: () => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const [results, setResults] = useState<Results | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [fresh, setFresh] = useState<{ name: string; link: string } | null>(null);

  const reload = useCallback(() => {
    readResults(id)
      .then(setResults)
      .catch((error: Error) => setProblem(error.message));
  }, [id]);
  useEffect(reload, [reload]);

  const act = (work: () => Promise<unknown>, done?: string) => {
    setProblem(null);
    setMessage(null);
    work()
      .then(() => {
        if (done) setMessage(done);
        reload();
        onChanged();
      })
      .catch((error: Error) => setProblem(error.message));
  };

  if (!results) return problem ? <p className="survey-error">{problem}</p> : <p>{t('survey.loading')}</p>;
  const s = results.survey;
  const names = new Map(results.nodes.map((n) => [n.id, n.label]));
  const name = (x: string) => names.get(x) ?? x;
  // The roster changes while the survey is a draft or open, never once closed or accepted.
  const rosterEditable = s.status !== 'CLOSED' && !s.acceptedAt;

  return (
    <section className="survey-section" aria-labelledby="survey-detail-h" data-testid="survey-detail">
      <h2 id="survey-detail-h">{s.title}</h2>
      <p>
        {s.area.name} ({s.area.teryt})
        {s.partnership && ` · ${t('surveys.partnership.covers', { name: s.partnership.name })}`} · {s.opensOn}
        –{s.closesOn} · <strong data-testid="survey-status">{t(`surveys.status.${s.status}`)}</strong>
        {s.acceptedAt && ` · ${t('surveys.acceptedAt', { date: s.acceptedAt.slice(0, 10) })}`}
      </p>
      <div className="survey-row">
        {s.status !== 'OPEN' && !s.acceptedAt && (
          <button
            type="button"
            className="survey-submit"
            data-testid="survey-open"
            onClick={() => act(() => openSurvey(id))}
          >
            {t('surveys.open')}
          </button>
        )}
        {s.status === 'OPEN' && (
          <button
            type="button"
            className="survey-submit"
            data-testid="survey-close"
            onClick={() => act(() => closeSurvey(id))}
          >
            {t('surveys.close')}
          </button>
        )}
        <button
          type="button"
          className="survey-link-button"
          onClick={() => {
            if (window.confirm(t('surveys.deleteConfirm'))) act(() => deleteSurvey(id).then(onDeleted));
          }}
        >
          {t('surveys.delete')}
        </button>
      </div>
      {problem && (
        <p role="alert" className="survey-error">
          {problem}
        </p>
      )}
      {message && <p role="status">{message}</p>}

      {s.status !== 'CLOSED' && (
        <>
          <h3>{t('surveys.links')}</h3>
          <p className="survey-muted">{t('surveys.linksHint')}</p>
          <div className="survey-row">
            {(['csv', 'xlsx'] as const).map((format) => (
              <button
                key={format}
                type="button"
                className="survey-link-button"
                data-testid={`survey-links-${format}`}
                onClick={() => act(() => downloadLinks(id, format, token))}
              >
                {t('surveys.downloadLinks', { format: format.toUpperCase() })}
              </button>
            ))}
          </div>
        </>
      )}

      <h3>{t('surveys.responseRate')}</h3>
      <div className="survey-figures" data-testid="survey-figures">
        <div className="survey-figure">
          <strong data-testid="survey-rate">{percent(results.responseRate)}</strong>
          {t('surveys.answered', { n: results.submitted, of: results.rostered })}
        </div>
        <div className="survey-figure">
          <strong>{results.inProgress}</strong>
          {t('surveys.inProgress')}
        </div>
        <div className="survey-figure">
          <strong data-testid="survey-mutual">{results.mutualPairs}</strong>
          {t('surveys.mutualPairs')}
        </div>
        <div className="survey-figure">
          <strong data-testid="survey-one-sided">{results.oneSidedPairs}</strong>
          {t('surveys.oneSidedPairs')}
        </div>
        <div className="survey-figure">
          <strong>{percent(results.reciprocity)}</strong>
          {t('surveys.reciprocity')}
        </div>
        <div className="survey-figure">
          <strong>{results.density.toFixed(2)}</strong>
          {t('surveys.density', { components: results.components, isolates: results.isolates })}
        </div>
      </div>

      <Scroll label={t('surveys.roster')}>
        <table className="survey-table survey-cards" data-testid="survey-roster">
          <caption className="survey-muted" style={{ textAlign: 'left' }}>
            {t('surveys.roster')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('surveys.col.institution')}</th>
              <th scope="col">{t('surveys.col.response')}</th>
              <th scope="col">{t('surveys.col.partners')}</th>
              <th scope="col">{t('surveys.col.link')}</th>
            </tr>
          </thead>
          <tbody>
            {s.roster.map((r) => (
              <tr key={r.institutionId}>
                <td>{r.name}</td>
                <td data-label={t('surveys.col.response')}>{t(`surveys.response.${r.status}`)}</td>
                <td data-label={t('surveys.col.partners')}>{r.partners}</td>
                <td data-label={t('surveys.col.link')}>
                  {t(`surveys.link.${r.link}`)}
                  {s.status !== 'CLOSED' && (
                    <span className="survey-row">
                      {r.link === 'ACTIVE' && (
                        <button
                          type="button"
                          className="survey-link-button"
                          onClick={() => act(() => revokeLink(id, r.institutionId))}
                        >
                          {t('surveys.revoke')}
                        </button>
                      )}
                      <button
                        type="button"
                        className="survey-link-button"
                        onClick={() =>
                          act(() =>
                            reissueLink(id, r.institutionId, token).then((link) =>
                              setFresh({ name: r.name, link }),
                            ),
                          )
                        }
                      >
                        {t('surveys.reissue')}
                      </button>
                      {rosterEditable && (
                        <button
                          type="button"
                          className="survey-link-button"
                          aria-label={t('surveys.removeNamed', { name: r.name })}
                          data-testid={`survey-remove-${r.institutionId}`}
                          onClick={() => {
                            if (window.confirm(t('surveys.removeConfirm', { name: r.name })))
                              act(
                                () => removeRespondents(id, [r.institutionId]),
                                t('surveys.removed', { name: r.name }),
                              );
                          }}
                        >
                          {t('surveys.remove')}
                        </button>
                      )}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Scroll>
      {rosterEditable && (
        <RosterAdd
          survey={id}
          onAdd={(institution) =>
            act(() =>
              addRespondents(id, [institution]).then(([added]) => {
                if (added) setFresh({ name: added.name, link: added.link });
              }),
            )
          }
        />
      )}
      {fresh && (
        <p role="status" className="survey-fresh" data-testid="survey-fresh-link">
          {t('surveys.newLink', { name: fresh.name })} <code>{fresh.link}</code>
        </p>
      )}

      <h3>{t('surveys.pairs')}</h3>
      <Scroll label={t('surveys.pairs')}>
        <table className="survey-table" data-testid="survey-pairs">
          <thead>
            <tr>
              <th scope="col">{t('surveys.col.pair')}</th>
              <th scope="col">{t('surveys.col.reportedBy')}</th>
              <th scope="col">{t('surveys.col.reciprocity')}</th>
            </tr>
          </thead>
          <tbody>
            {results.pairs.map((p) => (
              <tr key={`${p.a}|${p.b}`}>
                <td>
                  {name(p.a)} – {name(p.b)}
                </td>
                <td>{p.reportedBy.map(name).join(', ')}</td>
                <td>
                  {p.mutual
                    ? t('surveys.mutual')
                    : p.awaiting
                      ? t('surveys.awaiting')
                      : t('surveys.oneSided')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Scroll>

      <h3>{t('surveys.analytics')}</h3>
      <Scroll label={t('surveys.analytics')}>
        <table className="survey-table">
          <thead>
            <tr>
              <th scope="col">{t('surveys.col.institution')}</th>
              <th scope="col">{t('surveys.col.in')}</th>
              <th scope="col">{t('surveys.col.out')}</th>
              <th scope="col">{t('surveys.col.mutual')}</th>
              <th scope="col">{t('surveys.col.value')}</th>
              <th scope="col">{t('surveys.col.trust')}</th>
              <th scope="col">{t('surveys.col.betweenness')}</th>
            </tr>
          </thead>
          <tbody>
            {results.nodes.map((n) => (
              <tr key={n.id}>
                <td>
                  {n.label} <span className="survey-muted">{tMaybe(`kind.${n.kind}`, n.kind ?? '')}</span>
                </td>
                <td>{n.inDegree}</td>
                <td>{n.responded || n.outDegree ? n.outDegree : '—'}</td>
                <td>{n.mutual}</td>
                <td>{n.meanValueIn ?? '—'}</td>
                <td>{n.meanTrustIn ?? '—'}</td>
                <td>{n.betweenness.toFixed(2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Scroll>

      {results.proposals.length > 0 && (
        <>
          <h3>{t('surveys.proposals')}</h3>
          <ul className="survey-proposals">
            {results.proposals.map((p) =>
              p.status === 'PENDING' && !s.acceptedAt ? (
                <ProposalDecision
                  key={p.id}
                  survey={id}
                  proposal={p}
                  onDecide={(decision, institution) =>
                    act(() => resolveProposal(id, p.id, decision, institution ?? null))
                  }
                />
              ) : (
                <li key={p.id} data-testid={`survey-proposal-${p.id}`}>
                  {p.name} ({tMaybe(`kind.${p.kind}`, p.kind)}, {p.gminaName ?? p.gmina}) —{' '}
                  {t('surveys.proposedBy', { name: p.proposedByName })} ·{' '}
                  <strong>{tMaybe(`surveys.proposal.${p.status}`, p.status)}</strong>
                  {p.status === 'ACCEPTED' && p.institutionId && ` → ${name(p.institutionId)}`}
                </li>
              ),
            )}
          </ul>
        </>
      )}
      {results.lacking.length > 0 && (
        <>
          <h3>{t('surveys.lacking')}</h3>
          <ul>
            {results.lacking.map((l) => (
              <li key={l.institutionId}>
                <strong>{l.name}:</strong> {l.text}
              </li>
            ))}
          </ul>
        </>
      )}

      <h3>{t('surveys.export')}</h3>
      <div className="survey-row">
        {SURVEY_EXPORTS.map((format) => (
          <button
            key={format}
            type="button"
            className="survey-link-button"
            onClick={() => act(() => downloadResults(id, format, token))}
          >
            {format}
          </button>
        ))}
      </div>

      <h3>{t('surveys.accept')}</h3>
      <p className="survey-muted">{t('surveys.acceptHint')}</p>
      <div className="survey-row">
        <button
          type="button"
          className="survey-submit"
          data-testid="survey-accept"
          disabled={s.status !== 'CLOSED'}
          onClick={() =>
            act(() =>
              acceptResults(id).then((a) =>
                setMessage(t('surveys.accepted', { ties: a.ties, pairs: a.collaborations })),
              ),
            )
          }
        >
          {t('surveys.acceptButton')}
        </button>
        {s.acceptedAt && (
          <a
            href={`/?area=${s.area.teryt}&ties=REPORTED_MUTUAL,REPORTED_ONE_SIDED`}
            data-testid="survey-to-map"
          >
            {t('surveys.toMap')}
          </a>
        )}
      </div>
    </section>
  );
}
