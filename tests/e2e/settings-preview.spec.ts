import { test, expect } from './fixtures.js';

const themeShown = (app: import('@playwright/test').Page) => app.evaluate(() => document.documentElement.dataset.theme ?? 'system');

test('picking a theme in Settings previews it without saving or closing; Cancel takes back every change', async ({ app, server }) => {
  await app.getByRole('button', { name: 'Settings' }).click();
  const dialog = app.getByRole('dialog', { name: 'Settings' });
  await dialog.getByLabel('Dates').selectOption('iso');
  await dialog.getByRole('button', { name: 'Dark' }).click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Dark' })).toHaveAttribute('aria-pressed', 'true');
  expect(await themeShown(app)).toBe('dark');
  expect(await server.call<{ dateFormat: string }>('settings.get', {})).toMatchObject({ dateFormat: 'day-month-year' });

  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(await themeShown(app)).toBe('system');
  expect(await server.call<{ dateFormat: string }>('settings.get', {})).toMatchObject({ dateFormat: 'day-month-year' });

  await app.getByRole('button', { name: 'Settings' }).click();
  await expect(dialog.getByLabel('Dates')).toHaveValue('day-month-year');
  await expect(dialog.getByRole('button', { name: 'Auto' })).toHaveAttribute('aria-pressed', 'true');
  await dialog.getByRole('button', { name: 'Dark' }).click();
  await app.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await themeShown(app)).toBe('system');

  await app.getByRole('button', { name: 'Settings' }).click();
  await dialog.getByRole('button', { name: 'Dark' }).click();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  expect(await themeShown(app)).toBe('dark');
  await app.reload();
  expect(await themeShown(app)).toBe('dark');
});

test('Settings empty the Trash after a chosen number of days, or never', async ({ app, server }, testInfo) => {
  await app.getByRole('button', { name: 'Settings' }).click();
  const dialog = app.getByRole('dialog', { name: 'Settings' });
  const empty = dialog.getByLabel('Empty');
  await expect(empty).toHaveValue('');
  await empty.selectOption({ label: 'After 30 days' });
  await empty.scrollIntoViewIfNeeded();
  await app.screenshot({ path: testInfo.outputPath('settings-trash.png'), animations: 'disabled' });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  expect(await server.call('settings.get', {})).toMatchObject({ trashAutoEmptyDays: 30 });

  await app.getByRole('button', { name: 'Settings' }).click();
  await expect(empty).toHaveValue('30');
  await empty.selectOption({ label: 'Never: only when I empty it' });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  expect(await server.call('settings.get', {})).toMatchObject({ trashAutoEmptyDays: null });
});
