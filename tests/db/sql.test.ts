import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { all, sql, sqlFragment, sqlJoin, sqlRaw } from '../../electron/core/db/sql.js';

describe('the sql template', () => {
  const db = new Database(':memory:');
  db.exec("CREATE TABLE t (name TEXT); INSERT INTO t VALUES ('a'), ('b'), ('x''); DROP TABLE t; --')");
  afterAll(() => db.close());

  it('binds every value, even one written as SQL', () => {
    const hostile = "x'); DROP TABLE t; --";
    const [text, params] = sql`SELECT name FROM t WHERE name = ${hostile}`;
    expect(text).toBe('SELECT name FROM t WHERE name = ?');
    expect(params).toEqual([hostile]);
    expect(all(db, sql`SELECT name FROM t WHERE name = ${hostile}`)).toEqual([{ name: hostile }]);
  });

  it('places fragments as SQL with their own values, in order', () => {
    const where = sqlJoin([sqlFragment`name >= ${'a'}`, sqlFragment`name < ${'x'}`], ' AND ');
    const query = sql`SELECT name FROM t WHERE ${where} ORDER BY ${sqlRaw('name')} DESC LIMIT ${5}`;
    expect(query).toEqual(['SELECT name FROM t WHERE name >= ? AND name < ? ORDER BY name DESC LIMIT ?', ['a', 'x', 5]]);
    expect(all(db, query)).toEqual([{ name: 'b' }, { name: 'a' }]);
  });
});
