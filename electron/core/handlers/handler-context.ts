import type { Db } from '../db/open-library.js';
import type { LibrarySession } from '../library/library-session.js';

/** What every namespace's handlers are built over: the open library, and the session that can switch it. */
export interface HandlerContext {
  readonly db: Db;
  readonly session: LibrarySession;
  /** Where a moved library is remembered. */
  readonly userData: string;
}
