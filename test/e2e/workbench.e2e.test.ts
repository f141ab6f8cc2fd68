import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/api.js';
import { describeViolations, seriousViolations } from '../helpers/axe.js';
import { artifactsDir } from '../helpers/browser.js';
import { useBrowserApp } from '../helpers/browser-app.js';

// The workbench under the canvas as a ROPS worker uses it: what is missing in the area, which
// pairs to bring together (ticked, downloaded, printed), at 1440×900 and on a 390×844 phone.

const app = useBrowserApp();

const open = (path: string, width = 1440, height = 900): Promise<Page> => app.open(path, { width, height });

const spotlit = (page: Page) =>
  page.evaluate(() => {
    const cy = (window as unknown as { __splotCy?: { $(s: string): Array<{ id(): string }> } }).__splotCy;
    return (cy?.$('node.spotlight').map((n) => n.id()) ?? []).sort();
  });

interface Gaps {
  coverageGaps: {
    missingKinds: Array<{ area: { teryt: string }; kind: string; expectation: string }>;
    withoutCrossSectorTie: Array<{ id: string }>;
  };
  areaNetwork: { nodes: Array<{ id: string; outside: boolean }> };
}

describe('workbench: coverage gaps', () => {
  it('lists the absent kinds area by area as the server finds them; a click lights the area up', async () => {
    const expected = (
      await gql<Gaps>(
        app.api.url,
        `{ coverageGaps(teryt: "2607") { missingKinds { area { teryt } kind expectation }
             withoutCrossSectorTie { id } }
           areaNetwork(teryt: "2607") { nodes { id outside } } }`,
      )
    ).data as Gaps;
    const page = await open('/?area=2607');
    await page.getByTestId('wb-tab-gaps').click();
    const panel = page.getByTestId('coverage-gaps');
    await panel.waitFor({ timeout: 15_000 });
    const areas = [...new Set(expected.coverageGaps.missingKinds.map((g) => g.area.teryt))];
    expect(
      await panel.getByTestId('gap-area').evaluateAll((els) => els.map((e) => e.getAttribute('data-teryt'))),
    ).toEqual(areas);
    // Every absent kind is a sentence under its area, required ones saying so.
    for (const gap of expected.coverageGaps.missingKinds) {
      const item = panel.locator(`[data-teryt="${gap.area.teryt}"] li[data-kind="${gap.kind}"]`);
      expect(await item.getAttribute('data-expectation')).toBe(gap.expectation);
    }
    const powiatOffice = panel.locator('[data-teryt="2607"] li[data-kind="POWIAT_OFFICE"]');
    expect(await powiatOffice.textContent()).toMatch(
      /Starostwo powiatowe — brak w danych \(instytucja wymagana/,
    );
    expect(await panel.getByTestId('unbridged').count()).toBe(
      expected.coverageGaps.withoutCrossSectorTie.length,
    );

    // The powiat: every institution of the network seated in it (not its partners from outside).
    const seated = expected.areaNetwork.nodes.filter((n) => !n.outside).map((n) => n.id);
    await panel.locator('[data-teryt="2607"] button').first().click();
    await expect.poll(() => spotlit(page)).toEqual(seated.sort());
    expect(await page.getByTestId('gaps-lit').textContent()).toContain(String(seated.length));
    // A gmina with nothing on the map says that is the gap, and lights nothing.
    const empty = areas.find((teryt) => teryt.length === 7 && teryt !== '2607011' && teryt !== '2607022');
    if (empty) {
      await panel.locator(`[data-teryt="${empty}"] button`).first().click();
      await expect.poll(() => page.getByTestId('gaps-lit').textContent()).toMatch(/nie jest na mapie/);
      expect(await spotlit(page)).toEqual([]);
    }
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.screenshot({ path: join(artifactsDir, 'workbench-gaps-1440.png') });
    await page.close();
  });
});

interface AreaMissing {
  missingPartners: {
    candidates: Array<{
      forInstitution: { id: string; label: string };
      institution: { id: string; label: string };
      score: number;
    }>;
  };
}

describe('workbench: missing partners of a whole area', () => {
  it('says why a complete network has no suggestion and offers the next wider circle', async () => {
    const page = await open('/?area=2607');
    await page.getByTestId('wb-tab-partners').click();
    const empty = page.getByTestId('worklist-empty');
    await empty.waitFor({ timeout: 15_000 });
    const reasons = await empty
      .locator('li')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-reason')));
    expect(reasons).toContain('ALL_TIED');
    expect(reasons).toContain('SECTOR_NOT_SEATED');
    expect(await empty.textContent()).toMatch(
      /Żadna instytucja z sektora „rynkowy” nie ma siedziby w obszarze ostrowiecki/,
    );
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.screenshot({ path: join(artifactsDir, 'workbench-partners-empty-1440.png') });
    await page.getByTestId('worklist-wider').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('area')).toBe('26');
    await expect.poll(() => page.getByTestId('network-canvas').getAttribute('data-teryt')).toBe('26');
    await page.close();
  });

  it('ranks the pairs with score parts; ticks persist; CSV, XLSX and print carry the list', async () => {
    const expected = (
      await gql<AreaMissing>(
        app.api.url,
        `{ missingPartners(teryt: "30", limit: 50) { candidates { forInstitution { id label } institution { id label } score } } }`,
      )
    ).data as AreaMissing;
    const candidates = expected.missingPartners.candidates;
    expect(candidates.length).toBeGreaterThan(0);
    const first = candidates[0] as AreaMissing['missingPartners']['candidates'][number];
    const page = await open('/?area=30');
    await page.getByTestId('wb-tab-partners').click();
    const table = page.getByTestId('worklist-table');
    await table.waitFor({ timeout: 15_000 });
    expect(await table.locator('tbody tr').count()).toBe(candidates.length);
    const row = table.locator('tbody tr').first();
    expect(await row.textContent()).toContain(first.forInstitution.label);
    expect(await row.textContent()).toContain(first.institution.label);
    expect(await row.locator('.wb-parts').textContent()).toMatch(/bliskość 2/);

    // A click on the pair lights both up.
    await row.locator('button').click();
    await expect.poll(() => spotlit(page)).toEqual([first.forInstitution.id, first.institution.id].sort());

    // Tick, reload: still ticked.
    await row.locator('input[type=checkbox]').check();
    await page.reload();
    await page.getByTestId('wb-tab-partners').click();
    await expect
      .poll(() => page.getByTestId('worklist-table').locator('tbody tr input').first().isChecked())
      .toBe(true);

    const save = async (testId: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
      return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
    };
    const csv = await save('worklist-csv');
    expect(csv.name).toBe('splot-30-brakujacy-partnerzy.csv');
    const text = csv.bytes.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(candidates.length + 1);
    expect(lines[0]).toMatch(/^#,Zrobione,Instytucja,/);
    expect(lines[1]).toContain(',tak,');
    expect(lines[1]).toContain(
      first.institution.label.includes(',') ? `"${first.institution.label}"` : first.institution.label,
    );

    const xlsx = await save('worklist-xlsx');
    expect(xlsx.name).toBe('splot-30-brakujacy-partnerzy.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet?.rowCount).toBe(candidates.length + 1);
    expect(sheet?.getRow(2).getCell(3).value).toBe(first.forInstitution.label);
    expect(sheet?.getRow(2).getCell(9).value).toBe(first.score);

    // The list opens in its own window, printed from there (headless Chromium skips the dialog).
    const [printed] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByTestId('worklist-print').click(),
    ]);
    await printed.waitForLoadState();
    expect(await printed.locator('h1').textContent()).toBe('Brakujący partnerzy: wielkopolskie');
    expect(await printed.locator('tbody tr').count()).toBe(candidates.length);
    await printed.close();

    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.screenshot({ path: join(artifactsDir, 'workbench-partners-1440.png') });
    await page.close();
  });

  it('on a 390×844 phone the workbench fits the width and every tab opens', async () => {
    const page = await open('/?area=30', 390, 844);
    for (const tab of ['gaps', 'partners'] as const) {
      await page.getByTestId(`wb-tab-${tab}`).click();
      await page.getByTestId(tab === 'gaps' ? 'coverage-gaps' : 'worklist').waitFor({ timeout: 15_000 });
      const box = await page.getByTestId('workbench').boundingBox();
      expect(box?.width).toBeLessThanOrEqual(390);
      await page
        .getByTestId('workbench')
        .screenshot({ path: join(artifactsDir, `workbench-${tab}-390.png`) });
    }
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.close();
  });
});
