import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const artifactsDir = fileURLToPath(new URL('../artifacts/', import.meta.url));

export interface TestBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Debian's chromium, headless, with a fresh profile and no background network traffic. */
export async function launchChromium(): Promise<TestBrowser> {
  mkdirSync(artifactsDir, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'splot-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export const DESKTOP = { width: 1440, height: 900 } as const;
export const PHONE = { width: 390, height: 844 } as const;

/**
 * A new page of the explorer at `path` (e.g. "/?area=24"), in the given viewport, once the canvas
 * has laid out its network (data-ready): the wait every browser test starts with.
 */
export async function openExplorer(
  browser: TestBrowser,
  baseUrl: string,
  path: string,
  viewport: { width: number; height: number } = DESKTOP,
): Promise<Page> {
  const page = await browser.context.newPage();
  page.setDefaultTimeout(30_000);
  await page.setViewportSize(viewport);
  await page.goto(`${baseUrl}${path}`);
  await page.waitForSelector('[data-testid="network-canvas"][data-ready="true"]', { timeout: 30_000 });
  return page;
}

/** Waits until the canvas has laid out its network, then says how many nodes and ties it drew. */
export async function drawn(page: Page): Promise<{ nodes: number; edges: number }> {
  const canvas = page.getByTestId('network-canvas');
  await page.waitForSelector('[data-testid="network-canvas"][data-ready="true"]', { timeout: 30_000 });
  return {
    nodes: Number(await canvas.getAttribute('data-node-count')),
    edges: Number(await canvas.getAttribute('data-edge-count')),
  };
}
