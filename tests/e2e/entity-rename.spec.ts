import { test, expect } from './fixtures.js';

/** Every name and story here is made up. */
test('a person renamed from the People index’s menu merges into the name already there, in the index and the reader, and Undo puts it back', async ({
  app,
  server,
  picture,
}) => {
  const create = (title: string, people: string[], quotes: { speaker: string; text: string }[] = []) =>
    server.call<{ id: number }>('clips.create', {
      text: `${title}. The council met on Tuesday.`,
      draft: { title, date: '2024-03-05', language: 'en', people, quotes },
    });
  const first = await create(
    'Bridge plan approved',
    ['Josh Apte', 'Lene Brask'],
    [{ speaker: 'Josh Apte', text: 'We will build it by spring.' }],
  );
  await create('Bridge plan delayed', ['Josh Apte']);
  await create('Bridge plan costed', ['Joshua Apte']);
  await app.reload();

  await app.getByRole('button', { name: 'People', exact: true }).click();
  const people = app.getByRole('list', { name: 'people' });
  const row = people.getByRole('listitem').filter({ has: app.getByRole('button', { name: 'Josh Apte 2 clips', exact: true }) });
  /** The index's rows as they read: name and count. */
  const entries = people.locator('.entry');
  await expect(entries).toHaveText([/^\s*Josh Apte\s*2$/, /^\s*Joshua Apte\s*1$/, /^\s*Lene Brask\s*1$/]);

  // The "…" on the row opens the menu; so do the context-menu keys on the focused row.
  await row.hover();
  await row.getByRole('button', { name: 'Actions for Josh Apte' }).click();
  const menu = app.getByRole('menu', { name: 'Actions for Josh Apte' });
  await expect(menu.getByRole('menuitem')).toHaveText([
    'Rename…',
    'Change to place',
    'Change to organisation',
    'Not a name: remove from all clips…',
  ]);
  await app.screenshot({ path: picture('entity-menu.png') });
  await app.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await row.getByRole('button', { name: 'Josh Apte 2 clips' }).focus();
  await app.keyboard.press('Shift+F10');
  await expect(menu.getByRole('menuitem', { name: 'Rename…' })).toBeFocused();
  await app.keyboard.press('Enter');

  const dialog = app.getByRole('dialog', { name: 'Rename “Josh Apte”' });
  const name = dialog.getByRole('textbox', { name: 'Name' });
  await expect(name).toHaveValue('Josh Apte');
  await expect(dialog.getByText('It is already spelled “Josh Apte”.', { exact: false })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Rename' })).toBeDisabled();
  await name.fill('  ');
  await expect(dialog.getByText('Type the name as it should be spelled.')).toBeVisible();
  await name.fill('Joshua Apte');
  await expect(dialog.getByText('“Joshua Apte” is already in the people (1 clip): the two become one.')).toBeVisible();
  const merge = dialog.getByRole('button', { name: 'Merge into “Joshua Apte”' });
  await expect(merge).toBeEnabled();
  await app.screenshot({ path: picture('entity-rename-prompt.png') });
  await merge.click();

  await expect(app.getByText('Merged “Josh Apte” into “Joshua Apte” in 2 clips.')).toBeVisible();
  await expect(entries).toHaveText([/^\s*Joshua Apte\s*3$/, /^\s*Lene Brask\s*1$/]);
  await app.screenshot({ path: picture('entity-renamed.png') });

  // The clips under the new name, one open in the reader: its names and its quote's speaker follow.
  await people.getByRole('button', { name: 'Joshua Apte 3 clips' }).click();
  await expect(app.getByText('3 results')).toBeVisible();
  await app.locator(`[data-clip-id="${first.id}"]`).click();
  const reader = app.getByRole('region', { name: 'Reader' });
  await expect(reader).toContainText(/People 2\s*Joshua Apte\s*Lene Brask/);
  await expect(reader.locator('.speaker')).toHaveText([/^\s*Joshua Apte/]);

  await app.getByRole('button', { name: 'Undo' }).click();
  await expect(app.getByText('Put back 2 clips as they were.')).toBeVisible();
  await expect(reader).toContainText(/People 2\s*Josh Apte\s*Lene Brask/);
  await expect(reader.locator('.speaker')).toHaveText([/^\s*Josh Apte/]);
  await app.getByRole('button', { name: 'People', exact: true }).click();
  await expect(entries).toHaveText([/^\s*Josh Apte\s*2$/, /^\s*Joshua Apte\s*1$/, /^\s*Lene Brask\s*1$/]);
});
