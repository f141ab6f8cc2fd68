import { useEffect, useState } from 'react';
import { AreaPicker } from '../components/AreaPicker';
import { AnalyticsPanel } from '../components/analytics/AnalyticsPanel';
import { ExportMenu } from '../components/export/ExportMenu';
import { ImportDialog } from '../components/export/ImportDialog';
import { LanguageLink } from '../components/LanguageLink';
import { Legend } from '../components/Legend';
import { ModeToggle } from '../components/ModeToggle';
import { NetworkCanvas } from '../components/NetworkCanvas';
import { NodeDetails } from '../components/NodeDetails';
import { NodeList } from '../components/NodeList';
import { StatusMessage } from '../components/StatusMessage';
import { useAreas } from '../core/area';
import { t } from '../core/i18n';
import { useAreaNetwork } from '../core/network';
import { DEFAULT_MODE, type NetworkMode } from '../core/network/types';
import { useSelection } from '../core/selection';

/** The one page for now: pick an area and a mode, explore its network. */
export function ExplorerView() {
  const { areas, selected: area, select: selectArea, retry: retryAreas } = useAreas();
  const [mode, setMode] = useState<NetworkMode>(DEFAULT_MODE);
  const [request, retryNetwork] = useAreaNetwork(area?.teryt, mode);
  const network = request.status === 'success' ? request.data : null;
  const { selectedNode, select } = useSelection(network?.nodes);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') select(null);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [select]);

  const overlay =
    areas.status === 'error' ? (
      <StatusMessage kind="error" error={areas.error} onRetry={retryAreas} />
    ) : areas.status !== 'success' ? (
      <StatusMessage kind="loading" text={t('area.loading')} />
    ) : areas.data.length === 0 ? (
      <StatusMessage kind="empty" text={t('area.empty')} />
    ) : request.status === 'error' ? (
      <StatusMessage kind="error" error={request.error} onRetry={retryNetwork} />
    ) : request.status !== 'success' ? (
      <StatusMessage kind="loading" text={t('network.loading')} />
    ) : request.data.nodes.length === 0 ? (
      <StatusMessage kind="empty" text={t('network.empty')} />
    ) : null;

  return (
    <div className="app">
      <header className="app-header">
        <h1>{t('app.title')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
        <LanguageLink />
      </header>
      <div className="toolbar">
        <AreaPicker
          areas={areas.status === 'success' ? areas.data : []}
          value={area?.teryt}
          onChange={selectArea}
          placeholder={t(
            areas.status === 'success'
              ? 'area.empty'
              : areas.status === 'error'
                ? 'error.title'
                : 'area.loading',
          )}
        />
        <ModeToggle value={mode} onChange={setMode} />
        {network && (
          <p className="summary" aria-live="polite" data-testid="network-summary">
            {t('network.summary', { nodes: network.nodes.length, edges: network.edges.length })}
          </p>
        )}
        {area && <ExportMenu view={{ teryt: area.teryt, mode }} getCy={() => window.__splotCy} />}
        <ImportDialog onImported={retryNetwork} />
      </div>
      <main className="workspace">
        <NetworkCanvas network={network} selectedId={selectedNode?.id} onSelect={select}>
          {overlay}
        </NetworkCanvas>
        <aside className="sidebar">
          <div aria-live="polite">
            {selectedNode ? (
              <NodeDetails node={selectedNode} onClose={() => select(null)} />
            ) : (
              network && network.nodes.length > 0 && <p className="panel hint">{t('details.hint')}</p>
            )}
          </div>
          {network && network.nodes.length > 0 && (
            <>
              <Legend nodes={network.nodes} />
              <AnalyticsPanel
                teryt={area?.teryt}
                asOf={null}
                selectedId={selectedNode?.id}
                onSelect={select}
              />
              <NodeList nodes={network.nodes} selectedId={selectedNode?.id} onSelect={select} />
            </>
          )}
        </aside>
      </main>
    </div>
  );
}
