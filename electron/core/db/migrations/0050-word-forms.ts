import { clipStems } from '../../../shared/search/word-forms.js';
import type { Migration } from './migration.js';

const TOKENIZER = `tokenize = 'unicode61 remove_diacritics 2'`;
const STEMS = (row: 'new' | 'old') => `clip_stems(${row}.language, ${row}.title, ${row}.body, ${row}.source, ${row}.byline, ${row}.notes)`;
const FILL_BATCH = 500;

/**
 * Word forms in search: the full-text index gains a `stems` column holding each clip's stems
 * (electron/shared/search/word-forms.ts), so "rescuers" finds "rescue". SQLite cannot run our
 * stemmer as a tokenizer, so the stems are computed in JS: by the `clip_stems` function in the
 * triggers (db/sql-functions.ts) and, for the clips already here, by `fill`, with progress.
 *
 * The index reads its text columns from a view that gives NULL for `stems`: the stems live only
 * in the index, and snippets (which read the row back) never pay for stemming. A 'delete' must
 * be given the stems the clip was indexed with, which `clip_stems` recomputes from the old row.
 * Column weights as in 0030, with a form of a word counting half as much as the word itself.
 */
export const wordForms: Migration = {
  version: 50,
  name: 'word-forms',
  up: `
    DROP TRIGGER clips_fts_insert;
    DROP TRIGGER clips_fts_delete;
    DROP TRIGGER clips_fts_update;
    DROP TABLE clips_fts;
    CREATE VIEW clips_fts_content AS SELECT id, title, body, source, byline, notes, NULL AS stems FROM clips;
    CREATE VIRTUAL TABLE clips_fts USING fts5(
      title, body, source, byline, notes, stems,
      content = 'clips_fts_content', content_rowid = 'id',
      ${TOKENIZER}
    );
    INSERT INTO clips_fts(clips_fts, rank) VALUES ('rank', 'bm25(8.0, 1.0, 2.0, 2.0, 1.5, 0.5)');
    CREATE TRIGGER clips_fts_insert AFTER INSERT ON clips BEGIN
      INSERT INTO clips_fts(rowid, title, body, source, byline, notes, stems)
      VALUES (new.id, new.title, new.body, new.source, new.byline, new.notes, ${STEMS('new')});
    END;
    CREATE TRIGGER clips_fts_delete AFTER DELETE ON clips BEGIN
      INSERT INTO clips_fts(clips_fts, rowid, title, body, source, byline, notes, stems)
      VALUES ('delete', old.id, old.title, old.body, old.source, old.byline, old.notes, ${STEMS('old')});
    END;
    CREATE TRIGGER clips_fts_update AFTER UPDATE OF title, body, source, byline, notes, language ON clips BEGIN
      INSERT INTO clips_fts(clips_fts, rowid, title, body, source, byline, notes, stems)
      VALUES ('delete', old.id, old.title, old.body, old.source, old.byline, old.notes, ${STEMS('old')});
      INSERT INTO clips_fts(rowid, title, body, source, byline, notes, stems)
      VALUES (new.id, new.title, new.body, new.source, new.byline, new.notes, ${STEMS('new')});
    END;
  `,
  fill(db, progress) {
    const total = (db.prepare('SELECT count(*) AS n FROM clips').get() as { n: number }).n;
    const batch = db.prepare('SELECT id, title, body, source, byline, notes, language FROM clips WHERE id > ? ORDER BY id LIMIT ?');
    const insert = db.prepare('INSERT INTO clips_fts(rowid, title, body, source, byline, notes, stems) VALUES (?, ?, ?, ?, ?, ?, ?)');
    type Row = { id: number; title: string | null; body: string; source: string | null; byline: string; notes: string; language: string };
    let done = 0;
    let after = 0;
    progress(0, total);
    for (;;) {
      const rows = batch.all(after, FILL_BATCH) as Row[];
      if (rows.length === 0) break;
      for (const r of rows) {
        insert.run(
          r.id,
          r.title,
          r.body,
          r.source,
          r.byline,
          r.notes,
          clipStems(r.language, [r.title, r.body, r.source, r.byline, r.notes]),
        );
      }
      after = rows[rows.length - 1]!.id;
      done += rows.length;
      progress(done, total);
    }
  },
};
