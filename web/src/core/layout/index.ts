import cytoscape from 'cytoscape';
import fcose, { type FcoseLayoutOptions } from 'cytoscape-fcose';

cytoscape.use(fcose);

/**
 * fcose with its default quality; not animated, so `layoutstop` marks the final picture.
 * Randomised (spectral start), hence two runs differ slightly: compare counts, not pixels.
 */
export const NETWORK_LAYOUT: FcoseLayoutOptions = {
  name: 'fcose',
  quality: 'default',
  randomize: true,
  animate: false,
  fit: true,
  padding: 40,
  nodeRepulsion: () => 7000,
  idealEdgeLength: () => 75,
  // Isolated nodes are tiled; leave room for their (wrapped) labels.
  tilingPaddingHorizontal: 90,
  tilingPaddingVertical: 30,
  nodeSeparation: 90,
  packComponents: true,
};

/** Fitting a handful of nodes would blow them up; past this zoom the view is centred instead. */
export const MAX_FIT_ZOOM = 1.5;

export { cytoscape };
