import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));

// Two commands start as processes of their own, slow on a busy machine.
test.describe.configure({ timeout: 90_000 });

test('the window shows what the command line adds or deletes while it is open, without a reload', async ({ app, server }) => {
  const { path } = await server.call<{ path: string }>('library.info', {});
  const kept = await server.call<{ id: number }>('clips.create', {
    text: 'Lighthouse keeper retires. A made-up report.',
    draft: { title: 'Lighthouse keeper retires' },
  });
  await app.reload();
  await expect(app.locator(`[data-clip-id="${kept.id}"]`)).toBeVisible();

  const file = join(dirname(path), 'tram.txt');
  writeFileSync(file, 'Tram line extended\n\nTrams in the made-up city of Ostervik will run to the airport from May.');
  const added = spawnSync(process.execPath, ['bin/cuttings.js', 'add', file, '--json', '--library', path], { cwd: repo, encoding: 'utf8' });
  expect(added.status, added.stderr).toBe(0);
  const { id } = JSON.parse(added.stdout) as { id: number };
  await expect(app.locator(`[data-clip-id="${id}"]`)).toBeVisible({ timeout: 15_000 });
  await expect(app.getByRole('button', { name: /^All clips/ })).toContainText('2');

  await app.locator(`[data-clip-id="${kept.id}"]`).click();
  const deleted = spawnSync(process.execPath, ['bin/cuttings.js', 'delete', String(kept.id), '--library', path], {
    cwd: repo,
    encoding: 'utf8',
  });
  expect(deleted.status, deleted.stderr).toBe(0);
  await expect(app.locator(`[data-clip-id="${kept.id}"]`)).toBeHidden({ timeout: 15_000 });
  await expect(app.getByRole('button', { name: /^Trash/ })).toContainText('1');
});
