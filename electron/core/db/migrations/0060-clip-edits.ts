import type { Migration } from './migration.js';
import { urlKey } from '../../library/url-key.js';

/**
 * Corrections to saved clips, kept so a clip's provenance survives them: who changed which field,
 * where and when, with the values before and after (JSON). A clip's edits go when it is deleted
 * for good. `url_key` is the address normalised by library/url-key.ts, so a second copy of a
 * page is found by lookup.
 * When you add a column to `clip_edits`, also update the row mapping in library/clip-edits.repo.ts.
 */
export const clipEdits: Migration = {
  version: 60,
  name: 'clip-edits',
  up: `
    CREATE TABLE clip_edits (
      id      INTEGER PRIMARY KEY,
      clip_id INTEGER NOT NULL REFERENCES clips(id) ON DELETE CASCADE,
      at      TEXT NOT NULL,
      user    TEXT NOT NULL,
      via     TEXT NOT NULL CHECK (via IN ('app', 'cli')),
      changes TEXT NOT NULL
    );
    CREATE INDEX clip_edits_clip ON clip_edits(clip_id, id);

    ALTER TABLE clips ADD COLUMN url_key TEXT;
    CREATE INDEX clips_url_key ON clips(url_key) WHERE url_key IS NOT NULL;
  `,
  fill(db) {
    const rows = db.prepare('SELECT id, url FROM clips WHERE url IS NOT NULL').all() as { id: number; url: string }[];
    const set = db.prepare('UPDATE clips SET url_key = ? WHERE id = ?');
    for (const row of rows) set.run(urlKey(row.url), row.id);
  },
};
