let cached: boolean | undefined;

/** Whether this browser can draw with WebGL 2 (Cytoscape's WebGL renderer needs it). */
export function webglAvailable(): boolean {
  if (cached === undefined) {
    try {
      cached = document.createElement('canvas').getContext('webgl2') !== null;
    } catch {
      cached = false;
    }
  }
  return cached;
}
