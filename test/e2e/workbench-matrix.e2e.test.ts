import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Splot } from '../../server/src/startup.js';
import { gql, startTestApi } from '../helpers/api.js';
import { describeViolations, seriousViolations } from '../helpers/axe.js';
import { artifactsDir, launchChromium, type TestBrowser } from '../helpers/browser.js';

// The sector matrix a non-specialist can read: named columns, a colour scale, and a cell that
// shows its block's ties on the canvas.

let api: Splot;
let chromium: TestBrowser;

beforeAll(async () => {
  [api, chromium] = await Promise.all([startTestApi(), launchChromium()]);
});

afterAll(async () => {
  await chromium?.close();
  await api?.stop();
});

describe('sector matrix, readable', () => {
  it('names its columns, shows its scale, and a click on a cell lights up that block on the canvas', async () => {
    const expected = (
      await gql<{ sectorMatrix: { blocks: Array<{ from: string; to: string; ties: number }> } }>(
        api.url,
        `{ sectorMatrix(teryt: "24") { blocks { from to ties } } }`,
      )
    ).data;
    const block = expected?.sectorMatrix.blocks.find((b) => b.from === 'PUBLIC' && b.to === 'SOCIAL_ECONOMY');
    expect(block?.ties).toBeGreaterThan(0);
    const page = await chromium.context.newPage();
    page.setDefaultTimeout(30_000);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${api.url}/?area=24`);
    await expect
      .poll(() => page.getByTestId('network-canvas').getAttribute('data-ready'), { timeout: 30_000 })
      .toBe('true');
    const matrix = page.getByTestId('sector-matrix');
    await matrix.waitFor();
    // The first table is the matrix; the second lists the ties leaving the area.
    expect(await matrix.locator('thead').first().textContent()).toContain('ekonomii społecznej');
    expect(await page.getByTestId('density-legend').textContent()).toMatch(/0%.*100%/);
    await matrix.locator('td[data-from="PUBLIC"][data-to="SOCIAL_ECONOMY"] button').click();
    const lit = await page.evaluate(() => {
      const cy = (
        window as unknown as {
          __splotCy: {
            $(
              s: string,
            ): Array<{ source(): { data(k: string): string }; target(): { data(k: string): string } }>;
          };
        }
      ).__splotCy;
      return cy
        .$('edge.spotlight')
        .map((e) => [e.source().data('sector'), e.target().data('sector')].sort().join('|'));
    });
    expect(lit).toHaveLength(block?.ties ?? -1);
    expect(new Set(lit)).toEqual(new Set(['PUBLIC|SOCIAL_ECONOMY']));
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.screenshot({ path: join(artifactsDir, 'workbench-matrix-1440.png') });
    await page.close();
  });
});
