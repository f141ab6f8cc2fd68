import type { MeasureGraph } from './graph.js';

export interface Text {
  pl: string;
  en: string;
}

/**
 * The one shape of a per-institution measure. The server answers it (GraphQL nodeMetrics, the
 * workbench's table, the `measures` descriptions, the exports' node attributes) and the web app
 * sizes the canvas by it, from the same registry (registry.ts): a measure added there appears everywhere.
 */
export interface NodeMeasure {
  /** Stable identifier used by GraphQL, the URL (`size=`) and the tables. */
  id: string;
  label: Text;
  /** What it says about cooperation in the area, in plain words. */
  meaning: Text;
  /** When it is 0 (or has no value), and why. */
  whenZero: Text;
  /** Reads the institutions' sectors: meaningless on the two-mode (affiliation) network. */
  usesSectors: boolean;
  /**
   * Whole-graph walks cost O(n·m): the browser computes it only up to this many nodes, and the
   * server (exports) only up to BETWEENNESS_MAX_WORK (institutions × ties).
   */
  browserMaxNodes?: number;
  /** Its values are whole numbers (a count): the exports type it int, else double. */
  integer?: boolean;
  /** One value per node, in graph.ids' order; null where the measure is undefined. */
  fn(graph: MeasureGraph): ArrayLike<number | null>;
}
