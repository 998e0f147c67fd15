import { readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { createPrivateFile, makePrivateFolder } from './private-files.js';
import { basename, dirname, join } from 'node:path';
import type { BackupEntry } from '../../shared/models/backups.js';
import type { Db } from './open-library.js';

/** Rotating backups in a Backups folder beside the library, newest kept, oldest pruned. */
export const DEFAULT_KEEP = 10;
const DAY_MS = 24 * 60 * 60 * 1000;

export function backupFolder(libraryPath: string): string {
  return join(dirname(libraryPath), 'Backups');
}

export type BackupFile = BackupEntry;

const BACKUP_SUFFIX = '.backup.db';
const BEFORE_RESTORE = '-before-restore-';
const stemOf = (libraryPath: string) => basename(libraryPath).replace(/\.[^.]+$/, '');
const stamp = () => new Date().toISOString().replace(/[:.]/g, '-');

/** Where the library as it was goes when a backup replaces it: listed with the backups, never rotated away. */
export function beforeRestorePath(libraryPath: string): string {
  return join(backupFolder(libraryPath), `${stemOf(libraryPath)}${BEFORE_RESTORE}${stamp()}${BACKUP_SUFFIX}`);
}

export function listBackups(libraryPath: string): BackupFile[] {
  const folder = backupFolder(libraryPath);
  const stem = stemOf(libraryPath);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .filter((n) => n.startsWith(`${stem}-`) && n.endsWith(BACKUP_SUFFIX))
    .map((n): BackupFile => {
      const stat = statSync(join(folder, n));
      const kind = n.includes(BEFORE_RESTORE) ? 'before-restore' : 'scheduled';
      return { path: join(folder, n), name: n, createdAt: stat.mtime.toISOString(), bytes: stat.size, kind };
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** A consistent copy through SQLite's online backup, written beside its place and renamed in. */
export async function rotateBackup(db: Db, libraryPath: string, keep = DEFAULT_KEEP): Promise<BackupFile> {
  const folder = backupFolder(libraryPath);
  makePrivateFolder(folder);
  const target = join(folder, `${stemOf(libraryPath)}-${stamp()}${BACKUP_SUFFIX}`);
  const temp = `${target}.partial`;
  try {
    createPrivateFile(temp);
    await db.backup(temp);
    renameSync(temp, target);
  } finally {
    rmSync(temp, { force: true });
  }
  const scheduled = listBackups(libraryPath).filter((b) => b.kind === 'scheduled');
  for (const old of scheduled.slice(Math.max(1, keep))) rmSync(old.path, { force: true });
  return listBackups(libraryPath).find((b) => b.path === target)!;
}

const SCHEDULE_MS = { daily: DAY_MS, weekly: 7 * DAY_MS } as const;

export interface BackupPlan {
  backupSchedule: 'daily' | 'weekly' | 'off';
  backupKeep: number;
}

/** Called when the app or browser mode starts and when the app quits; backs up when the plan says one is due. */
export async function dailyBackup(
  db: Db,
  libraryPath: string,
  plan: BackupPlan = { backupSchedule: 'daily', backupKeep: DEFAULT_KEEP },
): Promise<BackupFile | null> {
  if (plan.backupSchedule === 'off') return null;
  const newest = listBackups(libraryPath).find((b) => b.kind === 'scheduled');
  if (newest && Date.now() - Date.parse(newest.createdAt) < SCHEDULE_MS[plan.backupSchedule]) return null;
  return rotateBackup(db, libraryPath, plan.backupKeep);
}
