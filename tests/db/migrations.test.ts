import Database from 'better-sqlite3';
import { readdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary, schemaVersion } from '../../electron/core/db/open-library.js';
import { latestVersion, migrations } from '../../electron/core/db/migrations/index.js';
import { tempLibrary } from '../support/temp-library.js';
import { searchClipIds } from '../../electron/core/library/search-fts.js';
import type { MigrationProgress } from '../../electron/core/db/migrations/migration.js';

let lib: ReturnType<typeof tempLibrary>;
beforeEach(() => {
  lib = tempLibrary();
});
afterEach(() => lib.remove());

/** A library as an older Cuttings left it: migrations applied up to `version`, then seeded. */
function buildAt(version: number, seed: (db: Database.Database) => void): void {
  const db = new Database(lib.path);
  db.pragma('journal_mode = WAL');
  for (const m of migrations.filter((x) => x.version <= version)) {
    db.exec(m.up);
    db.pragma(`user_version = ${m.version}`);
  }
  seed(db);
  db.close();
}

const insertClip = (db: Database.Database, title: string, body: string, language: string) =>
  db
    .prepare(
      `INSERT INTO clips (title, body, raw, raw_sha256, content_hash, language, created_at, updated_at)
       VALUES (?, ?, ?, 'x', 'y', ?, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')`,
    )
    .run(title, body, body, language);

describe('migrations', () => {
  it('are numbered upwards in tens', () => {
    const versions = migrations.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    for (const v of versions) expect(v % 10).toBe(0);
  });

  it('bring a version-10 library up to date, keeping its clips and backing it up first', () => {
    buildAt(10, (db) => {
      insertClip(db, 'Harbour strike', 'Dock workers walked out.', 'en');
      insertClip(db, '大桥通车', '杭州新建的跨江大桥今天正式通车。', 'zh');
    });
    const db = openLibrary(lib.path);
    try {
      expect(schemaVersion(db)).toBe(latestVersion);
      expect(db.prepare('SELECT count(*) AS n FROM clips').get()).toEqual({ n: 2 });
      // The CJK index added by migration 20 covers the clips that were already there.
      expect(db.prepare(`SELECT rowid FROM clips_cjk WHERE clips_cjk MATCH '"跨江大"'`).all()).toEqual([{ rowid: 2 }]);
      expect(db.prepare(`SELECT rowid FROM clips_fts WHERE clips_fts MATCH 'dock'`).all()).toEqual([{ rowid: 1 }]);
    } finally {
      db.close();
    }
    const backups = readdirSync(lib.dir).filter((f) => f.endsWith('.bak'));
    expect(backups).toHaveLength(1);
    const copy = new Database(`${lib.dir}/${backups[0]}`, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(10);
    expect(copy.prepare('SELECT count(*) AS n FROM clips').get()).toEqual({ n: 2 });
    copy.close();
  });

  it('only add to the schema: every table and column of the first version is still there', () => {
    buildAt(10, () => {});
    const first = new Database(lib.path, { readonly: true });
    const columnsOf = (db: Database.Database) =>
      (
        db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' AND name NOT LIKE 'sqlite_%'").all() as {
          name: string;
        }[]
      ).flatMap(({ name }) =>
        (db.prepare(`PRAGMA table_info(${name})`).all() as { name: string; type: string }[]).map((c) => `${name}.${c.name}:${c.type}`),
      );
    const before = columnsOf(first);
    first.close();
    const db = openLibrary(lib.path);
    const after = columnsOf(db);
    db.close();
    expect(after).toEqual(expect.arrayContaining(before));
  });

  it('bring a version-30 library up to 40 with its collections ready to hold comparisons', () => {
    buildAt(30, (db) => {
      insertClip(db, 'Grain corridor reopens', 'Grain ships left Odesa.', 'en');
      insertClip(db, 'Grain ships sail', 'Ships sailed from Odesa.', 'en');
      db.prepare(`INSERT INTO collections (name, created_at) VALUES ('Briefs', '2024-01-01T00:00:00Z')`).run();
    });
    const db = openLibrary(lib.path);
    try {
      expect(schemaVersion(db)).toBeGreaterThanOrEqual(40);
      db.prepare(`INSERT INTO comparisons (clip_a, clip_b, title, created_at) VALUES (1, 2, 'A — B', '2024-01-02T00:00:00Z')`).run();
      db.prepare('INSERT INTO collection_comparisons (collection_id, comparison_id, position) VALUES (1, 1, 1)').run();
      expect(() => db.prepare(`INSERT INTO comparisons (clip_a, clip_b, title, created_at) VALUES (1, 2, 'again', 'x')`).run()).toThrow(
        /UNIQUE/,
      );
      expect(() => db.prepare(`INSERT INTO comparisons (clip_a, clip_b, title, created_at) VALUES (2, 2, 'self', 'x')`).run()).toThrow(
        /CHECK/,
      );
      // Deleting a clip for good takes its comparisons and their places in collections with it.
      db.prepare('DELETE FROM clips WHERE id = 2').run();
      expect(db.prepare('SELECT count(*) AS n FROM comparisons').get()).toEqual({ n: 0 });
      expect(db.prepare('SELECT count(*) AS n FROM collection_comparisons').get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });

  it('keep a saved comparison while a collection holds it, and drop it when none does', () => {
    const db = openLibrary(lib.path);
    try {
      for (const title of ['A', 'B']) insertClip(db, title, `${title} text.`, 'en');
      for (const name of ['One', 'Two']) db.prepare(`INSERT INTO collections (name, created_at) VALUES (?, 'x')`).run(name);
      db.prepare(`INSERT INTO comparisons (clip_a, clip_b, title, created_at) VALUES (1, 2, 'A — B', 'x')`).run();
      db.prepare('INSERT INTO collection_comparisons (collection_id, comparison_id, position) VALUES (1, 1, 1), (2, 1, 1)').run();
      db.prepare('DELETE FROM collections WHERE id = 1').run();
      expect(db.prepare('SELECT count(*) AS n FROM comparisons').get()).toEqual({ n: 1 });
      db.prepare('DELETE FROM collection_comparisons WHERE collection_id = 2').run();
      expect(db.prepare('SELECT count(*) AS n FROM comparisons').get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });

  it('make a new library without reporting progress, since it has no clips to update', () => {
    const progress: MigrationProgress[] = [];
    const db = openLibrary(lib.path, { onMigrationProgress: (p) => progress.push(p) });
    try {
      expect(schemaVersion(db)).toBe(latestVersion);
      expect(progress).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('bring a version-40 library up to 50 with every clip findable by its word forms, reporting progress', () => {
    buildAt(40, (db) => {
      for (let i = 0; i < 1_200; i++) insertClip(db, `Note ${i}`, `Harbour note number ${i}.`, 'en');
      insertClip(db, 'Storm at sea', 'Volunteers rescued stranded fishing crews.', 'en');
      insertClip(db, 'Спасатели вернулись', 'Спасатели вернулись домой.', 'ru');
    });
    const progress: MigrationProgress[] = [];
    const db = openLibrary(lib.path, { onMigrationProgress: (p) => progress.push(p) });
    try {
      expect(schemaVersion(db)).toBe(latestVersion);
      expect(progress.length).toBeGreaterThan(2);
      expect(progress.at(-1)).toEqual({ migration: 'word-forms', done: 1_202, total: 1_202 });
      expect(searchClipIds(db, 'rescuers', 'date-desc')).toEqual([1_201]);
      expect(searchClipIds(db, 'спасателей', 'date-desc')).toEqual([1_202]);
      // Edits keep the forms in step: the old ones go, the new ones come.
      db.prepare(`UPDATE clips SET body = 'Volunteers searched the coast.' WHERE id = 1201`).run();
      expect(searchClipIds(db, 'rescuing', 'date-desc')).toEqual([]);
      expect(searchClipIds(db, 'searching', 'date-desc')).toEqual([1_201]);
      db.prepare('DELETE FROM clips WHERE id = 1202').run();
      expect(searchClipIds(db, 'спасателей', 'date-desc')).toEqual([]);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.exec(`INSERT INTO clips_fts(clips_fts, rank) VALUES ('integrity-check', 0)`);
    } finally {
      db.close();
    }
  });
});
