import Database from 'better-sqlite3';
import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCoreService } from '../../electron/core/core-service.js';
import { openLibrary, schemaVersion } from '../../electron/core/db/open-library.js';
import { latestVersion, migrations } from '../../electron/core/db/migrations/index.js';
import type { ApiResult } from '../../electron/shared/api/errors.js';
import type { SearchResult } from '../../electron/shared/models/clip.js';
import { CLIPS, COLLECTIONS, HIGHLIGHTS, ROW_COUNTS, TAGS } from './fixtures/fixture-data.js';
import { tempLibrary } from '../support/temp-library.js';
import { MIGRATION_FIXTURES_DIR } from '../support/fixtures.js';

/**
 * Libraries left by every shipped version (tests/db/fixtures, built by
 * scripts/build-migration-fixtures.mjs) open in this one with every row intact and searchable.
 */
const folder = MIGRATION_FIXTURES_DIR;
const fixtures = readdirSync(folder)
  .map((name) => ({ name, version: Number(/^library-v(\d+)\.cuttings\.db$/.exec(name)?.[1]) }))
  .filter((f) => f.version > 0)
  .sort((a, b) => a.version - b.version);

let lib: ReturnType<typeof tempLibrary>;
beforeEach(() => {
  lib = tempLibrary('cuttings-fixture-');
});
afterEach(() => lib.remove());

type Raw = Database.Database;
const rows = (db: Raw, sql: string) => db.prepare(sql).all();
const count = (db: Raw, table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

/** Every table, column (with its type), index and trigger, by name: what a migration may add to but never take away. */
function schemaOf(db: Raw): string[] {
  const objects = rows(
    db,
    "SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND name NOT GLOB '*_fts_*' AND name NOT GLOB '*_cjk_*'",
  ) as { type: string; name: string }[];
  return objects.flatMap(({ type, name }) =>
    type === 'table'
      ? [
          `table ${name}`,
          ...(rows(db, `PRAGMA table_info(${name})`) as { name: string; type: string }[]).map((c) => `column ${name}.${c.name}:${c.type}`),
        ]
      : [`${type} ${name}`],
  );
}

describe('migration fixtures', () => {
  // A new migration needs its fixture: `node scripts/build-migration-fixtures.mjs N`, then check it in.
  it('cover every schema version', () => {
    expect(fixtures.map((f) => f.version)).toEqual(migrations.map((m) => m.version));
  });

  describe.each(fixtures)('$name', ({ name, version }) => {
    it(`is a version-${version} library that migrates to ${latestVersion} with every row intact and only additions to the schema`, () => {
      copyFileSync(join(folder, name), lib.path);
      const before = new Database(lib.path);
      expect(schemaVersion(before)).toBe(version);
      const oldSchema = schemaOf(before);
      // A clip changed by a team member, so that its version and last change are seen to move with it
      // from the clip's row (versions 80 to 89) to clip_versions.
      const versionInClipRow = version >= 80 && version < 90;
      if (versionInClipRow)
        before.exec("UPDATE clips SET version = 7, changed_by = 'ana', changed_at = '2024-05-01T09:00:00.000Z' WHERE id = 2");
      before.close();

      const db = openLibrary(lib.path);
      try {
        expect(schemaVersion(db)).toBe(latestVersion);
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(db.pragma('foreign_key_check')).toEqual([]);
        for (const [table, n] of Object.entries(ROW_COUNTS)) expect(count(db, table), table).toBe(n);
        expect(schemaOf(db)).toEqual(expect.arrayContaining(oldSchema));
        expect(rows(db, 'SELECT clip_id AS id FROM clip_versions ORDER BY clip_id')).toEqual(CLIPS.map((c) => ({ id: c.id })));
        if (versionInClipRow)
          expect(rows(db, 'SELECT version, changed_by, changed_at FROM clip_versions WHERE clip_id = 2')).toEqual([
            { version: 7, changed_by: 'ana', changed_at: '2024-05-01T09:00:00.000Z' },
          ]);

        const clips = rows(
          db,
          'SELECT id, title, body, source, date, dateline, byline, language, notes, deleted_at, version_of FROM clips ORDER BY id',
        ) as Record<string, unknown>[];
        expect(clips).toEqual(
          CLIPS.map((c) => ({
            id: c.id,
            title: c.title,
            body: c.body,
            source: c.source,
            date: c.date,
            dateline: c.dateline,
            byline: JSON.stringify(c.byline),
            language: c.language,
            notes: c.notes,
            deleted_at: c.deletedAt,
            version_of: c.versionOf,
          })),
        );
        expect(rows(db, 'SELECT id, name, color FROM tags ORDER BY id')).toEqual(TAGS);
        expect(rows(db, 'SELECT id, parent_id AS parentId, name, position, description, query FROM collections ORDER BY id')).toEqual(
          COLLECTIONS,
        );
        expect(
          rows(db, 'SELECT id, clip_id AS clipId, exact, prefix, suffix, start, end, color, note FROM highlights ORDER BY id'),
        ).toEqual(HIGHLIGHTS);
      } finally {
        db.close();
      }
    });

    it('searches, lists and reads back through the API after the migration', async () => {
      copyFileSync(join(folder, name), lib.path);
      const core = createCoreService(lib.path);
      const call = async <T>(method: string, args: unknown = {}) => {
        const r = (await core.dispatch(method, args)) as ApiResult<T>;
        if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
        return r.value;
      };
      const found = async (query: string) => (await call<SearchResult>('search.query', { query })).hits.map((h) => h.id).sort();
      try {
        // Diacritics folded, Cyrillic, Chinese and Japanese substrings, a note, and the trash left out.
        expect(await found('Gdansk')).toEqual([1, 2]);
        expect(await found('рабочие')).toEqual([3]);
        expect(await found('跨江大桥')).toEqual([4]);
        expect(await found('港湾労働者')).toEqual([5]);
        expect(await found('tonnage')).toEqual([1]);
        expect(await found('ferry')).toEqual([]);
        expect((await call<{ items: { id: number }[] }>('clips.list', { tag: 'region' })).items.map((c) => c.id).sort()).toEqual([
          1, 2, 3, 4, 5,
        ]);
        const ports = await call<{ id: number }>('collections.find', { name: 'Briefs/Ports' });
        expect(await call('collections.clipIds', { id: ports.id })).toEqual([3, 1, 4]);
        expect(await call('highlights.list', { clipId: 1 })).toMatchObject([
          { exact: 'voted to accept a pay offer', note: 'Size of the offer?' },
        ]);
        expect(await call('settings.get')).toMatchObject({ backupKeep: 5, paperSize: 'Letter', backupSchedule: 'daily' });
        expect(await call('dossier.saved.list')).toMatchObject([{ name: 'Weekly ports brief', collection: 'Briefs/Ports' }]);
        expect(await call('library.info')).toMatchObject({ clipCount: 5, trashCount: 1, schemaVersion: latestVersion });
        const added = await call<{ id: number }>('clips.create', {
          text: '北京新机场今天开通\n\n新华社北京电 北京新机场今天正式开通运营。',
        });
        expect(await found('新机场')).toEqual([added.id]);
      } finally {
        core.close();
      }
    });
  });
});
