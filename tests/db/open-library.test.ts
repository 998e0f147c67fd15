import Database from 'better-sqlite3';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary, schemaVersion, type Db } from '../../electron/core/db/open-library.js';
import { latestVersion } from '../../electron/core/db/migrations/index.js';
import { tempLibrary } from '../support/temp-library.js';

let lib: ReturnType<typeof tempLibrary>;
let db: Db | null = null;
beforeEach(() => {
  lib = tempLibrary();
});
afterEach(() => {
  db?.close();
  db = null;
  lib.remove();
});

describe('opening a library', () => {
  it('creates a new library at the latest schema, in WAL mode with foreign keys on', () => {
    db = openLibrary(lib.path);
    expect(schemaVersion(db)).toBe(latestVersion);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name);
    expect(tables).toEqual(
      expect.arrayContaining([
        'clips',
        'clips_fts',
        'tags',
        'clip_tags',
        'collections',
        'collection_clips',
        'entities',
        'quotes',
        'highlights',
        'settings',
      ]),
    );
  });

  it('opens an existing library again without migrating it twice', () => {
    openLibrary(lib.path).close();
    db = openLibrary(lib.path);
    expect(schemaVersion(db)).toBe(latestVersion);
  });

  it('refuses a library made by a newer version and leaves the file untouched', () => {
    const raw = new Database(lib.path);
    raw.pragma(`user_version = ${latestVersion + 10}`);
    raw.close();
    const before = readFileSync(lib.path);
    expect(() => openLibrary(lib.path)).toThrow(/newer version of Cuttings/);
    expect(readFileSync(lib.path).equals(before)).toBe(true);
  });

  it('refuses a file that is not a library, and leaves it untouched', () => {
    writeFileSync(lib.path, 'these are my notes, not a database\n'.repeat(100));
    const before = readFileSync(lib.path);
    expect(() => openLibrary(lib.path)).toThrow(/not a Cuttings library/);
    expect(readFileSync(lib.path).equals(before)).toBe(true);
  });

  it('refuses a folder given as the library path', () => {
    expect(() => openLibrary(lib.dir)).toThrow(/is a folder/);
  });

  it('makes no backup when creating a new library', () => {
    db = openLibrary(lib.path);
    expect(readdirSync(lib.dir).filter((f) => f.endsWith('.bak'))).toEqual([]);
  });
});
