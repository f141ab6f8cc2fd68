import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, seriousViolations } from '../helpers/axe.js';
import { artifactsDir, DESKTOP, PHONE } from '../helpers/browser.js';
import { useBrowserApp } from '../helpers/browser-app.js';
import { tokenFor } from '../helpers/tokens.js';
import { createWorld, type World } from '../helpers/world.js';

// The editor's survey page after issue 17's first round, in Chromium: the "create" button is off
// until the form is complete and reads clearly either way; a survey covers a partnership picked by
// name (typed without Polish letters), its members filling the roster; the roster changes while the
// survey is open (an added institution's link works at once, a removed one's stops); a partner a
// respondent proposed is accepted as the existing institution the editor picks from the likely
// matches. A world of its own (unused TERYT codes, prefixed ids) in the shared database.

let world: World;
const surveyIds: string[] = [];

const app = useBrowserApp();

beforeAll(async () => {
  world = await createWorld(app.api.driver, 'survey-editor');
  // The partnership covers the powiat, so a survey of it covers that area.
  await app.api.driver.executeQuery(
    'MATCH (p:Partnership {id: $p}), (a:Area {teryt: $a}) CREATE (p)-[:COVERS]->(a)',
    { p: world.id('p1'), a: world.powiat },
  );
}, 120_000);

afterAll(async () => {
  await app.api?.driver.executeQuery(
    `MATCH (s:Survey)-[:SURVEY_AREA]->(:Area {teryt: $powiat})
     OPTIONAL MATCH (s)<-[:RESPONSE_TO]-(r) OPTIONAL MATCH (r)-[:PROPOSES]->(p)
     DETACH DELETE s, r, p`,
    { powiat: world.powiat },
  );
  await world?.remove();
});

const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(artifactsDir, `survey-editor-${name}.png`), fullPage: true });

async function expectAccessible(page: Page) {
  const violations = await seriousViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

const rosterNames = (page: Page) =>
  page
    .getByTestId('survey-roster')
    .locator('tbody tr td:first-child')
    .allTextContents()
    .then((names) => names.sort());

/** The colours a button is drawn in, as the browser computes them. */
const looks = (page: Page, testId: string) =>
  page.getByTestId(testId).evaluate((el) => {
    const style = getComputedStyle(el);
    return { background: style.backgroundColor, color: style.color, opacity: style.opacity };
  });

describe("the editor's survey page", () => {
  it('creates a survey of a partnership, changes its roster while open, and accepts a proposal as an existing institution', async () => {
    const [a, b, c, d, e] = ['a', 'b', 'c', 'd', 'e'].map(world.id) as [
      string,
      string,
      string,
      string,
      string,
    ];
    const region = world.powiat.slice(0, 2);
    const editor = await app.chromium.context.newPage();
    editor.on('dialog', (dialog) => void dialog.accept());
    await editor.setViewportSize(DESKTOP);
    await editor.goto(`${app.api.url}/ankiety`);
    await editor.evaluate(
      (token) => window.sessionStorage.setItem('splot.token', token),
      await tokenFor('editor', [region]),
    );
    await editor.reload();

    // The button is off until the form is complete, and says why; off and on look different.
    const create = editor.getByTestId('survey-create');
    await expect.poll(() => create.count(), { timeout: 30_000 }).toBe(1);
    expect(await create.isDisabled()).toBe(true);
    expect(await editor.getByTestId('survey-create-missing').textContent()).toContain('tytuł');
    const off = await looks(editor, 'survey-create');
    expect(off).toEqual({ background: 'rgb(255, 255, 255)', color: 'rgb(87, 96, 106)', opacity: '1' });
    await shot(editor, '1-create-disabled');
    await editor.getByTestId('survey-new-title').fill('Współpraca w partnerstwie 2026');

    // The partnership, found without Polish letters; its members of the region fill the roster.
    await editor.getByTestId('survey-partnership-search').fill('ekonomii spolecznej');
    const option = editor.getByTestId(`survey-partnership-${world.id('p1')}`);
    await expect.poll(() => option.count(), { timeout: 20_000 }).toBe(1);
    await option.click();
    const members = editor.getByTestId('survey-partnership-members');
    await expect.poll(() => members.count(), { timeout: 10_000 }).toBe(1);
    expect(await editor.getByTestId('survey-new-area').inputValue()).toBe(world.powiat);
    expect(await editor.getByTestId(`survey-member-${a}`).isChecked()).toBe(true);
    expect(await editor.getByTestId(`survey-member-${b}`).isChecked()).toBe(true);
    // E is seated in another powiat: of another region it cannot be ticked; of this one, untick it.
    const memberE = editor.getByTestId(`survey-member-${e}`);
    if (await memberE.isDisabled()) expect(await memberE.isChecked()).toBe(false);
    else await memberE.uncheck();
    expect(await create.isEnabled()).toBe(true);
    const on = await looks(editor, 'survey-create');
    expect(on).toEqual({ background: 'rgb(11, 87, 208)', color: 'rgb(255, 255, 255)', opacity: '1' });
    await create.hover(); // hovered, it darkens rather than washing out to grey
    expect((await looks(editor, 'survey-create')).background).toBe('rgb(8, 62, 150)');
    await shot(editor, '2-create-partnership');
    await expectAccessible(editor);
    await create.click();

    const detail = editor.getByTestId('survey-detail');
    await expect
      .poll(() => detail.getByTestId('survey-status').textContent(), { timeout: 30_000 })
      .toBe('szkic');
    expect(await detail.textContent()).toContain('partnerstwo: Partnerstwo na rzecz ekonomii społecznej');
    expect(await rosterNames(editor)).toEqual(['Centrum „Ćma” & <Syn> "Łódź"', 'OPS w Ćmielowie']);
    const surveyId = new URL(editor.url()).searchParams.get('survey') ?? '';
    surveyIds.push(surveyId);

    // Links for the roster as it is, then open.
    const [download] = await Promise.all([
      editor.waitForEvent('download'),
      detail.getByTestId('survey-links-csv').click(),
    ]);
    const csv = readFileSync((await download.path()) ?? '', 'utf8');
    const linkOf = (id: string) =>
      new RegExp(`^${id},.*?(http://\\S+?/ankieta#[A-Za-z0-9_-]{43})`, 'm').exec(csv)?.[1] ?? '';
    expect(linkOf(b)).not.toBe('');
    await detail.getByTestId('survey-open').click();
    await expect
      .poll(() => detail.getByTestId('survey-status').textContent(), { timeout: 30_000 })
      .toBe('otwarta');

    // Add C (searched without Polish letters): its link is shown once and works at once.
    await detail.getByTestId('survey-roster-search').fill('firma');
    await detail.getByTestId(`survey-roster-add-${c}`).click();
    const fresh = detail.getByTestId('survey-fresh-link');
    await expect.poll(() => fresh.count(), { timeout: 20_000 }).toBe(1);
    const cLink = (await fresh.locator('code').textContent()) ?? '';
    expect(cLink).toMatch(/\/ankieta#[A-Za-z0-9_-]{43}$/);
    await expect.poll(() => rosterNames(editor), { timeout: 20_000 }).toHaveLength(3);
    // A on the roster is found but not offered again.
    await detail.getByTestId('survey-roster-search').fill('cma');
    await expect
      .poll(() => detail.getByTestId('survey-roster-add').textContent(), { timeout: 20_000 })
      .toContain('już na liście');
    expect(await detail.getByTestId(`survey-roster-add-${a}`).count()).toBe(0);
    await detail.getByTestId('survey-roster-search').fill('stowarzyszenie');
    await detail.getByTestId(`survey-roster-add-${d}`).click();
    await expect.poll(() => rosterNames(editor), { timeout: 20_000 }).toHaveLength(4);

    // Remove B: its link stops working.
    await detail.getByTestId(`survey-remove-${b}`).click();
    await expect.poll(() => rosterNames(editor), { timeout: 20_000 }).toHaveLength(3);
    expect(await rosterNames(editor)).not.toContain('OPS w Ćmielowie');
    const removed = await app.chromium.context.newPage();
    await removed.setViewportSize(PHONE);
    await removed.goto(linkOf(b));
    await expect.poll(() => removed.getByTestId('survey-fatal').count(), { timeout: 20_000 }).toBe(1);
    await removed.close();

    // C answers on a phone and proposes a partner not on the roster: B, written without diacritics.
    const respondent = await app.chromium.context.newPage();
    await respondent.setViewportSize(PHONE);
    await respondent.goto(cLink);
    await expect
      .poll(() => respondent.getByTestId('survey-institution').textContent(), { timeout: 30_000 })
      .toContain('Firma, sp. z o.o.');
    await respondent.getByTestId('survey-propose-open').click();
    await respondent.getByLabel('Nazwa instytucji').fill('OPS Cmielow');
    await respondent.getByLabel('Rodzaj instytucji').selectOption({ label: 'Ośrodek pomocy społecznej' });
    await respondent.getByLabel('Gmina', { exact: true }).selectOption({ index: 1 });
    await respondent.getByRole('button', { name: 'Dodaj partnera' }).click();
    // The proposed partner gets its card; an answer about it is saved as for any partner.
    const card = respondent.getByTestId('survey-partner').last();
    await expect.poll(() => card.textContent(), { timeout: 20_000 }).toContain('OPS Cmielow');
    await card.getByLabel(/Wspólne wydarzenie/).check();
    await expect
      .poll(() => respondent.getByTestId('survey-save-status').textContent(), { timeout: 20_000 })
      .toMatch(/Zapisano/);
    await respondent.close();

    // The editor: the likely match comes first and is ticked; accepted as it.
    await editor.reload();
    const proposal = editor.locator('[data-testid^="survey-proposal-"]').first();
    await expect.poll(() => proposal.count(), { timeout: 30_000 }).toBe(1);
    expect(await proposal.getByTestId(`survey-match-${b}`).isChecked()).toBe(true);
    expect(await proposal.textContent()).toContain('OPS w Ćmielowie');
    await shot(editor, '3-open-roster-and-proposal');
    await expectAccessible(editor);
    await editor.setViewportSize(PHONE);
    expect(await editor.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      PHONE.width,
    );
    await shot(editor, '4-open-roster-and-proposal-390');
    await expectAccessible(editor);
    // Close-ups, readable at phone size: the roster (it scrolls sideways) and the proposal.
    await editor
      .getByRole('region', { name: 'Respondenci' })
      .screenshot({ path: join(artifactsDir, 'survey-editor-4b-roster-390.png') });
    await proposal.screenshot({ path: join(artifactsDir, 'survey-editor-4c-proposal-390.png') });
    await editor.setViewportSize(DESKTOP);
    await proposal.getByTestId('survey-proposal-existing').click();
    await expect
      .poll(() => editor.locator('[data-testid^="survey-proposal-"]').first().textContent(), {
        timeout: 20_000,
      })
      .toContain('przyjęty → OPS w Ćmielowie');
    const reported = await app.api.driver.executeQuery(
      'MATCH (:Survey {id: $id})<-[:RESPONSE_TO]-(:SurveyResponse)-[:REPORTS]->(p) RETURN collect(p.id) AS ids',
      { id: surveyId },
    );
    expect(reported.records[0]?.get('ids')).toEqual([b]);
    await shot(editor, '5-proposal-accepted');
  });
});
