import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactsDir } from '../helpers/browser.js';
import { useBrowserApp } from '../helpers/browser-app.js';
import { csvFile } from '../helpers/import-files.js';
import { authHeader } from '../helpers/tokens.js';
import { createWorld, type World } from '../helpers/world.js';

// The import dialog as an editor uses it: choose a Windows-1250 CSV, check it, read the report
// and the problems, fix nothing, import the valid rows.

let world: World;

const app = useBrowserApp();

beforeAll(async () => {
  world = await createWorld(app.api.driver, 'import-ui');
});

afterAll(async () => {
  await world?.remove();
});

describe('the import dialog', () => {
  it('checks a file, shows the report with its problems, then imports the valid rows', async () => {
    const page = await app.chromium.context.newPage();
    // Signed in as an editor of the test's region, where the explorer's sign-in keeps the token.
    const token = (await authHeader('editor', [world.powiat.slice(0, 2)])).authorization?.replace(
      'Bearer ',
      '',
    );
    await page.addInitScript((t) => window.sessionStorage.setItem('splot.token', t), token ?? '');
    await page.goto(`${app.api.url}/?lang=en`);
    await page.getByTestId('import-open').click();
    const dialog = page.getByTestId('import-dialog');
    const file = csvFile(
      [
        ['id', 'nazwa', 'rodzaj', 'teryt', 'nip'],
        [`${world.prefix}-w1`, 'Warsztat Terapii Zajęciowej w Ćmielowie', 'WTZ', world.gmina, ''],
        [`${world.prefix}-w2`, 'Zakład Aktywności Zawodowej', 'ZAZ', world.gmina, '1234563219'],
      ],
      { encoding: 'windows-1250', delimiter: ';' },
    );
    await dialog
      .getByTestId('import-file')
      .setInputFiles({ name: 'instytucje.csv', mimeType: 'text/csv', buffer: file });
    await dialog.getByTestId('import-check').click();
    const report = dialog.locator('.import-report');
    await expect.poll(() => report.getAttribute('data-outcome'), { timeout: 15_000 }).toBe('dry-run');
    expect(await dialog.locator('tr[data-kind="institutions"]').textContent()).toBe('Institutions1001');
    expect(await dialog.getByTestId('import-problems').textContent()).toMatch(
      /instytucje\.csv · #3 · nip: nip is not a valid NIP/,
    );
    await page.screenshot({ path: join(artifactsDir, 'import-dialog-dry-run.png') });

    await dialog.getByRole('checkbox').check();
    await dialog.getByTestId('import-apply').click();
    await expect.poll(() => report.getAttribute('data-outcome'), { timeout: 15_000 }).toBe('applied');
    const { records } = await app.api.driver.executeQuery(
      'MATCH (i:Institution) WHERE i.id STARTS WITH $p AND i.kind IN ["WTZ", "ZAZ"] RETURN i.name AS name',
      { p: world.prefix },
    );
    expect(records.map((r) => r.get('name'))).toEqual(['Warsztat Terapii Zajęciowej w Ćmielowie']);
  });
});
