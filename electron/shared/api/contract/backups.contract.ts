import { z } from 'zod';
import type { BackupEntry, BackupsOverview, RestoreResult } from '../../models/backups.js';
import { method, text, type NamespaceMethods } from '../schema-helpers.js';

const filePath = text(4_096).min(1, { message: 'give the path of a file' });

export const backupsContract = {
  'backups.list': method<BackupsOverview>()(z.object({})),
  /** "Back up now": a rotating backup, whatever the schedule. */
  'backups.create': method<BackupEntry>()(z.object({})),
  /** Replaces the open library with a backup from the list or another Cuttings library file, keeping a copy of it first. */
  'backups.restore': method<RestoreResult>()(z.object({ path: filePath })),
} as const satisfies NamespaceMethods<'backups'>;
