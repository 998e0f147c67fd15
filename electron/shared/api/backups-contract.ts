import { z } from 'zod';
import type { BackupEntry, BackupsOverview, MoveProgress, MoveResult, RestoreResult } from '../models/backups.js';
import { method, text } from './schema-helpers.js';

/** Backups, restore and the library's location (issues 7 and 8). Part of the one contract. */

const filePath = text(4_096).min(1, { message: 'give the path of a file' });

export const backupsContract = {
  'backups.list': method<BackupsOverview>()(z.object({})),
  /** "Back up now": a rotating backup, whatever the schedule. */
  'backups.create': method<BackupEntry>()(z.object({})),
  /** Replaces the open library with a backup from the list or another Cuttings library file, keeping a copy of it first. */
  'backups.restore': method<RestoreResult>()(z.object({ path: filePath })),
  /**
   * Copies the library to a new file, checks it and works from there; the old file is left as it
   * was. The caller picks `jobId` to follow it with library.moveProgress and stop it with library.moveCancel.
   */
  'library.move': method<MoveResult>()(z.object({ to: filePath, jobId: text(100).optional() })),
  /** Polled by the UI while a move runs: the transports carry calls, not events. */
  'library.moveProgress': method<{ running: boolean; progress: MoveProgress | null }>()(z.object({ jobId: text(100) })),
  'library.moveCancel': method<{ cancelled: boolean }>()(z.object({ jobId: text(100) })),
} as const;

/** Methods that switch the open library: the core runs them alone, after every other call has finished. */
export const librarySwitchingMethods: ReadonlySet<string> = new Set(['backups.restore', 'library.move']);

/** Methods that never touch the library, so they answer while a move holds it (or the UI could not follow the move). */
export const libraryFreeMethods: ReadonlySet<string> = new Set(['library.moveProgress', 'library.moveCancel']);
