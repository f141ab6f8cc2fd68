let cached: boolean | undefined;

/** Renderer names of WebGL done on the CPU (SwiftShader in headless chromium, Mesa's llvmpipe). */
const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render/i;

/**
 * Whether this browser can draw with WebGL 2 (Cytoscape's WebGL renderer needs it) on a GPU.
 * WebGL on the CPU is slower than the 2d canvas: 10,000 nodes panned at under 1 fps with
 * SwiftShader against several fps with 2d (docs/benchmarks.md), so it counts as unavailable.
 */
export function webglAvailable(): boolean {
  if (cached === undefined) {
    try {
      const gl = document.createElement('canvas').getContext('webgl2');
      const info = gl?.getExtension('WEBGL_debug_renderer_info');
      const renderer = gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
      cached = gl !== null && gl !== undefined && !SOFTWARE.test(renderer);
    } catch {
      cached = false;
    }
  }
  return cached;
}
