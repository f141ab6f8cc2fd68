import cytoscape, { type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { LayoutName } from '../view/types';
import type { Point } from './clustered';

cytoscape.use(fcose);

/**
 * Above this many nodes the canvas trades detail for speed: the default layout is the clustered
 * preset (fcose takes tens of seconds there), fewer labels, no fading on hover, WebGL where the
 * browser has a GPU. fcose on 1,000 nodes took 3.4 s on an idle-ish 2-core machine and 13–44 s
 * on a busy one (docs/benchmarks.md); a median powiat (about 280 institutions) stays on fcose.
 */
export const LARGE_GRAPH = 800;

/** Fitting a handful of nodes would blow them up; past this zoom the view is centred instead. */
export const MAX_FIT_ZOOM = 1.5;

/**
 * Options per layout, none animated, so `layoutstop` marks the final picture. fcose is
 * randomised (spectral start), hence two runs differ slightly: compare counts, not pixels.
 * Concentric puts the most central nodes (data `size`, the chosen measure) in the middle.
 */
export function layoutOptions(
  name: LayoutName,
  nodeCount: number,
  /** Precomputed positions (clusteredPositions) for the default layout of a large graph. */
  preset?: ReadonlyMap<string, Point>,
): LayoutOptions {
  const large = nodeCount > LARGE_GRAPH;
  // Labels count as part of a node, so layouts keep them from overlapping their neighbours
  // (not on large graphs: measuring thousands of labels takes seconds, and most are hidden there).
  const common = { animate: false, fit: true, padding: 40, nodeDimensionsIncludeLabels: !large } as const;
  if (name === 'fcose' && preset) {
    // The canvas fits these itself (fitViewport): Cytoscape's fit measures every element.
    return { name: 'preset', ...common, fit: false, positions: Object.fromEntries(preset) };
  }
  if (name === 'grid') return { name: 'grid', ...common, avoidOverlap: !large, avoidOverlapPadding: 30 };
  if (name === 'concentric') {
    return {
      name: 'concentric',
      ...common,
      concentric: (node) => Number(node.data('size')) || 0,
      levelWidth: () => 6,
      minNodeSpacing: 30,
      avoidOverlap: !large,
    };
  }
  return {
    name: 'fcose',
    ...common,
    quality: large ? 'draft' : 'default',
    randomize: true,
    nodeRepulsion: () => 15000,
    idealEdgeLength: () => 110,
    // Isolated nodes are tiled; leave room for their (wrapped) labels.
    tilingPaddingHorizontal: 90,
    tilingPaddingVertical: 30,
    nodeSeparation: 90,
    packComponents: true,
    numIter: large ? 1000 : 2500,
  } as LayoutOptions;
}

export { cytoscape };
