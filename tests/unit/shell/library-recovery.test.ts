import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCoreService } from '../../../electron/core/core-service.js';
import { listBackups } from '../../../electron/core/db/auto-backup.js';
import { openLibrary } from '../../../electron/core/db/open-library.js';
import { tempLibrary } from '../../support/temp-library.js';

/**
 * The desktop app's answer to a library that will not open (electron/main/library-recovery.ts),
 * with Electron's dialogs replaced by scripted answers: the files it restores and keeps are real.
 */
const answers = vi.hoisted(() => ({
  messageBox: [] as number[],
  openDialog: [] as string[][],
  errors: [] as string[],
  shown: [] as string[],
}));

vi.mock('electron', () => ({
  dialog: {
    showMessageBox: async (options: { message: string; detail?: string; buttons: string[] }) => {
      answers.shown.push(`${options.message} [${options.buttons.join(' | ')}] ${options.detail ?? ''}`);
      return { response: answers.messageBox.shift() ?? 2 };
    },
    showOpenDialog: async () => {
      const filePaths = answers.openDialog.shift();
      return { canceled: !filePaths, filePaths: filePaths ?? [] };
    },
    showErrorBox: (_title: string, message: string) => answers.errors.push(message),
  },
}));

const { recoverLibrary } = await import('../../../electron/main/library-recovery.js');

let lib: ReturnType<typeof tempLibrary>;
beforeEach(() => {
  lib = tempLibrary('cuttings-recovery-');
  answers.messageBox = [];
  answers.openDialog = [];
  answers.errors = [];
  answers.shown = [];
});
afterEach(() => lib.remove());

/** Two clips, a backup of them, then the file damaged; returns the error opening it gives. */
async function damaged(): Promise<unknown> {
  const core = createCoreService(lib.path);
  for (const n of [1, 2])
    await core.dispatch('clips.create', { text: `Harbour report ${n}\n\nGDANSK (Reuters) - Dock workers voted on offer ${n}.` });
  await core.dispatch('backups.create', {});
  core.close();
  const fd = openSync(lib.path, 'r+');
  writeSync(fd, Buffer.alloc(4096 * 3, 0xa5), 0, 4096 * 3, 4096);
  closeSync(fd);
  try {
    openLibrary(lib.path);
  } catch (err) {
    return err;
  }
  throw new Error('the library should be damaged');
}

describe('recovering a library the app cannot open', () => {
  it('offers restore-newest, choose and quit; restoring the newest opens it and keeps the damaged file, renamed aside', async () => {
    const error = await damaged();
    const before = readFileSync(lib.path);
    answers.messageBox = [0, 0];
    const core = await recoverLibrary(lib.path, error, {});
    expect(answers.shown[0]).toContain('Restore from the newest backup… | Choose a backup… | Quit');
    expect(core).not.toBeNull();
    const info = await core!.dispatch('library.info', {});
    core!.close();
    expect(info).toMatchObject({ ok: true, value: { clipCount: 2 } });
    const kept = listBackups(lib.path).find((b) => b.kind === 'before-restore')!;
    expect(readFileSync(kept.path).equals(before)).toBe(true);
  });

  it('quits without touching the file', async () => {
    const error = await damaged();
    const before = readFileSync(lib.path);
    answers.messageBox = [2];
    expect(await recoverLibrary(lib.path, error, {})).toBeNull();
    expect(readFileSync(lib.path).equals(before)).toBe(true);
    expect(listBackups(lib.path).filter((b) => b.kind === 'before-restore')).toEqual([]);
  });

  it('explains a chosen file that is no backup and asks again, the library untouched', async () => {
    const error = await damaged();
    const before = readFileSync(lib.path);
    const notes = join(lib.dir, 'notes.db');
    writeFileSync(notes, 'not a library');
    answers.messageBox = [1, 2];
    answers.openDialog = [[notes]];
    expect(await recoverLibrary(lib.path, error, {})).toBeNull();
    expect(answers.shown).toHaveLength(2);
    expect(answers.shown[1]).toMatch(/That backup could not be restored: .*notes\.db/);
    expect(readFileSync(lib.path).equals(before)).toBe(true);
    expect(existsSync(notes)).toBe(true);
  });

  it('only shows the error for a library made by a newer Cuttings: a backup would lose its newer clips', async () => {
    openLibrary(lib.path).close();
    const db = new Database(lib.path);
    db.pragma('user_version = 9999');
    db.close();
    let error: unknown;
    try {
      openLibrary(lib.path);
    } catch (err) {
      error = err;
    }
    expect(await recoverLibrary(lib.path, error, {})).toBeNull();
    expect(answers.shown).toEqual([]);
    expect(answers.errors[0]).toMatch(/newer version of Cuttings/);
  });
});
