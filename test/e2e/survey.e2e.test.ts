import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createDriver } from '../../server/src/db/driver.js';
import { type EmbeddedNeo4j, findFreePort, startEmbeddedNeo4j } from '../../server/src/db/embedded.js';
import { applySchema } from '../../server/src/db/schema.js';
import { seedDatabase } from '../../server/src/seed/seed-database.js';
import { startTestApi } from '../helpers/api.js';
import { describeViolations, seriousViolations } from '../helpers/axe.js';
import { artifactsDir } from '../helpers/browser.js';
import { useBrowserApp } from '../helpers/browser-app.js';
import { tokenFor } from '../helpers/tokens.js';

// The partner survey end to end, in Chromium: an editor of woj. świętokrzyskie creates a survey of
// powiat ostrowiecki (2607) and downloads the links; two institutions answer on a phone-sized
// screen (PUP names PCPR back, PCPR's tie to the LGD stays one-sided); the editor sees the
// response rate and reciprocity, closes and accepts; the explorer draws the reported ties with
// their source. It writes into the demo data of 2607, so it has a database of its own: the other
// test files read 2607 from the shared one in parallel.

let db: EmbeddedNeo4j;
let dataDir: string;

const app = useBrowserApp({
  start: async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'splot-survey-e2e-'));
    db = await startEmbeddedNeo4j({
      port: await findFreePort(),
      dataDir,
      heap: '512m',
      readyTimeoutMs: 300_000,
    });
    const driver = createDriver({ uri: db.uri, password: db.password });
    await applySchema(driver);
    await seedDatabase(driver, { reset: true });
    await driver.close();
    return startTestApi({ NEO4J_URI: db.uri, NEO4J_PASSWORD: db.password });
  },
  stopped: async () => {
    await db?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  },
  timeoutMs: 400_000,
});

const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(artifactsDir, `survey-${name}.png`), fullPage: true });

async function expectAccessible(page: Page) {
  const violations = await seriousViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

/** Reads the links CSV (BOM, header, quoted cells) into institution id → link. */
function readLinks(file: string): Map<string, string> {
  const lines = readFileSync(file, 'utf8')
    .replace(/^\ufeff/, '')
    .trim()
    .split(/\r?\n/)
    .slice(1);
  return new Map(
    lines.map((line) => {
      const id = line.split(',')[0] ?? '';
      const link = /(http:\/\/\S+?\/ankieta#[A-Za-z0-9_-]{43})/.exec(line)?.[1] ?? '';
      return [id, link];
    }),
  );
}

async function answer(
  page: Page,
  link: string,
  name: string,
  partners: Array<{ search: string; id: string; value: string }>,
) {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(link);
  await expect
    .poll(() => page.getByTestId('survey-institution').textContent(), { timeout: 30_000 })
    .toContain(name);
  for (const p of partners) {
    // Typed without Polish letters: the roster search folds diacritics.
    await page.getByTestId('survey-search').fill(p.search);
    await page.getByTestId(`survey-pick-${p.id}`).check();
    const card = page.getByTestId('survey-partner').last();
    await card.getByLabel(/Wymiana informacji/).check();
    await card.getByLabel(/Co miesiąc/).check();
    await card
      .getByLabel(new RegExp(`^${p.value} –`))
      .first()
      .check();
    await card.getByLabel('Od którego roku współpracujecie?').fill('2019');
    await card.getByLabel('Od którego roku współpracujecie?').blur();
    await expect
      .poll(() => page.getByTestId('survey-save-status').textContent(), { timeout: 20_000 })
      .toMatch(/Zapisano/);
  }
  await page.getByTestId('survey-search').fill('');
}

describe('the partner survey from creation to the map', () => {
  it('runs a survey of powiat ostrowiecki and draws its reported ties with their source', async () => {
    const editor = await app.chromium.context.newPage();
    await editor.setViewportSize({ width: 1440, height: 900 });
    await editor.goto(`${app.api.url}/ankiety`);
    await editor.evaluate(
      (token) => window.sessionStorage.setItem('splot.token', token),
      await tokenFor('editor', ['26']),
    );
    await editor.reload();
    await editor.getByTestId('survey-new-title').fill('Współpraca w powiecie ostrowieckim 2026');
    await editor.getByTestId('survey-new-area').fill('2607');
    await editor.getByTestId('survey-create').click();
    const detail = editor.getByTestId('survey-detail');
    await expect
      .poll(() => detail.getByTestId('survey-status').textContent(), { timeout: 30_000 })
      .toBe('szkic');
    expect(await detail.getByTestId('survey-roster').locator('tbody tr').count()).toBe(3);

    // The links, as a mail merge would take them.
    const [download] = await Promise.all([
      editor.waitForEvent('download'),
      detail.getByTestId('survey-links-csv').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^linki-2607-\d{4}-\d{2}-\d{2}\.csv$/);
    const links = readLinks((await download.path()) ?? '');
    expect([...links.keys()].sort()).toEqual(['lgd-krzemienny-krag', 'pcpr-ostrowiec', 'pup-ostrowiec']);
    await detail.getByTestId('survey-open').click();
    await expect
      .poll(() => detail.getByTestId('survey-status').textContent(), { timeout: 30_000 })
      .toBe('otwarta');
    await shot(editor, '1-editor-open');

    // Two respondents on a phone.
    const pcpr = await app.chromium.context.newPage();
    await answer(pcpr, links.get('pcpr-ostrowiec') ?? '', 'Powiatowe Centrum Pomocy Rodzinie', [
      { search: 'urzad pracy', id: 'pup-ostrowiec', value: '4' },
      { search: 'krag', id: 'lgd-krzemienny-krag', value: '2' },
    ]);
    await pcpr.getByTestId('survey-lacking').fill('Brakuje nam współpracy z pracodawcami.');
    await pcpr.getByTestId('survey-submit').click();
    await expect.poll(() => pcpr.getByTestId('survey-thanks').count(), { timeout: 20_000 }).toBe(1);
    expect(await pcpr.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(pcpr, '2-respondent-pcpr-390');
    await expectAccessible(pcpr);

    const pup = await app.chromium.context.newPage();
    await answer(pup, links.get('pup-ostrowiec') ?? '', 'Powiatowy Urząd Pracy', [
      { search: 'centrum pomocy', id: 'pcpr-ostrowiec', value: '3' },
    ]);
    await pup.getByTestId('survey-submit').click();
    await expect.poll(() => pup.getByTestId('survey-thanks').count(), { timeout: 20_000 }).toBe(1);
    await shot(pup, '3-respondent-pup-390');
    // Reopened, the link shows the saved answers.
    await pup.reload();
    await expect.poll(() => pup.getByTestId('survey-partner').count(), { timeout: 20_000 }).toBe(1);
    expect(await pup.getByTestId('survey-pick-pcpr-ostrowiec').isChecked()).toBe(true);

    // The editor: response rate and reciprocity.
    await editor.reload();
    await expect.poll(() => detail.getByTestId('survey-rate').textContent(), { timeout: 30_000 }).toBe('67%');
    expect(await detail.getByTestId('survey-mutual').textContent()).toBe('1');
    expect(await detail.getByTestId('survey-one-sided').textContent()).toBe('1');
    const pairs = await detail.getByTestId('survey-pairs').textContent();
    expect(pairs).toContain('obie strony');
    expect(pairs).toContain('jedna strona (druga jeszcze nie odpowiedziała)');
    await shot(editor, '4-editor-results');
    await expectAccessible(editor);

    await detail.getByTestId('survey-close').click();
    await expect
      .poll(() => detail.getByTestId('survey-status').textContent(), { timeout: 30_000 })
      .toBe('zamknięta');
    // A closed survey's link opens nothing.
    await pup.reload();
    await expect.poll(() => pup.getByTestId('survey-fatal').count(), { timeout: 20_000 }).toBe(1);
    await detail.getByTestId('survey-accept').click();
    await expect.poll(() => detail.getByTestId('survey-to-map').count(), { timeout: 30_000 }).toBe(1);
    await shot(editor, '5-editor-accepted');

    // The explorer: reported ties only, drawn by reciprocity, each citing its responses.
    await detail.getByTestId('survey-to-map').click();
    const canvas = editor.getByTestId('network-canvas');
    await expect.poll(() => canvas.getAttribute('data-ready'), { timeout: 60_000 }).toBe('true');
    const drawn = await editor.evaluate(() => {
      const cy = (
        window as unknown as {
          __splotCy: { edges(): Array<{ data(k: string): string; classes(): string[] }> };
        }
      ).__splotCy;
      return cy
        .edges()
        .map(
          (e) =>
            `${[e.data('source'), e.data('target')].sort().join('~')} ${e
              .classes()
              .filter((c) => c.startsWith('reported'))
              .join()}`,
        )
        .sort();
    });
    expect(drawn).toEqual([
      'lgd-krzemienny-krag~pcpr-ostrowiec reported-one-sided',
      'pcpr-ostrowiec~pup-ostrowiec reported-mutual',
    ]);
    expect(await editor.getByTestId('legend-reported').count()).toBe(1);
    expect(await editor.getByTestId('evidence-reported').isChecked()).toBe(true);
    await editor.evaluate(() => {
      const cy = (
        window as unknown as {
          __splotCy: { edges(): Array<{ data(k: string): string; emit(e: string): void }> };
        }
      ).__splotCy;
      for (const e of cy.edges())
        if ([e.data('source'), e.data('target')].includes('pup-ostrowiec')) e.emit('tap');
    });
    const sources = editor.getByTestId('tie-sources');
    await expect
      .poll(() => sources.textContent(), { timeout: 30_000 })
      .toContain('odpowiedź: Powiatowy Urząd Pracy');
    expect(await sources.textContent()).toContain('odpowiedź: Powiatowe Centrum Pomocy Rodzinie');
    await shot(editor, '6-explorer-reported-ties');
  });
});
