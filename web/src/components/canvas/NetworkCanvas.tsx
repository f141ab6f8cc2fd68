import type { Core, EventObject, NodeSingular } from 'cytoscape';
import { type ReactNode, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fitLabels, keepLabelsReadable } from '../../core/appearance/readable-labels';
import { largeNetworkStyle, networkStyle } from '../../core/appearance/style';
import { labelledOnLarge, toElements } from '../../core/appearance/utils';
import { cytoscape, layoutOptions, MAX_FIT_ZOOM } from '../../core/layout';
import { clusteredLayout, fitViewport } from '../../core/layout/clustered';
import type { Suggestion } from '../../core/missing/utils';
import type { Network, NetworkEdge } from '../../core/network/types';
import type { LayoutName } from '../../core/view/types';
import { StatusMessage } from '../StatusMessage';
import { showSuggestion } from './suggestion';
import { ZoomControls } from './ZoomControls';

interface NetworkCanvasProps {
  /** The network to draw; null while it loads or after a failure (the canvas is then cleared). */
  network: Network | null;
  /** Ids of elements not there on the chosen date (hidden, not removed: the layout stays put). */
  hidden: ReadonlySet<string>;
  /** Ids of ties drawn as ended (the all-years view: not there today); default none. */
  ended?: ReadonlySet<string>;
  /**
   * The ties the clustered layout of a large graph groups by (Backbone.grouping); default: the
   * drawn ones.
   */
  grouping?: readonly NetworkEdge[];
  /** Node diameter per id (the chosen measure). */
  size: (id: string) => number;
  layout: LayoutName;
  selectedId: string | null;
  /** The centre of an ego network, drawn with a double border. */
  centreId: string | null;
  onSelect: (id: string | null) => void;
  /** A tapped line (its two ends), for the sources panel; absent: lines are not selectable. */
  onSelectEdge?: (edge: { source: string; target: string }) => void;
  /** A suggested partner to mark (missing partners), drawn as a ghost when not in the network. */
  suggestion?: Suggestion | null;
  /**
   * More than LARGE_GRAPH nodes: clustered layout, few labels, no fading on hover, edges hidden
   * while panning. Decided by the parent, which remounts the canvas to switch.
   */
  large: boolean;
  /** WebGL rendering (large graphs, hardware WebGL only; the parent remounts to switch). */
  webgl: boolean;
  /** Overlays (loading, empty, error) drawn above the canvas. */
  children?: ReactNode;
}

const NONE: ReadonlySet<string> = new Set();

interface Drawn {
  network: Network;
  layout: LayoutName;
}

/**
 * Highlights a node and its neighbours, fading the rest (on large graphs only the neighbours
 * change: restyling every element on each hover would stall the pointer); nothing when null.
 */
function highlight(cy: Core, node: NodeSingular | null, large: boolean) {
  cy.batch(() => {
    if (large) cy.elements('.highlight').removeClass('highlight');
    else cy.elements().removeClass('faded highlight');
    if (!node) return;
    const around = node.closedNeighborhood();
    if (!large) cy.elements().not(around).addClass('faded');
    around.addClass('highlight');
  });
}

/**
 * The Cytoscape canvas. Test hooks: data-ready="true" and data-node-count / data-edge-count
 * (what is visible) once the layout of the current network has finished; window.__splotCy is
 * the instance.
 */
export function NetworkCanvas(props: NetworkCanvasProps) {
  const { network, grouping, hidden, size, layout, selectedId, centreId, large, webgl, children } = props;
  const ended = props.ended ?? NONE;
  const { t } = useTranslation();
  const containerRef = useRef<HTMLDivElement>(null);
  const onSelectRef = useRef(props.onSelect);
  const onSelectEdgeRef = useRef(props.onSelectEdge);
  const [cy, setCy] = useState<Core | null>(null);
  const [drawn, setDrawn] = useState<Drawn | null>(null);
  const [counts, setCounts] = useState({ nodes: 0, edges: 0 });
  // The sizes the elements were built with, so the sizes effect does not redo them at once.
  const sizeRef = useRef(size);
  const appliedSize = useRef<((id: string) => number) | null>(null);
  // Large graphs: the clustered layout, placed when the elements are added (placedRef says the
  // nodes still stand there, so the default layout has nothing left to run).
  const clustered = useMemo(
    () => (network && large ? clusteredLayout(network, grouping ?? network.edges) : null),
    [network, grouping, large],
  );
  const placedRef = useRef(false);
  // Large graphs set up Cytoscape in layout effects: the elements, the fit and data-ready all land
  // in the same task, before the browser's next frame, so Cytoscape's first (seconds-long) frame is
  // the finished picture. With passive effects it drew the elements first and redrew after the
  // state updates (one more full frame on 10,000 nodes). `large` never changes for one mounted
  // canvas (the parent remounts to switch), so the hooks below are the same on every render.
  // Ordinary graphs keep passive effects, so "laying out" is painted while fcose runs.
  const useCanvasEffect = large ? useLayoutEffect : useEffect;

  useEffect(() => {
    onSelectRef.current = props.onSelect;
    onSelectEdgeRef.current = props.onSelectEdge;
  }, [props.onSelect, props.onSelectEdge]);

  useCanvasEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const instance = cytoscape({
      container,
      style: large ? largeNetworkStyle : networkStyle,
      minZoom: 0.05,
      maxZoom: 5,
      boxSelectionEnabled: false,
      // Big graphs: edges skipped while panning and zooming; WebGL where the GPU does the work.
      ...(large ? { hideEdgesOnViewport: true } : {}),
      ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
    } as cytoscape.CytoscapeOptions);
    instance.on('tap', 'node', (event: EventObject) => onSelectRef.current(event.target.id()));
    instance.on('tap', 'edge', (event: EventObject) =>
      onSelectEdgeRef.current?.({ source: event.target.data('source'), target: event.target.data('target') }),
    );
    instance.on('tap', (event: EventObject) => {
      if (event.target === instance) onSelectRef.current(null);
    });
    instance.on('mouseover', 'node', (event: EventObject) => highlight(instance, event.target, large));
    instance.on('mouseout', 'node', () => highlight(instance, null, large));
    // Leaving the canvas straight from a node fires no mouseout: the highlight would stay.
    container.addEventListener('mouseleave', () => highlight(instance, null, large));
    // Cytoscape caches where its container sits on the page; content above it that folds or
    // unfolds (the phone's controls) moves it without a resize or scroll, and taps then miss.
    // Each gesture starts from the container's current place.
    const freshCoords = () =>
      (instance as unknown as { renderer(): { invalidateContainerClientCoordsCache(): void } })
        .renderer()
        .invalidateContainerClientCoordsCache();
    container.addEventListener('pointerdown', freshCoords, { capture: true });
    container.addEventListener('touchstart', freshCoords, { capture: true, passive: true });
    // Labels read at least 11 px on screen at any zoom (core/appearance/readable-labels).
    const stopLabels = large ? () => undefined : keepLabelsReadable(instance);
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(container);
    window.__splotCy = instance;
    // Big graphs: the elements go in after Cytoscape's first, empty frame (its render loop asked
    // for that frame first, so it runs before this callback). On the very first frame that has
    // elements, Cytoscape's layered texture cache draws every element into its layers at once,
    // and the layers are thrown away on the next frame; later it builds them in idle frames, so
    // the first picture comes sooner and panning right after it stays smooth.
    const handOver = large ? requestAnimationFrame(() => setCy(instance)) : 0;
    if (!large) setCy(instance);
    return () => {
      cancelAnimationFrame(handOver);
      stopLabels();
      observer.disconnect();
      if (window.__splotCy === instance) window.__splotCy = undefined;
      instance.destroy();
      setCy(null);
    };
  }, [webgl, large]);

  useCanvasEffect(() => {
    sizeRef.current = size;
  }, [size]);

  // A new network: replace the elements, built with their sizes and labels in one add.
  useCanvasEffect(() => {
    if (!cy) return;
    cy.elements().remove();
    setDrawn(null);
    appliedSize.current = null;
    if (!network) return;
    const sizeOf = sizeRef.current;
    const extras = clustered
      ? {
          labelled: labelledOnLarge(network, sizeOf),
          positions: clustered.positions,
          groups: clustered.groups,
        }
      : {};
    cy.add(toElements(network, sizeOf, extras).elements);
    appliedSize.current = sizeOf;
    placedRef.current = clustered !== null;
  }, [cy, network, clustered]);

  // Another measure: new sizes and, on big graphs, which nodes keep a label.
  useCanvasEffect(() => {
    if (!cy || !network || appliedSize.current === size) return;
    appliedSize.current = size;
    const labelled = large ? labelledOnLarge(network, size) : null;
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        node.data('size', size(node.id()));
        if (labelled) node.toggleClass('labelled', labelled.has(node.id()));
      });
    });
  }, [cy, network, size, large]);

  // Layout: on a new network, another layout, or (concentric only) new sizes.
  const sizeKey = layout === 'concentric' ? size : null;
  useCanvasEffect(() => {
    if (!cy || !network) return;
    void sizeKey;
    if (cy.nodes().length === 0) {
      setDrawn({ network, layout });
      return;
    }
    const preset = layout === 'fcose' ? clustered?.positions : undefined;
    const fitPreset = () => {
      if (preset) cy.viewport(fitViewport(preset, cy.width(), cy.height(), { maxZoom: MAX_FIT_ZOOM }));
    };
    if (preset && placedRef.current) {
      fitPreset();
      setDrawn({ network, layout });
      return;
    }
    placedRef.current = false;
    let current = true;
    const run = cy.layout(layoutOptions(layout, cy.nodes().length, preset));
    run.one('layoutstop', () => {
      if (!current) return;
      if (preset) {
        fitPreset();
        placedRef.current = true;
      } else if (cy.zoom() > MAX_FIT_ZOOM) {
        cy.zoom(MAX_FIT_ZOOM);
        cy.center();
      }
      setDrawn({ network, layout });
    });
    run.run();
    return () => {
      current = false;
      run.stop();
    };
  }, [cy, network, layout, sizeKey, clustered]);

  // The date: hide what was not there yet (or any more), keep everything in place.
  useCanvasEffect(() => {
    if (!cy || !network) return;
    cy.batch(() => {
      cy.elements('.hidden').removeClass('hidden');
      for (const id of hidden) cy.getElementById(id).addClass('hidden');
      cy.edges('.ended').removeClass('ended');
      for (const id of ended) cy.getElementById(id).addClass('ended');
    });
    setCounts({
      nodes: cy.nodes().not('.hidden, .ghost').length,
      edges: cy.edges().not('.hidden, .ghost').length,
    });
  }, [cy, network, hidden, ended]);

  useCanvasEffect(() => {
    if (!cy || !network) return;
    cy.batch(() => {
      cy.$(':selected').unselect();
      cy.nodes('.centre').removeClass('centre');
      if (selectedId !== null) cy.getElementById(selectedId).select();
      if (centreId !== null) cy.getElementById(centreId).addClass('centre');
    });
  }, [cy, network, selectedId, centreId]);

  const ready = network !== null && drawn?.network === network && drawn.layout === layout;
  // New nodes carry no label size yet: set it for the zoom the layout left.
  useEffect(() => {
    if (cy && ready) fitLabels(cy);
  }, [cy, ready]);

  // Once laid out: mark the suggested partner (its key keeps a re-render from redrawing it).
  const suggestionKey = props.suggestion ? JSON.stringify(props.suggestion) : null;
  useCanvasEffect(() => {
    if (!cy || !ready || suggestionKey === null) return;
    return showSuggestion(cy, JSON.parse(suggestionKey) as Suggestion);
  }, [cy, ready, suggestionKey]);
  const label = network
    ? t('network.canvasLabel', { area: network.area.name, nodes: counts.nodes, edges: counts.edges })
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
        data-node-count={ready ? counts.nodes : undefined}
        data-edge-count={ready ? counts.edges : undefined}
        data-teryt={network?.area.teryt}
        data-layout={layout}
        data-renderer={webgl ? 'webgl' : 'canvas'}
      />
      {cy && network && network.nodes.length > 0 && <ZoomControls cy={cy} />}
      {network && !ready && network.nodes.length > 0 && (
        <StatusMessage kind="loading" text={t('network.layout')} />
      )}
      {children}
    </div>
  );
}
