import type { Migration } from './migration.js';
import { init } from './0010-init.js';

/** Every migration, in order. Forward-only: a shipped migration is never edited, only followed. */
export const migrations: readonly Migration[] = [init];

export const latestVersion = migrations[migrations.length - 1]!.version;
