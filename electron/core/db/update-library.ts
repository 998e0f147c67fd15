import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { latestVersion } from './migrations/index.js';
import type { MigrationProgress } from './migrations/migration.js';
import { schemaVersion } from './open-library.js';
import { openSqlite, type SqliteBinding } from './sqlite.js';
import { workerBundle } from '../worker-bundle.js';

/** What the worker says: how far the update has got, that it is done, or why it stopped. */
export type UpdateMessage = { progress: MigrationProgress } | { done: true } | { error: string };

export interface UpdateJob {
  path: string;
  binding: SqliteBinding;
}

/**
 * Whether the library at `path` was made by an older Cuttings and must be brought up to this
 * version before it opens. A new file, or one that cannot be read, is left to the ordinary
 * open, which makes the one and explains the other.
 */
export function needsUpdate(path: string, binding: SqliteBinding = {}): boolean {
  if (!existsSync(path)) return false;
  try {
    const db = openSqlite(path, { readonly: true, fileMustExist: true, timeout: 10_000 }, binding);
    try {
      const version = schemaVersion(db);
      return version > 0 && version < latestVersion;
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

/**
 * Brings an older library up to this version on a thread of its own, so the caller's thread
 * stays free to show how far it has got (a migration may rewrite every clip of a large
 * library). Rejects with the open's own message when the update fails; the library is then as
 * it was, since each migration is one transaction.
 */
export function updateLibraryApart(path: string, binding: SqliteBinding, onProgress: (progress: MigrationProgress) => void): Promise<void> {
  const script = workerBundle('db/update-worker', import.meta.url);
  if (!script) return Promise.reject(new Error('The library updater is missing from this build. Run `npm run build` and try again.'));
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: { path, binding } satisfies UpdateJob });
    let settled = false;
    const settle = (err?: Error) => {
      if (settled) return;
      settled = true;
      if (err) reject(err);
      else resolve();
    };
    worker.on('message', (message: UpdateMessage) => {
      if ('progress' in message) onProgress(message.progress);
      else if ('done' in message) settle();
      else settle(new Error(message.error));
    });
    worker.on('error', (err) => settle(err));
    worker.on('exit', (code) =>
      settle(code === 0 ? undefined : new Error(`The library updater stopped unexpectedly (exit code ${code}).`)),
    );
  });
}
