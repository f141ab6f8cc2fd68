import { type KeyboardEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalyticsFilter } from '../../core/analytics/types';
import type { Area } from '../../core/area/types';
import type { Network } from '../../core/network/types';
import { useRequest } from '../../core/request';
import { useAreaMissing, useCoverageGaps, useSeats, type WorkbenchTab } from '../../core/workbench';
import {
  type Appearance,
  applyAppearance,
  categoryColours,
  DEFAULT_APPEARANCE,
} from '../../core/workbench/appearance';
import { spotlight } from '../../core/workbench/canvas';
import { fetchAreaMeasures, fetchMeasures } from '../../core/workbench/measures';
import { WORKBENCH_TABS } from '../../core/workbench/types';
import { CoverageGapsPanel } from './CoverageGapsPanel';
import { DataTable } from './DataTable';
import { kindName } from './names';
import { WorklistPanel } from './WorklistPanel';
import './workbench.css';

interface WorkbenchProps {
  area: Area;
  areas: readonly Area[];
  asOf: string | null;
  /** The network on screen (its institutions' seats light up a gmina's). */
  network: Network | null;
  onSelect: (id: string) => void;
  onFindPartners: (id: string) => void;
  onArea: (teryt: string) => void;
  /** Elements hidden by the date. */
  hidden: ReadonlySet<string>;
  /** The sector, kind and tie filters on screen (the measures follow them). */
  filter: AnalyticsFilter;
  selectedId: string | null;
}

const NO_ARGS: [] = [];

/**
 * The workbench under the canvas: what is missing in the area (coverage gaps), who should be
 * brought together (the area's missing partners), and the data table. Tabs follow the ARIA
 * tabs pattern (arrow keys move between them).
 */
export function Workbench({
  area,
  areas,
  asOf,
  network,
  onSelect,
  onFindPartners,
  onArea,
  hidden,
  filter,
  selectedId,
}: WorkbenchProps) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<WorkbenchTab | null>(null);
  const tabRefs = useRef(new Map<WorkbenchTab, HTMLButtonElement>());
  const [gaps, retryGaps] = useCoverageGaps(tab === 'gaps' ? area.teryt : null, asOf);
  const [missing, retryMissing] = useAreaMissing(
    tab === 'partners' ? area.teryt : null,
    asOf,
    filter.sourcedOnly,
  );
  const ids = useMemo(
    () =>
      network
        ? network.nodes
            .filter((n) => n.type === 'INSTITUTION')
            .map((n) => n.id)
            .sort()
        : null,
    [network],
  );
  const [seats] = useSeats(tab === 'gaps' ? ids : null);
  const light = useCallback((nodeIds: string[]) => spotlight(window.__splotCy, nodeIds), []);
  const names = useMemo(() => new Map(areas.map((a) => [a.teryt, a.name])), [areas]);

  // The data table and the canvas appearance read the server's measures (one registry).
  const [appearance, setAppearance] = useState<Appearance>(DEFAULT_APPEARANCE);
  const styled =
    appearance.colourBy !== 'sector' ||
    appearance.sizeBy !== null ||
    appearance.labelSize !== DEFAULT_APPEARANCE.labelSize;
  const [measures] = useRequest(fetchMeasures, tab === 'table' ? NO_ARGS : null);
  const [areaMeasures, retryMeasures] = useRequest(
    fetchAreaMeasures,
    tab === 'table' || styled ? [area.teryt, asOf, filter] : null,
  );
  const colours = useMemo(() => {
    if (!network || areaMeasures.status !== 'success') return null;
    const community = new Map(areaMeasures.data.brokers.ranking.map((b) => [b.id, String(b.community + 1)]));
    const categoryOf = (id: string): string | null =>
      appearance.colourBy === 'kind'
        ? (network.nodes.find((n) => n.id === id)?.kind ?? null)
        : appearance.colourBy === 'community'
          ? (community.get(id) ?? null)
          : null;
    const palette = categoryColours(network.nodes.map((n) => categoryOf(n.id)));
    const categories = new Map(network.nodes.map((n) => [n.id, categoryOf(n.id)]));
    return { palette, categories };
  }, [network, areaMeasures, appearance.colourBy]);
  const legend = useMemo(
    () =>
      colours
        ? [...colours.palette.entries()].map(([value, colour]) => ({
            label:
              appearance.colourBy === 'kind'
                ? kindName(value)
                : t('workbench.colour.communityN', { n: value }),
            colour,
          }))
        : [],
    [colours, appearance.colourBy, t],
  );
  useEffect(() => {
    if (!network) return;
    const metrics = areaMeasures.status === 'success' ? areaMeasures.data.nodeMetrics : null;
    const column = metrics?.metrics.find((m) => m.id === appearance.sizeBy);
    const index = new Map(metrics?.ids.map((id, i) => [id, i]) ?? []);
    const frame = requestAnimationFrame(() =>
      applyAppearance(
        window.__splotCy,
        column ? appearance : { ...appearance, sizeBy: null },
        (id) => {
          const category = colours?.categories.get(id);
          return category ? (colours?.palette.get(category) ?? null) : null;
        },
        (id) => {
          const i = index.get(id);
          return i === undefined ? null : (column?.values[i] ?? null);
        },
      ),
    );
    return () => cancelAnimationFrame(frame);
  }, [network, appearance, areaMeasures, colours]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const index = WORKBENCH_TABS.indexOf(tab ?? 'gaps');
    const next = WORKBENCH_TABS[
      (index + (event.key === 'ArrowRight' ? 1 : -1) + WORKBENCH_TABS.length) % WORKBENCH_TABS.length
    ] as WorkbenchTab;
    setTab(next);
    tabRefs.current.get(next)?.focus();
  };

  return (
    <section
      className="workbench"
      aria-label={t('workbench.title')}
      data-testid="workbench"
      data-tab={tab ?? ''}
    >
      <div className="wb-tabbar">
        <div className="wb-tabs" role="tablist" aria-label={t('workbench.title')} onKeyDown={onKeyDown}>
          {WORKBENCH_TABS.map((name) => (
            <button
              key={name}
              ref={(el) => {
                if (el) tabRefs.current.set(name, el);
              }}
              type="button"
              role="tab"
              id={`wb-tab-${name}`}
              aria-selected={tab === name}
              aria-controls={`wb-panel-${name}`}
              tabIndex={tab === name || (tab === null && name === 'gaps') ? 0 : -1}
              data-testid={`wb-tab-${name}`}
              onClick={() => setTab(tab === name ? null : name)}
            >
              {t(`workbench.tab.${name}`)}
            </button>
          ))}
        </div>
        {tab !== null && (
          <button
            type="button"
            className="wb-collapse"
            onClick={() => setTab(null)}
            aria-label={t('workbench.collapse')}
          >
            ▾
          </button>
        )}
      </div>
      {tab !== null && (
        <div className="wb-panel" role="tabpanel" id={`wb-panel-${tab}`} aria-labelledby={`wb-tab-${tab}`}>
          {tab === 'gaps' && (
            <CoverageGapsPanel
              state={gaps}
              retry={retryGaps}
              seats={seats.status === 'success' ? seats.data : null}
              onSpotlight={light}
              onSelect={onSelect}
              onFindPartners={onFindPartners}
            />
          )}
          {tab === 'partners' && (
            <WorklistPanel
              state={missing}
              retry={retryMissing}
              area={area}
              areaName={(teryt) => names.get(teryt)}
              onSpotlight={light}
              onArea={onArea}
            />
          )}
          {tab === 'table' && network && (
            <DataTable
              network={network}
              hidden={hidden}
              measures={measures}
              data={areaMeasures}
              retry={retryMeasures}
              selectedId={selectedId}
              onSelect={onSelect}
              appearance={appearance}
              onAppearance={(change) => setAppearance((old) => ({ ...old, ...change }))}
              legend={legend}
              fileBase={`splot-${area.teryt}`}
            />
          )}
        </div>
      )}
    </section>
  );
}
