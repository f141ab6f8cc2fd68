import { today } from '@splot/domain';
import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnalyticsPanel } from '../components/analytics/AnalyticsPanel';
import { AreaPicker } from '../components/area/AreaPicker';
import { AreaProblemMessage } from '../components/area/AreaProblemMessage';
import { AreaSearch } from '../components/area/AreaSearch';
import { SignIn } from '../components/auth/SignIn';
import { NetworkCanvas } from '../components/canvas/NetworkCanvas';
import { TieDetail } from '../components/canvas/TieDetail';
import { ViewOptions } from '../components/canvas/ViewOptions';
import { DetailsPanel } from '../components/details/DetailsPanel';
import { MissingSection } from '../components/details/MissingSection';
import { AddInstitution } from '../components/edit/AddInstitution';
import { AffiliationEditControls } from '../components/edit/AffiliationEditControls';
import { EditControls } from '../components/edit/EditControls';
import { ExportMenu } from '../components/export/ExportMenu';
import { ImportDialog } from '../components/export/ImportDialog';
import { ReportButton } from '../components/export/ReportButton';
import { BoundarySwitch } from '../components/filters/BoundarySwitch';
import { FilterPanel } from '../components/filters/FilterPanel';
import { SourcedSwitch } from '../components/filters/SourcedSwitch';
import { TimeSlider } from '../components/filters/TimeSlider';
import { LanguageSwitch } from '../components/header/LanguageSwitch';
import { PhoneFold } from '../components/header/PhoneFold';
import { Legend } from '../components/Legend';
import { ModeToggle } from '../components/ModeToggle';
import { NodeList } from '../components/NodeList';
import { DataOverview } from '../components/overview/DataOverview';
import { TieSources } from '../components/provenance/TieSources';
import { StatusMessage } from '../components/StatusMessage';
import { InstitutionSearch } from '../components/search/InstitutionSearch';
import { Workbench } from '../components/workbench/Workbench';
import { computeMeasure } from '../core/appearance/measures';
import { sizesFor } from '../core/appearance/utils';
import { useAreas } from '../core/area';
import { COUNTRY_AREA, DEFAULT_TERYT } from '../core/area/types';
import { canEdit, useAuth } from '../core/auth';
import { useEditableAreas } from '../core/editing';
import { applyLocale, currentLocale, tMaybe } from '../core/i18n';
import { formatDate, formatNumber } from '../core/i18n/format';
import { LARGE_GRAPH } from '../core/layout';
import { useMissingPartners } from '../core/missing';
import { suggestionOf } from '../core/missing/utils';
import { useNetwork } from '../core/network';
import { backbone, EDGE_BUDGET } from '../core/network/backbone';
import { isUnsourced, onlySourced, withoutOutside } from '../core/network/utils';
import { edgeBetween, tieOfEdge } from '../core/provenance';
import { COUNTRY_DEFAULT_MAX, useDataSummary } from '../core/summary';
import { endedOn, hiddenOn, timeSteps, yearSpan } from '../core/time/utils';
import { useViewState } from '../core/view';
import { applyChange, serializeViewState } from '../core/view/utils';
import { webglAvailable } from './webgl';

const NOTHING_HIDDEN: ReadonlySet<string> = new Set();

/** The explorer: pick an area (or an institution), filter, look, select; the URL holds it all. */
export function ExplorerView() {
  const [view, change] = useViewState();
  useLayoutEffect(() => applyLocale(view.lang), [view.lang]);
  const { t } = useTranslation();
  const locale = currentLocale();
  const auth = useAuth();
  const editableAreas = useEditableAreas(auth.session);
  // Bumped after every save: the network and the open details are read again.
  const [dataVersion, setDataVersion] = useState(0);
  // What the data holds (the first screen), and so the default area: the whole country while
  // everything fits on one canvas, else the demo powiat. Decided once, so an edit never moves the view.
  const [summary, retrySummary] = useDataSummary(dataVersion);
  const [preferred, setPreferred] = useState<string>();
  useEffect(() => {
    if (preferred !== undefined || summary.status === 'loading' || summary.status === 'idle') return;
    const few = summary.status === 'success' && summary.data.institutions <= COUNTRY_DEFAULT_MAX;
    setPreferred(few ? COUNTRY_AREA.teryt : DEFAULT_TERYT);
  }, [summary, preferred]);
  const { areas, selected: area, problem, retry: retryAreas } = useAreas(view.area, preferred);
  const [request, retryNetwork] = useNetwork(view, area?.teryt, dataVersion);
  const fetched = request.status === 'success' ? request.data : null;
  // The area's partners outside it: drawn, or left out everywhere by one switch.
  const outsideCount = useMemo(() => fetched?.nodes.filter((node) => node.outside).length ?? 0, [fetched]);
  const bounded = useMemo(
    () => (fetched && view.boundary === 'hide' ? withoutOutside(fetched) : fetched),
    [fetched, view.boundary],
  );
  // Ties without a source: drawn dotted, or left out everywhere by "only sourced ties".
  const unsourcedCount = useMemo(() => bounded?.edges.filter(isUnsourced).length ?? 0, [bounded]);
  const network = useMemo(
    () => (bounded && view.sourced === 'only' ? onlySourced(bounded) : bounded),
    [bounded, view.sourced],
  );
  // A selected line (in the URL, like a node) shows its sources while it is drawn.
  const selectedEdge = network?.edges.find((edge) => edge.id === view.edge);
  const tie = network && selectedEdge ? tieOfEdge(selectedEdge, network.nodes) : null;
  const label = (id: string) => network?.nodes.find((n) => n.id === id)?.label ?? id;

  // Derived, never copied: the date hides elements, the measure sizes nodes.
  const steps = useMemo(() => (network ? timeSteps(network.edges) : []), [network]);
  const hidden = useMemo(
    () => (network ? hiddenOn(network, view.asOf) : NOTHING_HIDDEN),
    [network, view.asOf],
  );
  // With no date, every tie of all years is drawn: those not there today as ended.
  const ended = useMemo(() => (network ? endedOn(network, view.asOf) : NOTHING_HIDDEN), [network, view.asOf]);
  const span = useMemo(() => (network ? yearSpan(network.edges) : null), [network]);
  const years = span ? (span.from === span.to ? span.from : `${span.from}–${span.to}`) : '';
  const measure = useMemo(
    () => (network ? computeMeasure(network, view.size, hidden) : null),
    [network, view.size, hidden],
  );
  const size = useMemo(() => sizesFor(measure?.values ?? new Map()), [measure]);
  const selectedNode = network?.nodes.find((node) => node.id === view.node);
  // The open missing-partner list, and the candidate marked from it on the canvas.
  const [missing, retryMissing] = useMissingPartners(
    view.panel === 'missing' ? view.node : null,
    view.asOf,
    view.area,
  );
  const suggestion = useMemo(
    () => suggestionOf(missing, view.node, view.mark),
    [missing, view.node, view.mark],
  );
  const centre = view.focus !== null ? network?.nodes.find((node) => node.id === view.focus) : undefined;
  // Dense areas draw a backbone of the strongest ties; measures, details and exports use them all.
  const drawn = useMemo(() => (network ? backbone(network, view.topTies) : null), [network, view.topTies]);
  const large = (network?.nodes.length ?? 0) > LARGE_GRAPH;
  const webgl = large && webglAvailable();
  const visibleNodes = network ? network.nodes.filter((node) => !hidden.has(node.id)) : [];
  const visibleEdges = network ? network.edges.filter((edge) => !hidden.has(edge.id)).length : 0;

  const saved = useCallback(
    (id: string) => {
      setDataVersion((n) => n + 1);
      change({ node: id });
    },
    [change],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) change({ node: null });
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [change]);

  // What the panels refer to, said plainly: the area; in an ego view, not what the canvas shows.
  const areaLabel = area ? `${area.name} (${tMaybe(`area.level.${area.level}`, area.level)})` : '';
  const ego = view.focus !== null;
  const analyticsScope = ego
    ? t('scope.analyticsEgo', { area: areaLabel, name: centre?.label ?? '…' })
    : t('scope.analyticsArea', { area: areaLabel });
  const analyticsFilter = useMemo(
    () => ({
      sectors: view.sectors,
      kinds: view.kinds,
      tieKinds: view.ties,
      sourcedOnly: view.sourced === 'only',
    }),
    [view.sectors, view.kinds, view.ties, view.sourced],
  );
  // The analytics follow the sector, kind and tie filters: said beside them, named.
  const filterNames = [
    ...view.sectors.map((s) => t(`sector.${s}`)),
    ...view.kinds.map((k) => t(`kind.${k}`)),
    ...view.ties.map((k) => t(`tieKind.${k}`)),
    ...(view.sourced === 'only' ? [t('sourced.filterName')] : []),
  ];
  const analyticsScopeFiltered =
    filterNames.length > 0
      ? `${analyticsScope} ${t('scope.filtered', { filters: filterNames.join(', ') })}`
      : analyticsScope;
  const exportScope = ego
    ? t('scope.exportEgo', { area: areaLabel, name: centre?.label ?? '…' })
    : t(area?.level === 'COUNTRY' ? 'scope.exportCountry' : 'scope.exportArea', { area: areaLabel });

  useEffect(() => {
    const place = centre ? centre.label : (area?.name ?? problem?.code);
    document.title = place ? `${place} — splot` : 'splot';
  }, [centre, area, problem]);

  const overlay =
    areas.status === 'error' ? (
      <StatusMessage kind="error" error={areas.error} onRetry={retryAreas} />
    ) : areas.status !== 'success' ? (
      <StatusMessage kind="loading" text={t('area.loading')} />
    ) : problem && view.focus === null ? (
      <AreaProblemMessage
        problem={problem}
        hrefOf={(teryt) => `?${serializeViewState(applyChange(view, { area: teryt, focus: null }))}`}
        onPick={(teryt) => change({ area: teryt, focus: null })}
      />
    ) : areas.data.length === 0 && view.focus === null ? (
      <StatusMessage kind="empty" text={t('area.empty')} />
    ) : request.status === 'error' ? (
      <StatusMessage kind="error" error={request.error} onRetry={retryNetwork} />
    ) : request.status !== 'success' ? (
      <StatusMessage kind="loading" text={t('network.loading')} />
    ) : request.data.nodes.length === 0 ? (
      <StatusMessage
        kind="empty"
        text={
          view.sectors.length + view.kinds.length + view.ties.length > 0
            ? t('network.emptyFiltered')
            : t('network.empty')
        }
      />
    ) : null;

  return (
    <div className="app">
      <header className="app-header">
        <h1>{t('app.title')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
        <div className="header-search">
          <InstitutionSearch onPick={(id) => change({ focus: id, node: id })} />
        </div>
        <LanguageSwitch value={view.lang} onChange={(lang) => change({ lang })} />
        {canEdit(auth.session) && (
          <a className="header-button" href="/ankiety" data-testid="to-surveys">
            {t('header.surveys')}
          </a>
        )}
        <SignIn auth={auth} />
      </header>
      <PhoneFold
        className="toolbar"
        testId="toolbar"
        summary={t('phone.controls', { area: area ? areaLabel : '…' })}
      >
        <AreaPicker
          areas={areas.status === 'success' ? areas.data : []}
          value={area?.teryt}
          onChange={(teryt) => change({ area: teryt, focus: null })}
          disabled={areas.status !== 'success'}
        />
        <AreaSearch
          areas={areas.status === 'success' ? areas.data : []}
          onPick={(teryt) => change({ area: teryt, focus: null })}
        />
        <ModeToggle value={view.mode} onChange={(mode) => change({ mode })} />
        <ViewOptions view={view} onChange={change} effectiveSize={measure?.measure ?? view.size} />
        {area && (
          <ExportMenu
            view={{
              teryt: area.teryt,
              mode: view.mode,
              asOf: view.asOf,
              sectors: view.sectors,
              kinds: view.kinds,
              tieKinds: view.ties,
              sourcedOnly: view.sourced === 'only',
            }}
            getCy={() => window.__splotCy}
            scope={exportScope}
          />
        )}
        {area && (
          <ReportButton
            view={{
              teryt: area.teryt,
              mode: view.mode,
              asOf: view.asOf,
              sectors: view.sectors,
              kinds: view.kinds,
              tieKinds: view.ties,
              sourcedOnly: view.sourced === 'only',
            }}
            lang={view.lang}
            getCy={() => window.__splotCy}
          />
        )}
        {canEdit(auth.session) && (
          <div className="toolbar-end">
            <AddInstitution
              areas={editableAreas.status === 'success' ? editableAreas.data : []}
              preselect={area?.teryt}
              onSaved={saved}
            />
          </div>
        )}
        <ImportDialog onImported={() => setDataVersion((n) => n + 1)} token={auth.session?.token ?? null} />
      </PhoneFold>
      {view.focus !== null && (
        <div className="ego-banner" role="status" data-testid="ego-banner">
          <p>
            {t('ego.banner', {
              name: centre?.label ?? '…',
              count: view.depth,
            })}
          </p>
          {area && (
            <p className="ego-scope" data-testid="ego-scope">
              {t('ego.scope', { area: areaLabel })}
            </p>
          )}
          <button type="button" data-testid="ego-leave" onClick={() => change({ focus: null })}>
            {t('ego.leave', {
              area: area ? `${area.name} (${tMaybe(`area.level.${area.level}`, area.level)})` : '',
            })}
          </button>
        </div>
      )}
      <main className="workspace">
        <aside className="filter-column" aria-label={t('filters.title')}>
          {!ego && area && area.level !== 'COUNTRY' && fetched && (
            <BoundarySwitch view={view} onChange={change} count={outsideCount} boundary={fetched.boundary} />
          )}
          {fetched && <SourcedSwitch view={view} onChange={change} count={unsourcedCount} />}
          <FilterPanel view={view} onChange={change} />
        </aside>
        <div className="canvas-column">
          <NetworkCanvas
            key={webgl ? 'webgl' : large ? 'large' : 'canvas'}
            network={drawn?.network ?? null}
            grouping={drawn?.grouping}
            hidden={hidden}
            ended={ended}
            size={size}
            layout={view.layout}
            selectedId={view.node ?? view.edge}
            centreId={view.focus}
            large={large}
            webgl={webgl}
            suggestion={suggestion}
            onSelect={(node) => change({ node, edge: null })}
            onSelectEdge={(ends) => change({ edge: edgeBetween(network, ends) })}
          >
            {overlay}
          </NetworkCanvas>
          <div className="canvas-footer">
            {network && (
              <p className="summary" aria-live="polite" data-testid="network-summary">
                {view.asOf !== null
                  ? t('network.summaryOn', {
                      nodes: formatNumber(visibleNodes.length, locale),
                      edges: formatNumber(visibleEdges, locale),
                      date: formatDate(view.asOf, locale),
                    })
                  : span
                    ? t('network.summaryAllYears', {
                        nodes: formatNumber(visibleNodes.length, locale),
                        edges: formatNumber(visibleEdges, locale),
                        years,
                        active: formatNumber(visibleEdges - ended.size, locale),
                        today: formatDate(today(), locale),
                      })
                    : t('network.summary', {
                        nodes: formatNumber(visibleNodes.length, locale),
                        edges: formatNumber(visibleEdges, locale),
                      })}
              </p>
            )}
            {drawn && (drawn.k !== null || drawn.total > EDGE_BUDGET) && (
              <TieDetail
                value={view.topTies}
                drawn={drawn}
                grouped={large && view.layout === 'fcose'}
                locale={locale}
                onChange={(topTies) => change({ topTies })}
              />
            )}
            {network && network.edges.length > 0 && (
              <TimeSlider
                steps={steps}
                years={years}
                asOf={view.asOf}
                onChange={(asOf, replace) => change({ asOf }, { replace })}
              />
            )}
          </div>
          {area && areas.status === 'success' && (
            <Workbench
              area={area}
              areas={areas.data}
              asOf={view.asOf}
              network={network}
              onSelect={(node) => change({ node, edge: null })}
              onFindPartners={(node) => change({ node, edge: null, panel: 'missing' })}
              onArea={(teryt) => change({ area: teryt, focus: null, node: null })}
              hidden={hidden}
              filter={analyticsFilter}
              selectedId={view.node}
            />
          )}
        </div>
        <aside className="sidebar" aria-label={t('details.sidebar')}>
          {/* On a phone, the details are a sheet over the canvas (styles.css, .details-sheet). */}
          <div
            aria-live="polite"
            className={tie || view.node !== null ? 'details-slot details-sheet' : 'details-slot'}
            data-testid="details-slot"
          >
            {tie && view.node === null ? (
              <TieSources
                tie={tie}
                ends={
                  tie.kind === 'institutions'
                    ? [label(tie.a), label(tie.b)]
                    : [label(tie.institution), label(tie.affiliation)]
                }
                unsourced={selectedEdge ? isUnsourced(selectedEdge) : false}
                onClose={() => change({ edge: null })}
              />
            ) : view.node !== null ? (
              <DetailsPanel
                id={view.node}
                node={selectedNode}
                view={view}
                onChange={change}
                version={dataVersion}
                institutionActions={(details) => (
                  <EditControls
                    details={details}
                    session={auth.session}
                    areas={editableAreas.status === 'success' ? editableAreas.data : []}
                    onSaved={saved}
                  />
                )}
                affiliationActions={(details) => (
                  <AffiliationEditControls details={details} session={auth.session} onSaved={saved} />
                )}
                institutionExtras={() => (
                  <MissingSection
                    view={view}
                    onChange={change}
                    state={missing}
                    retry={retryMissing}
                    isDrawn={(id) => network?.nodes.some((n) => n.id === id && !hidden.has(id)) ?? false}
                  />
                )}
              />
            ) : (
              network &&
              network.nodes.length > 0 && (
                <p className="panel hint">
                  {t('details.hint')} {t('provenance.edgeHint')}
                </p>
              )
            )}
          </div>
          {view.node === null && !tie && (
            <DataOverview
              summary={summary}
              retry={retrySummary}
              areas={areas.status === 'success' ? areas.data : []}
              current={area?.teryt}
              hrefOf={(teryt) =>
                `?${serializeViewState(applyChange(view, { area: teryt, focus: null, node: null }))}`
              }
              onPick={(teryt) => change({ area: teryt, focus: null, node: null })}
            />
          )}
          {network && network.nodes.length > 0 && (
            <>
              <Legend
                nodes={visibleNodes}
                measure={measure?.measure ?? 'none'}
                edges={network.edges}
                ended={ended.size}
              />
              <AnalyticsPanel
                teryt={area?.teryt}
                scope={analyticsScopeFiltered}
                asOf={view.asOf}
                filter={analyticsFilter}
                selectedId={view.node ?? undefined}
                onSelect={(node) => change({ node })}
              />
              <NodeList
                nodes={visibleNodes}
                selectedId={view.node ?? undefined}
                onSelect={(node) => change({ node })}
              />
            </>
          )}
        </aside>
      </main>
    </div>
  );
}
