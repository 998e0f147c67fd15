import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, pasteIntoPage, type Server } from './fixtures.js';
import { highlightPhrase } from './organised-library.js';

/** Two made-up reports of one event, the second a later version of the first. */
const FIRST = `Harbour bridge to close for repairs

By Ines Okafor

PORT MERRION, 3 March — The harbour bridge will close for six weeks from Monday while engineers replace its worn bearings, the county council said on Tuesday.

"We would rather close it now than in the summer," said Tomas Rhee, the council's head of roads. About 14,000 vehicles cross the bridge each day.

A ferry will run every twenty minutes during the closure, the Merrion Ferry Company said.`;

const SECOND = `Harbour bridge to close for eight weeks, not six

By Ines Okafor

PORT MERRION, 4 March — The harbour bridge will close for eight weeks from Monday while engineers replace its worn bearings, the county council said on Wednesday.

"We would rather close it now than in the summer," said Tomas Rhee, the council's head of roads. About 14,000 vehicles cross the bridge each day.

A ferry will run every fifteen minutes during the closure, the Merrion Ferry Company said.`;

/** A library with something in every sidebar section: clips, a version, tags and a collection. */
async function addSmallLibrary(server: Server) {
  const first = await server.call<{ id: number }>('clips.create', { text: FIRST });
  const second = await server.call<{ id: number }>('clips.create', { text: SECOND, versionOf: first.id });
  await server.call('tags.apply', { clipIds: [first.id, second.id], names: ['transport/bridges'] });
  await server.call('tags.setColor', { name: 'transport/bridges', color: '#1f8a8a' });
  const collection = await server.call<{ id: number }>('collections.create', { name: 'Roadworks' });
  await server.call('collections.addClips', { id: collection.id, clipIds: [first.id, second.id] });
  return { first: first.id, second: second.id };
}

/** Serious and critical findings in each theme, as "rule: node" lines so a failure says where. */
async function seriousFindings(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    // The dossier preview is a sandbox without scripts, which axe cannot enter: it is the PDF's
    // layout, not the app's interface, and the PDF tests read it back.
    const { violations } = await new AxeBuilder({ page }).exclude('iframe[title="Dossier preview"]').analyze();
    for (const v of violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
      for (const node of v.nodes) found.push(`${scheme} ${v.id}: ${node.target.join(' ')} (${node.failureSummary ?? ''})`);
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}

test.describe('no serious accessibility findings, light or dark', () => {
  // Each check runs axe over the whole page twice (light and dark), several seconds a run.
  test.describe.configure({ timeout: 90_000 });
  test.beforeEach(async ({ app, server }) => {
    await addSmallLibrary(server);
    await app.reload();
    await expect(app.getByRole('option')).toHaveCount(2);
  });

  test('the library and the reader', async ({ app }) => {
    expect.soft(await seriousFindings(app)).toEqual([]);
    await app.getByRole('option').first().click();
    await expect(app.getByRole('heading', { level: 1 })).toBeVisible();
    expect.soft(await seriousFindings(app)).toEqual([]);
  });

  test('the Highlights index, with a highlight open in its clip', async ({ app, server }) => {
    const { items } = await server.call<{ items: { id: number }[] }>('clips.list', {});
    await highlightPhrase(server, items[0]!.id, 'worn bearings', 'green', 'Check when the bearings were last replaced.');
    await highlightPhrase(server, items[0]!.id, 'About 14,000 vehicles');
    await app.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: 'Highlights' }).click();
    const rows = app.getByRole('list', { name: 'Highlights' }).getByRole('listitem');
    await expect(rows).toHaveCount(2);
    await rows.first().hover();
    expect.soft(await seriousFindings(app)).toEqual([]);
    await rows
      .last()
      .getByRole('button', { name: /worn bearings/ })
      .click();
    await expect(app.getByRole('heading', { level: 1 })).toBeVisible();
    expect.soft(await seriousFindings(app)).toEqual([]);
  });

  test('the compare view', async ({ app }) => {
    await app.getByRole('option', { name: /eight weeks/ }).click();
    await app.getByRole('region', { name: 'Reader' }).getByRole('button', { name: 'Compare with previous version' }).click();
    await expect(
      app.getByRole('dialog', { name: 'Compare' }).getByRole('list', { name: 'Sentences of A beside those of B' }),
    ).toBeVisible();
    expect.soft(await seriousFindings(app)).toEqual([]);
  });

  test('the dossier builder', async ({ app }) => {
    await app.getByRole('tree', { name: 'Collections' }).getByRole('treeitem', { name: 'Roadworks' }).click();
    await app.getByRole('button', { name: 'Dossier…' }).click();
    const builder = app.getByRole('dialog', { name: 'Dossier' });
    await expect(builder.getByRole('list', { name: 'Clips in print order' }).getByRole('listitem')).toHaveCount(2);
    expect.soft(await seriousFindings(app)).toEqual([]);
  });

  test('an older version in the reader, and its edit mode with its history open', async ({ app }) => {
    await app.getByRole('option', { name: /six weeks|Harbour bridge to close for repairs/ }).click();
    await expect(app.getByRole('note', { name: 'Superseded' })).toBeVisible();
    await app.getByText('Edit history').click();
    expect.soft(await seriousFindings(app)).toEqual([]);
    await app.getByRole('region', { name: 'Reader' }).getByRole('button', { name: 'Edit' }).click();
    await expect(app.getByRole('form', { name: 'Edit clip' })).toBeVisible();
    expect.soft(await seriousFindings(app)).toEqual([]);
  });

  test('the review step of a new version, with the corrections made to the earlier one offered', async ({ app, server }) => {
    const { items } = await server.call<{ items: { id: number }[] }>('clips.list', {});
    for (const { id } of items) await server.call('clips.update', { id, fields: { source: 'Merrion Gazette' } });
    await pasteIntoPage(app, SECOND.replace('fifteen minutes', 'ten minutes'));
    const review = app.getByRole('dialog', { name: 'Review clip' });
    await expect(review.getByRole('region', { name: /You corrected clip \d+ by hand/ })).toBeVisible();
    expect.soft(await seriousFindings(app)).toEqual([]);
  });

  test('the People index with a name’s menu open, and its rename prompt refusing an unchanged name', async ({ app }) => {
    await app.getByRole('button', { name: 'People', exact: true }).click();
    const people = app.getByRole('list', { name: 'people' });
    await people.getByRole('button', { name: /^Tomas Rhee/ }).click({ button: 'right' });
    await expect(app.getByRole('menu', { name: 'Actions for Tomas Rhee' })).toBeVisible();
    expect.soft(await seriousFindings(app)).toEqual([]);
    await app.getByRole('menuitem', { name: 'Rename…' }).click();
    const dialog = app.getByRole('dialog', { name: 'Rename “Tomas Rhee”' });
    await expect(dialog.getByText('It is already spelled “Tomas Rhee”.', { exact: false })).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Rename' })).toBeDisabled();
    expect.soft(await seriousFindings(app)).toEqual([]);
  });

  test('settings', async ({ app }) => {
    await app.getByRole('button', { name: 'Settings' }).click();
    await expect(app.getByRole('dialog', { name: 'Settings' })).toBeVisible();
    expect.soft(await seriousFindings(app)).toEqual([]);
  });
});
