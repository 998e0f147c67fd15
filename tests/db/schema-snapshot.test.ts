import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { openLibrary, type Db } from '../../electron/core/db/open-library.js';
import { tempLibrary } from '../support/temp-library.js';

/**
 * The schema a new library gets, as recorded in schema-snapshot.json: every table and index with
 * its columns. Migrations may add to it but never take away, since a user's library keeps its
 * data in those columns. After adding a table or column on purpose, record it with
 * `UPDATE_SCHEMA_SNAPSHOT=1 npx vitest run tests/db/schema-snapshot.test.ts`.
 */
const SNAPSHOT = join(import.meta.dirname, 'schema-snapshot.json');

type Schema = Record<string, { type: string; columns: string[] }>;

function schemaOf(db: Db): Schema {
  const objects = db
    .prepare("SELECT type, name FROM sqlite_schema WHERE type IN ('table', 'index') AND name NOT LIKE 'sqlite_%' ORDER BY type, name")
    .all() as { type: string; name: string }[];
  const schema: Schema = {};
  for (const { type, name } of objects) {
    const pragma = type === 'table' ? 'table_xinfo' : 'index_xinfo';
    const rows = db.prepare(`SELECT * FROM pragma_${pragma}(?)`).all(name) as {
      name: string | null;
      type?: string;
      notnull?: number;
      pk?: number;
      key?: number;
    }[];
    const columns = rows
      .filter((c) => c.name !== null && (type === 'table' || c.key === 1))
      .map((c) =>
        type === 'table' ? `${c.name} ${c.type ?? ''}${c.notnull ? ' NOT NULL' : ''}${c.pk ? ' PRIMARY KEY' : ''}`.trim() : c.name!,
      );
    schema[name] = { type, columns };
  }
  return schema;
}

describe('the library schema', () => {
  const lib = tempLibrary();
  let db: Db;
  let current: Schema;
  beforeAll(() => {
    db = openLibrary(lib.path);
    current = schemaOf(db);
    if (process.env.UPDATE_SCHEMA_SNAPSHOT) writeFileSync(SNAPSHOT, `${JSON.stringify(current, null, 2)}\n`);
  });
  afterAll(() => {
    db.close();
    lib.remove();
  });

  it('keeps every table, index and column the recorded schema has, as it was', () => {
    const recorded = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as Schema;
    expect(Object.keys(recorded).length).toBeGreaterThan(10);
    for (const [name, { type, columns }] of Object.entries(recorded)) {
      expect(current[name], `${type} ${name} is gone`).toBeDefined();
      expect(current[name]!.type).toBe(type);
      for (const column of columns) expect(current[name]!.columns, `${name}.${column}`).toContain(column);
    }
  });

  it.each(['v10', 'v20', 'v30', 'v40', 'v70'])('keeps every table and column a library of %s had', (version) => {
    const old = new Database(join(import.meta.dirname, `fixtures/library-${version}.cuttings.db`), { readonly: true });
    try {
      const before = schemaOf(old);
      for (const [name, { type, columns }] of Object.entries(before)) {
        if (type !== 'table') continue;
        expect(current[name], `table ${name} is gone`).toBeDefined();
        const names = current[name]!.columns.map((c) => c.split(' ')[0]);
        for (const column of columns) expect(names, `${name}.${column}`).toContain(column.split(' ')[0]);
      }
    } finally {
      old.close();
    }
  });
});
