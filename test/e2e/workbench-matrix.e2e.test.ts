import { join } from 'node:path';
import { COLLABORATION_KINDS, SECTORS as SECTOR_ROWS } from '@splot/domain';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/api.js';
import { describeViolations, seriousViolations } from '../helpers/axe.js';
import { artifactsDir, PHONE } from '../helpers/browser.js';
import { useBrowserApp } from '../helpers/browser-app.js';

// The sector matrix a non-specialist can read: named columns, a colour scale, and a cell that
// shows its block's ties on the canvas.

const app = useBrowserApp();

describe('sector matrix, readable', () => {
  it('names its columns, shows its scale, and a click on a cell lights up that block on the canvas', async () => {
    const expected = (
      await gql<{ sectorMatrix: { blocks: Array<{ from: string; to: string; ties: number }> } }>(
        app.api.url,
        `{ sectorMatrix(teryt: "24") { blocks { from to ties } } }`,
      )
    ).data;
    const block = expected?.sectorMatrix.blocks.find((b) => b.from === 'PUBLIC' && b.to === 'SOCIAL_ECONOMY');
    expect(block?.ties).toBeGreaterThan(0);
    const page = await app.open('/?area=24');
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

type Cells = Record<string, number>;

/** The matrix's cells as "FROM|TO" → ties, read from the page (once no request is pending). */
async function matrixOnScreen(page: Page): Promise<Cells> {
  await page.getByTestId('sector-matrix').waitFor();
  return page.evaluate(() =>
    Object.fromEntries(
      Array.from(document.querySelectorAll<HTMLElement>('[data-testid="sector-matrix"] td[data-from]')).map(
        (td) => [`${td.dataset.from}|${td.dataset.to}`, Number(td.dataset.ties)],
      ),
    ),
  );
}

/** The server's matrix for the same area and filters. */
async function matrixOfServer(args: string): Promise<Cells> {
  const { data } = await gql<{ sectorMatrix: { blocks: Array<{ from: string; to: string; ties: number }> } }>(
    app.api.url,
    `{ sectorMatrix(teryt: "24"${args}) { blocks { from to ties } } }`,
  );
  return Object.fromEntries((data?.sectorMatrix.blocks ?? []).map((b) => [`${b.from}|${b.to}`, b.ties]));
}

/** The ties drawn on the canvas between two institutions of the area, counted per sector pair. */
function canvasCells(page: Page): Promise<Cells> {
  return page.evaluate(() => {
    type El = { data(k: string): unknown; source(): El; target(): El; visible(): boolean };
    const cy = (window as unknown as { __splotCy: { edges(): El[] } }).__splotCy;
    const cells: Record<string, number> = {};
    for (const edge of cy.edges()) {
      const [a, b] = [edge.source(), edge.target()];
      if (a.data('outside') || b.data('outside') || !edge.visible()) continue;
      const [x, y] = [String(a.data('sector')), String(b.data('sector'))];
      cells[`${x}|${y}`] = (cells[`${x}|${y}`] ?? 0) + 1;
      if (x !== y) cells[`${y}|${x}`] = (cells[`${y}|${x}`] ?? 0) + 1;
    }
    return cells;
  });
}

const SECTORS = SECTOR_ROWS.map((s) => s.code);
const TIE_KINDS = ['PARTNERSHIP', ...COLLABORATION_KINDS];

const nonZero = (cells: Cells) => Object.fromEntries(Object.entries(cells).filter(([, n]) => n > 0));

describe('sector matrix follows the filters on screen', () => {
  it('recounts when a sector is unticked and when one tie kind is kept, as the canvas draws it', async () => {
    const page = await app.open('/?area=24');
    const all = await matrixOnScreen(page);
    expect(all).toEqual(await matrixOfServer(''));
    expect(nonZero(all)).toEqual(await canvasCells(page));
    // Keep one tie kind only (the tie filter; the kind the demo data has most ties of, but not
    // all): fewer ties, as the server and the canvas count them.
    const byKind = await Promise.all(
      TIE_KINDS.map(async (kind) => ({ kind, cells: await matrixOfServer(`, tieKinds: [${kind}]`) })),
    );
    const total = (cells: Cells) => Object.values(cells).reduce((a, b) => a + b, 0);
    const [{ kind, cells: oneKind } = { kind: '', cells: {} }] = byKind
      .filter((k) => total(k.cells) < total(all))
      .sort((a, b) => total(b.cells) - total(a.cells));
    await page.locator('summary', { hasText: 'Rodzaje powiązań' }).click();
    await page.getByTestId('filter-ties').locator(`li:has(input[data-value="${kind}"]) button.only`).click();
    await expect.poll(() => matrixOnScreen(page)).toEqual(oneKind);
    expect(nonZero(oneKind)).toEqual(await canvasCells(page));
    expect(oneKind).not.toEqual(all);
    expect(await page.getByTestId('analytics-scope').textContent()).toContain('filtry');

    // Then untick the sector with the fewest (but some) of those ties: its row and column gone
    // (not zeros, which would say the area has no such ties), the rest as the server counts them.
    const rowSum = (s: string) => SECTORS.reduce((sum, t) => sum + (oneKind[`${s}|${t}`] ?? 0), 0);
    const [drop = ''] = SECTORS.filter((s) => rowSum(s) > 0).sort((a, b) => rowSum(a) - rowSum(b));
    expect(rowSum(drop)).toBeGreaterThan(0);
    const kept = SECTORS.filter((s) => s !== drop);
    await page.getByTestId('filter-sectors').locator(`input[data-value="${drop}"]`).click();
    const expected = await matrixOfServer(`, sectors: [${kept}], tieKinds: [${kind}]`);
    await expect.poll(() => matrixOnScreen(page)).toEqual(expected);
    expect(rowSum(drop)).toBeGreaterThan(0);
    expect(Object.keys(expected).filter((cell) => cell.split('|').includes(drop))).toEqual([]);
    expect(Object.keys(expected)).toHaveLength(kept.length * kept.length);
    expect(nonZero(expected)).toEqual(await canvasCells(page));
    expect(expected).not.toEqual(oneKind);
    expect(Object.values(expected).some((n) => n > 0)).toBe(true);
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.getByTestId('sector-matrix').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(artifactsDir, 'matrix-filtered-1440.png') });
    await page.close();

    const phone = await app.open(`/?area=24&sectors=${kept}&ties=${kind}`, PHONE);
    expect(await matrixOnScreen(phone)).toEqual(expected);
    await phone.getByTestId('sector-matrix').scrollIntoViewIfNeeded();
    await phone.screenshot({ path: join(artifactsDir, 'matrix-filtered-390.png') });
    await phone.close();
  });
});
