import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { artifactsDir } from '../helpers/browser.js';
import { useBrowserApp } from '../helpers/browser-app.js';
import { readWithNetworkx } from '../helpers/python.js';

// The export menu as a user meets it: open it over the drawn network, download a data file and
// both images, and check what the browser saved. GEXF and GraphML carry the canvas's layout:
// networkx reads back the positions the canvas shows, and xmllint finds the files valid.

const XSD = fileURLToPath(new URL('../fixtures/xsd/', import.meta.url));

/** xmllint's verdict: null when valid, else its messages. */
function xmllint(file: string, args: string[]): string | null {
  try {
    execFileSync('xmllint', ['--noout', '--nonet', ...args, file], { encoding: 'utf8', stdio: 'pipe' });
    return null;
  } catch (error) {
    return String((error as { stderr?: string }).stderr ?? error);
  }
}

const app = useBrowserApp();

describe('the export menu', () => {
  it('downloads the current view as GEXF, PNG and SVG', async () => {
    const page = await app.chromium.context.newPage();
    await page.goto(`${app.api.url}/?lang=en&area=2607`);
    await expect
      .poll(() => page.getByTestId('network-canvas').getAttribute('data-ready'), { timeout: 30_000 })
      .toBe('true');
    const teryt = await page.getByTestId('area-powiat').inputValue();
    const menu = page.getByTestId('export-menu');
    await menu.locator('summary').click();
    await page.screenshot({ path: join(artifactsDir, 'export-menu-open.png') });

    const saved = async (format: string) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        menu.locator(`[data-format="${format}"]`).click(),
      ]);
      const path = await download.path();
      return { name: download.suggestedFilename(), bytes: readFileSync(path) };
    };

    const gexf = await saved('gexf');
    expect(gexf.name).toMatch(new RegExp(`^splot-${teryt}-\\d{4}-\\d{2}-\\d{2}\\.gexf$`));
    expect(gexf.bytes.toString('utf8')).toContain('<gexf xmlns="http://gexf.net/1.3"');

    await menu.locator('summary').click();
    const png = await saved('png');
    expect(png.name).toMatch(/\.png$/);
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.bytes.length).toBeGreaterThan(2000);

    await menu.locator('summary').click();
    const svg = await saved('svg');
    expect(svg.name).toMatch(/\.svg$/);
    const svgText = svg.bytes.toString('utf8');
    expect(svgText).toMatch(/<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    // Node labels are drawn as SVG text.
    expect(svgText).toMatch(/<text/);
  });

  for (const viewport of [
    { name: 'desktop', width: 1440, height: 900 },
    { name: 'phone', width: 390, height: 844 },
  ]) {
    it(`GEXF and GraphML from the menu carry the canvas positions (${viewport.name})`, async () => {
      const page = await app.open(`/?area=2607&mode=AFFILIATIONS`, viewport);
      // Where each node stands on the canvas (model coordinates), as Cytoscape has it.
      const canvas = await page.evaluate(() => {
        const cy = (
          window as unknown as {
            __splotCy: { nodes(): Array<{ id(): string; position(): { x: number; y: number } }> };
          }
        ).__splotCy;
        return Object.fromEntries(cy.nodes().map((n) => [n.id(), n.position()]));
      });
      expect(Object.keys(canvas).length).toBeGreaterThan(3);
      const menu = page.getByTestId('export-menu');
      const dir = mkdtempSync(join(tmpdir(), 'splot-menu-'));
      const saved = async (format: 'gexf' | 'graphml') => {
        // On a phone the export menu sits in the folded controls: unfold them first.
        const fold = page.locator('[data-testid="toolbar-fold"]');
        if ((await fold.count()) && !(await fold.evaluate((el) => (el as HTMLDetailsElement).open))) {
          await fold.locator('> summary').click();
        }
        await menu.locator('summary').click();
        if (viewport.name === 'phone')
          await page.screenshot({ path: join(artifactsDir, 'export-menu-phone.png') });
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          menu.locator(`[data-format="${format}"]`).click(),
        ]);
        const file = join(dir, download.suggestedFilename());
        writeFileSync(file, readFileSync(await download.path()));
        return file;
      };
      const gexf = await saved('gexf');
      expect(gexf).toMatch(/splot-2607-\d{4}-\d{2}-\d{2}-affiliations\.gexf$/);
      expect(xmllint(gexf, ['--relaxng', join(XSD, 'gexf-1.3/gexf.rng')])).toBeNull();
      const graphml = await saved('graphml');
      expect(xmllint(graphml, ['--schema', join(XSD, 'graphml-1.0/graphml.xsd')])).toBeNull();

      const read = readWithNetworkx([gexf, graphml]);
      const fromGexf = read[gexf]?.nodes ?? {};
      const fromGraphml = read[graphml]?.nodes ?? {};
      // Every node of the file is on the canvas, at the canvas's place (Gephi's y axis points up).
      expect(Object.keys(fromGexf).sort()).toEqual(Object.keys(canvas).sort());
      for (const [id, { x, y }] of Object.entries(canvas)) {
        const viz = fromGexf[id]?.viz as { position?: { x: number; y: number } } | undefined;
        expect(viz?.position?.x, id).toBeCloseTo(x, 3);
        expect(viz?.position?.y, id).toBeCloseTo(-y, 3);
        expect(fromGraphml[id]?.x, id).toBeCloseTo(x, 3);
        expect(fromGraphml[id]?.y, id).toBeCloseTo(-y, 3);
      }
      await page.close();
    });
  }
});
