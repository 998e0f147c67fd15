import { test, expect } from './fixtures.js';

const ARTICLE = [
  'SAPPORO, Feb. 6 (Kite News) -- Snow closes the harbour road',
  'SAPPORO, Feb. 6 (Kite News) -- Heavy snow closed the harbour road in Sapporo on Tuesday, leaving 220 trucks waiting at the port gate.',
  '"We will clear one lane by the evening," said Hana Mori, who runs the city road office.',
  'The port authority said ferries would keep to their timetable.',
].join('\n\n');

async function openClip(app: import('@playwright/test').Page, server: { call<T>(m: string, a: unknown): Promise<T> }) {
  const clip = await server.call<{ id: number; paragraphs: string[] }>('clips.create', { text: ARTICLE });
  const body = clip.paragraphs.join('\n\n');
  const exact = 'leaving 220 trucks waiting';
  const start = body.indexOf(exact);
  await server.call('highlights.add', {
    clipId: clip.id,
    exact,
    prefix: '',
    suffix: '',
    start,
    end: start + exact.length,
    color: 'yellow',
    note: '',
  });
  const kept = 'ferries would keep to their timetable';
  const at = body.indexOf(kept);
  await server.call('highlights.add', {
    clipId: clip.id,
    exact: kept,
    prefix: '',
    suffix: '',
    start: at,
    end: at + kept.length,
    color: 'green',
    note: '',
  });
  await app.reload();
  await app.locator(`[data-clip-id="${clip.id}"]`).click();
  return clip;
}

test('a saved clip is corrected in the reader, with the same fields as the review step, and Undo puts it back', async ({
  app,
  server,
  picture,
}) => {
  const clip = await openClip(app, server);
  const reader = app.getByRole('region', { name: 'Reader' });
  await reader.getByRole('button', { name: 'Edit' }).click();
  const editor = reader.getByRole('form', { name: 'Edit clip' });
  for (const label of ['Title', 'Date', 'Dateline', 'Source', 'Byline', 'Language', 'Web address'])
    await expect(editor.getByLabel(label, { exact: true })).toBeVisible();
  await app.screenshot({ path: picture('clip-edit-open.png') });

  await editor.getByLabel('Title', { exact: true }).fill('Snow closes the harbour road');
  await editor.getByLabel('Source', { exact: true }).fill('Kite News');
  await editor.getByLabel('Web address', { exact: true }).fill('https://kite.example.org/snow-harbour');
  await editor.getByLabel('Add a person').fill('Kenji Sato');
  await editor.getByLabel('Add a person').press('Enter');
  await expect(editor.getByText('Kenji Sato')).toBeVisible();
  const text = editor.getByRole('textbox', { name: 'Text', exact: true });
  await text.fill((await text.inputValue()).replace('leaving 220 trucks', 'leaving 260 trucks'));
  await app.screenshot({ path: picture('clip-edit.png') });

  await editor.getByRole('button', { name: 'Save changes' }).click();
  await expect(editor).toBeHidden();
  await expect(app.getByRole('status')).toContainText(
    'One highlight could not be kept: its words “leaving 220 trucks waiting” are no longer in the text.',
  );
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Snow closes the harbour road');
  await expect(reader.getByText('leaving 260 trucks')).toBeVisible();
  await expect(reader.locator('.hl')).toHaveText(['ferries would keep to their timetable']);
  await expect(reader.getByRole('link', { name: 'Open original' })).toHaveAttribute('href', 'https://kite.example.org/snow-harbour');
  await expect(reader.getByRole('link', { name: 'Open original' })).toHaveAttribute('target', '_blank');
  await expect(app.locator(`[data-clip-id="${clip.id}"]`)).toContainText('Snow closes the harbour road');

  await reader.getByText('Edit history').click();
  const history = reader.locator('details.history');
  await expect(history).toContainText('in the app');
  await expect(history).toContainText(/Title\s*none → Snow closes the harbour road/);
  await expect(history).toContainText(/Text\s*edited, \d+ → \d+ words/);
  await app.screenshot({ path: picture('clip-history.png') });

  await app.getByRole('button', { name: 'Undo' }).click();
  await expect(reader.getByText('leaving 220 trucks')).toBeVisible();
  await expect(reader.locator('.hl')).toHaveCount(2);
  await expect(reader.getByRole('link', { name: 'Open original' })).toBeHidden();
  const restored = await server.call<{ source: string | null; people: string[] }>('clips.get', { id: clip.id });
  expect(restored.people).not.toContain('Kenji Sato');
});

test('an edit with a date it cannot read is not saved, and says how to write it', async ({ app, server }) => {
  await openClip(app, server);
  const reader = app.getByRole('region', { name: 'Reader' });
  await reader.getByRole('button', { name: 'Edit' }).click();
  const date = reader.getByLabel('Date', { exact: true });
  await date.fill('sometime in spring');
  await date.press('Tab');
  await expect(reader.getByText(/Not a date Cuttings can read: write it like 28 Mar 2024/)).toBeVisible();
  await reader.getByRole('button', { name: 'Save changes' }).click();
  await expect(reader.getByRole('alert')).toContainText('could not be read');
  await date.fill('7 February 2024');
  await date.press('Tab');
  await expect(date).toHaveValue('7 February 2024');
  await reader.getByRole('button', { name: 'Save changes' }).click();
  await expect(reader.getByRole('form', { name: 'Edit clip' })).toBeHidden();
  await expect(reader.locator('time').first()).toHaveAttribute('datetime', '2024-02-07');
});

test('an older version warns that a newer one exists, offers Compare, and the list marks it', async ({ app, server, picture }) => {
  const older = await server.call<{ id: number }>('clips.create', { text: ARTICLE });
  const newer = await server.call<{ id: number; title: string | null }>('clips.create', {
    text: ARTICLE.replace('220 trucks', '260 trucks'),
    versionOf: older.id,
  });
  await app.reload();
  const row = app.locator(`[data-clip-id="${older.id}"]`);
  await expect(row.getByText('Superseded')).toBeVisible();
  await expect(app.locator(`[data-clip-id="${newer.id}"]`).getByText('Superseded')).toBeHidden();
  await row.click();
  const banner = app.getByRole('note', { name: 'Superseded' });
  await expect(banner).toContainText('a newer version of this report is in your library');
  await expect(banner).toContainText(`Clip ${newer.id}`);
  // The number opens the newer clip; its title reads on in the sentence, not inside the button.
  await expect(banner.getByRole('button', { name: `Clip ${newer.id}`, exact: true })).toBeVisible();
  await app.screenshot({ path: picture('superseded.png') });
  await app.emulateMedia({ colorScheme: 'dark' });
  await app.getByRole('region', { name: 'Reader' }).getByRole('button', { name: 'Edit' }).click();
  await app.screenshot({ path: picture('superseded-edit-dark.png') });
  await app.getByRole('button', { name: 'Cancel' }).click();
  await banner.getByRole('button', { name: 'Compare' }).click();
  await expect(app.getByRole('dialog', { name: /Compare/ })).toBeVisible();
});

test('the edit history stays open while the clip is read again after a tag or a change from the command line', async ({ app, server }) => {
  const clip = await openClip(app, server);
  const reader = app.getByRole('region', { name: 'Reader' });
  await reader.getByText('Edit history').click();
  const history = reader.locator('details.history');
  await expect(history).toContainText('Not edited since it was saved');

  const picker = reader.getByRole('combobox', { name: 'Add a tag' });
  await picker.fill('ports/north');
  await picker.press('Enter');
  await expect(reader.getByRole('list', { name: 'Tags on this clip' })).toContainText('ports/north');
  await expect(history).toHaveJSProperty('open', true);

  await server.call('clips.update', { id: clip.id, fields: { title: 'Snow closes the harbour road' }, via: 'cli' });
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Snow closes the harbour road');
  await expect(history).toHaveJSProperty('open', true);
  await expect(history).toContainText(/Title\s*none → Snow closes the harbour road/);
});
