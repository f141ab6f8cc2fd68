import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/api.js';
import { artifactsDir } from '../helpers/browser.js';
import { useBrowserApp } from '../helpers/browser-app.js';

/** The slice of Cytoscape's API the test reaches through window.__splotCy. */
interface CyLike {
  nodes(): Array<{ emit(event: string): void; id(): string }>;
}

const app = useBrowserApp();

describe('the explorer page', () => {
  it('draws the powiat ostrowiecki network from the demo data', async () => {
    // What the page must draw, asked from the API the page itself uses.
    const expected = await gql<{
      areaNetwork: { nodes: Array<{ id: string; label: string }>; edges: unknown[] };
    }>(app.api.url, 'query { areaNetwork(teryt: "2607") { nodes { id label } edges { id } } }');
    const nodeCount = expected.data?.areaNetwork.nodes.length ?? 0;
    expect(nodeCount).toBeGreaterThan(0);

    const page = await app.chromium.context.newPage();
    // The app runs under the server's Content-Security-Policy: anything it blocks is reported.
    const blocked: string[] = [];
    page.on('console', (m) => {
      if (/Content.Security.Policy/i.test(m.text())) blocked.push(m.text());
    });
    const response = await page.goto(`${app.api.url}/?area=2607`);
    expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self'/);
    const canvas = page.getByTestId('network-canvas');
    await expect.poll(() => canvas.getAttribute('data-ready'), { timeout: 30_000 }).toBe('true');
    expect(await page.getByTestId('area-powiat').inputValue()).toBe('2607');
    expect(Number(await canvas.getAttribute('data-node-count'))).toBe(nodeCount);
    expect(Number(await canvas.getAttribute('data-edge-count'))).toBe(
      expected.data?.areaNetwork.edges.length,
    );

    // A click on a node shows its name and kind.
    const tappedId = await page.evaluate(() => {
      const cy = (window as unknown as { __splotCy?: CyLike }).__splotCy;
      const node = cy?.nodes()[0];
      node?.emit('tap');
      return node?.id() ?? '';
    });
    const fullName = expected.data?.areaNetwork.nodes.find((n) => n.id === tappedId)?.label;
    expect(fullName).toBeTruthy();
    await page.getByTestId('node-details').waitFor({ timeout: 5_000 });
    expect(await page.getByTestId('node-details').textContent()).toContain(fullName);
    await page.screenshot({ path: join(artifactsDir, 'skeleton-powiat-ostrowiecki.png'), fullPage: true });
    expect(blocked).toEqual([]);
  });

  it('is served with security headers and without source maps (issue 14)', async () => {
    const page = await fetch(app.api.url);
    expect(page.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    const html = await page.text();
    const scripts = [...html.matchAll(/src="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1] as string);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      const js = await (await fetch(`${app.api.url}${script}`)).text();
      expect(js).not.toMatch(/sourceMappingURL=/);
      const map = await fetch(`${app.api.url}${script}.map`);
      // The SPA fallback answers unknown paths with index.html, never with a map.
      expect(await map.text()).not.toMatch(/"mappings"/);
    }
  });
});
