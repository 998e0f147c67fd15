import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test, expect } from './fixtures.js';

test('a library in a synced folder is warned about, with the move one click away', async ({ app, server }, testInfo) => {
  await expect(app.getByRole('alert')).toHaveCount(0);
  // Dropbox marks the root of the folder it syncs.
  writeFileSync(join(dirname(server.library), '.dropbox'), '{}');
  await app.reload();
  const warning = app.getByRole('alert').filter({ hasText: 'Dropbox keeps in sync' });
  await expect(warning).toBeVisible();
  await app.screenshot({ path: testInfo.outputPath('synced-folder.png') });
  await warning.getByRole('button', { name: 'Move the library…' }).click();
  await expect(app.getByRole('dialog', { name: /Library & backups/ })).toBeVisible();
});
