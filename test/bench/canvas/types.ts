// Shared by the bench page (bundled by Vite) and the bench runner (Node): no imports here.

/** app: the explorer's default (fcose; the clustered preset above LARGE_GRAPH nodes). */
export type BenchLayout = 'app' | 'grid' | 'concentric';

/** As the explorer's "ties drawn" choice (web/src/core/network/backbone.ts TOP_TIES). */
export type BenchTopTies = 'auto' | 'all' | '1' | '2' | '3' | '5' | '10';

export interface DrawOptions {
  webgl: boolean;
  layout: BenchLayout;
  topTies: BenchTopTies;
}

export interface DrawResult {
  nodes: number;
  /** Ties drawn (after the backbone). */
  edges: number;
  /** Ties in the network. */
  totalEdges: number;
  /** Each node's k heaviest ties drawn; null: all. */
  k: number | null;
  /** Backbone and node sizes (what ExplorerView derives). */
  derivedMs: number;
  /** Canvas mounted, elements added, layout run, until the canvas says data-ready. */
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

/** What the canvas drew after its first frame, to draw again with sigma.js (the anchor). */
export interface BenchScene {
  /** Positions in the canvas's model coordinates; size: rendered radius (px); label only where drawn. */
  nodes: Array<{ id: string; x: number; y: number; size: number; color: string; label: string | null }>;
  edges: Array<{ source: string; target: string }>;
}

export interface SigmaBenchApi {
  /** Hands the scene to the page (not timed). */
  setScene(scene: BenchScene): void;
  /** Builds the graphology graph and draws it with sigma.js: data in hand → first frame (ms). */
  draw(): Promise<{ firstFrameMs: number; nodes: number; edges: number }>;
}

export interface BenchApi {
  /** Fetches a view (JSON) into the page; the data received, before the clock starts. */
  load(url: string): Promise<void>;
  /** Draws the loaded view: from the data in hand to the first frame. */
  draw(options: DrawOptions): Promise<DrawResult>;
  /** The pure steps of a draw (backbone, measure, elements, clustered layout), timed alone (ms). */
  stages(options: DrawOptions): Record<string, number>;
  /** Starts counting the frames drawn. */
  countFrames(): void;
  /** Frames drawn per second since countFrames(). */
  stopFrames(): number;
  /** Pans a little on every animation frame for `ms`; frames drawn per second. */
  pan(ms: number): Promise<number>;
  /** The drawn scene (positions, sizes, colours, labels, ties) after draw(). */
  scene(): BenchScene;
}

declare global {
  interface Window {
    __bench: BenchApi;
    __sigmaBench: SigmaBenchApi;
  }
}
