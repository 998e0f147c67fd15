import type { Dialect } from '../db/library-database.js';
import { jsonObjectsArray } from '../db/dialect.js';
import { sqlFragment, type SqlFragment } from '../db/sql.js';
import type { ClipSummary } from '../../shared/models/clip.js';

/**
 * Columns for list rows over clips `c`, in either engine; the excerpt is cut in SQL so the body
 * never leaves the database. Tags come as JSON text in the order they were made (tag id), as
 * the SQLite library's list gives them. When you add a field, also add it to library/clips.repo.ts.
 */
export function summaryColumns(dialect: Dialect): SqlFragment {
  return sqlFragment`c.id, c.title, substr(c.body, 1, 240) AS excerpt, c.date, c.dateline, c.source,
    c.word_count AS "wordCount", c.created_at AS "createdAt", c.deleted_at AS "deletedAt", c.version_of AS "versionOf",
    (SELECT max(v.id) FROM clips v WHERE v.version_of = c.id AND v.deleted_at IS NULL) AS "supersededBy",
    (SELECT ${jsonObjectsArray(dialect, { name: 't.name', color: 't.color' }, 't.id')}
     FROM clip_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.clip_id = c.id) AS "tagsJson"`;
}

export type SummaryRow = Omit<ClipSummary, 'tags'> & { tagsJson: string };

export function withTags<T extends { tagsJson: string }>(rows: T[]): (Omit<T, 'tagsJson'> & { tags: ClipSummary['tags'] })[] {
  return rows.map(({ tagsJson, ...row }) => ({ ...row, tags: JSON.parse(tagsJson) as ClipSummary['tags'] }));
}
