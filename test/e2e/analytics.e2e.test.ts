import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/api.js';
import { artifactsDir } from '../helpers/browser.js';
import { useBrowserApp } from '../helpers/browser-app.js';

const app = useBrowserApp();

describe('analytics beside the network', () => {
  it('shows the sector matrix and the brokers; a broker click selects it on the canvas', async () => {
    const expected = await gql<{
      sectorMatrix: { ties: number; blocks: Array<{ from: string; to: string; ties: number }> };
      brokers: { ranking: Array<{ id: string; label: string }> };
    }>(
      app.api.url,
      `{ sectorMatrix(teryt: "2607") { ties blocks { from to ties } }
         brokers(teryt: "2607", limit: 10) { ranking { id label } } }`,
    );
    const page = await app.chromium.context.newPage();
    await page.goto(`${app.api.url}/?area=2607`);
    await expect
      .poll(() => page.getByTestId('network-canvas').getAttribute('data-ready'), { timeout: 30_000 })
      .toBe('true');

    const matrix = page.getByTestId('sector-matrix');
    await matrix.waitFor({ timeout: 15_000 });
    // Every cell shows the server's tie count for its pair of sectors.
    for (const block of expected.data?.sectorMatrix.blocks ?? []) {
      const cell = matrix.locator(`td[data-from="${block.from}"][data-to="${block.to}"]`);
      expect(await cell.textContent()).toBe(String(block.ties));
    }

    const table = page.getByTestId('brokers-table');
    await table.waitFor({ timeout: 15_000 });
    const ranking = expected.data?.brokers.ranking ?? [];
    expect(await table.locator('tbody tr').count()).toBe(ranking.length);
    const first = ranking[0];
    expect(first).toBeDefined();
    await table.locator(`tr[data-node-id="${first?.id}"] button`).click();
    await expect
      .poll(() => page.getByTestId('node-details').getAttribute('data-node-id'), { timeout: 5_000 })
      .toBe(first?.id);
    const selected = await page.evaluate(() => {
      const cy = (window as unknown as { __splotCy?: { $(s: string): Array<{ id(): string }> } }).__splotCy;
      return cy?.$('node:selected').map((n) => n.id()) ?? [];
    });
    expect(selected).toEqual([first?.id]);
    await page.screenshot({ path: join(artifactsDir, 'analytics-powiat-ostrowiecki.png'), fullPage: true });
  });
});
