import { test, expect, corpusText } from './fixtures.js';
import { shootBothThemes } from './dialog-shots.js';

async function addDatedClip(server: { call<T>(method: string, args: unknown): Promise<T> }) {
  return server.call<{ id: number }>('clips.create', {
    text: corpusText('v04_tass_barents_rescue'),
    draft: { title: 'Barents rescue', date: '2023-07-03', source: 'TASS' },
  });
}

test('settings are saved with the library, survive a reload, and change how dates read', async ({ app, server }, testInfo) => {
  const clip = await addDatedClip(server);
  const collection = await server.call<{ id: number }>('collections.create', { name: 'Brief' });
  await server.call('collections.addClips', { id: collection.id, clipIds: [clip.id] });
  await app.reload();
  const row = app.locator(`[data-clip-id="${clip.id}"]`);
  await expect(row.locator('time')).toHaveText('3 Jul 2023');

  await app.getByRole('button', { name: 'Settings' }).click();
  const dialog = app.getByRole('dialog', { name: 'Settings' });
  await expect(dialog.getByLabel('File')).toHaveValue(/library\.db$/);
  await shootBothThemes(app, testInfo, 'settings');

  await dialog.getByLabel('Dates').selectOption('iso');
  await dialog.getByLabel('Paper').selectOption('Letter');
  await dialog.getByLabel('Back up').selectOption('weekly');
  await dialog.getByLabel('Keep').fill('0');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Keep between 1 and 100 backups')).toBeVisible();
  await expect(dialog.getByLabel('Keep')).toBeFocused();
  await shootBothThemes(app, testInfo, 'settings-invalid');
  await dialog.getByLabel('Keep').fill('25');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(row.locator('time')).toHaveText('2023-07-03');

  await app.reload();
  await expect(row.locator('time')).toHaveText('2023-07-03');
  await row.click();
  await expect(app.getByRole('article').locator('time').first()).toHaveText('2023-07-03');
  expect(await server.call('settings.get', {})).toMatchObject({
    dateFormat: 'iso',
    paperSize: 'Letter',
    backupSchedule: 'weekly',
    backupKeep: 25,
  });

  await app.getByRole('button', { name: 'Settings' }).click();
  await expect(dialog.getByLabel('Dates')).toHaveValue('iso');
  await expect(dialog.getByLabel('Keep')).toHaveValue('25');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // A new dossier (Ctrl+E: of the collection shown) starts on the paper chosen in Settings.
  await app.getByRole('tree', { name: 'Collections' }).getByRole('treeitem', { name: 'Brief' }).click();
  await app.keyboard.press('Control+e');
  await expect(app.getByRole('dialog', { name: 'Dossier' }).getByRole('radio', { name: 'US Letter' })).toBeChecked();
});

test('keyboard: Ctrl+, opens Settings, ? opens the shortcut sheet, Ctrl+N a new clip, in any keyboard layout', async ({
  app,
}, testInfo) => {
  await app.locator('body').press('Control+,');
  const settings = app.getByRole('dialog', { name: 'Settings' });
  await expect(settings).toBeVisible();
  // Every section of the dialog is headed alike: one heading that stands out reads as a different kind of thing.
  const headingLooks = await settings
    .locator('section > h3')
    .evaluateAll((hs) => hs.map((h) => `${getComputedStyle(h).fontSize} ${getComputedStyle(h).textTransform}`));
  expect(headingLooks.length).toBeGreaterThan(3);
  expect(new Set(headingLooks).size).toBe(1);
  await app.keyboard.press('Escape');
  await expect(settings).toBeHidden();

  await app.locator('body').press('?');
  const sheet = app.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  for (const group of ['General', 'List', 'Reader', 'Compare', 'Dossier'])
    await expect(sheet.getByRole('heading', { name: group })).toBeVisible();
  const compare = sheet.getByRole('region', { name: 'Compare' });
  await expect(compare.getByText('Next difference')).toBeVisible();
  await expect(sheet.getByRole('region', { name: 'General' }).locator('.row', { hasText: 'Settings' }).locator('kbd')).toHaveText([
    'Ctrl',
    ',',
  ]);
  await shootBothThemes(app, testInfo, 'shortcut-sheet');
  await sheet.getByRole('button', { name: 'Close' }).click();
  await expect(sheet).toBeHidden();

  await app.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(sheet).toBeVisible();
  await app.keyboard.press('Escape');
  await app.locator('body').press('Control+/');
  await expect(sheet).toBeVisible();
  await app.keyboard.press('Escape');

  // ? typed in a field is just a character.
  await app.getByRole('searchbox', { name: 'Search clips' }).fill('');
  await app.getByRole('searchbox', { name: 'Search clips' }).press('?');
  await expect(sheet).toBeHidden();
  await expect(app.getByRole('searchbox', { name: 'Search clips' })).toHaveValue('?');

  await app.locator('body').press('Control+n');
  const newClip = app.getByRole('dialog', { name: 'New clip' });
  await expect(newClip).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(newClip).toBeHidden();

  // With a Russian layout, Ctrl+N types "т"; the key is the same.
  await app.evaluate(() =>
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'т', code: 'KeyN', ctrlKey: true, bubbles: true, cancelable: true })),
  );
  await expect(newClip).toBeVisible();
});

test('Ctrl+Z undoes moving a clip to the Trash, and says so when there is nothing to undo', async ({ app, server }) => {
  const clip = await addDatedClip(server);
  await app.reload();
  await app.locator(`[data-clip-id="${clip.id}"]`).click();
  await app.keyboard.press('Delete');
  await expect(app.getByText('Moved to Trash.')).toBeVisible();
  await expect(app.getByText('0 clips', { exact: true })).toBeVisible();

  await app.keyboard.press('Control+z');
  await expect(app.getByText('1 clip', { exact: true })).toBeVisible();
  expect((await server.call<{ total: number }>('clips.list', {})).total).toBe(1);

  await app.keyboard.press('Control+z');
  await expect(app.getByText(/^Nothing to undo/)).toBeVisible();
});
