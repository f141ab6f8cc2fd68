import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { artifactsDir } from '../helpers/browser.js';
import { useBrowserApp } from '../helpers/browser-app.js';

// The area's boundary and views that agree, as a user sees them: powiat ostrowiecki with its
// partners from Kielce (drawn, then hidden by the switch), the whole country, codes that name no
// area, an area without data, and an ego view found by search, whose panels say what they refer
// to. Screenshots: test/artifacts/boundary-*.png, at 1440×900 and 390×844.

const app = useBrowserApp();

const SIZES = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(artifactsDir, `boundary-${name}.png`), fullPage: true });

async function drawn(page: Page): Promise<number> {
  const canvas = page.getByTestId('network-canvas');
  await expect.poll(() => canvas.getAttribute('data-ready'), { timeout: 60_000 }).toBe('true');
  return Number(await canvas.getAttribute('data-node-count'));
}

/** The nodes on the canvas, with the `outside` flag they are drawn with. */
const canvasNodes = (page: Page) =>
  page.evaluate(() => {
    const cy = (
      window as unknown as {
        __splotCy?: { nodes(): Array<{ id(): string; data(k: string): unknown; visible(): boolean }> };
      }
    ).__splotCy;
    return (cy?.nodes() ?? [])
      .filter((n) => n.visible())
      .map((n) => ({ id: n.id(), outside: n.data('outside') === true }));
  });

const query = (page: Page) => new URL(page.url()).searchParams;

async function open(size: (typeof SIZES)[number], search: string): Promise<Page> {
  const page = await app.chromium.context.newPage();
  await page.setViewportSize({ width: size.width, height: size.height });
  await page.goto(`${app.api.url}/${search}`);
  return page;
}

describe('the area boundary in the explorer', () => {
  for (const size of SIZES) {
    it(`draws the partners of powiat ostrowiecki outside it and hides them with the switch (${size.name})`, async () => {
      const page = await open(size, '?area=2607');
      const all = await drawn(page);
      const outside = (await canvasNodes(page)).filter((n) => n.outside).map((n) => n.id);
      expect(outside).toEqual(expect.arrayContaining(['koowes', 'rops-swietokrzyskie']));
      await expect.poll(() => page.getByTestId('legend-outside').isVisible()).toBe(true);
      await expect
        .poll(() => page.getByTestId('boundary-ties').textContent(), { timeout: 30_000 })
        .toMatch(/\d+/);
      await shot(page, `2607-outside-shown-${size.name}`);

      await page.getByTestId('boundary-switch').locator('input').uncheck();
      await expect.poll(() => query(page).get('outside')).toBe('hide');
      await expect.poll(async () => (await canvasNodes(page)).some((n) => n.outside)).toBe(false);
      expect(await drawn(page)).toBe(all - outside.length);
      expect(await page.getByTestId('legend-outside').count()).toBe(0);
      await shot(page, `2607-outside-hidden-${size.name}`);
      await page.close();
    });

    it(`names an unknown or malformed code and draws no network of another area (${size.name})`, async () => {
      for (const code of ['9999', 'abc']) {
        const page = await open(size, `?area=${code}`);
        const problem = page.getByTestId('area-problem');
        await expect
          .poll(() => problem.getAttribute('data-kind'), { timeout: 30_000 })
          .toBe(code === 'abc' ? 'malformed' : 'unknown');
        expect(await problem.textContent()).toContain(`„${code}”`);
        expect(query(page).get('area')).toBe(code);
        expect(await canvasNodes(page)).toEqual([]);
        await shot(page, `area-${code}-${size.name}`);
        await page.close();
      }
    });
  }

  it('holds the partners outside in the two-mode view too', async () => {
    const page = await open(SIZES[0], '?area=2607&mode=AFFILIATIONS');
    await drawn(page);
    const nodes = await canvasNodes(page);
    expect(nodes.filter((n) => n.outside).map((n) => n.id)).toEqual(expect.arrayContaining(['koowes']));
    expect(nodes.map((n) => n.id)).toContain('spotkanie-2019-baltow');
    await shot(page, '2607-two-mode');
    await page.close();
  });

  it('names a code typed in the area search', async () => {
    const page = await open(SIZES[0], '?area=2607');
    await drawn(page);
    const search = page.getByTestId('area-search');
    await search.locator('input').fill('9999');
    await search.getByTestId('area-search-option').filter({ hasText: '9999' }).click();
    await expect.poll(() => query(page).get('area')).toBe('9999');
    await expect.poll(() => page.getByTestId('area-problem').textContent()).toContain('„9999”');
    expect(await canvasNodes(page)).toEqual([]);
    await page.close();
  });

  it('says an area has no data and offers the nearest areas that have, as links', async () => {
    // Powiat buski (2601) holds no institution of the demo data; its voivodeship does.
    const page = await open(SIZES[0], '?area=2601');
    const problem = page.getByTestId('area-problem');
    await expect.poll(() => problem.getAttribute('data-kind'), { timeout: 30_000 }).toBe('noData');
    expect(await problem.textContent()).toContain('2601');
    const links = problem.locator('a');
    const offered = await links.evaluateAll((as) => as.map((a) => a.getAttribute('data-teryt')));
    expect(offered).toEqual(expect.arrayContaining(['26', '2607', 'PL']));
    expect(await problem.locator('a[data-teryt="26"]').getAttribute('href')).toContain('area=26');
    await shot(page, 'area-2601-no-data');
    await problem.locator('a[data-teryt="26"]').click();
    await expect.poll(() => query(page).get('area')).toBe('26');
    expect(await drawn(page)).toBeGreaterThan(0);
    await page.close();
  });

  it('offers the whole country in the picker, the URL, the analytics and the export', async () => {
    const page = await open(SIZES[0], '?area=2607');
    await drawn(page);
    await page.getByTestId('area-voivodeship').selectOption('PL');
    await expect.poll(() => query(page).get('area')).toBe('PL');
    const { records } = await app.api.driver.executeQuery('MATCH (i:Institution) RETURN count(i) AS n');
    await expect.poll(() => drawn(page), { timeout: 60_000 }).toBe(Number(records[0]?.get('n')));
    expect((await canvasNodes(page)).some((n) => n.outside)).toBe(false);
    expect(await page.getByTestId('boundary-switch').count()).toBe(0);
    await expect.poll(() => page.getByTestId('analytics-scope').textContent()).toContain('Polska');
    await page.getByTestId('export-menu').locator('summary').click();
    expect(await page.locator('[data-format="gexf"]').getAttribute('href')).toMatch(/\/export\/PL\.gexf/);
    expect(await page.getByTestId('export-scope').textContent()).toContain('Cała Polska');
    await shot(page, 'country');
    await page.close();
  });

  for (const size of SIZES) {
    it(`moves the canvas and says what the panels refer to after a search (${size.name})`, async () => {
      const page = await open(size, '?area=2607');
      await drawn(page);
      const search = page.getByTestId('institution-search');
      await search.locator('input').fill('Krzemienny');
      await search.getByTestId('institution-search-option').first().click();
      await expect.poll(() => query(page).get('focus')).toBe('lgd-krzemienny-krag');
      await drawn(page);
      await expect.poll(() => page.getByTestId('ego-scope').textContent()).toContain('ostrowiecki');
      const scope = await page.getByTestId('analytics-scope').textContent();
      expect(scope).toContain('ostrowiecki');
      expect(scope).toContain('nie sieci wokół');
      // On a phone the export menu sits in the folded controls: unfold them first.
      if (await page.getByTestId('toolbar-fold').count()) {
        await page.locator('[data-testid="toolbar-fold"] > summary').click();
      }
      await page.getByTestId('export-menu').locator('summary').click();
      expect(await page.getByTestId('export-scope').textContent()).toContain('nie sieć wokół');
      await shot(page, `ego-scope-${size.name}`);
      await page.close();
    });
  }
});
