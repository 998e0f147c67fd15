import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCoreService } from '../../electron/core/core-service.js';
import { assertCliBuilt, CLI } from '../support/cli.js';
import { tempLibrary } from '../support/temp-library.js';

describe('a library in a synced folder', () => {
  const work = tempLibrary('cuttings-synced-');
  afterAll(() => work.remove());

  async function warningFor(folder: string): Promise<string | null> {
    mkdirSync(folder, { recursive: true });
    const core = createCoreService(join(folder, 'library.cuttings.db'), { userDataFolder: work.dir });
    try {
      const info = await core.dispatch('library.info', {});
      if (!info.ok) throw new Error(info.error.message);
      return (info.value as { syncWarning: string | null }).syncWarning;
    } finally {
      core.close();
    }
  }

  it.each([
    ['Dropbox', join('Dropbox', 'Work')],
    ['OneDrive', join('OneDrive - Example Ltd', 'Documents')],
    ['Google Drive', join('Google Drive', 'My Drive', 'Cuttings')],
    ['iCloud Drive', join('Library', 'Mobile Documents', 'com~apple~CloudDocs', 'Cuttings')],
  ])('is warned about in %s, offering the move', async (service, folder) => {
    expect(await warningFor(join(work.dir, folder))).toMatch(
      new RegExp(`in a folder that ${service} keeps in sync .*move it to a folder of your own \\(Library & backups ▸ Move\\)`),
    );
  });

  it('is found by the marker a service leaves (Syncthing’s .stfolder, Dropbox’s .dropbox)', async () => {
    mkdirSync(join(work.dir, 'shared', 'notes'), { recursive: true });
    writeFileSync(join(work.dir, 'shared', '.stfolder'), '');
    expect(await warningFor(join(work.dir, 'shared', 'notes'))).toMatch(/Syncthing keeps in sync/);
    mkdirSync(join(work.dir, 'box'), { recursive: true });
    writeFileSync(join(work.dir, 'box', '.dropbox'), '{}');
    expect(await warningFor(join(work.dir, 'box'))).toMatch(/Dropbox keeps in sync/);
  });

  it('is not warned about in a folder of the user’s own', async () => {
    expect(await warningFor(join(work.dir, 'Documents', 'Cuttings'))).toBeNull();
  });

  it('is named by the CLI on stderr, the command still running', () => {
    assertCliBuilt();
    const path = join(work.dir, 'Dropbox', 'cli', 'library.cuttings.db');
    const r = spawnSync(process.execPath, [CLI, 'list', '--library', path], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^cuttings: warning: The library is in a folder that Dropbox keeps in sync/);
  });
});
