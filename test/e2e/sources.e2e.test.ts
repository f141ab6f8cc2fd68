import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, seriousViolations } from '../helpers/axe.js';
import { artifactsDir } from '../helpers/browser.js';
import { useBrowserApp } from '../helpers/browser-app.js';
import { tokenFor } from '../helpers/tokens.js';

// Sources a reader can check (issue 13, item 7), as a user meets them, at 1440×900 and 390×844:
// a demo source without a URL opens its stored text with the cited passage marked and scrolled
// to; an editor's tie without a source is refused until "no source yet" is ticked, then drawn
// dotted with a legend entry, says so in its panel, and "only sourced ties" hides it.
// The test owns voivodeship 9N and its powiat, so other tests' areas never change.

const voivodeship = `9${Math.floor(Math.random() * 10)}`;
const powiat = `${voivodeship}${String(10 + Math.floor(Math.random() * 89))}`;
const id = (x: string) => `${powiat}-src-${x}`;
const VIEWPORTS = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

const app = useBrowserApp();

beforeAll(async () => {
  // Three institutions; B and C share a partnership that cites its document.
  await app.api.driver.executeQuery(
    `MERGE (v:Area {teryt: $voivodeship}) SET v.name = 'test ' + $voivodeship, v.level = 'VOIVODESHIP'
     MERGE (p:Area {teryt: $powiat}) SET p.name = 'źródłowy ' + $powiat, p.level = 'POWIAT'
     MERGE (p)-[:PART_OF]->(v)
     WITH p
     UNWIND [['a', 'Ośrodek Pomocy Społecznej', 'OPS', 'PUBLIC'], ['b', 'Centrum Integracji Społecznej', 'CIS', 'SOCIAL_ECONOMY'],
             ['c', 'Fundacja Razem', 'FOUNDATION', 'NGO']] AS row
     MATCH (s:Sector {code: row[3]})
     CREATE (i:Institution {id: $powiat + '-src-' + row[0], name: row[1] + ' ' + $powiat, kind: row[2]})
     CREATE (i)-[:LOCATED_IN]->(p), (i)-[:IN_SECTOR]->(s)`,
    { voivodeship, powiat },
  );
  await app.api.driver.executeQuery(
    `MATCH (b:Institution {id: $b}), (c:Institution {id: $c})
     CREATE (x:Partnership {id: $x, name: 'Partnerstwo ze źródłem ' + $powiat})
     CREATE (b)-[:MEMBER_OF]->(x), (c)-[:MEMBER_OF]->(x)
     CREATE (x)-[:DOCUMENTED_BY {quote: 'zawiązano partnerstwo'}]->(:Source {id: $x + '-s', title: 'Umowa', url: 'https://example.org/umowa'})`,
    { b: id('b'), c: id('c'), x: id('x'), powiat },
  );
});

afterAll(async () => {
  await app.api?.driver.executeQuery(
    `MATCH (n) WHERE (n:Institution OR n:Partnership OR n:Collaboration OR n:Source) AND
       (n.id STARTS WITH $powiat OR coalesce(n.name, n.title) ENDS WITH $powiat) DETACH DELETE n`,
    { powiat },
  );
  await app.api?.driver.executeQuery(
    'MATCH (a:Area) WHERE a.teryt IN [$powiat, $voivodeship] DETACH DELETE a',
    {
      powiat,
      voivodeship,
    },
  );
});

async function open(path: string, viewport: { width: number; height: number }): Promise<Page> {
  const page = await app.open(`${path}`, viewport);
  const canvas = page.getByTestId('network-canvas');
  return page;
}

interface CyEdge {
  data(key: string): string;
  hasClass(name: string): boolean;
  style(name: string): string;
  emit(event: string): void;
}

/** The drawn line between two nodes: its classes and line style, tapped if asked. */
function edgeBetween(page: Page, a: string, b: string, tap = false) {
  return page.evaluate(
    ([x, y, tapIt]) => {
      const cy = (window as unknown as { __splotCy: { edges(): CyEdge[] } }).__splotCy;
      const edge = cy
        .edges()
        .find((e) => [e.data('source'), e.data('target')].sort().join() === [x, y].sort().join());
      if (edge && tapIt) edge.emit('tap');
      return edge ? { unsourced: edge.hasClass('unsourced'), lineStyle: edge.style('line-style') } : null;
    },
    [a, b, tap] as const,
  );
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(artifactsDir, `sources-${name}.png`) });

describe('a source a reader can check', () => {
  for (const viewport of VIEWPORTS) {
    it(`opens the stored text of a source without a URL, its quote marked and in view (${viewport.name})`, async () => {
      const page = await open('/?area=2464', viewport);
      // A documented tie (ended in 2017: dashed, never dotted).
      expect(await edgeBetween(page, 'fundacja-feniks', 'cis-czestochowa-feniks', true)).toEqual({
        unsourced: false,
        lineStyle: 'dashed',
      });
      const panel = page.getByTestId('tie-sources');
      await expect.poll(() => panel.getByTestId('source-open').count(), { timeout: 15_000 }).toBe(1);
      const quote = ((await panel.getByTestId('provenance-quote').textContent()) ?? '').replace(/^„|”$/g, '');
      await panel.getByTestId('source-open').click();
      const viewer = page.getByTestId('source-viewer');
      const mark = viewer.getByTestId('source-mark');
      await expect.poll(() => mark.count(), { timeout: 15_000 }).toBe(1);
      expect(((await mark.textContent()) ?? '').replace(/\s+/g, ' ')).toBe(quote.replace(/\s+/g, ' '));
      expect(await viewer.getByTestId('source-text').textContent()).toContain('wizyt');
      // Scrolled to: the marked passage lies inside the text's visible box.
      const inView = await mark.evaluate((el) => {
        const box = el.getBoundingClientRect();
        const frame = (el.closest('[data-testid="source-text"]') as HTMLElement).getBoundingClientRect();
        return box.top >= frame.top - 1 && box.top < frame.bottom;
      });
      expect(inView).toBe(true);
      await shot(page, `viewer-${viewport.name}`);
      const violations = await seriousViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      // Escape closes the viewer and leaves the tie's panel open.
      await page.keyboard.press('Escape');
      await expect.poll(() => viewer.count(), { timeout: 10_000 }).toBe(0);
      expect(await panel.count()).toBe(1);
      await page.close();
    });
  }

  it('a source with a URL is a link that opens in a new tab, without access to the app', async () => {
    const page = await open(`/?area=${powiat}`, VIEWPORTS[0]);
    await edgeBetween(page, id('b'), id('c'), true);
    const link = page.getByTestId('tie-sources').getByTestId('source-link');
    await expect.poll(() => link.count(), { timeout: 15_000 }).toBe(1);
    expect(await link.getAttribute('href')).toBe('https://example.org/umowa');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect((await link.getAttribute('rel'))?.split(' ')).toContain('noopener');
    expect(await page.getByTestId('tie-sources').getByTestId('source-open').count()).toBe(0);
    await page.close();
  });
});

describe('a tie without a source', () => {
  it('is refused until "no source yet" is ticked, then drawn dotted, explained, and hidden by the filter', async () => {
    const page = await open(`/?area=${powiat}&node=${id('a')}`, VIEWPORTS[0]);
    await page.evaluate(
      (token) => window.sessionStorage.setItem('splot.token', token),
      await tokenFor('editor', [voivodeship]),
    );
    await page.reload();
    await expect.poll(() => page.getByTestId('add-tie').count(), { timeout: 30_000 }).toBe(1);
    await page.getByTestId('add-tie').click();
    const form = page.getByTestId('tie-form');
    await form.locator('[data-field="name"]').fill(`Spotkanie bez źródła ${powiat}`);
    await form.getByTestId('member-search').locator('input').fill(`Centrum Integracji ${powiat}`);
    const option = form.getByTestId('member-search-option').first();
    await expect.poll(() => option.textContent(), { timeout: 15_000 }).toContain(powiat);
    await option.click();
    await form.getByTestId('form-save').click();
    const error = form.getByTestId('error-source.title');
    await expect.poll(() => error.count(), { timeout: 15_000 }).toBe(1);
    expect(await error.textContent()).toBe('Podaj źródło albo zaznacz, że go jeszcze nie masz.');
    await shot(page, 'refused');
    const stored = () =>
      app.api.driver
        .executeQuery('MATCH (x:Partnership {name: $name}) RETURN x.unsourced AS flag', {
          name: `Spotkanie bez źródła ${powiat}`,
        })
        .then((r) => r.records.map((row) => row.get('flag')));
    expect(await stored()).toEqual([]);

    await form.getByTestId('tie-unsourced').check();
    await form.getByTestId('form-save').click();
    await expect
      .poll(
        async () =>
          (await page.getByTestId('tie-dialog').count()) === 0 ||
          (await form.getByTestId('form-failure').count()) > 0,
        { timeout: 30_000 },
      )
      .toBe(true);
    expect(await form.getByTestId('form-failure').allTextContents()).toEqual([]);
    expect(await stored()).toEqual([true]);
    const canvas = page.getByTestId('network-canvas');
    await expect.poll(() => canvas.getAttribute('data-edge-count'), { timeout: 30_000 }).toBe('2');
    await expect
      .poll(() => edgeBetween(page, id('a'), id('b')), { timeout: 15_000 })
      .toEqual({
        unsourced: true,
        lineStyle: 'dotted',
      });
    expect(await edgeBetween(page, id('b'), id('c'))).toEqual({ unsourced: false, lineStyle: 'solid' });
    expect(await page.getByTestId('legend-unsourced').textContent()).toContain('bez źródła');

    // Its panel says it has no source yet.
    await edgeBetween(page, id('a'), id('b'), true);
    await expect.poll(() => page.getByTestId('tie-unsourced').count(), { timeout: 15_000 }).toBe(1);
    expect(await page.getByTestId('tie-unsourced').textContent()).toContain('nie ma jeszcze źródła');
    await expect.poll(() => page.getByTestId('provenance-no-source').count(), { timeout: 15_000 }).toBe(1);
    await shot(page, 'unsourced-desktop');
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    // "Only sourced ties" hides it (and keeps the sourced one), in the link too.
    const only = page.getByTestId('sourced-only');
    expect(await page.getByTestId('sourced-switch').textContent()).toContain('ukrywa 1 bez źródła');
    await only.check();
    await expect.poll(() => canvas.getAttribute('data-edge-count'), { timeout: 15_000 }).toBe('1');
    expect(await edgeBetween(page, id('a'), id('b'))).toBeNull();
    expect(await edgeBetween(page, id('b'), id('c'))).toMatchObject({ unsourced: false });
    expect(new URL(page.url()).searchParams.get('sourced')).toBe('only');
    expect(await page.getByTestId('legend-unsourced').count()).toBe(0);
    await shot(page, 'only-sourced-desktop');
    await page.close();

    // On a phone: drawn dotted, in the legend; the link with the filter keeps it hidden.
    const phone = await open(`/?area=${powiat}`, VIEWPORTS[1]);
    expect(await edgeBetween(phone, id('a'), id('b'))).toEqual({ unsourced: true, lineStyle: 'dotted' });
    await phone.getByTestId('legend-unsourced').scrollIntoViewIfNeeded();
    await shot(phone, 'unsourced-phone');
    await phone.goto(`${app.api.url}/?area=${powiat}&sourced=only`);
    const phoneCanvas = phone.getByTestId('network-canvas');
    await expect.poll(() => phoneCanvas.getAttribute('data-ready'), { timeout: 30_000 }).toBe('true');
    expect(await phoneCanvas.getAttribute('data-edge-count')).toBe('1');
    await phone.getByTestId('sourced-switch').scrollIntoViewIfNeeded();
    await shot(phone, 'only-sourced-phone');
    await phone.close();
  });
});

describe('"only sourced ties" is a filter the server honours', () => {
  it('the sector matrix, the scope line and the export links count the same ties as the canvas', async () => {
    // A and C share a project nobody has a document for yet; B and C the cited partnership.
    await app.api.driver.executeQuery(
      `MATCH (a:Institution {id: $a}), (c:Institution {id: $c})
       MERGE (x:Collaboration {id: $x}) SET x.title = 'Projekt bez źródła ' + $powiat, x.kind = 'PROJECT',
         x.unsourced = true
       MERGE (a)-[:TAKES_PART {role: 'LEAD'}]->(x) MERGE (c)-[:TAKES_PART {role: 'PARTNER'}]->(x)`,
      { a: id('a'), c: id('c'), x: id('y'), powiat },
    );
    /** Ties counted by the sector matrix: each block once (the matrix lists (a, b) and (b, a)). */
    const matrixTies = (page: Page) =>
      page.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLElement>('[data-testid="sector-matrix"] td[data-ties]'))
          .filter((td) => (td.dataset.from ?? '') <= (td.dataset.to ?? ''))
          .reduce((sum, td) => sum + Number(td.dataset.ties), 0),
      );
    const jsonHref = (page: Page) =>
      page.locator('[data-testid="export-menu"] a[data-format="json"]').getAttribute('href');
    for (const viewport of VIEWPORTS) {
      const page = await open(`/?area=${powiat}`, viewport);
      const canvas = page.getByTestId('network-canvas');
      const drawn = Number(await canvas.getAttribute('data-edge-count'));
      await expect.poll(() => matrixTies(page), { timeout: 30_000 }).toBe(drawn);
      expect(drawn).toBeGreaterThan(1);
      expect(await jsonHref(page)).not.toContain('sourcedOnly');

      await page.getByTestId('sourced-only').check();
      await expect.poll(() => canvas.getAttribute('data-edge-count'), { timeout: 30_000 }).toBe('1');
      // The server counts the one sourced tie (B–C), as drawn; before, it counted every tie.
      await expect.poll(() => matrixTies(page), { timeout: 30_000 }).toBe(1);
      expect(await page.getByTestId('analytics-scope').textContent()).toContain(
        'tylko powiązania ze źródłem',
      );
      expect(await page.getByTestId('sourced-switch').textContent()).toContain('te bez źródła są ukryte');
      const href = await jsonHref(page);
      expect(href).toContain('sourcedOnly=true');
      const file = (await (await fetch(`${app.api.url}${href}`)).json()) as {
        graph: { sourcedOnly: string | null };
        edges: Array<{ source: string; target: string; sourced: boolean }>;
      };
      expect(file.graph.sourcedOnly).toBe('true');
      expect(file.edges.map((e) => [[e.source, e.target].sort().join(), e.sourced])).toEqual([
        [[id('b'), id('c')].sort().join(), true],
      ]);
      await page.getByTestId('sector-matrix').scrollIntoViewIfNeeded();
      await shot(page, `only-sourced-analytics-${viewport.name}`);
      await page.close();
    }
    // An institution's own finder answers from a snapshot without sources, and says it counts every tie.
    const page = await open(`/?area=${powiat}&node=${id('a')}&panel=missing&sourced=only`, VIEWPORTS[0]);
    await expect.poll(() => page.getByTestId('missing-all-ties').count(), { timeout: 15_000 }).toBe(1);
    expect(await page.getByTestId('missing-all-ties').textContent()).toContain('także te bez źródła');
    await page.getByTestId('missing-all-ties').scrollIntoViewIfNeeded();
    await shot(page, 'only-sourced-missing-desktop');
    await page.close();
  });
});
