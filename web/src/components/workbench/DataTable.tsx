import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../core/i18n';
import { formatNumber } from '../../core/i18n/format';
import type { Network } from '../../core/network/types';
import type { RequestState } from '../../core/request/types';
import { fold } from '../../core/text/fold';
import { type Appearance, COLOUR_BY, type ColourBy } from '../../core/workbench/appearance';
import {
  type AreaMeasures,
  type Measure,
  measureRows,
  ROLES,
  type SortKey,
  searchRows,
  sortRows,
} from '../../core/workbench/measures';
import { download, toCsv } from '../../core/workbench/worklist';
import { StatusMessage } from '../StatusMessage';
import { kindName, sectorName } from './names';

interface DataTableProps {
  network: Network;
  hidden: ReadonlySet<string>;
  measures: RequestState<Measure[]>;
  data: RequestState<AreaMeasures>;
  retry: () => void;
  selectedId: string | null;
  onSelect: (id: string) => void;
  appearance: Appearance;
  onAppearance: (change: Partial<Appearance>) => void;
  /** The colour of each category of the chosen "colour by" (for the legend). */
  legend: ReadonlyArray<{ label: string; colour: string }>;
  fileBase: string;
}

/** A measure's label in the reader's language. */
export function measureLabel(m: Measure, locale: string): string {
  return locale === 'en' ? m.en : m.pl;
}

/**
 * Item 3: the current view's institutions with every measure the server computes (the columns
 * come from the server's measure registry), sortable and searchable; a row click selects the
 * node on the canvas and a canvas selection marks its row. Beside it, the ties, and the canvas
 * appearance (colour by, size by, label size).
 */
export function DataTable(props: DataTableProps) {
  const { network, hidden, measures, data, retry, selectedId, onSelect, appearance, onAppearance, legend } =
    props;
  const { t } = useTranslation();
  const locale = currentLocale();
  const [view, setView] = useState<'nodes' | 'ties'>('nodes');
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean }>({ key: 'degree', ascending: false });
  const bodyRef = useRef<HTMLTableSectionElement>(null);

  const columns = useMemo(() => {
    if (measures.status !== 'success') return [];
    const byId = new Map(measures.data.map((m) => [m.id, m]));
    return [
      ...measures.data.filter((m) => m.nodeMetric),
      ...ROLES.map((r) => byId.get(r)).filter((m): m is Measure => m !== undefined),
    ];
  }, [measures]);
  const community =
    measures.status === 'success' ? measures.data.find((m) => m.id === 'community') : undefined;
  const rows = useMemo(
    () => (data.status === 'success' ? measureRows(network, hidden, data.data) : []),
    [network, hidden, data],
  );
  const shown = useMemo(
    () => sortRows(searchRows(rows, query, fold), sort.key, sort.ascending),
    [rows, query, sort],
  );
  const labels = useMemo(() => new Map(network.nodes.map((n) => [n.id, n.label])), [network]);
  const ties = useMemo(() => {
    const q = fold(query.trim());
    return network.edges
      .filter((e) => !hidden.has(e.id))
      .map((e) => ({ ...e, a: labels.get(e.source) ?? e.source, b: labels.get(e.target) ?? e.target }))
      .filter((e) => q === '' || fold(`${e.a} ${e.b}`).includes(q))
      .sort((x, y) => y.weight - x.weight || x.a.localeCompare(y.a, 'pl'));
  }, [network, hidden, labels, query]);

  // A node selected on the canvas: its row comes into view.
  useEffect(() => {
    if (!selectedId) return;
    bodyRef.current
      ?.querySelector(`tr[data-id="${CSS.escape(selectedId)}"]`)
      ?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  if (measures.status === 'error') return <StatusMessage kind="error" error={measures.error} inline />;
  if (data.status === 'error')
    return <StatusMessage kind="error" error={data.error} onRetry={retry} inline />;
  if (measures.status !== 'success' || data.status !== 'success')
    return <StatusMessage kind="loading" text={t('workbench.loading')} inline />;

  const number = (v: number | null | undefined) =>
    v === null || v === undefined ? '–' : formatNumber(v, locale, { maximumFractionDigits: 3 });
  const header = (key: SortKey, text: string, title?: string, numeric = true) => (
    <th
      scope="col"
      className={numeric ? 'num' : undefined}
      aria-sort={sort.key === key ? (sort.ascending ? 'ascending' : 'descending') : 'none'}
    >
      <button
        type="button"
        className="link-button wb-sort"
        title={title}
        data-sort={key}
        onClick={() => setSort((s) => ({ key, ascending: s.key === key ? !s.ascending : !numeric }))}
      >
        {text}
        {sort.key === key ? (sort.ascending ? ' ▲' : ' ▼') : ''}
      </button>
    </th>
  );
  const exportNodes = () => {
    const table: Array<Array<string | number>> = [
      [
        t('workbench.list.institution'),
        t('workbench.list.kind'),
        t('workbench.list.sector'),
        ...columns.map((c) => measureLabel(c, locale)),
        community ? measureLabel(community, locale) : 'community',
      ],
      ...shown.map((r) => [
        r.label,
        kindName(r.kind),
        sectorName(r.sector),
        ...columns.map((c) => r.values[c.id] ?? ''),
        r.community ?? '',
      ]),
    ];
    download(
      new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' }),
      `${props.fileBase}-${t('workbench.table.fileNodes')}.csv`,
    );
  };
  const exportTies = () => {
    const table: Array<Array<string | number>> = [
      [
        t('workbench.table.a'),
        t('workbench.table.b'),
        t('workbench.table.weight'),
        t('workbench.table.kinds'),
        t('workbench.table.start'),
        t('workbench.table.end'),
      ],
      ...ties.map((e) => [e.a, e.b, e.weight, e.kinds.join('|'), e.start ?? '', e.end ?? '']),
    ];
    download(
      new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' }),
      `${props.fileBase}-${t('workbench.table.fileTies')}.csv`,
    );
  };

  return (
    <div className="wb-data" data-testid="data-table">
      <div className="wb-appearance" data-testid="appearance">
        <label>
          {t('workbench.look.colour')}{' '}
          <select
            value={appearance.colourBy}
            data-testid="colour-by"
            onChange={(e) => onAppearance({ colourBy: e.target.value as ColourBy })}
          >
            {COLOUR_BY.map((c) => (
              <option key={c} value={c}>
                {t(`workbench.colour.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('workbench.look.size')}{' '}
          <select
            value={appearance.sizeBy ?? ''}
            data-testid="size-by"
            onChange={(e) => onAppearance({ sizeBy: e.target.value === '' ? null : e.target.value })}
          >
            <option value="">{t('workbench.look.sizeView')}</option>
            {columns
              .filter((c) => c.nodeMetric)
              .map((c) => (
                <option key={c.id} value={c.id}>
                  {measureLabel(c, locale)}
                </option>
              ))}
          </select>
        </label>
        <label>
          {t('workbench.look.labels')}{' '}
          <input
            type="range"
            min={8}
            max={20}
            step={1}
            value={appearance.labelSize}
            data-testid="label-size"
            onChange={(e) => onAppearance({ labelSize: Number(e.target.value) })}
          />{' '}
          <span>{appearance.labelSize} px</span>
        </label>
        {appearance.colourBy !== 'sector' && (
          <ul className="wb-legend" aria-label={t('workbench.look.legend')} data-testid="colour-legend">
            {legend.map((item) => (
              <li key={item.label}>
                <span className="wb-swatch" style={{ background: item.colour }} aria-hidden="true" />
                {item.label}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="wb-actions">
        <fieldset className="segmented wb-switch">
          <legend className="visually-hidden">{t('workbench.table.what')}</legend>
          <button
            type="button"
            aria-pressed={view === 'nodes'}
            onClick={() => setView('nodes')}
            data-testid="table-nodes"
          >
            {t('workbench.table.nodes', { count: rows.length })}
          </button>
          <button
            type="button"
            aria-pressed={view === 'ties'}
            onClick={() => setView('ties')}
            data-testid="table-ties"
          >
            {t('workbench.table.ties', { count: ties.length })}
          </button>
        </fieldset>
        <label>
          <span className="visually-hidden">{t('workbench.table.search')}</span>
          <input
            type="search"
            placeholder={t('workbench.table.search')}
            value={query}
            data-testid="table-search"
            onChange={(e) => setQuery(e.target.value)}
          />
        </label>
        <button type="button" data-testid="table-csv" onClick={view === 'nodes' ? exportNodes : exportTies}>
          {t('workbench.list.csv')}
        </button>
      </div>
      <p className="muted small">{t('workbench.table.note')}</p>
      <div className="wb-scroll">
        {view === 'nodes' ? (
          <table className="wb-table" data-testid="measures-table">
            <caption className="visually-hidden">{t('workbench.tab.table')}</caption>
            <thead>
              <tr>
                {header('label', t('workbench.list.institution'), undefined, false)}
                {header('sector', t('workbench.list.sector'), undefined, false)}
                {columns.map((c) =>
                  header(c.id, measureLabel(c, locale), locale === 'en' ? c.meaningEn : c.meaningPl),
                )}
                {community &&
                  header(
                    'community',
                    measureLabel(community, locale),
                    locale === 'en' ? community.meaningEn : community.meaningPl,
                  )}
              </tr>
            </thead>
            <tbody ref={bodyRef}>
              {shown.map((row) => (
                <tr key={row.id} data-id={row.id} aria-selected={row.id === selectedId}>
                  <td>
                    <button type="button" className="link-button" onClick={() => onSelect(row.id)}>
                      {row.label}
                    </button>
                  </td>
                  <td>{sectorName(row.sector)}</td>
                  {columns.map((c) => (
                    <td key={c.id} className="num" data-col={c.id}>
                      {number(row.values[c.id])}
                    </td>
                  ))}
                  {community && (
                    <td className="num" data-col="community">
                      {row.community ?? '–'}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <table className="wb-table" data-testid="ties-table">
            <caption className="visually-hidden">{t('workbench.table.tiesCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('workbench.table.a')}</th>
                <th scope="col">{t('workbench.table.b')}</th>
                <th scope="col" className="num">
                  {t('workbench.table.weight')}
                </th>
                <th scope="col">{t('workbench.table.start')}</th>
                <th scope="col">{t('workbench.table.end')}</th>
              </tr>
            </thead>
            <tbody>
              {ties.map((e) => (
                <tr key={e.id} data-id={e.id}>
                  <td>
                    <button type="button" className="link-button" onClick={() => onSelect(e.source)}>
                      {e.a}
                    </button>
                  </td>
                  <td>
                    <button type="button" className="link-button" onClick={() => onSelect(e.target)}>
                      {e.b}
                    </button>
                  </td>
                  <td className="num">{e.weight}</td>
                  <td>{e.start ?? '–'}</td>
                  <td>{e.end ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      <details className="wb-explain" data-testid="measure-explanations">
        <summary>{t('workbench.table.explain')}</summary>
        <dl>
          {(measures.data ?? []).map((m) => (
            <div key={m.id} data-measure={m.id}>
              <dt>{measureLabel(m, locale)}</dt>
              <dd>
                {locale === 'en' ? m.meaningEn : m.meaningPl}{' '}
                <em>{locale === 'en' ? m.whenZeroEn : m.whenZeroPl}</em>
              </dd>
            </div>
          ))}
        </dl>
      </details>
    </div>
  );
}
