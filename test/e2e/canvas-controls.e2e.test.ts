import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactsDir, drawn } from '../helpers/browser.js';
import { useBrowserApp } from '../helpers/browser-app.js';
import { areaNetwork } from '../helpers/network.js';
import { createWorld, type World } from '../helpers/world.js';

// The explorer's controls one by one, as a user tries them: finding an area by code or by a name
// typed without diacritics, layouts, zoom, hover, node size, the ego network's reach and the
// replay of the network's growth. The replay and the ego view run on the test's own world
// (test/helpers/world.ts: ties dated 2015 and 2019), whose areas no other test uses.

let world: World;

const app = useBrowserApp();

beforeAll(async () => {
  world = await createWorld(app.api.driver, 'canvas');
});

afterAll(async () => {
  await world?.remove();
});

const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(artifactsDir, `canvas-${name}.png`) });
const query = (page: Page) => new URL(page.url()).searchParams;

/** The slice of Cytoscape's API the test reads through window.__splotCy. */
interface CyLike {
  zoom(): number;
  $(selector: string): Array<{ id(): string; data(key: string): unknown }>;
  getElementById(id: string): { renderedPosition(): { x: number; y: number } };
}
type CyWindow = { __splotCy: CyLike };

const zoomOf = (page: Page) => page.evaluate(() => (window as unknown as CyWindow).__splotCy.zoom());
const idsOf = (page: Page, selector: string) =>
  page.evaluate((s) => (window as unknown as CyWindow).__splotCy.$(s).map((n) => n.id()), selector);
const sizesOf = (page: Page) =>
  page.evaluate(() => (window as unknown as CyWindow).__splotCy.$('node').map((n) => Number(n.data('size'))));
const positionOf = (page: Page, id: string) =>
  page.evaluate((x) => (window as unknown as CyWindow).__splotCy.getElementById(x).renderedPosition(), id);

describe('the explorer controls', () => {
  it('finds areas by TERYT code and by a name without diacritics', async () => {
    const page = await app.open('/', { width: 1400, height: 900 });
    // An institution typed without diacritics: "Cmielow" finds „OPS w Ćmielowie” (full-text index).
    const institutions = page.getByTestId('institution-search');
    await institutions.locator('input').fill('Cmielow');
    await expect
      .poll(() => institutions.getByTestId('institution-search-option').allTextContents(), {
        timeout: 15_000,
      })
      .toContainEqual(expect.stringContaining('OPS w Ćmielowie'));
    await institutions.locator('input').fill('');

    // The picker offers the areas that hold data: voivodeships of the demo pages, not all sixteen.
    const voivodeships = await page.getByTestId('area-voivodeship').locator('option').allTextContents();
    expect(voivodeships).toEqual(expect.arrayContaining(['świętokrzyskie', 'śląskie', 'lubelskie']));
    expect(voivodeships).not.toContain('podlaskie');

    const search = page.getByTestId('area-search').locator('input');
    const options = page.getByTestId('area-search-option');

    await search.fill('2464');
    await expect.poll(() => options.first().textContent(), { timeout: 10_000 }).toContain('Częstochowa');
    await options.first().click();
    await expect.poll(() => query(page).get('area'), { timeout: 20_000 }).toBe('2464');
    expect((await drawn(page)).nodes).toBeGreaterThan(0);
    await shot(page, '01-czestochowa');

    await search.fill('ostrowiec swietokrzyski');
    await expect
      .poll(() => options.allTextContents(), { timeout: 10_000 })
      .toEqual([expect.stringContaining('Ostrowiec Świętokrzyski')]);
    await shot(page, '02-area-search');
    await search.press('Enter');
    await expect.poll(() => query(page).get('area'), { timeout: 20_000 }).toBe('2607011');
    expect(await page.getByTestId('area-gmina').inputValue()).toBe('2607011');
    await page.close();
  });

  it('lays out, zooms, highlights neighbours, sizes nodes and shows the ego network', async () => {
    const page = await app.open(`/?area=${world.powiat}&outside=hide`, { width: 1400, height: 900 });
    const start = await drawn(page);
    expect(start.nodes).toBe(4);

    for (const layout of ['concentric', 'grid', 'fcose'] as const) {
      await page.getByTestId('layout-select').selectOption(layout);
      await expect
        .poll(() => page.getByTestId('network-canvas').getAttribute('data-layout'), { timeout: 10_000 })
        .toBe(layout);
      expect(await drawn(page)).toEqual(start);
      expect(query(page).get('layout')).toBe(layout === 'fcose' ? null : layout);
      if (layout === 'concentric') await shot(page, '03-concentric');
    }

    const zoom = () => zoomOf(page);
    const before = await zoom();
    await page.getByTestId('zoom-in').click();
    await expect.poll(zoom, { timeout: 5_000 }).toBeGreaterThan(before);
    await page.getByTestId('zoom-out').click();
    await page.getByTestId('zoom-out').click();
    await expect.poll(zoom, { timeout: 5_000 }).toBeLessThan(before);
    await page.getByTestId('zoom-fit').click();

    // Hover on A: A and its partners B and C stand out; D (no partner) steps back.
    const a = world.id('A');
    const box = await page.getByTestId('network-canvas').boundingBox();
    const at = await positionOf(page, a);
    await page.mouse.move((box?.x ?? 0) + at.x, (box?.y ?? 0) + at.y);
    const ids = (selector: string) => idsOf(page, selector);
    await expect
      .poll(() => ids('node.highlight'), { timeout: 5_000 })
      .toEqual(expect.arrayContaining([a, world.id('B'), world.id('C')]));
    expect(await ids('node.faded')).toEqual([world.id('D')]);
    await shot(page, '04-hover');
    await page.mouse.move(5, 5);
    await expect.poll(() => ids('node.faded'), { timeout: 5_000 }).toEqual([]);

    // Node size: all equal, then by ties (A, B, C have partners; D none).
    const sizes = () => sizesOf(page);
    await page.getByTestId('size-select').selectOption('none');
    await expect.poll(async () => new Set(await sizes()).size, { timeout: 5_000 }).toBe(1);
    await page.getByTestId('size-select').selectOption('crossSector');
    expect(query(page).get('size')).toBe('crossSector');
    await expect
      .poll(() => page.getByTestId('legend-size').textContent(), { timeout: 5_000 })
      .toContain('Pomosty między sektorami');
    await page.getByTestId('size-select').selectOption('degree');
    await expect.poll(async () => new Set(await sizes()).size, { timeout: 5_000 }).toBe(2);

    // Ego network of A: one step, then two; the banner and the URL say which.
    await page.locator('.node-list summary').click();
    await page.locator('.node-list').getByRole('button', { name: /Ćma/ }).click();
    await page.getByTestId('ego-show').click();
    await expect.poll(() => query(page).get('focus'), { timeout: 20_000 }).toBe(a);
    const one = await drawn(page);
    expect(one.nodes).toBeGreaterThan(1);
    await page.getByTestId('ego-depth').locator('input[value="2"]').check();
    await expect.poll(() => query(page).get('depth'), { timeout: 20_000 }).toBe('2');
    const two = await drawn(page);
    expect(two.nodes).toBeGreaterThanOrEqual(one.nodes);
    expect(await page.getByTestId('ego-banner').textContent()).toContain('2 kroki');
    await shot(page, '05-ego-two-steps');
    await page.close();
  });

  it('replays how the network grew, date by date', async () => {
    const page = await app.open(`/?area=${world.powiat}`, { width: 1400, height: 900 });
    const today = await drawn(page);
    await page.getByTestId('time-play').click();
    // Every frame is one date; the edges drawn never decrease until the ties of 2015 end.
    const seen = new Map<string, number>();
    await expect
      .poll(
        async () => {
          const asOf = query(page).get('asOf');
          const canvas = page.getByTestId('network-canvas');
          if (asOf && (await canvas.getAttribute('data-ready')) === 'true') {
            // The count may lag the address by one render: keep the lowest seen for the date.
            const edges = Number(await canvas.getAttribute('data-edge-count'));
            seen.set(asOf, Math.min(edges, seen.get(asOf) ?? edges));
            if (seen.size === 1) await shot(page, '06-replay-first-step');
          }
          return asOf === null && seen.size > 1;
        },
        { timeout: 30_000, interval: 200 },
      )
      .toBe(true);
    const dates = [...seen.keys()];
    expect(dates).toEqual([...dates].sort());
    expect(seen.get(dates[0] ?? '')).toBeLessThan(today.edges);
    expect(await drawn(page)).toEqual(today);
    expect(await page.getByTestId('time-value').textContent()).toContain('wszystkie lata');
    await page.close();
  });

  it('filters by tie kind and institution kind from the panel, as the API filters', async () => {
    const page = await app.open(`/?area=${world.powiat}`, { width: 1400, height: 900 });
    const only = (list: string, value: string) =>
      page
        .getByTestId(list)
        .locator('li', { has: page.locator(`[data-value="${value}"]`) })
        .getByRole('button')
        .click();

    await page.getByTestId('filters').locator('summary', { hasText: 'Rodzaje powiązań' }).click();
    await only('filter-ties', 'EVENT');
    await expect.poll(() => query(page).get('ties'), { timeout: 20_000 }).toBe('EVENT');
    const events = await areaNetwork(app.api.url, { teryt: world.powiat, tieKinds: ['EVENT'] });
    expect(await drawn(page)).toEqual({ nodes: events.nodes.length, edges: events.edges.length });
    expect(events.edges.length).toBe(1);

    await page.getByTestId('filters').locator('summary', { hasText: 'Rodzaje instytucji' }).click();
    await only('filter-kinds', 'OPS');
    await page.getByTestId('filter-kinds').locator('[data-value="CIS"]').check();
    await expect.poll(() => query(page).get('kinds'), { timeout: 20_000 }).toBe('OPS,CIS');
    const both = await areaNetwork(app.api.url, {
      teryt: world.powiat,
      tieKinds: ['EVENT'],
      kinds: ['OPS', 'CIS'],
    });
    expect(await drawn(page)).toEqual({ nodes: both.nodes.length, edges: both.edges.length });
    await shot(page, '10-filters');
    await page.getByTestId('filters-clear').click();
    await expect.poll(() => page.url(), { timeout: 20_000 }).not.toContain('ties=');
    await page.close();
  });

  it('says what is happening: loading, a failure with retry, an empty result', async () => {
    const page = await app.chromium.context.newPage();
    await page.setViewportSize({ width: 1400, height: 900 });
    // The network request is held, then refused: the page says so instead of going blank.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/graphql', async (route) => {
      if (!route.request().postData()?.includes('AreaNetwork')) return route.continue();
      await held;
      return route.abort('connectionrefused');
    });
    await page.goto(`${app.api.url}/?area=${world.powiat}&outside=hide`);
    await expect
      .poll(() => page.getByTestId('status-loading').allTextContents(), { timeout: 20_000 })
      .toContainEqual(expect.stringContaining('Wczytywanie sieci'));
    await shot(page, '07-loading');
    release();
    const error = page.getByTestId('status-error');
    await error.waitFor({ timeout: 20_000 });
    expect(await error.textContent()).toContain('Brak połączenia z serwerem');
    await shot(page, '08-error');
    await page.unroute('**/graphql');
    await error.getByRole('button').click();
    expect((await drawn(page)).nodes).toBe(4);

    // Filters that leave nothing: an explicit empty state that names the filters as the cause.
    await page.goto(`${app.api.url}/?area=${world.powiat}&kinds=ROPS`);
    const empty = page.getByTestId('status-empty');
    await empty.waitFor({ timeout: 20_000 });
    expect(await empty.textContent()).toMatch(/filtr/i);
    // No ties at all: the time slider has nothing to say (not "the ties are undated").
    expect(await page.getByTestId('time-slider-empty').count()).toBe(0);
    await shot(page, '09-empty-filtered');
    await page.close();
  });

  it('is usable from the keyboard, with a visible focus', async () => {
    const page = await app.open(`/?area=${world.powiat}`, { width: 1400, height: 900 });
    const reached = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const name =
          el.closest('[data-testid]')?.getAttribute('data-testid') ??
          el.getAttribute('aria-label') ??
          el.tagName;
        return { name, outline: style.outlineStyle, width: style.outlineWidth };
      });
      if (!focused) continue;
      reached.add(focused.name);
      // Every control shows where the focus is.
      expect(focused.outline, focused.name).not.toBe('none');
      expect(focused.width, focused.name).not.toBe('0px');
    }
    for (const control of [
      'institution-search',
      'language-switch',
      'area-voivodeship',
      'area-search',
      'mode-toggle',
      'layout-select',
      'size-select',
      'zoom-in',
      'filter-sectors',
      'time-range',
    ]) {
      expect([...reached], control).toContain(control);
    }
    await page.close();
  });
});
