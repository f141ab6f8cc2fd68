import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/api.js';
import { describeViolations, seriousViolations } from '../helpers/axe.js';
import { artifactsDir } from '../helpers/browser.js';
import { useBrowserApp } from '../helpers/browser-app.js';

// The data table beside the canvas, as a Gephi Lite or Kumu user looks for it: every measure the
// server computes per institution, sorted, searched, tied to the canvas both ways; and the
// canvas appearance it drives (colour by, size by, label size, full names on hover).

const app = useBrowserApp();

interface Expected {
  measures: Array<{ id: string; nodeMetric: boolean; label: string; meaning: string; whenZero: string }>;
  nodeMetrics: { ids: string[]; metrics: Array<{ id: string; values: Array<number | null> }> };
  brokers: { ranking: Array<{ id: string; community: number; brokerage: { liaison: number } }> };
  areaNetwork: { nodes: Array<{ id: string; label: string }> };
}

type Cy = {
  getElementById(id: string): {
    data(k: string): unknown;
    emit(e: string): void;
    style(k: string): string;
    renderedStyle(k: string): string;
  };
  nodes(): Array<{ id(): string; data(k: string): unknown; style(k: string): string }>;
  $(s: string): Array<{ id(): string }>;
};

const open = (path: string, width = 1440, height = 900): Promise<Page> => app.open(path, { width, height });

describe('workbench: data table', () => {
  it('lists every registered measure per institution as the server computes it, sorted, searched, linked to the canvas', async () => {
    const expected = (
      await gql<Expected>(
        app.api.url,
        `{ measures { id nodeMetric label meaning whenZero }
           nodeMetrics(teryt: "24") { ids metrics { id values } }
           brokers(teryt: "24", limit: null) { ranking { id community brokerage { liaison } } }
           areaNetwork(teryt: "24") { nodes { id label } } }`,
      )
    ).data as Expected;
    const page = await open('/?area=24');
    await page.getByTestId('wb-tab-table').click();
    const table = page.getByTestId('measures-table');
    await table.waitFor({ timeout: 15_000 });
    expect(await table.locator('tbody tr').count()).toBe(expected.areaNetwork.nodes.length);

    // The columns are the registry's metrics (server order) and the roles: one registry.
    const sortKeys = await table
      .locator('thead button')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-sort')));
    const registered = expected.measures.filter((m) => m.nodeMetric).map((m) => m.id);
    expect(sortKeys).toEqual([
      'label',
      'sector',
      ...registered,
      'coordinator',
      'consultant',
      'representative',
      'gatekeeper',
      'liaison',
      'community',
    ]);
    // Every cell holds the server's value for its institution (read in one go: the page is busy).
    const cells = await table.locator('tbody tr').evaluateAll((rows) =>
      Object.fromEntries(
        rows.map((row) => [
          row.getAttribute('data-id'),
          {
            degree: row.querySelector('td[data-col="degree"]')?.textContent,
            community: row.querySelector('td[data-col="community"]')?.textContent,
          },
        ]),
      ),
    );
    const degree = expected.nodeMetrics.metrics.find((m) => m.id === 'degree');
    for (const [i, id] of expected.nodeMetrics.ids.entries()) {
      const community = expected.brokers.ranking.find((b) => b.id === id)?.community;
      expect(cells[id]).toEqual({
        degree: String(degree?.values[i]),
        community: String((community ?? -2) + 1),
      });
    }

    // Sorting by a column: descending first, again ascending.
    const weighted = expected.nodeMetrics.metrics.find((m) => m.id === 'weightedDegree')?.values ?? [];
    const header = table.locator('button[data-sort="weightedDegree"]');
    await header.click();
    const firstId = await table.locator('tbody tr').first().getAttribute('data-id');
    expect(weighted[expected.nodeMetrics.ids.indexOf(firstId ?? '')]).toBe(
      Math.max(...(weighted as number[])),
    );
    expect(await table.locator('th[aria-sort="descending"] button').getAttribute('data-sort')).toBe(
      'weightedDegree',
    );
    await header.click();
    expect(await table.locator('th[aria-sort="ascending"] button').getAttribute('data-sort')).toBe(
      'weightedDegree',
    );

    // Searching without diacritics.
    await page.getByTestId('table-search').fill('zarki');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
    const zarki = await table.locator('tbody tr').first().getAttribute('data-id');
    expect(zarki).toBe('gmina-zarki');

    // Row → canvas.
    await table.locator('tbody tr button').first().click();
    await expect
      .poll(() => page.getByTestId('node-details').getAttribute('data-node-id'), { timeout: 5_000 })
      .toBe('gmina-zarki');
    expect(
      await page.evaluate(() =>
        (window as unknown as { __splotCy: Cy }).__splotCy.$('node:selected').map((n) => n.id()),
      ),
    ).toEqual(['gmina-zarki']);
    // Canvas → row.
    await page.getByTestId('table-search').fill('');
    await page.evaluate(() =>
      (window as unknown as { __splotCy: Cy }).__splotCy.getElementById('fundacja-feniks').emit('tap'),
    );
    await expect
      .poll(() => table.locator('tr[aria-selected="true"]').getAttribute('data-id'))
      .toBe('fundacja-feniks');

    // The ties of the view.
    await page.getByTestId('table-ties').click();
    const ties = page.getByTestId('ties-table');
    expect(await ties.locator('tbody tr').count()).toBe(
      Number(await page.getByTestId('network-canvas').getAttribute('data-edge-count')),
    );

    // Every measure explained, in Polish, with when it is 0.
    const explained = page.getByTestId('measure-explanations');
    await explained.locator('summary').click();
    const explanations = await explained.textContent();
    for (const m of expected.measures) {
      expect(explanations).toContain(m.meaning);
      expect(explanations).toContain(m.whenZero);
    }
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.screenshot({ path: join(artifactsDir, 'workbench-table-1440.png') });
    await page.close();
    // Many steps on one page: on a busy 2-core machine this takes up to two minutes.
  }, 240_000);

  it('colours nodes by community, sizes them by a server measure, sets the label size; hover shows the full name', async () => {
    const page = await open('/?area=24');
    await page.getByTestId('wb-tab-table').click();
    await page.getByTestId('measures-table').waitFor({ timeout: 15_000 });
    const colours = () =>
      page.evaluate(() =>
        Object.fromEntries(
          (window as unknown as { __splotCy: Cy }).__splotCy
            .nodes()
            .map((n) => [n.id(), n.data('color') as string]),
        ),
      );
    const bySector = await colours();
    await page.getByTestId('colour-by').selectOption('kind');
    await expect.poll(async () => JSON.stringify(await colours())).not.toBe(JSON.stringify(bySector));
    const byKind = await colours();
    // Same kind, same colour; the three social cooperatives of Żarki/Częstochowa share one.
    expect(byKind['ss-manufaktura']).toBe(byKind['ss-amonit-jura']);
    expect(byKind['ss-manufaktura']).not.toBe(byKind['gmina-zarki']);
    expect(await page.getByTestId('colour-legend').locator('li').count()).toBe(
      new Set(Object.values(byKind)).size,
    );
    await page.getByTestId('colour-by').selectOption('community');
    await expect.poll(() => page.getByTestId('colour-legend').textContent()).toMatch(/Społeczność 1/);

    const sizes = () =>
      page.evaluate(() =>
        Object.fromEntries(
          (window as unknown as { __splotCy: Cy }).__splotCy
            .nodes()
            .map((n) => [n.id(), n.data('size') as number]),
        ),
      );
    await page.getByTestId('size-by').selectOption('eiIndex');
    await expect.poll(async () => new Set(Object.values(await sizes())).size).toBeGreaterThan(1);

    // The label size is what the label reads on screen (px) at this zoom, by the canvas's rule
    // (web/src/core/appearance/readable-labels.ts).
    await page.getByTestId('label-size').fill('16');
    await expect
      .poll(() =>
        page
          .evaluate(() => {
            const cy = (window as unknown as { __splotCy: Cy & { zoom(): number } }).__splotCy;
            return {
              font: Number.parseFloat(cy.getElementById('gmina-zarki').style('font-size')),
              zoom: cy.zoom(),
            };
          })
          // On screen: 16 px, or 16 × zoom when zoomed in (the picture grows, its labels with it).
          .then(({ font, zoom }) => Math.round(font * zoom) === Math.round(16 * Math.max(1, zoom))),
      )
      .toBe(true);

    // Full names on hover: the label becomes the whole name.
    const full = await page.evaluate(() => {
      const cy = (window as unknown as { __splotCy: Cy }).__splotCy;
      const node = cy.getElementById('cis-czestochowa-feniks');
      node.emit('mouseover');
      return { label: node.style('label'), full: node.data('fullLabel') };
    });
    expect(full.label).toBe(full.full);
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(artifactsDir, 'workbench-appearance-1440.png') });
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.close();
  });

  it('on a 390×844 phone the table scrolls inside itself, not the page', async () => {
    const page = await open('/?area=24', 390, 844);
    await page.getByTestId('wb-tab-table').click();
    await page.getByTestId('measures-table').waitFor({ timeout: 15_000 });
    const box = await page.getByTestId('data-table').boundingBox();
    expect(box?.width).toBeLessThanOrEqual(390);
    await page.getByTestId('workbench').screenshot({ path: join(artifactsDir, 'workbench-table-390.png') });
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.close();
  });
});
