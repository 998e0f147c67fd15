import type { Db } from '../db/open-library.js';
import type { SearchHit, SearchResult } from '../../shared/models/clip.js';
import { toFtsQuery } from '../../shared/search/fts-query.js';
import { SUMMARY_COLUMNS } from './clips.repo.js';

/** Marks around matched words in snippets: control characters, so no clip text can forge them. */
export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';

/** bm25 weights per FTS column (title, body, source, byline, notes): a title match counts most. */
const RANK = 'bm25(clips_fts, 8.0, 1.0, 2.0, 2.0, 1.5)';

export function searchClips(db: Db, query: string, limit: number, offset: number): SearchResult {
  const { match } = toFtsQuery(query);
  if (!match) return { query, total: 0, hits: [], notice: null };
  const hits = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS},
         snippet(clips_fts, 1, '${MATCH_START}', '${MATCH_END}', '…', 24) AS snippet,
         ${RANK} AS rank
       FROM clips_fts JOIN clips c ON c.id = clips_fts.rowid
       WHERE clips_fts MATCH ? AND c.deleted_at IS NULL
       ORDER BY rank LIMIT ? OFFSET ?`,
    )
    .all(match, limit, offset) as SearchHit[];
  const { total } = db
    .prepare(
      `SELECT count(*) AS total FROM clips_fts JOIN clips c ON c.id = clips_fts.rowid
       WHERE clips_fts MATCH ? AND c.deleted_at IS NULL`,
    )
    .get(match) as { total: number };
  return { query, total, hits, notice: null };
}
