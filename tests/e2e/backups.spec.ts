import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.js';

const article = (n: number) =>
  `Harbour report ${n}\n\nGDANSK, March ${n} (Reuters) - Dock workers voted on offer number ${n} after a long night of talks.`;

async function openDialog(app: Page) {
  await app.getByRole('button', { name: /^Library & backups/ }).click();
  const dialog = app.getByRole('dialog', { name: 'Library & backups' });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function shoot(app: Page, light: string, dark: string) {
  await app.evaluate(() => document.fonts.ready);
  await app.screenshot({ path: light });
  await app.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot({ path: dark });
  await app.emulateMedia({ colorScheme: 'light' });
}

test(
  'backs up now, restores a backup after asking, and keeps the library as it was',
  { tag: '@docs' },
  async ({ app, server, picture }, testInfo) => {
    await server.call('clips.create', { text: article(1) });
    await app.reload();
    const dialog = await openDialog(app);
    // `cuttings serve` took the day's backup as it started.
    const list = dialog.getByRole('list', { name: 'Backups, newest first' });
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await dialog.getByRole('button', { name: 'Back up now' }).click();
    await expect(list.getByRole('listitem')).toHaveCount(2);
    await expect(list.getByRole('listitem').first()).toContainText(/KB/);
    await dialog.getByRole('button', { name: 'Done' }).click();

    await server.call('clips.create', { text: article(2) });
    await app.reload();
    await expect(app.getByRole('option')).toHaveCount(2);

    const again = await openDialog(app);
    await again
      .getByRole('button', { name: /^Restore the backup of/ })
      .first()
      .click();
    const confirm = app.getByRole('dialog', { name: 'Restore this backup?' });
    await expect(confirm).toContainText('keeps the library as it is now');
    await shoot(app, testInfo.outputPath('restore-confirm.png'), testInfo.outputPath('restore-confirm-dark.png'));
    await confirm.getByRole('button', { name: 'Restore' }).click();
    await expect(app.getByText(/Restored 1 clip\./)).toBeVisible();
    const rows = again.getByRole('list', { name: 'Backups, newest first' }).getByRole('listitem');
    await expect(rows).toHaveCount(3);
    await expect(rows.first()).toContainText('Before restore');
    await shoot(app, picture('library-backups.png'), picture('library-backups-dark.png'));
    await again.getByRole('button', { name: 'Done' }).click();
    // The views read the restored library without a restart.
    await expect(app.getByRole('option')).toHaveCount(1);
    await expect(app.getByRole('option').first()).toContainText(/offer number 1/);
  },
);

test('the schedule and the number kept are settings of the library', async ({ app, server }) => {
  const dialog = await openDialog(app);
  await dialog.getByLabel('Back up').selectOption('weekly');
  await dialog.getByLabel('Keep the newest').selectOption('20');
  await expect(dialog.getByText(/newest is a week old/)).toBeVisible();
  await expect.poll(() => server.call('settings.get', {})).toMatchObject({ backupSchedule: 'weekly', backupKeep: 20 });
});

test('moves the library to a new file and says where it went; a taken name is refused with a reason', async ({ app, server }, testInfo) => {
  await server.call('clips.create', { text: article(1) });
  const { path } = await server.call<{ path: string }>('library.info', {});
  const folder = join(dirname(path), 'Moved');
  mkdirSync(folder);
  const dialog = await openDialog(app);
  await dialog.getByRole('button', { name: 'Move…' }).click();
  const field = dialog.getByLabel('New location of the library file');
  await shoot(app, testInfo.outputPath('move.png'), testInfo.outputPath('move-dark.png'));
  await field.fill(path);
  await expect(dialog.getByRole('button', { name: 'Move', exact: true })).toBeDisabled();
  await field.fill(join(dirname(path), 'nowhere', 'library.db'));
  await dialog.getByRole('button', { name: 'Move', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('does not exist');
  const target = join(folder, 'news.cuttings.db');
  await field.fill(target);
  await dialog.getByRole('button', { name: 'Move', exact: true }).click();
  await expect(dialog.getByTestId('library-path')).toHaveText(target);
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  expect(await server.call('library.info', {})).toMatchObject({ path: target, clipCount: 1 });
});

test('restores from a file given by path, and refuses one that is not a library', async ({ app, server }) => {
  await server.call('clips.create', { text: article(1) });
  const { path } = await server.call<{ path: string }>('library.info', {});
  const dialog = await openDialog(app);
  await dialog.getByRole('button', { name: 'Restore from another file…' }).click();
  await dialog.getByLabel(/Full path of a backup/).fill(join(dirname(path), 'missing.db'));
  await dialog.getByRole('button', { name: 'Restore…', exact: true }).click();
  await app.getByRole('dialog', { name: 'Restore this backup?' }).getByRole('button', { name: 'Restore' }).click();
  await expect(dialog.getByRole('alert')).toContainText('There is no backup');
  expect(await server.call('library.info', {})).toMatchObject({ clipCount: 1 });
});
