import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { describeViolations, seriousViolations } from '../helpers/axe.js';
import {
  artifactsDir,
  DESKTOP,
  launchChromium,
  openExplorer,
  PHONE,
  type TestBrowser,
} from '../helpers/browser.js';
import { useBrowserApp } from '../helpers/browser-app.js';

// The explorer on a 390×844 phone: no sideways scrolling, the canvas on the first screen, labels
// readable, details as a sheet over the canvas, every control reachable; and still right at 1440×900.

const app = useBrowserApp();

/** The page's width as scrolled (wider than the viewport = sideways scrolling). */
const scrollWidth = (page: Page) => page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);

/** What sticks out of the page sideways (the failure message of the width checks). */
const sticksOut = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return Array.from(document.querySelectorAll<HTMLElement>('body *'))
      .filter((el) => el.getClientRects().length > 0 && el.getBoundingClientRect().right > width + 1)
      .slice(0, 12)
      .map((el) => `${el.tagName}.${el.className} → ${Math.round(el.getBoundingClientRect().right)}px`)
      .join('; ');
  });

/** The smallest label on screen: each node's font size times the zoom, in CSS px. */
const smallestLabel = (page: Page) =>
  page.evaluate(() => {
    type Cy = { zoom(): number; nodes(): Array<{ style(k: string): string; visible(): boolean }> };
    const cy = (window as unknown as { __splotCy: Cy }).__splotCy;
    const sizes = cy
      .nodes()
      .filter((n) => n.visible() && n.style('label') !== '')
      .map((n) => Number.parseFloat(n.style('font-size')) * cy.zoom());
    return { min: Math.min(...sizes), count: sizes.length };
  });

/** Every visible control that a tap cannot reach: off the page sideways, or covered where it lies. */
const unreachable = (page: Page, scope = 'body') =>
  page.evaluate((scope) => {
    const width = document.documentElement.clientWidth;
    // Inside a closed disclosure a control is not shown (its summary is what is reached).
    const folded = (el: HTMLElement) => {
      for (let d = el.closest('details'); d; d = d.parentElement?.closest('details') ?? null) {
        if (!d.open && !(el.tagName === 'SUMMARY' && el.parentElement === d)) return true;
      }
      return false;
    };
    const controls = Array.from(
      document.querySelectorAll<HTMLElement>(
        `${scope} :is(button, select, input, a[href], summary, [role="tab"])`,
      ),
    ).filter(
      (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden' && !folded(el),
    );
    const bad: string[] = [];
    for (const el of controls) {
      // Inside a box that scrolls sideways on its own (a wide table), the box is what must fit.
      const scroller = el.closest<HTMLElement>('.wb-scroll, .table-scroll, [data-scroll-x]');
      const target = scroller ?? el;
      el.scrollIntoView({ block: 'center', inline: 'nearest' });
      const box = target.getBoundingClientRect();
      if (box.left < -1 || box.right > width + 1) {
        bad.push(
          `${el.tagName} ${el.textContent?.trim().slice(0, 30) || el.getAttribute('aria-label')}: off the page`,
        );
        continue;
      }
      if (scroller) continue;
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      const input = el instanceof HTMLInputElement ? el.closest('label') : null;
      if (!hit || !(el.contains(hit) || hit.contains(el) || input?.contains(hit))) {
        bad.push(
          `${el.tagName} ${el.textContent?.trim().slice(0, 30) || el.getAttribute('aria-label')}: covered`,
        );
      }
    }
    window.scrollTo(0, 0);
    return { checked: controls.length, bad };
  }, scope);

describe('the explorer on a phone', () => {
  it('fits 390 px, shows the canvas on the first screen with readable labels, details as a sheet', async () => {
    const page = await app.open('/?area=2607', PHONE);
    expect(await scrollWidth(page), await sticksOut(page)).toBeLessThanOrEqual(PHONE.width);
    const canvas = page.getByTestId('network-canvas');
    const box = await canvas.boundingBox();
    expect(box?.y).toBeLessThan(PHONE.height / 3);
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(PHONE.height);
    expect(box?.width).toBeGreaterThan(PHONE.width - 40);
    const labels = await smallestLabel(page);
    expect(labels.count).toBeGreaterThan(0);
    expect(labels.min).toBeGreaterThanOrEqual(11);
    await page.screenshot({ path: join(artifactsDir, 'phone-first-screen-390.png') });

    // A tap on a node: its details slide up as a sheet over the canvas; closing it gives the canvas back.
    // The node nearest the canvas's centre, in page coordinates.
    const point = await page.evaluate(() => {
      type Node = { id(): string; renderedPosition(): { x: number; y: number }; visible(): boolean };
      type Cy = { nodes(): Node[]; container(): HTMLElement; width(): number; height(): number };
      const cy = (window as unknown as { __splotCy: Cy }).__splotCy;
      const box = cy.container().getBoundingClientRect();
      const [cx, cy0] = [cy.width() / 2, cy.height() / 2];
      const nodes = cy.nodes().filter((n) => n.visible());
      const dist = (n: Node) => Math.hypot(n.renderedPosition().x - cx, n.renderedPosition().y - cy0);
      const node = nodes.sort((a, b) => dist(a) - dist(b))[0];
      return node
        ? { id: node.id(), x: box.left + node.renderedPosition().x, y: box.top + node.renderedPosition().y }
        : null;
    });
    expect(point).not.toBeNull();
    await page.mouse.click(point?.x ?? 0, point?.y ?? 0);
    await expect.poll(() => new URL(page.url()).searchParams.get('node')).toBe(point?.id);
    const sheet = page.getByTestId('details-slot');
    await page.getByTestId('details-close').waitFor();
    await expect.poll(() => sheet.getByTestId('status-loading').count(), { timeout: 20_000 }).toBe(0);
    const sheetBox = await sheet.boundingBox();
    const canvasNow = await canvas.boundingBox();
    expect(await sheet.evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
    expect(Math.round((sheetBox?.y ?? 0) + (sheetBox?.height ?? 0))).toBe(PHONE.height);
    // Over the canvas, leaving its upper part in sight.
    expect(sheetBox?.y).toBeLessThan((canvasNow?.y ?? 0) + (canvasNow?.height ?? 0));
    expect(sheetBox?.y).toBeGreaterThan(canvasNow?.y ?? PHONE.height);
    expect(await scrollWidth(page), await sticksOut(page)).toBeLessThanOrEqual(PHONE.width);
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.screenshot({ path: join(artifactsDir, 'phone-details-sheet-390.png') });
    await page.getByTestId('details-close').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('node')).toBeNull();
    expect(await sheet.evaluate((el) => getComputedStyle(el).position)).not.toBe('fixed');

    // Then the folded controls, after a tap on the canvas would be too (their layout moves it).
    // The folded controls open; then every control of the page can be reached by a tap.
    await page.locator('[data-testid="toolbar-fold"] > summary').click();
    await page.getByTestId('area-voivodeship').waitFor();
    expect(await scrollWidth(page), await sticksOut(page)).toBeLessThanOrEqual(PHONE.width);
    await page.screenshot({ path: join(artifactsDir, 'phone-controls-390.png') });
    for (const name of ['Rodzaje powiązań', 'Rodzaje instytucji']) {
      await page.locator('.filters summary', { hasText: name }).click();
    }
    const reach = await unreachable(page);
    expect(reach.checked).toBeGreaterThan(60);
    expect(reach.bad, reach.bad.join('\n')).toEqual([]);
    await page.locator('[data-testid="export-menu"] > summary').click();
    const menu = await unreachable(page, '[data-testid="export-menu"]');
    expect(menu.checked).toBeGreaterThan(4);
    expect(menu.bad, menu.bad.join('\n')).toEqual([]);
    await page.locator('[data-testid="export-menu"] > summary').click();
    await page.locator('[data-testid="toolbar-fold"] > summary').click();
    await page.evaluate(() => window.scrollTo(0, 0));

    // A tap still lands on the node it aims at once the controls folded away again.
    const again = await page.evaluate((id) => {
      type Cy = {
        getElementById(id: string): { renderedPosition(): { x: number; y: number } };
        container(): HTMLElement;
      };
      const cy = (window as unknown as { __splotCy: Cy }).__splotCy;
      const box = cy.container().getBoundingClientRect();
      const p = cy.getElementById(id).renderedPosition();
      return { x: box.left + p.x, y: box.top + p.y };
    }, point?.id ?? '');
    await page.mouse.click(again.x, again.y);
    await expect.poll(() => new URL(page.url()).searchParams.get('node')).toBe(point?.id);
    await page.close();
  });

  it('keeps the wide layout at 1440×900: controls unfolded, no sideways scroll, readable labels', async () => {
    const page = await app.open('/?area=2607', DESKTOP);
    expect(await page.getByTestId('toolbar-fold').count()).toBe(0);
    await page.getByTestId('area-voivodeship').waitFor();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(DESKTOP.width);
    const box = await page.getByTestId('network-canvas').boundingBox();
    expect(box?.y).toBeLessThan(300);
    expect((await smallestLabel(page)).min).toBeGreaterThanOrEqual(11);
    await page.screenshot({ path: join(artifactsDir, 'phone-wide-1440.png') });
    await page.close();
  });
});
