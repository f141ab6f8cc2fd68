import { join } from 'node:path';
import { changeDays, currentOn, type Period, today } from '@splot/domain';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/api.js';
import { artifactsDir } from '../helpers/browser.js';
import { useBrowserApp } from '../helpers/browser-app.js';

// Truthful time in the explorer, on the demo data: woj. śląskie's default view says it shows all
// years and how many of its ties exist today, ended ties are dashed with a legend entry, the 2019
// Bałtów meeting is one day, and the slider steps through the days the drawing changes.
// Screenshots: test/artifacts/time-*.png.

const app = useBrowserApp();

const shot = (page: Page, name: string) => page.screenshot({ path: join(artifactsDir, `time-${name}.png`) });

async function ready(page: Page): Promise<void> {
  const canvas = page.getByTestId('network-canvas');
  await expect.poll(() => canvas.getAttribute('data-ready'), { timeout: 60_000 }).toBe('true');
}

/** Ids of the ties drawn (not hidden), and of those drawn as ended. */
const drawnEdges = (page: Page) =>
  page.evaluate(() => {
    type Cy = { edges(s?: string): { not(s: string): { map<T>(f: (e: { id(): string }) => T): T[] } } };
    const cy = (window as unknown as { __splotCy?: Cy }).__splotCy;
    if (!cy) return { drawn: [] as string[], ended: [] as string[] };
    return {
      drawn: cy
        .edges()
        .not('.hidden')
        .map((e) => e.id()),
      ended: cy
        .edges('.ended')
        .not('.hidden')
        .map((e) => e.id()),
    };
  });

interface Edge {
  id: string;
  periods: Period[];
}
async function network(teryt: string, asOf: string | null = null, extra = ''): Promise<Edge[]> {
  const res = await gql<{ areaNetwork: { edges: Edge[] } }>(
    app.api.url,
    `query ($teryt: String!, $asOf: String) {
       areaNetwork(teryt: $teryt, asOf: $asOf ${extra}) { edges { id periods { start end } } }
     }`,
    { teryt, asOf },
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.areaNetwork.edges;
}

const pl = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

describe('time in the explorer', () => {
  it('labels the śląskie default as all years and counts the ties that exist today', async () => {
    const now = today();
    const all = await network('24');
    const current = await network('24', now);
    // The same rule on the same answer: the ties of all years current today are those asked as of today.
    const currentFromPeriods = all.filter((e) => e.periods.some((p) => currentOn(p, now)));
    expect(currentFromPeriods.map((e) => e.id).sort()).toEqual(current.map((e) => e.id).sort());
    expect(current.length).toBeLessThan(all.length);
    const starts = all.flatMap((e) => e.periods.map((p) => p.start)).filter((s): s is string => s !== null);
    const from = starts.sort()[0]?.slice(0, 4);
    const to = now.slice(0, 4);

    const page = await app.chromium.context.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${app.api.url}/?area=24`);
    await ready(page);
    await expect
      .poll(() => page.getByTestId('time-value').textContent(), { timeout: 20_000 })
      .toBe(`wszystkie lata ${from}–${to}`);
    const summary = await page.getByTestId('network-summary').textContent();
    expect(summary).toContain(`Powiązania: ${all.length} z lat ${from}–${to}`);
    expect(summary).toContain(`trwające dziś (${pl(now)}): ${current.length}`);
    const edges = await drawnEdges(page);
    expect(edges.drawn.length).toBe(all.length);
    expect(edges.ended.length).toBe(all.length - current.length);
    expect(await page.getByTestId('legend-ended').isVisible()).toBe(true);
    await shot(page, '01-default-label');
    await page.getByTestId('legend').screenshot({ path: join(artifactsDir, 'time-02-ended-legend.png') });
    // Zoomed on the canvas, the ended (dashed) ties beside the current ones.
    await page
      .getByTestId('network-canvas')
      .screenshot({ path: join(artifactsDir, 'time-02-ended-canvas.png') });

    // English says the same.
    await page.goto(`${app.api.url}/?area=24&lang=en`);
    await ready(page);
    await expect
      .poll(() => page.getByTestId('time-value').textContent(), { timeout: 20_000 })
      .toBe(`all years ${from}–${to}`);
    await page.close();
  });

  it('shows the 2019 Bałtów meeting as its day, and does not count it as current today', async () => {
    expect((await network('2607', today(), ', tieKinds: [EVENT]')).length).toBe(0);
    expect((await network('2607', '2019-06-28', ', tieKinds: [EVENT]')).length).toBeGreaterThan(0);
    const page = await app.chromium.context.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${app.api.url}/?area=2607&mode=AFFILIATIONS&node=spotkanie-2019-baltow`);
    await ready(page);
    const dates = page.locator('.sidebar').getByTestId('date-range').first();
    await expect.poll(() => dates.textContent(), { timeout: 30_000 }).toBe('28.06.2019');
    await shot(page, '03-one-day-event');
    // A two-day study visit reads as its two days.
    await page.goto(`${app.api.url}/?area=24&mode=AFFILIATIONS&node=wizyta-studyjna-2017`);
    await ready(page);
    await expect.poll(() => dates.textContent(), { timeout: 30_000 }).toBe('20–21.06.2017');
    await shot(page, '03-two-day-visit');
    await page.close();
  });

  it('steps the slider and the replay through the days the drawing changes', async () => {
    const all = await network('24');
    const steps = changeDays(all.flatMap((e) => e.periods));
    expect(steps.length).toBeGreaterThan(1);
    const page = await app.chromium.context.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${app.api.url}/?area=24`);
    await ready(page);
    const range = page.getByTestId('time-range');
    expect(await range.getAttribute('max')).toBe(String(steps.length));
    // Each stop shows its date, and the drawing is different from the stop before.
    let before: string[] | null = null;
    for (const [i, day] of steps.entries()) {
      await range.fill(String(i));
      await expect.poll(() => new URL(page.url()).searchParams.get('asOf'), { timeout: 20_000 }).toBe(day);
      await ready(page);
      expect(await page.getByTestId('time-value').textContent()).toBe(`stan na ${pl(day)}`);
      const drawn = (await drawnEdges(page)).drawn.sort();
      const expected = all.filter((e) => e.periods.some((p) => currentOn(p, day))).map((e) => e.id);
      expect(drawn, day).toEqual(expected.sort());
      if (before !== null) expect(drawn, day).not.toEqual(before);
      before = drawn;
      if (day === '2017-06-20') await shot(page, '04-slider-date');
    }
    // The replay visits the same days, in order, and ends on all years.
    await range.fill(String(steps.length));
    await expect.poll(() => new URL(page.url()).searchParams.get('asOf'), { timeout: 20_000 }).toBeNull();
    await page.getByTestId('time-play').click();
    const seen: string[] = [];
    await expect
      .poll(
        () => {
          const asOf = new URL(page.url()).searchParams.get('asOf');
          if (asOf && seen.at(-1) !== asOf) seen.push(asOf);
          return asOf === null && seen.length > 0;
        },
        { timeout: 60_000, interval: 100 },
      )
      .toBe(true);
    expect(seen).toEqual(steps);
    await page.close();
  });
});
