import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { gql } from '../helpers/api.js';
import { describeViolations, seriousViolations } from '../helpers/axe.js';
import { artifactsDir, PHONE } from '../helpers/browser.js';
import { useBrowserApp } from '../helpers/browser-app.js';

// The printable area report: one click in the explorer gives a PDF of what is on screen; read
// back with poppler's pdftotext and its first page rendered with pdftoppm and looked at.

const dir = mkdtempSync(join(tmpdir(), 'splot-report-'));

const app = useBrowserApp();

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
});

/** Clicks "Raport PDF", saves the download, returns its text (whitespace made single spaces). */
async function report(page: Page, name: string): Promise<{ file: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('report-pdf').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^splot-raport-2607-\d{4}-\d{2}-\d{2}\.pdf$/);
  const file = join(dir, `${name}.pdf`);
  await download.saveAs(file);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return { file, text: text.replace(/\s+/g, ' ') };
}

describe('the area report', () => {
  it('is a PDF of the area on screen: name, matrix values, sources, in Polish with its diacritics', async () => {
    const { data } = await gql<{
      sectorMatrix: {
        area: { name: string };
        blocks: Array<{ from: string; to: string; ties: number; density: number | null }>;
      };
    }>(app.api.url, '{ sectorMatrix(teryt: "2607") { area { name } blocks { from to ties density } } }');
    const matrix = data?.sectorMatrix;
    const { records } = await app.api.driver.executeQuery(
      `MATCH (i:Institution)-[:LOCATED_IN]->(:Area)-[:PART_OF*0..2]->(:Area {teryt: "2607"})
       MATCH (i)-[:MEMBER_OF|TAKES_PART]->(x)-[:DOCUMENTED_BY]->(s:Source)
       RETURN DISTINCT s.title AS title`,
    );
    const titles = records.map((r) => r.get('title') as string);
    expect(titles.length).toBeGreaterThan(0);

    const page = await app.open('/?area=2607');
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.screenshot({ path: join(artifactsDir, 'report-button-1440.png') });
    const { file, text } = await report(page, 'pl');
    expect(text).toContain(`Raport obszaru: ${matrix?.area.name}`);
    // Every non-empty cell of the matrix, as the server counts it: "ties (density)".
    const percent = new Intl.NumberFormat('pl-PL', { style: 'percent', maximumFractionDigits: 1 });
    const cells = (matrix?.blocks ?? []).filter((b) => b.ties > 0);
    expect(cells.length).toBeGreaterThan(0);
    for (const b of cells) {
      expect(text).toContain(`${b.ties} (${percent.format(b.density ?? 0).replace(/\s/g, ' ')})`);
    }
    for (const title of titles) expect(text).toContain(title.replace(/\s+/g, ' '));
    for (const letter of ['ą', 'ł', 'ś', 'ę', 'ż']) expect(text).toContain(letter);
    for (const section of [
      'Macierz sektorów',
      'Luki w pokryciu',
      'Kto łączy sektory',
      'Brakujący partnerzy',
      'Cytowane źródła',
      'Model czasu',
    ]) {
      expect(text).toContain(section);
    }
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '70',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      file,
      join(artifactsDir, 'report-page1'),
    ]);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '70',
      '-f',
      '2',
      '-l',
      '2',
      '-singlefile',
      file,
      join(artifactsDir, 'report-page2'),
    ]);
    await page.close();
  });

  it('follows the language and the filters on screen; on a phone the button is in the folded controls', async () => {
    const page = await app.open('/?area=2607&lang=en&sectors=PUBLIC');
    const { text } = await report(page, 'en');
    expect(text).toContain('Area report');
    expect(text).toContain('Filters: public');
    expect(text).not.toContain('Raport obszaru');
    await page.close();

    const phone = await app.open('/?area=2607', PHONE);
    await phone.locator('[data-testid="toolbar-fold"] > summary').click();
    await phone.getByTestId('report-pdf').scrollIntoViewIfNeeded();
    await phone.screenshot({ path: join(artifactsDir, 'report-button-390.png') });
    const { text: phoneText } = await report(phone, 'phone');
    expect(phoneText).toContain('Raport obszaru');
    await phone.close();
  });
});
