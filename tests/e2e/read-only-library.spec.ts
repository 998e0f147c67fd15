import { spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test as base } from '@playwright/test';
import { pasteIntoPage, startServer, stop, type Server } from './fixtures.js';
import { NOBODY, unprivileged } from '../support/unprivileged.js';

const ARTICLE = 'Harbour wall mended\n\nThe harbour wall at Lindvik was mended on Monday, the port office said.';

const line = unprivileged('true', []);

/** Browser mode over a library in a folder its account cannot write: root makes it, then serves it as nobody. */
const test = base.extend<{ readOnly: Server & { dir: string } }>({
  readOnly: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'cuttings-e2e-read-only-'));
    const library = join(dir, 'library.db');
    writeFileSync(join(dir, 'first.txt'), ARTICLE);
    const added = spawnSync(process.execPath, ['bin/cuttings.js', 'add', join(dir, 'first.txt'), '--library', library], {
      encoding: 'utf8',
    });
    expect(added.status, added.stderr).toBe(0);
    if (process.getuid?.() === 0) chownSync(library, NOBODY, NOBODY);
    chmodSync(dir, 0o555);
    let child: ChildProcess | undefined;
    try {
      const started = await startServer(library, {
        as: (command, args) => {
          const as = unprivileged(command, args);
          if ('skip' in as) throw new Error(as.skip);
          return as;
        },
      });
      child = started.child;
      await use({ ...started.server, dir });
    } finally {
      if (child) await stop(child);
      chmodSync(dir, 0o700);
      rmSync(dir, { recursive: true, force: true });
    }
  },
});

test.skip('skip' in line, 'skip' in line ? line.skip : '');

test('a library in a read-only folder opens read-only, with a banner saying why, and a save says it cannot write', async ({
  page,
  readOnly,
}, testInfo) => {
  const before = readFileSync(readOnly.library);
  await page.goto(await readOnly.newLink());
  await expect(page.getByRole('option').first()).toContainText('Harbour wall');

  const banner = page.getByRole('alert', { name: 'Read-only library' });
  await expect(banner).toContainText('Read-only.');
  await expect(banner).toContainText(`its folder ${readOnly.dir} is read-only for your account`);
  await expect(banner).toContainText('copy the library to a folder of your own');
  await page.screenshot({ path: testInfo.outputPath('read-only-banner.png') });

  await pasteIntoPage(page, 'Ferry back on time\n\nThe Lindvik ferry ran on time again on Tuesday, its operator said.');
  const review = page.getByRole('dialog', { name: 'Review clip' });
  await review.getByRole('button', { name: 'Save clip' }).click();
  await expect(page.getByText(/Nothing can be changed in it/).nth(1)).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('read-only-save.png') });
  expect(readFileSync(readOnly.library).equals(before)).toBe(true);
});
