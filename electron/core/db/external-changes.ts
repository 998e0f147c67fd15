import type { Db } from './open-library.js';

/** How often the library file is asked whether someone else wrote to it. */
const CHECK_EVERY_MS = 1_000;

/**
 * Calls `onChange` when another connection commits to the library: the CLI, another process in
 * browser mode, a sync tool. PRAGMA data_version moves only for other connections' commits, never
 * for this one's, and reading it is a lookup in memory, so checking every second costs nothing.
 * `current` gives the library's database: closed while a restore or a move switches it, and a
 * new one afterwards, which starts a new count. Returns a function that stops the watching.
 */
export function watchExternalChanges(current: () => Db, onChange: () => void): () => void {
  let watched: Db | null = null;
  let seen = 0;
  const check = () => {
    const db = current();
    if (!db.open) return;
    const version = Number(db.pragma('data_version', { simple: true }));
    if (db === watched && version !== seen) onChange();
    watched = db;
    seen = version;
  };
  check();
  const timer = setInterval(check, CHECK_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
