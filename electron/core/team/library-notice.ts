import { z } from 'zod';
import { isMethod, type Method } from '../../shared/api/contract.js';
import { isWrite } from '../../shared/api/roles.js';
import { sql, type Query } from '../db/sql.js';

/**
 * The PostgreSQL channel on which every team server of a library says it wrote to it. A plain
 * lowercase identifier, so `LISTEN cuttings_library` and `pg_notify('cuttings_library', …)`
 * name the same channel without quoting.
 */
export const LIBRARY_CHANNEL = 'cuttings_library';

/** What one server tells the others: which write went through, and who made it (to skip its own). */
export interface LibraryNotice {
  method: Method;
  /** The sending team core's id, new each time one starts. */
  server: string;
}

/** Far below PostgreSQL's 8000-byte payload limit; an id is a UUID. */
const MAX_SERVER_ID = 64;

const noticeShape = z.object({ method: z.string(), server: z.string().min(1).max(MAX_SERVER_ID) });

/** The statement that sends `notice` to every listening server once the connection's transaction commits. */
export function sendNotice(notice: LibraryNotice): Query {
  return sql`SELECT pg_notify(${LIBRARY_CHANNEL}, ${JSON.stringify(notice)})`;
}

/**
 * A payload heard on the channel, or null when it is not a notice: anyone who can connect to the
 * database may NOTIFY on it, so nothing is trusted. A method this version does not know as a
 * write (a newer server's) is refused too, since the event it would become names one.
 */
export function readNotice(payload: string | undefined): LibraryNotice | null {
  let raw: unknown;
  try {
    raw = JSON.parse(payload ?? '');
  } catch {
    return null;
  }
  const parsed = noticeShape.safeParse(raw);
  if (!parsed.success) return null;
  const { method, server } = parsed.data;
  return isMethod(method) && isWrite(method) ? { method, server } : null;
}
