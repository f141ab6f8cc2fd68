// Shared by the bench page (bundled by Vite) and the bench runner (Node): no imports here.

export type BenchLayout = 'app' | 'fcose-draft' | 'grid';

export interface DrawOptions {
  webgl: boolean;
  /** app: the explorer's own layout (web/src/core/layout); the others are cheaper candidates. */
  layout: BenchLayout;
}

export interface DrawResult {
  nodes: number;
  edges: number;
  /** Network object → Cytoscape elements added. */
  elementsMs: number;
  /** Layout run (until layoutstop). */
  layoutMs: number;
  /** From the call (data in hand) to the end of the first frame drawn after the layout. */
  firstFrameMs: number;
  /** Whether a WebGL2 context was actually in use. */
  webglActive: boolean;
}

/** The areaNetwork answer, as much of it as the explorer draws. */
export interface BenchNetwork {
  area: { teryt: string; name: string; level: string };
  nodes: Array<{ id: string; label: string; type: string; sector: string | null; kind: string | null }>;
  edges: Array<{ id: string; source: string; target: string; weight: number }>;
}

export interface BenchApi {
  draw(network: BenchNetwork, options: DrawOptions): Promise<DrawResult>;
  /** Pans a little on every animation frame for `ms`; frames drawn per second. */
  pan(ms: number): Promise<number>;
}

declare global {
  interface Window {
    __bench: BenchApi;
  }
}
