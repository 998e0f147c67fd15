import type { PgMigration } from './migration.js';

/**
 * Chinese, Japanese and Korean text has no spaces: a CJK term is found as a substring of the
 * title or body, served by trigram indexes kept for CJK clips only, as the SQLite library's
 * trigram table is. pg_trgm is a trusted extension: the database's owner may create it.
 */
export const cjkSearch: PgMigration = {
  version: 20,
  name: 'cjk-search',
  up: `
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE INDEX clips_cjk_title ON clips USING gin (title gin_trgm_ops) WHERE language IN ('zh', 'ja', 'ko');
    CREATE INDEX clips_cjk_body ON clips USING gin (body gin_trgm_ops) WHERE language IN ('zh', 'ja', 'ko');
  `,
};
