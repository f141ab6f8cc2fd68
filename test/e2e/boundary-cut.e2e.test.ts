import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startTestApi } from '../helpers/api.js';
import { artifactsDir } from '../helpers/browser.js';
import { useBrowserApp } from '../helpers/browser-app.js';

// A bounded boundary as a user sees it: with BOUNDARY_MAX_MEMBERS at 5, the six-member 2019
// meeting in Bałtów no longer brings KOOWES, the ROPS and the marshal's office from Kielce onto
// powiat ostrowiecki's map; the boundary panel says which partnerships and collaborations were too
// large, with their sizes, and the sector matrix says its boundary counts are bounded the same way.
// Screenshots: test/artifacts/boundary-cut-*.png, at 1440×900 and 390×844.

const app = useBrowserApp({ start: () => startTestApi({ BOUNDARY_MAX_MEMBERS: '5' }) });

const SIZES = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

const KIELCE = ['koowes', 'rops-swietokrzyskie', 'umws'];
const MEETING = 'spotkanie-2019-baltow';

const canvasIds = (page: Page) =>
  page.evaluate(() => {
    const cy = (window as unknown as { __splotCy?: { nodes(): Array<{ id(): string }> } }).__splotCy;
    return (cy?.nodes() ?? []).map((n) => n.id());
  });

describe('the bounded boundary in the explorer', () => {
  for (const size of SIZES) {
    it(`names the meeting too large to reach Kielce through, and draws no one from Kielce (${size.name})`, async () => {
      const page = await app.open('/?area=2607&lang=pl', { width: size.width, height: size.height });
      const ids = await canvasIds(page);
      expect(ids).toContain('lgd-krzemienny-krag');
      for (const id of KIELCE) expect(ids).not.toContain(id);

      const cut = page.getByTestId('boundary-cut');
      await cut.scrollIntoViewIfNeeded();
      await cut.locator('summary').click();
      const summary = await cut.locator('summary').textContent();
      expect(summary).toContain('ponad 5 członków');
      const item = cut.locator(`li[data-id="${MEETING}"]`);
      expect(await item.isVisible()).toBe(true);
      expect(await item.textContent()).toMatch(/Bałtowie.*\(6 członków, w tym z obszaru: 3\)/);
      await page.screenshot({ path: join(artifactsDir, `boundary-cut-panel-${size.name}.png`) });

      const note = page.getByTestId('boundary-ties-cut');
      await expect.poll(() => note.count(), { timeout: 30_000 }).toBe(1);
      expect(await note.textContent()).toContain('do 5 członków');
      await page.close();
    });
  }
});
