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

export function fieldOrder(sort: FieldSort): string {
  return FIELD_ORDER[sort];
}
