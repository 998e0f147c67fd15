import type { PgMigration } from './migration.js';

/**
 * The clips' large values compressed with LZ4. A clip's text, paste and search documents are
 * kilobytes each, and PostgreSQL's own compressor (pglz) took about a tenth of the CPU that
 * writing a clip costs; LZ4 takes a tenth of that. Values written before stay as they are and are
 * read either way. PostgreSQL 13 has no choice of compressor and a server built without LZ4 has
 * no LZ4: both keep pglz.
 */
export const lz4Compression: PgMigration = {
  version: 150,
  name: 'lz4-compression',
  up: `
    DO $$
    BEGIN
      IF current_setting('server_version_num')::integer >= 140000 THEN
        EXECUTE 'ALTER TABLE clips
          ALTER COLUMN body SET COMPRESSION lz4, ALTER COLUMN raw SET COMPRESSION lz4, ALTER COLUMN raw_html SET COMPRESSION lz4,
          ALTER COLUMN notes SET COMPRESSION lz4, ALTER COLUMN search_doc SET COMPRESSION lz4, ALTER COLUMN word_pairs SET COMPRESSION lz4';
      END IF;
    EXCEPTION WHEN feature_not_supported THEN
      NULL;
    END $$;
  `,
};
