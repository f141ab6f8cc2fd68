import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tMaybe } from '../../core/i18n';
import type { RequestState } from '../../core/request/types';
import type { CoverageGaps } from '../../core/workbench';
import { gapsByArea, seatedIn } from '../../core/workbench/gaps';
import { StatusMessage } from '../StatusMessage';
import { kindName, sectorName } from './names';

interface CoverageGapsPanelProps {
  state: RequestState<CoverageGaps>;
  retry: () => void;
  /** Where the drawn institutions are seated (null while unknown). */
  seats: ReadonlyMap<string, string | null> | null;
  /** Lights up and zooms to these nodes; returns those found on the canvas. */
  onSpotlight: (ids: string[]) => string[];
  /** Selects an institution (details) and lights it up. */
  onSelect: (id: string) => void;
  /** Opens an institution's own missing-partner finder (its whole voivodeship). */
  onFindPartners: (id: string) => void;
}

/**
 * Item 1 of the workbench: the kinds of institution expected in the area and below it that the
 * data does not hold, area by area, and the institutions without a partner of another sector,
 * each as a sentence; a click lights them up on the canvas.
 */
export function CoverageGapsPanel(props: CoverageGapsPanelProps) {
  const { state, retry, seats, onSpotlight, onSelect, onFindPartners } = props;
  const { t } = useTranslation();
  // What the last click lit up, said in words (a gmina may have no institution on the map).
  const [lit, setLit] = useState<string | null>(null);
  if (state.status === 'error')
    return <StatusMessage kind="error" error={state.error} onRetry={retry} inline />;
  if (state.status !== 'success')
    return <StatusMessage kind="loading" text={t('workbench.loading')} inline />;
  const groups = gapsByArea(state.data.missingKinds);
  const unbridged = state.data.withoutCrossSectorTie;
  const showArea = (teryt: string, name: string) => {
    const found = seats ? onSpotlight(seatedIn(teryt, seats)) : [];
    setLit(
      found.length > 0
        ? t('workbench.gaps.lit', { count: found.length, area: name })
        : t('workbench.gaps.noneDrawn', { area: name }),
    );
  };
  return (
    <div className="wb-gaps" data-testid="coverage-gaps">
      <p className="wb-lead">
        {t('workbench.gaps.summary', { kinds: state.data.missingKinds.length, areas: groups.length })}{' '}
        {t('workbench.gaps.summaryTies', { count: unbridged.length })}
      </p>
      <p className="muted small">{t('workbench.gaps.note')}</p>
      {lit && (
        <p className="wb-lit" role="status" data-testid="gaps-lit">
          {lit}
        </p>
      )}
      <h3>{t('workbench.gaps.kindsTitle')}</h3>
      {groups.length === 0 ? (
        <p className="small">{t('workbench.gaps.kindsNone')}</p>
      ) : (
        <ul className="wb-gap-areas">
          {groups.map((group) => (
            <li key={group.area.teryt} data-testid="gap-area" data-teryt={group.area.teryt}>
              <button
                type="button"
                className="link-button wb-area-button"
                onClick={() => showArea(group.area.teryt, group.area.name)}
                // Until the seats of the drawn institutions are known a click could light nothing.
                disabled={!seats}
                title={t('workbench.gaps.showArea')}
              >
                {tMaybe(`area.level.${group.area.level}`, group.area.level)} {group.area.name}
              </button>
              <ul className="wb-sentences">
                {group.kinds.map((gap) => (
                  <li key={gap.kind} data-kind={gap.kind} data-expectation={gap.expectation}>
                    {t(
                      gap.expectation === 'REQUIRED' ? 'workbench.gaps.required' : 'workbench.gaps.typical',
                      {
                        kind: kindName(gap.kind),
                      },
                    )}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('workbench.gaps.tiesTitle')}</h3>
      {unbridged.length === 0 ? (
        <p className="small" data-testid="unbridged-none">
          {t('workbench.gaps.tiesNone')}
        </p>
      ) : (
        <ul className="wb-unbridged">
          {unbridged.map((institution) => (
            <li key={institution.id} data-testid="unbridged" data-id={institution.id}>
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  onSelect(institution.id);
                  const found = onSpotlight([institution.id]);
                  setLit(found.length > 0 ? null : t('workbench.gaps.notDrawn', { name: institution.label }));
                }}
              >
                {institution.label}
              </button>{' '}
              <span>
                {institution.partners === 0
                  ? t('workbench.gaps.noPartner')
                  : t('workbench.gaps.sameSector', {
                      count: institution.partners,
                      sector: sectorName(institution.sector),
                    })}
              </span>{' '}
              <button
                type="button"
                className="link-button small"
                onClick={() => onFindPartners(institution.id)}
              >
                {t('workbench.gaps.findPartners')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
