import { test, expect, corpusText, pasteIntoPage } from './fixtures.js';

const seed = corpusText('seed');

test('pasting the same article again offers to save it as a new version', async ({ app, server }) => {
  const first = await server.call<{ id: number }>('clips.create', { text: seed });
  await app.reload();

  await pasteIntoPage(app, seed);
  const review = app.getByRole('dialog', { name: 'Review clip' });
  const warning = review.getByRole('alert');
  await expect(warning).toContainText(`clip ${first.id}`);
  await expect(warning.getByRole('button', { name: 'Open' })).toBeVisible();
  await expect(warning.getByRole('button', { name: 'Save anyway' })).toBeVisible();
  await warning.getByRole('button', { name: 'Save as new version' }).click();
  await expect(review).toBeHidden();

  await expect(app.getByRole('option')).toHaveCount(2);
  const newest = app.getByRole('option').first();
  await expect(newest).toHaveAttribute('aria-selected', 'true');
  await expect(app.getByText(`A new version of clip ${first.id}`, { exact: true })).toBeVisible();

  await app.getByRole('button', { name: `clip ${first.id}`, exact: true }).click();
  await expect(app.locator(`[data-clip-id="${first.id}"]`)).toHaveAttribute('aria-selected', 'true');
  await expect(app.getByText(/A new version of/)).toBeHidden();
});

test('a near-duplicate names its similarity, and Open shows the clip already saved', async ({ app, server }) => {
  const first = await server.call<{ id: number }>('clips.create', { text: seed });
  await app.reload();

  const updated = seed.replace('vowed Friday', 'pledged on Friday').replace(/\n\n[^\n]*Taiwan[^\n]*$/, '');
  await pasteIntoPage(app, updated);
  const warning = app.getByRole('dialog', { name: 'Review clip' }).getByRole('alert');
  await expect(warning).toContainText(new RegExp(`This looks like clip ${first.id} \\(\\d{2}% similar\\)`));
  await warning.getByRole('button', { name: 'Open' }).click();
  await expect(app.getByRole('dialog')).toBeHidden();
  await expect(app.getByRole('option')).toHaveCount(1);
  await expect(app.locator(`[data-clip-id="${first.id}"]`)).toHaveAttribute('aria-selected', 'true');
});
