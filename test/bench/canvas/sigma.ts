// The anchor of the canvas bench: the scene the explorer drew (same nodes at the same positions,
// sizes, colours and labels, same ties), drawn by a minimal sigma.js + graphology page in the same
// Chromium. Timed from the data in hand to the first frame finished on the GPU.

import Graph from 'graphology';
import Sigma from 'sigma';
import type { BenchScene } from './types';

let scene: BenchScene | null = null;
let renderer: Sigma | null = null;

async function draw(): Promise<{ firstFrameMs: number; nodes: number; edges: number }> {
  if (!scene) throw new Error('setScene first');
  renderer?.kill();
  const started = performance.now();
  const graph = new Graph({ type: 'undirected' });
  for (const n of scene.nodes) {
    // sigma's y axis points up, the canvas's down.
    graph.addNode(n.id, {
      x: n.x,
      y: -n.y,
      size: n.size,
      color: n.color,
      ...(n.label ? { label: n.label } : {}),
    });
  }
  for (const e of scene.edges) graph.mergeEdge(e.source, e.target, { color: '#c8c8c8', size: 1 });
  // The constructor indexes the graph and renders once, synchronously.
  renderer = new Sigma(graph, document.getElementById('sigma') as HTMLElement, {
    labelRenderedSizeThreshold: 0,
  });
  // WebGL only queues the drawing: wait until the GPU has done it, as a drawn frame.
  for (const canvas of Object.values(renderer.getCanvases())) {
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    gl?.finish();
  }
  return { firstFrameMs: performance.now() - started, nodes: graph.order, edges: graph.size };
}

window.__sigmaBench = {
  setScene(next) {
    scene = next;
  },
  draw,
};
document.body.dataset.benchReady = 'true';
