// Bench page: mounts the explorer's own NetworkCanvas (web/src) with what ExplorerView derives
// for it (the tie backbone, node sizes by degree, large-graph mode), and reports how long the
// first frame took and the frame rate while panning. Driven by test/bench/canvas-bench.ts
// through window.__bench.

import type { Core } from 'cytoscape';
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { NetworkCanvas } from '../../../web/src/components/canvas/NetworkCanvas';
import { computeMeasure } from '../../../web/src/core/appearance/measures';
import { labelledOnLarge, sizesFor, toElements } from '../../../web/src/core/appearance/utils';
import '../../../web/src/core/i18n';
import { LARGE_GRAPH } from '../../../web/src/core/layout';
import { clusteredLayout } from '../../../web/src/core/layout/clustered';
import { backbone } from '../../../web/src/core/network/backbone';
import type { Network } from '../../../web/src/core/network/types';
import type { BenchNetwork, BenchScene, DrawOptions, DrawResult } from './types';

let root: Root | null = null;
let frameListeners = new Set<() => void>();
const NOTHING_HIDDEN: ReadonlySet<string> = new Set();

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

const nextFrame = () =>
  new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));

/** Resolves when the canvas says its layout is done (data-ready="true"). */
const ready = (element: HTMLElement) =>
  new Promise<void>((resolve) => {
    const check = () => element.querySelector('[data-ready="true"]') !== null;
    if (check()) return resolve();
    const observer = new MutationObserver(() => {
      if (!check()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(element, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
  });

let input: BenchNetwork | null = null;

/** Reads a view the way the explorer receives one: JSON over HTTP, parsed. Not timed. */
async function load(url: string): Promise<void> {
  input = (await (await fetch(url)).json()) as BenchNetwork;
}

async function draw(options: DrawOptions): Promise<DrawResult> {
  if (!input) throw new Error('load first');
  root?.unmount();
  const host = document.getElementById('cy') as HTMLElement;
  const started = performance.now();
  // What ExplorerView derives from the network before it renders the canvas.
  const network = input as unknown as Network;
  const drawn = backbone(network, options.topTies);
  const size = sizesFor(computeMeasure(network, 'degree').values);
  const large = network.nodes.length > LARGE_GRAPH;
  const derived = performance.now();
  root = createRoot(host);
  const mounted = root;
  const done = ready(host);
  flushSync(() =>
    mounted.render(
      createElement(NetworkCanvas, {
        network: drawn.network,
        grouping: drawn.grouping,
        hidden: NOTHING_HIDDEN,
        size,
        layout: options.layout === 'app' ? 'fcose' : options.layout,
        selectedId: null,
        centreId: null,
        onSelect: () => undefined,
        large,
        webgl: options.webgl,
      }),
    ),
  );
  await done;
  const laidOut = performance.now();
  const instance = window.__splotCy as Core;
  frameListeners = watchFrames(instance);
  // The renderer draws on its next animation frame after a change.
  await nextDrawn(instance);
  const end = performance.now();
  const canvases = [...host.querySelectorAll('canvas')];
  const webglActive = canvases.some(
    (c) => c.dataset.id?.includes('webgl') && c.getContext('webgl2') !== null,
  );
  return {
    nodes: network.nodes.length,
    edges: drawn.shown,
    totalEdges: drawn.total,
    k: drawn.k,
    derivedMs: derived - started,
    layoutMs: laidOut - derived,
    firstFrameMs: end - started,
    webglActive,
  };
}

/** The pure steps of a draw, timed one by one on the loaded view (ms). */
function stages(options: DrawOptions): Record<string, number> {
  if (!input) throw new Error('load first');
  const network = input as unknown as Network;
  const out: Record<string, number> = {};
  const time = <T>(name: string, run: () => T): T => {
    const start = performance.now();
    const value = run();
    out[name] = Math.round(performance.now() - start);
    return value;
  };
  const drawn = time('backbone', () => backbone(network, options.topTies));
  const size = time('measure', () => sizesFor(computeMeasure(network, 'degree').values));
  const layout = time('clusteredLayout', () => clusteredLayout(drawn.network, drawn.grouping));
  time('elements', () =>
    toElements(drawn.network, size, {
      labelled: labelledOnLarge(drawn.network, size),
      positions: layout.positions,
      groups: layout.groups,
    }),
  );
  return out;
}

/** Pans a little on every animation frame for `ms`; returns frames drawn per second. */
async function pan(ms: number): Promise<number> {
  const instance = window.__splotCy;
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

let counted = { frames: 0, start: 0 };
const countFrame = () => {
  counted.frames++;
};

/** Starts counting drawn frames (while the runner drags the view with the mouse). */
function countFrames(): void {
  counted = { frames: 0, start: performance.now() };
  frameListeners.add(countFrame);
}

/** Frames drawn per second since countFrames(). */
function stopFrames(): number {
  frameListeners.delete(countFrame);
  return (counted.frames * 1000) / (performance.now() - counted.start);
}

/** The drawn nodes (not the cluster boxes) and ties, as the canvas shows them. */
function scene(): BenchScene {
  const instance = window.__splotCy as Core;
  const out: BenchScene = { nodes: [], edges: [] };
  instance.nodes().forEach((n) => {
    if (n.isParent() || !n.visible()) return;
    const label = String(n.style('label') ?? '');
    out.nodes.push({
      id: n.id(),
      x: n.position('x'),
      y: n.position('y'),
      size: n.renderedWidth() / 2,
      color: String(n.style('background-color')),
      label: label === '' ? null : label,
    });
  });
  instance.edges().forEach((e) => {
    if (e.visible()) out.edges.push({ source: e.source().id(), target: e.target().id() });
  });
  return out;
}

window.__bench = { load, draw, pan, stages, countFrames, stopFrames, scene };
document.body.dataset.benchReady = 'true';
