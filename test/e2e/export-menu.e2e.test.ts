import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Splot } from '../../server/src/startup.js';
import { startTestApi } from '../helpers/api.js';
import { artifactsDir, launchChromium, type TestBrowser } from '../helpers/browser.js';

// The export menu as a user meets it: open it over the drawn network, download a data file and
// both images, and check what the browser saved.

let api: Splot;
let chromium: TestBrowser;

beforeAll(async () => {
  [api, chromium] = await Promise.all([startTestApi(), launchChromium()]);
});

afterAll(async () => {
  await chromium?.close();
  await api?.stop();
});

describe('the export menu', () => {
  it('downloads the current view as GEXF, PNG and SVG', async () => {
    const page = await chromium.context.newPage();
    await page.goto(`${api.url}/?lang=en&area=2607`);
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
});
