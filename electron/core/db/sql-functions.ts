import type { Db } from './sqlite.js';
import { clipStems } from '../../shared/search/word-forms.js';

/**
 * Functions the schema's triggers call, registered on every connection before it writes: the
 * full-text index keeps each clip's word forms, computed here from its language (migration 0050).
 * A connection without them (the sqlite3 shell, say) can read the library but not change clips.
 */
export function registerSqlFunctions(db: Db): void {
  db.function('clip_stems', { deterministic: true, varargs: true }, (language: unknown, ...texts: unknown[]) =>
    clipStems(
      String(language ?? ''),
      texts.map((t) => (typeof t === 'string' ? t : null)),
    ),
  );
}
