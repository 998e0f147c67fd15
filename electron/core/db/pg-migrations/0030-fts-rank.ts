import type { PgMigration } from './migration.js';

/**
 * The rank searches sort by, kept in the database as the SQLite library keeps its bm25 weights
 * in the index. The document's weight classes (search-document.ts) are A title, B source and
 * byline, C body and notes, D other word forms; ts_rank takes their weights as {D, C, B, A}, in
 * the proportions of the SQLite weights (title 8, source and byline 2, body 1, forms 0.5).
 */
export const ftsRank: PgMigration = {
  version: 30,
  name: 'fts-rank',
  up: `
    CREATE FUNCTION clip_rank(doc tsvector, query tsquery) RETURNS real
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      RETURN ts_rank('{0.0625, 0.125, 0.25, 1.0}', doc, query, 1);
  `,
};
