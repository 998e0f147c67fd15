import { test, expect, corpusText } from './fixtures.js';

test('Move to Trash can be undone from the toast, and Restore brings a clip back from the Trash', async ({ app, server }) => {
  const { id } = await server.call<{ id: number }>('clips.create', { text: corpusText('seed') });
  await app.reload();
  await app.locator(`[data-clip-id="${id}"]`).click();

  await app.getByRole('button', { name: 'Move to Trash' }).click();
  await expect(app.getByRole('option')).toHaveCount(0);
  await expect(app.getByRole('button', { name: /Trash/ })).toContainText('1');
  await app.getByRole('button', { name: 'Undo' }).click();
  await expect(app.locator(`[data-clip-id="${id}"]`)).toHaveAttribute('aria-selected', 'true');
  await expect(app.getByRole('button', { name: /Trash/ }).first()).toContainText('0');

  await app.locator(`[data-clip-id="${id}"]`).press('Delete');
  await expect(app.getByRole('option')).toHaveCount(0);
  await app.getByRole('button', { name: /^Trash/ }).click();
  await app.locator(`[data-clip-id="${id}"]`).click();
  await expect(app.getByText(/In the Trash since/)).toBeVisible();
  await app.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(app.getByText('The Trash is empty')).toBeVisible();
  await app.getByRole('button', { name: /^All clips/ }).click();
  await expect(app.locator(`[data-clip-id="${id}"]`)).toBeVisible();
});
