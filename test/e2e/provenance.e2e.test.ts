import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { describeViolations, seriousViolations } from '../helpers/axe.js';
import { artifactsDir } from '../helpers/browser.js';
import { useBrowserApp } from '../helpers/browser-app.js';

// Provenance on click, on the demo data (read only): a line of the Częstochowa network lists the
// sources it rests on with quote and date, each openable; an affiliation of powiat ostrowiecki
// (two-mode view) lists its source too.

const app = useBrowserApp();

async function open(path: string): Promise<Page> {
  const page = await app.open(`${path}`, { width: 1400, height: 900 });
  const canvas = page.getByTestId('network-canvas');
  return page;
}

/** The slice of Cytoscape's API the test reaches through window.__splotCy. */
interface CyLike {
  edges(): Array<{ data(key: 'source' | 'target'): string; emit(event: string): void }>;
}

/** Taps the drawn line between two nodes, as a click on it would. */
async function tapEdge(page: Page, a: string, b: string): Promise<void> {
  const tapped = await page.evaluate(
    ([x, y]) => {
      const cy = (window as unknown as { __splotCy: CyLike }).__splotCy;
      const edges = cy
        .edges()
        .filter((e) => [e.data('source'), e.data('target')].sort().join() === [x, y].sort().join());
      edges.forEach((edge) => {
        edge.emit('tap');
      });
      return edges.length;
    },
    [a, b],
  );
  expect(tapped).toBe(1);
}

describe('provenance in the explorer', () => {
  it('lists the sources of a selected line with quote and date, each openable', async () => {
    const page = await open('/?area=2464');
    await tapEdge(page, 'fundacja-feniks', 'cis-czestochowa-feniks');
    const panel = page.getByTestId('tie-sources');
    await expect.poll(() => panel.getByTestId('provenance-quote').count(), { timeout: 15_000 }).toBe(1);
    const text = (await panel.textContent()) ?? '';
    expect(text).toContain('Fundacja Integracji Społecznej „Feniks”');
    expect(text).toContain('Za nami wizyta studyjna w podmiotach ekonomii społecznej');
    expect(text).toContain('21.06.2017');
    // No URL is known: the stored text opens instead (sources.e2e.test.ts opens it).
    expect(await panel.getByTestId('source-open').count()).toBe(1);
    expect(await panel.getByTestId('provenance-quote').textContent()).toContain(
      'W dniach 20-21 czerwca 2017 r.',
    );
    // The line stays drawn as selected, and the link keeps it: a reload shows the same sources.
    const selectedEdges = () =>
      page.evaluate(() => {
        const cy = (window as unknown as { __splotCy: { $(s: string): Array<{ id(): string }> } }).__splotCy;
        return cy.$('edge:selected').map((e) => e.id());
      });
    await expect.poll(() => new URL(page.url()).searchParams.get('edge'), { timeout: 15_000 }).toBeTruthy();
    const edge = new URL(page.url()).searchParams.get('edge');
    await expect.poll(selectedEdges, { timeout: 15_000 }).toEqual([edge]);
    await page.screenshot({ path: join(artifactsDir, 'provenance-tie.png') });
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.reload();
    await expect
      .poll(() => page.getByTestId('tie-sources').getByTestId('provenance-quote').count(), {
        timeout: 30_000,
      })
      .toBe(1);
    await expect.poll(selectedEdges, { timeout: 15_000 }).toEqual([edge]);

    // Selecting a node replaces the panel by the node's details.
    await page.getByTestId('tie-sources').getByRole('button').first().click();
    expect(await page.getByTestId('tie-sources').count()).toBe(0);
    await page.close();
  });

  it('shows an affiliation of powiat ostrowiecki with its openable source in the two-mode view', async () => {
    const page = await open('/?area=2607&mode=AFFILIATIONS&node=spotkanie-2019-baltow');
    const details = page.getByTestId('node-details');
    await expect.poll(() => details.getByTestId('source-quote').count(), { timeout: 15_000 }).toBe(1);
    expect(await details.getByTestId('source-open').count()).toBe(1);
    await tapEdge(page, 'pup-ostrowiec', 'spotkanie-2019-baltow');
    const panel = page.getByTestId('tie-sources');
    await expect
      .poll(() => panel.getByTestId('provenance-identified').count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    expect(await panel.textContent()).toContain('Powiatowego Urzędu Pracy (PUP)');
    await page.close();
  });
});
