import type { Db } from './open-library.js';

/** A query and the values bound to its `?` placeholders, in order. */
export type Query = readonly [sql: string, params: readonly unknown[]];

/** A piece of SQL with its own bound values, to be placed inside another query. */
export class SqlFragment {
  constructor(
    readonly text: string,
    readonly params: readonly unknown[],
  ) {}
}

function build(strings: TemplateStringsArray, values: readonly unknown[]): SqlFragment {
  let text = strings[0]!;
  const params: unknown[] = [];
  values.forEach((value, i) => {
    if (value instanceof SqlFragment) {
      text += value.text;
      params.push(...value.params);
    } else {
      text += '?';
      params.push(value);
    }
    text += strings[i + 1]!;
  });
  return new SqlFragment(text, params);
}

/**
 * SQL written as a template: every `${value}` becomes a bound `?`, and only a fragment (made by
 * sqlFragment, sqlJoin or sqlRaw) is placed as SQL, so a value can never become SQL.
 */
export function sql(strings: TemplateStringsArray, ...values: unknown[]): Query {
  const { text, params } = build(strings, values);
  return [text, params];
}

export function sqlFragment(strings: TemplateStringsArray, ...values: unknown[]): SqlFragment {
  return build(strings, values);
}

/** Fragments one after another with `separator` (SQL, not a value) between them. */
export function sqlJoin(fragments: readonly SqlFragment[], separator: string): SqlFragment {
  return new SqlFragment(
    fragments.map((f) => f.text).join(separator),
    fragments.flatMap((f) => f.params),
  );
}

/**
 * A fixed piece of SQL from our own source (a column list, a column name from a fixed table):
 * the one way to place text as SQL, so a reader can find every such place.
 */
export function sqlRaw(text: string): SqlFragment {
  return new SqlFragment(text, []);
}

/** Runs a query built with `sql` and returns every row. */
export function all<Row>(db: Db, [text, params]: Query): Row[] {
  return db.prepare(text).all(...params) as Row[];
}

export function get<Row>(db: Db, [text, params]: Query): Row | undefined {
  return db.prepare(text).get(...params) as Row | undefined;
}

export function run(db: Db, [text, params]: Query): { changes: number } {
  return db.prepare(text).run(...params);
}

/** The first column of every row. */
export function pluck<Value>(db: Db, [text, params]: Query): Value[] {
  return db
    .prepare(text)
    .pluck()
    .all(...params) as Value[];
}
