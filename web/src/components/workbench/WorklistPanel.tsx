import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale, tMaybe } from '../../core/i18n';
import { formatNumber } from '../../core/i18n/format';
import type { RequestState } from '../../core/request/types';
import type { AreaMissing } from '../../core/workbench';
import { noCandidateReasons, widerArea } from '../../core/workbench/explain';
import { printTable } from '../../core/workbench/print';
import { download, pairKey, toCsv, toXlsx, worklistTable } from '../../core/workbench/worklist';
import { StatusMessage } from '../StatusMessage';
import { kindName, sectorName } from './names';

interface WorklistPanelProps {
  state: RequestState<AreaMissing>;
  retry: () => void;
  area: { teryt: string; name: string; level: string };
  /** The name of an area by its TERYT code (for the wider circle). */
  areaName: (teryt: string) => string | undefined;
  /** Lights up and zooms to these nodes. */
  onSpotlight: (ids: string[]) => string[];
  /** Moves the view to another area (the next wider circle). */
  onArea: (teryt: string) => void;
}

const PARTS = ['sector', 'pairing', 'commonPartners', 'proximity'] as const;

/** Ticks survive a reload: kept per area in this browser. */
function useTicks(teryt: string): [Set<string>, (key: string) => void] {
  const storageKey = `splot.worklist.${teryt}`;
  const [ticks, setTicks] = useState<Set<string>>(() => new Set());
  useEffect(() => {
    try {
      setTicks(new Set(JSON.parse(localStorage.getItem(storageKey) ?? '[]') as string[]));
    } catch {
      setTicks(new Set());
    }
  }, [storageKey]);
  const toggle = (key: string) =>
    setTicks((old) => {
      const next = new Set(old);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      try {
        localStorage.setItem(storageKey, JSON.stringify([...next]));
      } catch {
        // Storage full or off: the ticks still hold for this page.
      }
      return next;
    });
  return [ticks, toggle];
}

/**
 * Item 2 of the workbench: pairs of the area's institutions whose tie would close a sector gap,
 * best first, with the score's parts and the server's reasons; a worklist to tick, export and
 * print. With no pair, it says why and offers the next wider area.
 */
export function WorklistPanel({ state, retry, area, areaName, onSpotlight, onArea }: WorklistPanelProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [ticks, toggle] = useTicks(area.teryt);
  const candidates = state.status === 'success' ? state.data.missingPartners.candidates : [];
  const table = useMemo(
    () =>
      worklistTable(candidates, ticks, {
        header: [
          '#',
          t('workbench.list.done'),
          t('workbench.list.institution'),
          t('workbench.list.kind'),
          t('workbench.list.sector'),
          t('workbench.list.partner'),
          t('workbench.list.kind'),
          t('workbench.list.sector'),
          t('workbench.list.score'),
          ...PARTS.map((part) => t(`workbench.part.${part}`)),
          t('workbench.list.reasons'),
        ],
        kind: kindName,
        sector: sectorName,
        done: (ticked) => (ticked ? t('workbench.list.yes') : ''),
        reason: (reason) => (locale === 'en' ? reason.en : reason.pl),
      }),
    [candidates, ticks, t, locale],
  );
  if (state.status === 'error')
    return <StatusMessage kind="error" error={state.error} onRetry={retry} inline />;
  if (state.status !== 'success')
    return <StatusMessage kind="loading" text={t('workbench.loading')} inline />;
  const fileBase = `splot-${area.teryt}-${t('workbench.list.file')}`;
  const title = t('workbench.list.printTitle', { area: area.name });
  const wider = widerArea(area.teryt);
  const widerName = wider ? areaName(wider) : undefined;
  const reasons = candidates.length === 0 ? noCandidateReasons(state.data.sectorMatrix) : [];

  return (
    <div className="wb-worklist" data-testid="worklist">
      <p className="wb-lead">{t('workbench.list.lead', { count: candidates.length, area: area.name })}</p>
      {candidates.length === 0 ? (
        <div data-testid="worklist-empty">
          <p>{t('workbench.list.whyTitle')}</p>
          <ul className="wb-sentences">
            {reasons.map((reason) => (
              <li key={`${reason.code}-${'sector' in reason ? reason.sector : ''}`} data-reason={reason.code}>
                {reason.code === 'SECTOR_NOT_SEATED'
                  ? t('workbench.why.SECTOR_NOT_SEATED', {
                      sector: sectorName(reason.sector),
                      area: area.name,
                    })
                  : reason.code === 'ALL_TIED'
                    ? t('workbench.why.ALL_TIED', { count: reason.ties, area: area.name })
                    : t('workbench.why.TOO_FEW', { count: reason.institutions, area: area.name })}
              </li>
            ))}
          </ul>
          {wider ? (
            <button type="button" data-testid="worklist-wider" onClick={() => onArea(wider)}>
              {t('workbench.list.wider', {
                area: widerName
                  ? `${tMaybe(`area.level.${wider.length === 2 ? 'VOIVODESHIP' : 'POWIAT'}`, '')} ${widerName}`.trim()
                  : wider,
              })}
            </button>
          ) : (
            <p className="small">{t('workbench.list.widest')}</p>
          )}
          <p className="muted small">{t('workbench.list.oneInstitution')}</p>
        </div>
      ) : (
        <>
          <div className="wb-actions">
            <button
              type="button"
              data-testid="worklist-csv"
              onClick={() =>
                download(new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' }), `${fileBase}.csv`)
              }
            >
              {t('workbench.list.csv')}
            </button>
            <button
              type="button"
              data-testid="worklist-xlsx"
              onClick={() =>
                void toXlsx(table, t('workbench.list.file')).then((blob) =>
                  download(blob, `${fileBase}.xlsx`),
                )
              }
            >
              {t('workbench.list.xlsx')}
            </button>
            <button type="button" data-testid="worklist-print" onClick={() => printTable(title, table)}>
              {t('workbench.list.print')}
            </button>
            <span className="small muted" aria-live="polite">
              {t('workbench.list.ticked', { count: ticks.size, total: candidates.length })}
            </span>
          </div>
          <div className="wb-scroll">
            <table className="wb-table" data-testid="worklist-table">
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('workbench.list.done')}</th>
                  <th scope="col">{t('workbench.list.pair')}</th>
                  <th scope="col">{t('workbench.list.score')}</th>
                  <th scope="col">{t('workbench.list.reasons')}</th>
                </tr>
              </thead>
              <tbody>
                {candidates.map((c) => {
                  const key = pairKey(c);
                  return (
                    <tr key={key} data-pair={key} className={ticks.has(key) ? 'wb-done' : undefined}>
                      <td>
                        <input
                          type="checkbox"
                          checked={ticks.has(key)}
                          onChange={() => toggle(key)}
                          aria-label={t('workbench.list.tick', {
                            a: c.forInstitution.label,
                            b: c.institution.label,
                          })}
                        />
                      </td>
                      <td>
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => onSpotlight([c.forInstitution.id, c.institution.id])}
                        >
                          {c.forInstitution.label} ↔ {c.institution.label}
                        </button>
                        <div className="muted small">
                          {sectorName(c.forInstitution.sector)} ↔ {sectorName(c.institution.sector)}
                        </div>
                      </td>
                      <td className="num">
                        <strong>{formatNumber(c.score, locale, { maximumFractionDigits: 2 })}</strong>
                        <div className="muted small wb-parts">
                          {PARTS.filter((part) => c.parts[part] > 0)
                            .map(
                              (part) =>
                                `${t(`workbench.part.${part}`)} ${formatNumber(c.parts[part], locale, { maximumFractionDigits: 2 })}`,
                            )
                            .join(' + ')}
                        </div>
                      </td>
                      <td>
                        <ul className="reasons">
                          {c.reasons.map((reason) => (
                            <li key={reason.code} data-reason={reason.code}>
                              {locale === 'en' ? reason.en : reason.pl}
                            </li>
                          ))}
                        </ul>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
