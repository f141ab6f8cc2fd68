import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { launchChromium } from '../helpers/browser.js';
import type { BenchLayout, BenchNetwork, DrawOptions, DrawResult } from './canvas/types.js';

const canvasDir = fileURLToPath(new URL('./canvas/', import.meta.url));
const viteEntry = fileURLToPath(new URL('../../web/node_modules/vite/dist/node/index.js', import.meta.url));

/** Builds the bench page (test/bench/canvas) with the web app's own Vite. */
export async function buildBenchPage(outDir: string): Promise<void> {
  const vite = (await import(pathToFileURL(viteEntry).href)) as {
    build(config: Record<string, unknown>): Promise<unknown>;
  };
  await vite.build({
    root: canvasDir,
    configFile: false,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** A static file server for the built page (module scripts do not load from file://). */
async function serve(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/'));
    const file = join(dir, path === '/' ? 'index.html' : path);
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface CanvasCase {
  nodes: number;
  edges: number;
  renderer: 'canvas' | 'webgl';
  layout: BenchLayout;
  /** Data in hand → first frame drawn (ms); null when it did not finish in time. */
  firstFrameMs: number | null;
  layoutMs: number | null;
  panFps: number | null;
  webglActive: boolean | null;
  note?: string;
}

/** Draws each network with each renderer and layout in a fresh page of headless chromium. */
export async function benchCanvas(
  networks: BenchNetwork[],
  layouts: BenchLayout[],
  {
    timeoutMs = 120_000,
    panMs = 3_000,
    onCase,
  }: { timeoutMs?: number; panMs?: number; onCase?: (c: CanvasCase) => void } = {},
): Promise<CanvasCase[]> {
  const outDir = join(canvasDir, '..', '..', 'artifacts', 'bench-canvas');
  await buildBenchPage(outDir);
  const site = await serve(outDir);
  const browser = await launchChromium();
  const cases: CanvasCase[] = [];
  try {
    for (const network of networks) {
      for (const renderer of ['canvas', 'webgl'] as const) {
        for (const layout of layouts) {
          const page = await browser.context.newPage();
          await page.setViewportSize({ width: 1280, height: 800 });
          await page.goto(site.url);
          await page.waitForSelector('body[data-bench-ready="true"]');
          const base = { nodes: network.nodes.length, edges: network.edges.length, renderer, layout };
          let result: CanvasCase;
          try {
            const options: DrawOptions = { webgl: renderer === 'webgl', layout };
            const drawn = (await Promise.race([
              page.evaluate(([net, opts]) => window.__bench.draw(net, opts), [network, options] as const),
              new Promise<never>((_, reject) =>
                setTimeout(() => reject(new Error(`no frame within ${timeoutMs / 1000} s`)), timeoutMs),
              ),
            ])) as DrawResult;
            const fps = await page.evaluate((ms) => window.__bench.pan(ms), panMs);
            result = {
              ...base,
              edges: drawn.edges,
              firstFrameMs: Math.round(drawn.firstFrameMs),
              layoutMs: Math.round(drawn.layoutMs),
              panFps: Math.round(fps * 10) / 10,
              webglActive: drawn.webglActive,
            };
          } catch (error) {
            result = {
              ...base,
              firstFrameMs: null,
              layoutMs: null,
              panFps: null,
              webglActive: null,
              note: error instanceof Error ? error.message.split('\n')[0] : String(error),
            };
          }
          await page.close().catch(() => undefined);
          cases.push(result);
          onCase?.(result);
        }
      }
    }
  } finally {
    await browser.close();
    await site.close();
  }
  return cases;
}
