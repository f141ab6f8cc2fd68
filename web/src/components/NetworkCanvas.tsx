import type { Core } from 'cytoscape';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { networkStyle } from '../core/appearance/style';
import { toElements } from '../core/appearance/utils';
import { t } from '../core/i18n';
import { cytoscape, MAX_FIT_ZOOM, NETWORK_LAYOUT } from '../core/layout';
import type { Network } from '../core/network/types';
import { StatusMessage } from './StatusMessage';

interface NetworkCanvasProps {
  /** The network to draw; null while it loads or after a failure (the canvas is then cleared). */
  network: Network | null;
  selectedId: string | undefined;
  onSelect: (id: string | null) => void;
  /** Overlays (loading, empty, error) drawn above the canvas. */
  children?: ReactNode;
}

interface Drawn {
  network: Network;
  nodes: number;
  edges: number;
}

/**
 * The Cytoscape canvas. Test hooks: data-ready="true" and data-node-count / data-edge-count
 * once the layout of the current network has finished; window.__splotCy is the instance.
 */
export function NetworkCanvas({ network, selectedId, onSelect, children }: NetworkCanvasProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const onSelectRef = useRef(onSelect);
  const [cy, setCy] = useState<Core | null>(null);
  const [drawn, setDrawn] = useState<Drawn | null>(null);

  useEffect(() => {
    onSelectRef.current = onSelect;
  }, [onSelect]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const instance = cytoscape({
      container,
      style: networkStyle,
      minZoom: 0.05,
      maxZoom: 5,
      boxSelectionEnabled: false,
    });
    instance.on('tap', 'node', (event) => onSelectRef.current(event.target.id()));
    instance.on('tap', (event) => {
      if (event.target === instance) onSelectRef.current(null);
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(container);
    window.__splotCy = instance;
    setCy(instance);
    return () => {
      observer.disconnect();
      if (window.__splotCy === instance) window.__splotCy = undefined;
      instance.destroy();
      setCy(null);
    };
  }, []);

  useEffect(() => {
    if (!cy) return;
    cy.elements().remove();
    if (!network) return;
    const graph = toElements(network);
    cy.add(graph.elements);
    const finish = () => setDrawn({ network, nodes: cy.nodes().length, edges: cy.edges().length });
    if (graph.nodeCount === 0) {
      finish();
      return;
    }
    let current = true;
    const layout = cy.layout(NETWORK_LAYOUT);
    layout.one('layoutstop', () => {
      if (!current) return;
      if (cy.zoom() > MAX_FIT_ZOOM) {
        cy.zoom(MAX_FIT_ZOOM);
        cy.center();
      }
      finish();
    });
    layout.run();
    return () => {
      current = false;
      layout.stop();
    };
  }, [cy, network]);

  useEffect(() => {
    if (!cy || !network) return;
    cy.batch(() => {
      cy.$(':selected').unselect();
      if (selectedId !== undefined) cy.getElementById(selectedId).select();
    });
  }, [cy, network, selectedId]);

  const ready = network !== null && drawn?.network === network ? drawn : null;
  const label = network
    ? t('network.canvasLabel', {
        area: network.area.name,
        nodes: ready?.nodes ?? network.nodes.length,
        edges: ready?.edges ?? network.edges.length,
      })
    : t('network.loading');

  return (
    <div className="canvas-wrap">
      <div
        ref={containerRef}
        className="canvas"
        role="img"
        aria-label={label}
        data-testid="network-canvas"
        data-ready={ready ? 'true' : 'false'}
        data-node-count={ready?.nodes}
        data-edge-count={ready?.edges}
        data-teryt={network?.area.teryt}
      />
      {network && !ready && network.nodes.length > 0 && (
        <StatusMessage kind="loading" text={t('network.layout')} />
      )}
      {children}
    </div>
  );
}
