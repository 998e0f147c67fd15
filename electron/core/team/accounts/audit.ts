import type pg from 'pg';
import { CLIP_ID_METHODS, type AuditEntry } from '../../../shared/models/team-activity.js';

export type { AuditEntry };

export interface NewAuditEntry {
  user: string;
  method: string;
  ids: readonly number[];
  summary: string;
}

/** The audit log only grows: a trigger in the database refuses UPDATE, DELETE and TRUNCATE on it. */
export async function appendAudit(db: pg.Pool | pg.PoolClient, entry: NewAuditEntry): Promise<void> {
  await db.query('INSERT INTO team_audit (user_name, method, ids, summary) VALUES ($1, $2, $3, $4)', [
    entry.user,
    entry.method,
    entry.ids,
    entry.summary,
  ]);
}

export interface AuditFilter {
  since?: Date;
  user?: string;
  /** Only entries older than this one: the next page back. */
  beforeId?: number;
  limit?: number;
}

/** Entries oldest first, filtered by time and person, each with the title of the clip it names first. */
export async function listAudit(pool: pg.Pool, filter: AuditFilter = {}): Promise<AuditEntry[]> {
  const { rows } = await pool.query<{
    id: number;
    at: Date;
    user_name: string;
    method: string;
    ids: (number | string)[];
    summary: string;
    clip_title: string | null;
  }>(
    `SELECT n.id, n.at, n.user_name, n.method, n.ids, n.summary, c.title AS clip_title FROM (
       SELECT * FROM team_audit
        WHERE ($1::timestamptz IS NULL OR at >= $1) AND ($2::text IS NULL OR user_name = $2)
          AND ($4::bigint IS NULL OR id < $4)
        ORDER BY id DESC LIMIT $3
     ) n LEFT JOIN clips c ON n.method = ANY($5::text[]) AND c.id = n.ids[1]
     ORDER BY n.id`,
    [filter.since ?? null, filter.user ?? null, filter.limit ?? 10_000, filter.beforeId ?? null, [...CLIP_ID_METHODS]],
  );
  return rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    user: r.user_name,
    method: r.method,
    ids: r.ids.map(Number),
    summary: r.summary,
    clipTitle: r.clip_title || null,
  }));
}
