import { useTranslation } from 'react-i18next';
import { currentLocale, tMaybe } from '../../core/i18n';
import { formatDate, formatDateRange } from '../../core/i18n/format';
import { type Provenance, type SelectedTie, useTieProvenance } from '../../core/provenance';
import { StatusMessage } from '../StatusMessage';
import { SourceItem } from './SourceItem';

interface TieSourcesProps {
  tie: SelectedTie;
  /** Display names of the line's two ends. */
  ends: [string, string];
  /** No affiliation behind the line cites a source yet. */
  unsourced?: boolean;
  onClose: () => void;
}

/** "11.2010", "by 28.10.2014", "20.06.2017": a start date as precise as its source is. */
function StartDate({ x }: { x: Provenance }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (!x.start) return null;
  const date = formatDate(x.start, locale);
  const text =
    x.datePrecision === 'MONTH'
      ? t('provenance.month', { month: x.start.slice(5, 7), year: x.start.slice(0, 4) })
      : x.datePrecision === 'YEAR'
        ? x.start.slice(0, 4)
        : x.datePrecision === 'NOT_AFTER'
          ? t('provenance.notAfter', { date })
          : x.end
            ? formatDateRange(x.start, x.end, locale)
            : date;
  return <span className="dates">{text}</span>;
}

function Affiliation({ x }: { x: Provenance }) {
  const { t } = useTranslation();
  const role = (r: string | null) =>
    r === null
      ? null
      : x.type === 'PARTNERSHIP'
        ? tMaybe(`memberRole.${r}`, r)
        : tMaybe(`participationRole.${r}`, r);
  return (
    <li className="provenance-item" data-testid="provenance-affiliation" data-id={x.id}>
      <h3>{x.label}</h3>
      <p className="tie-meta">
        <span className="tag">
          {tMaybe(`tieKind.${x.type === 'PARTNERSHIP' ? 'PARTNERSHIP' : (x.kind ?? 'OTHER')}`, x.kind ?? '')}
        </span>
        <StartDate x={x} />
      </p>
      <ul className="members">
        {x.members.map((m) => (
          <li key={m.id}>
            <span>{m.name}</span>
            <span className="muted small">
              {[role(m.role), m.asWritten ? t('provenance.asWritten', { words: m.asWritten }) : null]
                .filter(Boolean)
                .join(' · ')}
            </span>
            {m.identifiedBy && m.identifiedBy.length > 0 && (
              <span className="muted small" data-testid="provenance-identified">
                {t('provenance.identifiedBy')}{' '}
                {m.identifiedBy.map((url, i) => (
                  <a key={url} href={url} target="_blank" rel="noreferrer noopener">
                    [{i + 1}]
                  </a>
                ))}
              </span>
            )}
          </li>
        ))}
      </ul>
      {x.sources.length === 0 ? (
        <p className="muted small" data-testid="provenance-no-source">
          {t('details.noSources')}
        </p>
      ) : (
        <ul className="sources" aria-label={t('details.sources')}>
          {x.sources.map((s) => (
            <SourceItem
              key={s.id}
              source={s}
              quote={s.quote}
              testId="provenance-source"
              quoteTestId="provenance-quote"
            />
          ))}
        </ul>
      )}
    </li>
  );
}

/** The panel for a selected line: the affiliations behind it, each with its sources, quote and date. */
export function TieSources({ tie, ends, unsourced = false, onClose }: TieSourcesProps) {
  const { t } = useTranslation();
  const [state, retry] = useTieProvenance(tie);
  return (
    <section className="panel details" data-testid="tie-sources" aria-labelledby="tie-sources-title">
      <div className="panel-head">
        <h2 id="tie-sources-title">{t('provenance.title')}</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('provenance.close')}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <p className="small">{t('provenance.between', { a: ends[0], b: ends[1] })}</p>
      {unsourced && (
        <p className="unsourced-note small" role="note" data-testid="tie-unsourced">
          {t('provenance.unsourced')}
        </p>
      )}
      {state.status === 'error' ? (
        <StatusMessage kind="error" error={state.error} onRetry={retry} inline />
      ) : state.status !== 'success' ? (
        <StatusMessage kind="loading" text={t('provenance.loading')} inline />
      ) : state.data.length === 0 ? (
        <p className="muted small">{t('provenance.none')}</p>
      ) : (
        <ol className="provenance">
          {state.data.map((x) => (
            <Affiliation key={x.id} x={x} />
          ))}
        </ol>
      )}
    </section>
  );
}
