import type { Dialect } from '../db/library-database.js';
import type { FieldSort } from '../../shared/models/list-sort.js';

/**
 * ORDER BY for each field sort, over clips aliased `c`. Ties go by id in the same direction, so
 * each order is one walk of an index from migration 0070 (reversed for the other direction) and
 * a page never repeats or skips a row. Undated, unsourced and untitled clips come last either way:
 * NULL sorts lowest, so a descending walk ends with them, and NULLS LAST keeps them at the end of
 * an ascending one (SQLite walks the index twice rather than sorting). Collation is NOCASE to match
 * the indexes; when you change an expression here, change its index too.
 */
const FIELD_ORDER: Record<FieldSort, string> = {
  'date-desc': 'c.date DESC, c.id DESC',
  'date-asc': 'c.date ASC NULLS LAST, c.id ASC',
  'clipped-desc': 'c.created_at DESC, c.id DESC',
  'clipped-asc': 'c.created_at ASC, c.id ASC',
  'source-desc': 'c.source COLLATE NOCASE DESC, c.id DESC',
  'source-asc': 'c.source COLLATE NOCASE ASC NULLS LAST, c.id ASC',
  'title-desc': 'c.title COLLATE NOCASE DESC, c.id DESC',
  'title-asc': 'c.title COLLATE NOCASE ASC NULLS LAST, c.id ASC',
};

/**
 * The same orders in PostgreSQL, row for row: NULL sorts highest there, so DESC needs NULLS
 * LAST, and NOCASE is lower() over the "C" collation. Each is one walk of an index from
 * pg-migrations/0070.
 */
const PG_FIELD_ORDER: Record<FieldSort, string> = {
  'date-desc': 'c.date DESC NULLS LAST, c.id DESC',
  'date-asc': 'c.date ASC NULLS LAST, c.id ASC',
  'clipped-desc': 'c.created_at DESC, c.id DESC',
  'clipped-asc': 'c.created_at ASC, c.id ASC',
  'source-desc': 'lower(c.source) DESC NULLS LAST, c.id DESC',
  'source-asc': 'lower(c.source) ASC NULLS LAST, c.id ASC',
  'title-desc': 'lower(c.title) DESC NULLS LAST, c.id DESC',
  'title-asc': 'lower(c.title) ASC NULLS LAST, c.id ASC',
};

export function fieldOrderIn(dialect: Dialect, sort: FieldSort): string {
  return dialect === 'sqlite' ? FIELD_ORDER[sort] : PG_FIELD_ORDER[sort];
}
