import type { Migration } from './migration.js';

/**
 * Chinese, Japanese and Korean text has no spaces, so unicode61 sees a whole clause as one word.
 * A trigram index finds any substring of three characters or more. It is kept for CJK clips only:
 * over every clip it would triple the file, and Latin and Cyrillic search is served by clips_fts.
 */
export const cjkSearch: Migration = {
  version: 20,
  name: 'cjk-search',
  up: `
    CREATE VIRTUAL TABLE clips_cjk USING fts5(
      title, body,
      content = 'clips', content_rowid = 'id',
      tokenize = 'trigram'
    );
    INSERT INTO clips_cjk(rowid, title, body)
      SELECT id, title, body FROM clips WHERE language IN ('zh', 'ja', 'ko');
    CREATE TRIGGER clips_cjk_insert AFTER INSERT ON clips WHEN new.language IN ('zh', 'ja', 'ko') BEGIN
      INSERT INTO clips_cjk(rowid, title, body) VALUES (new.id, new.title, new.body);
    END;
    CREATE TRIGGER clips_cjk_delete AFTER DELETE ON clips WHEN old.language IN ('zh', 'ja', 'ko') BEGIN
      INSERT INTO clips_cjk(clips_cjk, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    END;
    CREATE TRIGGER clips_cjk_update AFTER UPDATE OF title, body, language ON clips BEGIN
      INSERT INTO clips_cjk(clips_cjk, rowid, title, body)
        SELECT 'delete', old.id, old.title, old.body WHERE old.language IN ('zh', 'ja', 'ko');
      INSERT INTO clips_cjk(rowid, title, body)
        SELECT new.id, new.title, new.body WHERE new.language IN ('zh', 'ja', 'ko');
    END;
  `,
};
