import type { Dialect } from '../../db/library-database.js';
import { fieldOrder } from '../../library/list-order.js';
import type { FieldSort } from '../../../shared/models/list-sort.js';

/**
 * The list's field sorts in PostgreSQL, giving the SQLite order (library/list-order.ts) row for
 * row: NULL sorts last both ways (in PostgreSQL it sorts highest, so DESC needs NULLS LAST), and
 * NOCASE is lower() over the "C" collation. Each is one walk of an index from pg-migrations/0070.
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
  return dialect === 'sqlite' ? fieldOrder(sort) : PG_FIELD_ORDER[sort];
}
