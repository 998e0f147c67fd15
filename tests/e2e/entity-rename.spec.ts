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
  await app.screenshot({ path: picture('entity-rename-refused.png') });
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

test('a name moves to the Places index from the menu, and a word that is no name leaves every clip after a confirmation that counts them', async ({
  app,
  server,
  picture,
}) => {
  const create = (title: string, people: string[]) =>
    server.call('clips.create', { text: `${title}. The council met on Tuesday.`, draft: { title, language: 'en', people } });
  await create('Ferry fares rise', ['Americans', 'Port Orsk', 'Lene Brask']);
  await create('Ferry fares fall', ['Americans']);
  await app.reload();

  await app.getByRole('button', { name: 'People', exact: true }).click();
  const people = app.getByRole('list', { name: 'people' });
  await people.getByRole('button', { name: 'Port Orsk 1 clips' }).focus();
  await app.keyboard.press('Shift+F10');
  await app.getByRole('menuitem', { name: 'Change to place' }).click();
  await expect(app.getByText('“Port Orsk” is a place now in 1 clip.')).toBeVisible();
  await expect(people.getByRole('button', { name: /^Port Orsk/ })).toHaveCount(0);

  await people.getByRole('button', { name: 'Americans 2 clips' }).click({ button: 'right' });
  await app.getByRole('menuitem', { name: 'Not a name: remove from all clips…' }).click();
  const confirm = app.getByRole('dialog', { name: 'Remove “Americans” from 2 clips?' });
  await expect(confirm).toContainText('It stops being listed as a person in both clips naming it');
  await app.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot({ path: picture('entity-remove-dark.png') });
  await app.emulateMedia({ colorScheme: 'light' });
  await confirm.getByRole('button', { name: 'Remove from 2 clips' }).click();
  await expect(app.getByText('Removed “Americans” from 2 clips.')).toBeVisible();
  await expect(people.locator('.entry')).toHaveText([/^\s*Lene Brask\s*1$/]);
  // F2 renames the focused name, as it does a tag.
  await people.getByRole('button', { name: 'Lene Brask 1 clips' }).focus();
  await app.keyboard.press('F2');
  await expect(app.getByRole('dialog', { name: 'Rename “Lene Brask”' })).toBeVisible();
  await app.keyboard.press('Escape');

  await app.getByRole('button', { name: 'Places', exact: true }).click();
  await expect(app.getByRole('list', { name: 'places' }).getByRole('button', { name: 'Port Orsk 1 clips' })).toBeVisible();
});
