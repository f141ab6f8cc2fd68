import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { Splot } from '../../server/src/startup.js';
import { startTestApi } from './api.js';
import { DESKTOP, launchChromium, openExplorer, type TestBrowser } from './browser.js';

export interface BrowserApp {
  /** The API serving the built web app (set once the file's beforeAll has run). */
  readonly api: Splot;
  readonly chromium: TestBrowser;
  /** A new page of the explorer at `path`, once its canvas has laid out the network. */
  open(path?: string, viewport?: { width: number; height: number }): Promise<Page>;
}

export interface BrowserAppOptions {
  /** How to start the API (default: startTestApi() on the shared test database). */
  start?: () => Promise<Splot>;
  /** Runs after the API has stopped (e.g. a database of the file's own). */
  stopped?: () => Promise<void>;
  /** The start's time limit, when it is longer than the hooks' default. */
  timeoutMs?: number;
}

/**
 * The block every browser test file begins with: the API and Debian's chromium started side by
 * side before the file's tests and stopped after them. Hooks the file adds after calling it run
 * after the start and, when they clean up (afterAll), before the stop.
 */
export function useBrowserApp({
  start = () => startTestApi(),
  stopped,
  timeoutMs,
}: BrowserAppOptions = {}): BrowserApp {
  let api: Splot | undefined;
  let chromium: TestBrowser | undefined;
  beforeAll(async () => {
    [api, chromium] = await Promise.all([start(), launchChromium()]);
  }, timeoutMs);
  afterAll(async () => {
    await chromium?.close();
    await api?.stop();
    await stopped?.();
  });
  return {
    get api() {
      return api as Splot;
    },
    get chromium() {
      return chromium as TestBrowser;
    },
    open: (path = '/', viewport = DESKTOP) =>
      openExplorer(chromium as TestBrowser, (api as Splot).url, path, viewport),
  };
}
