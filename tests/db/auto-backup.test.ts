import { utimesSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary, type Db } from '../../electron/core/db/open-library.js';
import { dailyBackup, listBackups, rotateBackup } from '../../electron/core/db/auto-backup.js';
import { tempLibrary } from '../support/temp-library.js';

let lib: ReturnType<typeof tempLibrary>;
let db: Db;
beforeEach(() => {
  lib = tempLibrary();
  db = openLibrary(lib.path);
  db.prepare(
    `INSERT INTO clips (title, body, raw, raw_sha256, content_hash, created_at, updated_at) VALUES ('t', 'b', 'r', '', '', '', '')`,
  ).run();
});
afterEach(() => {
  db.close();
  lib.remove();
});

describe('rotating backups', () => {
  it('takes a complete copy and keeps only the newest N', async () => {
    for (let i = 0; i < 4; i++) await rotateBackup(db, lib.path, 3);
    const backups = listBackups(lib.path);
    expect(backups).toHaveLength(3);
    const copy = new Database(backups[0]!.path, { readonly: true });
    expect(copy.prepare('SELECT count(*) AS n FROM clips').get()).toEqual({ n: 1 });
    copy.close();
  });

  it('backs up once a day', async () => {
    expect(await dailyBackup(db, lib.path)).not.toBeNull();
    expect(await dailyBackup(db, lib.path)).toBeNull();
    const dayOld = new Date(Date.now() - 25 * 3600 * 1000);
    utimesSync(listBackups(lib.path)[0]!.path, dayOld, dayOld);
    expect(await dailyBackup(db, lib.path)).not.toBeNull();
    expect(listBackups(lib.path)).toHaveLength(2);
  });
});
