import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, seriousViolations } from '../helpers/axe.js';
import { artifactsDir } from '../helpers/browser.js';
import { useBrowserApp } from '../helpers/browser-app.js';
import { tokenFor } from '../helpers/tokens.js';

// An editor of one (test) voivodeship signs in with a token, adds an institution — first with a
// NIP the shared rules refuse, then a valid one — and sees it drawn; a viewer sees no edit control.
// The test owns its voivodeship 7N and powiat 7N01, so other tests' areas never change.

const voivodeship = `7${Math.floor(Math.random() * 10)}`;
const powiat = `${voivodeship}${String(10 + Math.floor(Math.random() * 89))}`;
const existing = `${powiat}-existing`;

const app = useBrowserApp();

beforeAll(async () => {
  await app.api.driver.executeQuery(
    `MERGE (v:Area {teryt: $voivodeship}) SET v.name = 'test ' + $voivodeship, v.level = 'VOIVODESHIP'
     MERGE (p:Area {teryt: $powiat}) SET p.name = 'edytorski ' + $powiat, p.level = 'POWIAT'
     MERGE (p)-[:PART_OF]->(v)
     WITH p MATCH (s:Sector {code: 'PUBLIC'})
     CREATE (i:Institution {id: $existing, name: 'Ośrodek Pomocy Społecznej ' + $powiat, kind: 'OPS'})
     CREATE (i)-[:LOCATED_IN]->(p), (i)-[:IN_SECTOR]->(s)`,
    { voivodeship, powiat, existing },
  );
});

afterAll(async () => {
  await app.api?.driver.executeQuery(
    `MATCH (a:Area) WHERE a.teryt STARTS WITH $powiat OR a.teryt = $voivodeship
     OPTIONAL MATCH (i:Institution)-[:LOCATED_IN]->(a)
     DETACH DELETE a, i`,
    { powiat, voivodeship },
  );
});

const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(artifactsDir, `editor-${name}.png`) });

async function nodeCount(page: Page): Promise<number> {
  const canvas = page.getByTestId('network-canvas');
  await expect.poll(() => canvas.getAttribute('data-ready'), { timeout: 30_000 }).toBe('true');
  return Number(await canvas.getAttribute('data-node-count'));
}

describe('editing, as an editor works', () => {
  it('adds an institution and sees it drawn; a viewer sees no edit controls', async () => {
    const page = await app.chromium.context.newPage();
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(`${app.api.url}/?area=${powiat}`);
    expect(await nodeCount(page)).toBe(1);
    expect(await page.getByTestId('add-institution').count()).toBe(0);

    // Sign in with a pasted token; the role and region are shown.
    await page.getByTestId('sign-in').click();
    await page.getByTestId('token-input').fill(await tokenFor('editor', [voivodeship]));
    await shot(page, '01-sign-in');
    await page.getByTestId('token-submit').click();
    await expect
      .poll(() => page.getByTestId('session-role').textContent(), { timeout: 20_000 })
      .toContain(voivodeship);

    // Add an institution; a wrong NIP is refused by the same rule the server applies.
    await page.getByTestId('add-institution').click();
    const form = page.getByTestId('institution-form');
    const name = `Centrum Integracji Społecznej ${powiat}`;
    await form.locator('[data-field="name"]').fill(name);
    await form.locator('[data-field="kind"]').selectOption('CIS');
    expect(await form.locator('[data-field="sector"]').inputValue()).toBe('SOCIAL_ECONOMY');
    expect(await form.locator('[data-field="area"]').inputValue()).toBe(powiat);
    await form.locator('[data-field="nip"]').fill('1234567890');
    await form.getByTestId('form-save').click();
    await expect.poll(() => form.getByTestId('error-nip').count(), { timeout: 20_000 }).toBe(1);
    expect(await form.locator('[data-field="nip"]').evaluate((el) => el === document.activeElement)).toBe(
      true,
    );
    await shot(page, '02-form-error');
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    await form.locator('[data-field="nip"]').fill('5261040828');
    await form.getByTestId('form-save').click();
    // A refusal would show in the form; say it, rather than only time out.
    await expect
      .poll(
        async () =>
          (await page.getByTestId('add-dialog').count()) === 0 ||
          (await form.getByTestId('form-failure').count()) > 0,
        { timeout: 30_000 },
      )
      .toBe(true);
    const failures = await form.getByTestId('form-failure').allTextContents();
    expect(failures).toEqual([]);
    await expect.poll(() => page.getByTestId('add-dialog').count(), { timeout: 20_000 }).toBe(0);

    // It is drawn, selected, and its details are shown.
    await expect.poll(() => nodeCount(page), { timeout: 30_000 }).toBe(2);
    await expect
      .poll(() => page.getByTestId('node-details').locator('h2').textContent(), { timeout: 20_000 })
      .toBe(name);
    const stored = await app.api.driver.executeQuery(
      'MATCH (i:Institution {name: $name})-[:LOCATED_IN]->(:Area {teryt: $powiat}) MATCH (i)-[:IN_SECTOR]->(s) RETURN i.nip AS nip, s.code AS sector',
      { name, powiat },
    );
    expect(stored.records[0]?.toObject()).toEqual({ nip: '5261040828', sector: 'SOCIAL_ECONOMY' });
    await shot(page, '03-drawn');

    // The editor can tie it to the existing institution with a role and a source.
    await page.getByTestId('add-tie').click();
    const tie = page.getByTestId('tie-form');
    await tie.locator('[data-field="name"]').fill(`Partnerstwo lokalne ${powiat}`);
    await tie.locator('[data-field="start"]').fill('2021-03-01');
    await tie.getByTestId('member-search').locator('input').fill(`Osrodek Pomocy ${powiat}`);
    const option = tie.getByTestId('member-search-option').first();
    await expect.poll(() => option.textContent(), { timeout: 15_000 }).toContain(powiat);
    await option.click();
    await tie.locator('[data-field="members.0.role"]').selectOption('LEADER');
    await tie.locator('[data-field="source.title"]').fill('Porozumienie o partnerstwie');
    await tie.locator('[data-field="source.quote"]').fill('Strony zawiązują partnerstwo lokalne.');
    await shot(page, '04-tie-form');
    await tie.getByTestId('form-save').click();
    await expect
      .poll(
        async () =>
          (await page.getByTestId('tie-dialog').count()) === 0 ||
          (await tie.getByTestId('form-failure').count()) > 0,
        { timeout: 30_000 },
      )
      .toBe(true);
    expect(await tie.getByTestId('form-failure').allTextContents()).toEqual([]);
    await expect
      .poll(() => page.getByTestId('network-canvas').getAttribute('data-edge-count'), { timeout: 30_000 })
      .toBe('1');
    await expect
      .poll(() => page.getByTestId('details-partnerships').textContent(), { timeout: 20_000 })
      .toContain('lider');
    await shot(page, '05-tie-drawn');

    // In the two-mode view the partnership is a node; the editor gives it an end date.
    await page.locator('[data-testid="mode-toggle"] input[value="AFFILIATIONS"]').check();
    await expect.poll(() => nodeCount(page), { timeout: 30_000 }).toBe(3);
    await page.evaluate(() => {
      const cy = (window as unknown as { __splotCy?: { nodes(s: string): Array<{ emit(e: string): void }> } })
        .__splotCy;
      cy?.nodes('[type = "PARTNERSHIP"]')[0]?.emit('tap');
    });
    await page.getByTestId('edit-affiliation').click();
    await page.getByTestId('tie-form').locator('[data-field="end"]').fill('2024-12-31');
    await page.getByTestId('tie-form').getByTestId('form-save').click();
    await expect.poll(() => page.getByTestId('tie-dialog').count(), { timeout: 30_000 }).toBe(0);
    await expect
      .poll(() => page.getByTestId('node-details').textContent(), { timeout: 20_000 })
      .toContain('31.12.2024');
    await shot(page, '06-partnership-edited');

    // Signed out (a viewer), the same page has no edit controls.
    await page.getByTestId('sign-out').click();
    expect(await page.getByTestId('add-institution').count()).toBe(0);
    expect(await page.getByTestId('edit-institution').count()).toBe(0);
    const viewer = await app.chromium.context.newPage();
    await viewer.goto(`${app.api.url}/?area=${powiat}`);
    await viewer.evaluate(
      (token) => window.sessionStorage.setItem('splot.token', token),
      await tokenFor('viewer'),
    );
    await viewer.reload();
    await nodeCount(viewer);
    await expect
      .poll(() => viewer.getByTestId('session-role').textContent(), { timeout: 20_000 })
      .toBeTruthy();
    expect(await viewer.getByTestId('add-institution').count()).toBe(0);
  });
});
