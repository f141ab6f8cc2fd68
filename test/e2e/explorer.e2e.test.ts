import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from '../helpers/api.js';
import { describeViolations, seriousViolations } from '../helpers/axe.js';
import { artifactsDir, drawn } from '../helpers/browser.js';
import { useBrowserApp } from '../helpers/browser-app.js';

// The explorer as its users work: powiat ostrowiecki → two sectors → an institution found
// without diacritics → its details and missing partners → the link in a fresh page → English →
// GEXF. Every step is photographed under test/artifacts/explorer-*.png.

// Every demo institution of świętokrzyskie is already tied to every other, so the test adds a
// partner-to-be: an untied firm in powiat opatowski (no other test's area), with a generated id
// as other files expect of test records in the demo voivodeships.
const firm = randomUUID();
const firmName = `Przedsiębiorstwo Usługowe „Próba ${firm.slice(0, 4)}” w Opatowie`;

const app = useBrowserApp();

beforeAll(async () => {
  await app.api.driver.executeQuery(
    `MATCH (a:Area {teryt: '2606'}), (s:Sector {code: 'MARKET'})
     CREATE (i:Institution {id: $firm, name: $firmName, kind: 'COMPANY'})
     CREATE (i)-[:LOCATED_IN]->(a), (i)-[:IN_SECTOR]->(s)`,
    { firm, firmName },
  );
});

afterAll(async () => {
  await app.api?.driver.executeQuery('MATCH (i:Institution {id: $firm}) DETACH DELETE i', { firm });
});

/** Ids of what the canvas marks as a suggested partner (nodes and the dashed line). */
const suggested = (page: Page) =>
  page.evaluate(() => {
    const cy = (window as unknown as { __splotCy?: { $(s: string): Array<{ id(): string }> } }).__splotCy;
    return cy?.$('node.suggested').map((n) => n.id()) ?? [];
  });

const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(artifactsDir, `explorer-${name}.png`) });

const query = (page: Page) => new URL(page.url()).searchParams;

describe('the explorer, as a user works with it', () => {
  it('finds, filters, focuses, shares and exports a view', async () => {
    const page = await app.open('/', { width: 1400, height: 900 });
    await shot(page, '01-open');

    // 1. powiat ostrowiecki through the hierarchy.
    await page.getByTestId('area-voivodeship').selectOption('26');
    await page.getByTestId('area-powiat').selectOption('2607');
    await expect.poll(() => query(page).get('area'), { timeout: 20_000 }).toBe('2607');
    const all = await drawn(page);
    expect(all.nodes).toBeGreaterThan(0);

    // 2. Two sectors: "only public", then tick non-governmental back on.
    const sectors = page.getByTestId('filter-sectors');
    await sectors
      .locator('li', { has: page.locator('[data-value="PUBLIC"]') })
      .getByRole('button')
      .click();
    await sectors.locator('[data-value="NGO"]').check();
    await expect.poll(() => query(page).get('sectors'), { timeout: 20_000 }).toBe('PUBLIC,NGO');
    const expected = await gql<{ areaNetwork: { nodes: unknown[]; edges: unknown[] } }>(
      app.api.url,
      'query { areaNetwork(teryt: "2607", sectors: [PUBLIC, NGO]) { nodes { id } edges { id } } }',
    );
    const filtered = await drawn(page);
    expect(filtered.nodes).toBe(expected.data?.areaNetwork.nodes.length);
    expect(filtered.edges).toBe(expected.data?.areaNetwork.edges.length);
    const legendSectors = await page
      .getByTestId('legend')
      .locator('[data-sector]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-sector')));
    expect(legendSectors.every((s) => s === 'PUBLIC' || s === 'NGO')).toBe(true);
    await shot(page, '02-two-sectors');

    // The time slider: back to the first dated step, then Back in the browser undoes it.
    const range = page.getByTestId('time-range');
    if (await range.count()) {
      await range.fill('0');
      await expect.poll(() => query(page).get('asOf'), { timeout: 20_000 }).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const early = await drawn(page);
      expect(early.edges).toBeLessThanOrEqual(filtered.edges);
      await shot(page, '03-as-of');
      await page.goBack();
      await expect.poll(() => query(page).get('asOf'), { timeout: 20_000 }).toBeNull();
    }

    // 3. Search without diacritics: "krag" finds „Krzemienny Krąg”.
    const search = page.getByTestId('institution-search').locator('input');
    await search.fill('krzemienny krag');
    const option = page.getByTestId('institution-search-option').first();
    await expect.poll(() => option.textContent(), { timeout: 15_000 }).toContain('Krąg');
    await shot(page, '04-search');
    await search.press('Enter');
    await expect.poll(() => query(page).get('focus'), { timeout: 20_000 }).toBeTruthy();
    const focus = query(page).get('focus') ?? '';
    await drawn(page);
    await expect
      .poll(() => page.getByTestId('ego-banner').textContent(), { timeout: 20_000 })
      .toContain('Krąg');

    // 4. Its details (with sources) and its missing partners.
    const details = page.getByTestId('node-details');
    await expect.poll(() => details.getAttribute('data-node-id'), { timeout: 20_000 }).toBe(focus);
    await expect.poll(() => details.locator('h2').textContent(), { timeout: 20_000 }).toContain('Krąg');
    await expect.poll(() => details.getByTestId('source').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await shot(page, '05-details');
    await page.getByTestId('missing-toggle').click();
    await expect.poll(() => query(page).get('panel'), { timeout: 20_000 }).toBe('missing');
    await page.getByTestId('missing-partners').waitFor({ timeout: 30_000 });
    // The firm fills the sector the LGD lacks: it is listed with its reasons; a click marks it on
    // the canvas (beside the LGD, as it is not in this view) and keeps the list open.
    const candidate = page.locator(`[data-testid="missing-candidate"][data-id="${firm}"]`);
    await candidate.waitFor({ timeout: 30_000 });
    expect(await candidate.locator('[data-reason="SECTOR_ABSENT"]').count()).toBe(1);
    expect(await candidate.locator('[data-reason="SECTOR_ABSENT"]').textContent()).toContain('rynkowy');
    const egoView = await drawn(page);
    await candidate.getByRole('button').first().click();
    await expect.poll(() => query(page).get('mark'), { timeout: 20_000 }).toBe(firm);
    await expect.poll(() => suggested(page), { timeout: 20_000 }).toEqual([firm]);
    expect(await candidate.getByTestId('candidate-marked').textContent()).toContain('Nie ma go w tym widoku');
    expect(await drawn(page)).toEqual(egoView);
    await candidate.scrollIntoViewIfNeeded();
    await shot(page, '06-missing-partners');

    // Accessibility of the busiest state: no serious or critical axe violation.
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    // 5. The link reproduces the view in a fresh page.
    const link = page.url();
    const fresh = await app.chromium.context.newPage();
    await fresh.setViewportSize({ width: 1400, height: 900 });
    await fresh.goto(link);
    expect(await drawn(fresh)).toEqual(egoView);
    await expect
      .poll(() => fresh.getByTestId('node-details').getAttribute('data-node-id'), { timeout: 20_000 })
      .toBe(focus);
    await fresh.getByTestId('missing-partners').waitFor({ timeout: 30_000 });
    await expect.poll(() => suggested(fresh), { timeout: 20_000 }).toEqual([firm]);
    expect(await fresh.getByTestId('filter-sectors').locator('[data-value="MARKET"]').isChecked()).toBe(
      false,
    );
    expect(await fresh.getByTestId('filter-sectors').locator('[data-value="NGO"]').isChecked()).toBe(true);
    await shot(fresh, '07-shared-link');

    // 6. English, in place; Back returns to Polish.
    await fresh.getByTestId('language-switch').click();
    await expect
      .poll(() => fresh.getByTestId('missing-toggle').textContent(), { timeout: 20_000 })
      .toContain('Missing partners');
    expect(await fresh.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(query(fresh).get('lang')).toBe('en');
    await shot(fresh, '08-english');

    // 7. Leave the ego view, then export the area as GEXF with the same filters.
    await fresh.getByTestId('ego-leave').click();
    await expect.poll(() => query(fresh).get('focus'), { timeout: 20_000 }).toBeNull();
    await drawn(fresh);
    const menu = fresh.getByTestId('export-menu');
    await menu.locator('summary').click();
    await shot(fresh, '09-export-menu');
    const [download] = await Promise.all([
      fresh.waitForEvent('download'),
      menu.locator('[data-format="gexf"]').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^splot-2607-.*\.gexf$/);
    expect(readFileSync(await download.path(), 'utf8')).toContain('<gexf');

    await fresh.goBack();
    await expect.poll(() => query(fresh).get('focus'), { timeout: 20_000 }).toBe(focus);
    await fresh.goBack();
    await expect
      .poll(() => fresh.evaluate(() => document.documentElement.lang), { timeout: 20_000 })
      .toBe('pl');
  });
});
