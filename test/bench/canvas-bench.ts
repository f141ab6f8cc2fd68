import { createReadStream, existsSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import type { BrowserContext, Page } from 'playwright-core';
import { artifactsDir, launchChromium } from '../helpers/browser.js';
import type {
  BenchLayout,
  BenchNetwork,
  BenchScene,
  BenchTopTies,
  DrawOptions,
  DrawResult,
} from './canvas/types.js';

const canvasDir = fileURLToPath(new URL('./canvas/', import.meta.url));
const webModules = fileURLToPath(new URL('../../web/node_modules/', import.meta.url));
const viteEntry = join(webModules, 'vite/dist/node/index.js');

/** Builds the bench page (test/bench/canvas) with the web app's own Vite. */
export async function buildBenchPage(outDir: string, minify = true): Promise<void> {
  const vite = (await import(pathToFileURL(viteEntry).href)) as {
    build(config: Record<string, unknown>): Promise<unknown>;
  };
  await vite.build({
    root: canvasDir,
    configFile: false,
    logLevel: 'warn',
    // The page mounts the explorer's React component: React from the web package, one copy.
    resolve: {
      alias: { react: join(webModules, 'react'), 'react-dom': join(webModules, 'react-dom') },
      dedupe: ['react', 'react-dom'],
    },
    build: {
      outDir,
      emptyOutDir: true,
      chunkSizeWarningLimit: 4000,
      minify,
      // The explorer's canvas, and the sigma.js page drawing the same scene as the anchor.
      rollupOptions: { input: { main: join(canvasDir, 'index.html'), sigma: join(canvasDir, 'sigma.html') } },
    },
  });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

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

/** Drags the view with the mouse from an empty corner for `ms`; frames drawn per second. */
async function drag(page: Page, ms: number): Promise<number> {
  const box = await page.locator('#cy').boundingBox();
  if (!box) throw new Error('bench page: no #cy');
  // The layouts keep 40 px of padding: the corner is background, so the drag pans.
  const x = box.x + 8;
  const y = box.y + 8;
  await page.evaluate(() => window.__bench.countFrames());
  await page.mouse.move(x, y);
  await page.mouse.down();
  const end = Date.now() + ms;
  for (let i = 0; Date.now() < end; i++) {
    const step = i % 200 < 100 ? i % 100 : 100 - (i % 100);
    await page.mouse.move(x + 3 * step, y + 2 * step);
    await page.waitForTimeout(8);
  }
  await page.mouse.up();
  return page.evaluate(() => window.__bench.stopFrames());
}

/** Draws the scene with the sigma.js page in a fresh tab; data in hand → first frame (ms). */
async function drawWithSigma(
  context: BrowserContext,
  siteUrl: string,
  scene: BenchScene,
  screenshot: string | null,
): Promise<number> {
  const page = await context.newPage();
  try {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${siteUrl}sigma.html`);
    await page.waitForSelector('body[data-bench-ready="true"]');
    await page.evaluate((s) => window.__sigmaBench.setScene(s), scene);
    const { firstFrameMs } = await page.evaluate(() => window.__sigmaBench.draw());
    if (screenshot) await page.screenshot({ path: screenshot });
    return firstFrameMs;
  } finally {
    await page.close().catch(() => undefined);
  }
}

export interface CanvasCase {
  nodes: number;
  /** Ties drawn (after the explorer's backbone). */
  edges: number;
  /** Ties in the view. */
  totalEdges?: number;
  /** Each node's k heaviest ties drawn; null: all. */
  k?: number | null;
  topTies?: BenchTopTies;
  renderer: 'canvas' | 'webgl';
  layout: BenchLayout;
  /** Data in hand → first frame drawn (ms); null when it did not finish in time. */
  firstFrameMs: number | null;
  layoutMs: number | null;
  /** Data in hand → backbone and sizes derived, before the canvas mounts (ms). */
  derivedMs?: number | null;
  /** Frames per second while the view is panned from script (cy.panBy: a full redraw each frame). */
  panFps: number | null;
  /**
   * Frames per second while the mouse drags the view, as a user pans (Cytoscape then skips
   * the edges of large graphs: hideEdgesOnViewport).
   */
  dragFps?: number | null;
  webglActive: boolean | null;
  /** The pure steps timed alone on the same page after the pan (ms). */
  stages?: Record<string, number>;
  /** The anchor: the same scene (nodes, positions, sizes, labels, ties) drawn by sigma.js (ms). */
  sigmaFirstFrameMs?: number | null;
  /** firstFrameMs / sigmaFirstFrameMs, measured one after the other in the same Chromium. */
  vsSigma?: number | null;
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
    renderers = ['canvas', 'webgl'],
    topTies = 'auto',
    screenshots = false,
    cpuProfile = false,
  }: {
    timeoutMs?: number;
    panMs?: number;
    onCase?: (c: CanvasCase) => void;
    renderers?: Array<'canvas' | 'webgl'>;
    /** The explorer's "ties drawn" choice; 'auto' is what a user gets. */
    topTies?: BenchTopTies;
    /** Save test/artifacts/bench-canvas-<nodes>-<renderer>-<layout>.png after each first frame. */
    screenshots?: boolean;
    /** Save a V8 CPU profile of each draw as test/artifacts/bench-canvas-<nodes>-<renderer>-<layout>.cpuprofile. */
    cpuProfile?: boolean;
  } = {},
): Promise<CanvasCase[]> {
  const outDir = join(canvasDir, '..', '..', 'artifacts', 'bench-canvas');
  // Profiles name the functions: no minifying then.
  await buildBenchPage(outDir, !cpuProfile);
  networks.forEach((network, i) => {
    writeFileSync(join(outDir, `network-${i}.json`), JSON.stringify(network));
  });
  const site = await serve(outDir);
  const browser = await launchChromium();
  const cases: CanvasCase[] = [];
  try {
    for (const [index, network] of networks.entries()) {
      for (const renderer of renderers) {
        for (const layout of layouts) {
          const page = await browser.context.newPage();
          await page.setViewportSize({ width: 1280, height: 800 });
          await page.goto(site.url);
          await page.waitForSelector('body[data-bench-ready="true"]');
          await page.evaluate((url) => window.__bench.load(url), `${site.url}network-${index}.json`);
          const base = {
            nodes: network.nodes.length,
            edges: network.edges.length,
            topTies,
            renderer,
            layout,
          };
          let result: CanvasCase;
          try {
            const options: DrawOptions = { webgl: renderer === 'webgl', layout, topTies };
            const name = `bench-canvas-${network.nodes.length}-${renderer}-${layout}`;
            const cdp = cpuProfile ? await browser.context.newCDPSession(page) : null;
            if (cdp) {
              await cdp.send('Profiler.enable');
              await cdp.send('Profiler.start');
            }
            const drawn = (await Promise.race([
              page.evaluate((opts) => window.__bench.draw(opts), options),
              new Promise<never>((_, reject) =>
                setTimeout(() => reject(new Error(`no frame within ${timeoutMs / 1000} s`)), timeoutMs),
              ),
            ])) as DrawResult;
            if (cdp) {
              const { profile } = await cdp.send('Profiler.stop');
              writeFileSync(join(artifactsDir, `${name}.cpuprofile`), JSON.stringify(profile));
            }
            if (screenshots) await page.screenshot({ path: join(artifactsDir, `${name}.png`) });
            const fps = await page.evaluate((ms) => window.__bench.pan(ms), panMs);
            const dragFps = await drag(page, panMs);
            const stages = await page.evaluate((opts) => window.__bench.stages(opts), options);
            const sigma = await drawWithSigma(
              browser.context,
              site.url,
              await page.evaluate(() => window.__bench.scene()),
              screenshots ? join(artifactsDir, `${name}-sigma.png`) : null,
            );
            result = {
              ...base,
              stages,
              edges: drawn.edges,
              totalEdges: drawn.totalEdges,
              k: drawn.k,
              firstFrameMs: Math.round(drawn.firstFrameMs),
              layoutMs: Math.round(drawn.layoutMs),
              derivedMs: Math.round(drawn.derivedMs),
              panFps: Math.round(fps * 10) / 10,
              dragFps: Math.round(dragFps * 10) / 10,
              webglActive: drawn.webglActive,
              sigmaFirstFrameMs: Math.round(sigma),
              vsSigma: Math.round((drawn.firstFrameMs / sigma) * 100) / 100,
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
