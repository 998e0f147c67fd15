import type { Page } from '@playwright/test';
import { test, expect, type Server } from './fixtures.js';

const listedIds = (app: Page) =>
  app.locator('[data-clip-id]').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-clip-id'))));

async function addTrashed(server: Server, titles: string[]): Promise<number[]> {
  const ids: number[] = [];
  for (const title of titles) {
    ids.push(
      (await server.call<{ id: number }>('clips.create', { text: `${title}. A made-up report filed for the test.`, draft: { title } })).id,
    );
  }
  await server.call('clips.trash', { ids });
  return ids;
}

test('a clip in the Trash is deleted permanently after a confirmation naming it; Cancel keeps it', async ({ app, server }, testInfo) => {
  const [mill, ferry] = await addTrashed(server, ['Paper mill closes', 'Ferry resumes']);
  await app.reload();
  await app.getByRole('button', { name: /^Trash/ }).click();
  await app.locator(`[data-clip-id="${mill}"]`).click();
  await expect(app.getByRole('button', { name: 'Empty Trash…' })).toBeVisible();
  await app.screenshot({ path: testInfo.outputPath('trash.png'), animations: 'disabled' });

  await app.getByRole('button', { name: 'Delete permanently…' }).click();
  const dialog = app.getByRole('dialog', { name: 'Delete “Paper mill closes” permanently?' });
  await expect(dialog).toContainText('cannot be brought back');
  await app.screenshot({ path: testInfo.outputPath('trash-confirm.png'), animations: 'disabled' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect.poll(() => listedIds(app)).toEqual([ferry, mill]);

  await app.getByRole('button', { name: 'Delete permanently…' }).click();
  await dialog.getByRole('button', { name: 'Delete permanently' }).click();
  await expect(app.getByRole('group', { name: 'Notification' })).toContainText('Deleted 1 clip permanently.');
  await expect.poll(() => listedIds(app)).toEqual([ferry]);
  await expect(app.getByRole('button', { name: /^Trash/ })).toContainText('1');
  await expect(server.call('clips.get', { id: mill })).rejects.toThrow(/There is no clip/);
});

test('Empty Trash deletes every clip in it permanently, naming them first; the Delete key asks the same for picked clips', async ({
  app,
  server,
}) => {
  const kept = (
    await server.call<{ id: number }>('clips.create', {
      text: 'Lighthouse keeper retires. A made-up report.',
      draft: { title: 'Lighthouse keeper retires' },
    })
  ).id;
  const [a, b, c] = await addTrashed(server, ['Tram line extended', 'Orchard harvest early', 'Bridge tolls rise']);
  await app.reload();
  await app.getByRole('button', { name: /^Trash/ }).click();

  await app.locator(`[data-clip-id="${c}"]`).click();
  await app.locator(`[data-clip-id="${b}"]`).click({ modifiers: ['Shift'] });
  await app.keyboard.press('Delete');
  const two = app.getByRole('dialog', { name: 'Delete 2 clips permanently?' });
  await expect(two).toContainText('“Bridge tolls rise”, “Orchard harvest early”.');
  await two.getByRole('button', { name: 'Cancel' }).click();

  await app.getByRole('button', { name: 'Empty Trash…' }).click();
  const empty = app.getByRole('dialog', { name: 'Empty the Trash?' });
  await expect(empty).toContainText('“Bridge tolls rise”, “Orchard harvest early”, “Tram line extended”.');
  await empty.getByRole('button', { name: 'Delete 3 clips' }).click();
  await expect(app.getByText('The Trash is empty')).toBeVisible();
  await expect(app.getByRole('group', { name: 'Notification' })).toContainText('Deleted 3 clips permanently.');
  for (const id of [a, b, c]) await expect(server.call('clips.get', { id })).rejects.toThrow(/There is no clip/);
  await app.getByRole('button', { name: /^All clips/ }).click();
  await expect.poll(() => listedIds(app)).toEqual([kept]);
});
