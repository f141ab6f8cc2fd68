import { useTranslation } from 'react-i18next';
import { SECTOR_COLORS } from '../../core/appearance/types';
import { currentLocale, tMaybe } from '../../core/i18n';
import { formatNumber } from '../../core/i18n/format';
import type { MissingPartners as Missing } from '../../core/missing';
import { sectorKey } from '../../core/network/utils';
import type { RequestState } from '../../core/request/types';
import { NodeShapeIcon } from '../NodeShapeIcon';
import { StatusMessage } from '../StatusMessage';

interface MissingPartnersProps {
  /** The list, read by the view (which also marks the chosen candidate on the canvas). */
  state: RequestState<Missing>;
  retry: () => void;
  /** The candidate marked on the canvas. */
  marked: string | null;
  /** Whether a candidate is drawn in the current network (else it is shown as a ghost). */
  isDrawn: (id: string) => boolean;
  /** Marks (or, again, unmarks) a candidate on the canvas; the list stays open. */
  onMark: (id: string | null) => void;
  /** Opens a candidate's own details. */
  onOpen: (id: string) => void;
}

/**
 * Who is missing around an institution: the sectors absent or thin among its partners, then
 * candidates ranked by the server's transparent score, each with its reasons in the reader's
 * language (the server words them in Polish and English; the code names the kind of reason).
 */
export function MissingPartners({ state, retry, marked, isDrawn, onMark, onOpen }: MissingPartnersProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (state.status === 'error')
    return <StatusMessage kind="error" error={state.error} onRetry={retry} inline />;
  if (state.status !== 'success') return <StatusMessage kind="loading" text={t('missing.loading')} inline />;
  const gaps = (state.data.gaps?.sectors ?? []).filter((gap) => !gap.own && gap.status !== 'PRESENT');
  const candidates = state.data.candidates;
  return (
    <div className="missing" data-testid="missing-partners">
      {gaps.length > 0 && (
        <>
          <h4>{t('missing.gaps')}</h4>
          <ul className="gaps">
            {gaps.map((gap) => (
              <li key={gap.sector} data-testid="missing-gap">
                <NodeShapeIcon shape="ellipse" fill={SECTOR_COLORS[sectorKey(gap.sector)]} />
                {t(`sector.${sectorKey(gap.sector)}`)}: {t(`gap.${gap.status}`)}
              </li>
            ))}
          </ul>
        </>
      )}
      <h4>{t('missing.candidates')}</h4>
      {candidates.length === 0 ? (
        <p className="muted small">{t('missing.none')}</p>
      ) : (
        <ol className="candidates">
          {candidates.map((candidate) => (
            <li
              key={candidate.institution.id}
              data-testid="missing-candidate"
              data-id={candidate.institution.id}
              className={candidate.institution.id === marked ? 'marked' : undefined}
            >
              <div className="candidate-head">
                <button
                  type="button"
                  className="link-button"
                  aria-pressed={candidate.institution.id === marked}
                  title={t('missing.markHint')}
                  onClick={() =>
                    onMark(candidate.institution.id === marked ? null : candidate.institution.id)
                  }
                >
                  {candidate.institution.label}
                </button>
                <span className="score" title={t('missing.score')}>
                  {formatNumber(candidate.score, locale, { maximumFractionDigits: 1 })}
                </span>
              </div>
              {candidate.institution.id === marked && (
                <p className="candidate-marked small" data-testid="candidate-marked">
                  {isDrawn(candidate.institution.id) ? t('missing.markedDrawn') : t('missing.markedGhost')}{' '}
                  <button
                    type="button"
                    className="link-button"
                    data-testid="candidate-open"
                    onClick={() => onOpen(candidate.institution.id)}
                  >
                    {t('missing.open')}
                  </button>
                </p>
              )}
              <p className="muted small">
                {[
                  candidate.institution.kind
                    ? tMaybe(`kind.${candidate.institution.kind}`, candidate.institution.kind)
                    : null,
                  t(`sector.${sectorKey(candidate.institution.sector)}`),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              <ul className="reasons">
                {candidate.reasons.map((reason) => (
                  <li key={reason.code} data-reason={reason.code}>
                    <span className="tag">{t(`reason.${reason.code}`)}</span>{' '}
                    {locale === 'en' ? reason.en : reason.pl}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
