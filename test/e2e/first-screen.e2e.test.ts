import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/api.js';
import { describeViolations, seriousViolations } from '../helpers/axe.js';
import { artifactsDir, PHONE } from '../helpers/browser.js';
import { useBrowserApp } from '../helpers/browser-app.js';

// The first screen, as a newcomer meets it: what the data holds (counts and the newest date), the
// areas with data to click, a default view that shows something, and search examples that work.

const app = useBrowserApp();

interface Summary {
  institutions: number;
  partnerships: number;
  collaborations: number;
  ties: number;
  sources: number;
  areasWithData: number;
  newestDate: string | null;
}

/** The same facts counted another way: plain Cypher, the country's network, areasWithData. */
async function independently() {
  const count = async (label: string) =>
    (await app.api.driver.executeQuery(`MATCH (n:${label}) RETURN count(n) AS n`)).records[0]?.get(
      'n',
    ) as number;
  const { records } = await app.api.driver.executeQuery(
    `CALL () { MATCH (s:Source) RETURN collect(toString(s.publishedOn)) AS a }
     CALL () { MATCH (p:Partnership) RETURN collect(toString(p.signedOn)) AS b }
     CALL () { MATCH (c:Collaboration) RETURN collect(toString(c.startedOn)) AS c }
     CALL () { MATCH ()-[m:MEMBER_OF]->() RETURN collect(toString(m.since)) AS d }
     RETURN a + b + c + d AS dates`,
  );
  const dates = ((records[0]?.get('dates') as string[] | undefined) ?? []).filter(Boolean).sort();
  const { data } = await gql<{ areasWithData: unknown[]; areaNetwork: { edges: unknown[] } }>(
    app.api.url,
    '{ areasWithData { teryt } areaNetwork(teryt: "PL") { edges { id } } }',
  );
  return {
    institutions: await count('Institution'),
    partnerships: await count('Partnership'),
    collaborations: await count('Collaboration'),
    sources: await count('Source'),
    ties: data?.areaNetwork.edges.length,
    areasWithData: data?.areasWithData.length,
    newestDate: dates[dates.length - 1] ?? null,
  };
}

/** The examples a search box's placeholder offers ("np. a, b, c" → [a, b, c]). */
async function examples(page: Page, testId: string): Promise<string[]> {
  const placeholder = (await page.getByTestId(testId).locator('input').getAttribute('placeholder')) ?? '';
  const list = placeholder.split(/\b(?:np\.|e\.g\.)\s*/)[1] ?? '';
  return list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Types each example into the search box and counts the options it finds. */
async function hits(page: Page, testId: string): Promise<Record<string, number>> {
  const box = page.getByTestId(testId);
  const found: Record<string, number> = {};
  for (const example of await examples(page, testId)) {
    await box.locator('input').fill(example);
    await box
      .getByTestId(`${testId}-option`)
      .first()
      .waitFor({ timeout: 10_000 })
      .catch(() => undefined);
    found[example] = await box.getByTestId(`${testId}-option`).count();
    await box.locator('input').fill('');
  }
  return found;
}

describe('the first screen', () => {
  it('counts what the data holds as the database does, lists the areas with data, opens one on a click', async () => {
    const { data } = await gql<{ dataSummary: Summary }>(
      app.api.url,
      '{ dataSummary { institutions partnerships collaborations ties sources areasWithData newestDate } }',
    );
    const summary = data?.dataSummary as Summary;
    expect(summary).toEqual(await independently());
    expect(summary.institutions).toBeGreaterThan(0);
    expect(summary.ties).toBeGreaterThan(0);

    const page = await app.open('/');
    // Little data (the demo's): the whole country is the default view.
    expect(summary.institutions).toBeLessThanOrEqual(300);
    await expect.poll(() => page.title()).toBe('Polska — splot');
    const overview = page.getByTestId('data-overview');
    await overview.waitFor();
    const text = (await overview.textContent()) ?? '';
    for (const n of [summary.institutions, summary.ties, summary.sources, summary.areasWithData]) {
      expect(text).toContain(new Intl.NumberFormat('pl-PL').format(n));
    }
    const [y, m, d] = (summary.newestDate ?? '').split('-');
    expect(text).toContain(`${d}.${m}.${y}`);
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.screenshot({ path: join(artifactsDir, 'first-screen-1440.png') });

    // The areas with data are links: a click opens the area's network.
    const link = overview.locator('a[data-teryt="2607"]');
    expect(await link.getAttribute('href')).toContain('area=2607');
    await link.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('area')).toBe('2607');
    await expect.poll(() => page.title()).toContain('ostrowiecki');
    await page.waitForSelector('[data-testid="network-canvas"][data-ready="true"]');
    expect(await overview.locator('a[aria-current="true"]').getAttribute('data-teryt')).toBe('2607');
    await page.close();

    const phone = await app.open('/', PHONE);
    await phone.getByTestId('data-overview').scrollIntoViewIfNeeded();
    await phone.screenshot({ path: join(artifactsDir, 'first-screen-390.png') });
    await phone.close();
  });

  it('offers search examples that each find something, in Polish and in English', async () => {
    for (const lang of ['pl', 'en']) {
      const page = await app.open(`/?lang=${lang}`);
      for (const testId of ['institution-search', 'area-search']) {
        const found = await hits(page, testId);
        expect(Object.keys(found).length, `${lang} ${testId}`).toBeGreaterThanOrEqual(2);
        for (const [example, n] of Object.entries(found)) {
          expect(n, `${lang} ${testId} "${example}"`).toBeGreaterThanOrEqual(1);
        }
      }
      await page.close();
    }
  });
});
