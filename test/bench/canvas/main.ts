// Bench page: draws a network with the explorer's own Cytoscape style, element mapping and
// layout (imported from web/src), and reports how long the first frame took and the frame rate
// while panning. Driven by test/bench/canvas-bench.ts through window.__bench.

import type { Core, CytoscapeOptions, LayoutOptions } from 'cytoscape';
import { networkStyle } from '../../../web/src/core/appearance/style';
import { toElements } from '../../../web/src/core/appearance/utils';
import { cytoscape, layoutOptions as explorerLayout, MAX_FIT_ZOOM } from '../../../web/src/core/layout';
import type { Network } from '../../../web/src/core/network/types';
import type { BenchLayout, BenchNetwork, DrawOptions, DrawResult } from './types';

let cy: Core | null = null;
let frameListeners = new Set<() => void>();

/**
 * Calls the listeners after every frame the renderer draws. Cytoscape emits 'render' only from
 * its 2d path, so the renderer's render() (which the WebGL mode overrides) is wrapped instead.
 */
function watchFrames(instance: Core): Set<() => void> {
  const listeners = new Set<() => void>();
  const renderer = (instance as unknown as { renderer(): { render(options: unknown): unknown } }).renderer();
  const original = renderer.render;
  renderer.render = function (this: unknown, options: unknown) {
    const out = original.call(this, options);
    for (const listener of listeners) listener();
    return out;
  };
  return listeners;
}

const nextDrawn = (instance: Core) =>
  new Promise<void>((resolve) => {
    const done = () => {
      frameListeners.delete(done);
      resolve();
    };
    frameListeners.add(done);
    instance.forceRender();
  });

// The explorer's own layout options (which switch fcose to draft above LARGE_GRAPH nodes).
const layoutOptions = (layout: BenchLayout, nodeCount: number) => {
  if (layout === 'grid') return { name: 'grid', animate: false, fit: true, padding: 40 };
  if (layout === 'fcose-draft') return { ...explorerLayout('fcose', nodeCount), quality: 'draft' as const };
  return explorerLayout('fcose', nodeCount);
};

const nextFrame = () =>
  new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));

async function draw(input: BenchNetwork, options: DrawOptions): Promise<DrawResult> {
  cy?.destroy();
  const started = performance.now();
  const container = document.getElementById('cy') as HTMLElement;
  const instance = cytoscape({
    container,
    style: networkStyle,
    minZoom: 0.05,
    maxZoom: 5,
    boxSelectionEnabled: false,
    ...(options.webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
  } as CytoscapeOptions);
  cy = instance;
  frameListeners = watchFrames(instance);
  // The explorer's test hook, so a bench run can be inspected the same way.
  (window as unknown as { __splotCy?: unknown }).__splotCy = instance;
  const graph = toElements(input as unknown as Network);
  instance.add(graph.elements);
  const added = performance.now();
  await new Promise<void>((resolve) => {
    const layout = instance.layout(layoutOptions(options.layout, instance.nodes().length) as LayoutOptions);
    layout.one('layoutstop', () => resolve());
    layout.run();
  });
  if (instance.zoom() > MAX_FIT_ZOOM) {
    instance.zoom(MAX_FIT_ZOOM);
    instance.center();
  }
  const laidOut = performance.now();
  // The renderer draws on its next animation frame after a change.
  await nextDrawn(instance);
  const drawn = performance.now();
  container.dataset.ready = 'true';
  const canvases = [...container.querySelectorAll('canvas')];
  const webglActive = canvases.some(
    (c) => c.dataset.id?.includes('webgl') && c.getContext('webgl2') !== null,
  );
  return {
    nodes: graph.nodeCount,
    edges: graph.edgeCount,
    elementsMs: added - started,
    layoutMs: laidOut - added,
    firstFrameMs: drawn - started,
    webglActive,
  };
}

/** Pans a little on every animation frame for `ms`; returns frames drawn per second. */
async function pan(ms: number): Promise<number> {
  const instance = cy;
  if (!instance) throw new Error('draw first');
  let frames = 0;
  const count = () => {
    frames++;
  };
  frameListeners.add(count);
  const start = performance.now();
  let now = start;
  let direction = 1;
  while (now - start < ms) {
    instance.panBy({ x: 4 * direction, y: 3 * direction });
    if (Math.floor((now - start) / 500) % 2 === 1) direction = -1;
    else direction = 1;
    now = await nextFrame();
  }
  frameListeners.delete(count);
  return (frames * 1000) / (now - start);
}

window.__bench = { draw, pan };
document.body.dataset.benchReady = 'true';
