import { z } from 'zod';
import { contract, isMethod, type ApiHandlers, type Method } from '../shared/api/contract.js';
import { ApiError, type ApiResult } from '../shared/api/errors.js';
import { libraryFreeMethods, librarySwitchingMethods } from '../shared/api/backups-contract.js';
import type { Db } from './db/open-library.js';
import { clipsHandlers } from './handlers/clips.handlers.js';
import { libraryHandlers } from './handlers/library.handlers.js';
import { searchHandlers } from './handlers/search.handlers.js';
import { compareHandlers } from './handlers/compare.handlers.js';
import { organiseHandlers } from './handlers/organise.handlers.js';
import { dossierHandlers } from './handlers/dossier.handlers.js';
import { settingsHandlers } from './handlers/settings.handlers.js';
import { comparisonsHandlers } from './handlers/comparisons.handlers.js';
import { importHandlers } from './handlers/import.handlers.js';
import { exportHandlers } from './handlers/export.handlers.js';
import { takeDownload, type Download } from './transfer/downloads.js';
import { backupsHandlers } from './handlers/backups.handlers.js';
import { LibrarySession } from './library/library-session.js';
import { userDataFolder } from './library-location.js';
import { comfortHandlers } from './handlers/comfort.handlers.js';
import { trashHandlers } from './handlers/trash.handlers.js';
import { readSettings } from './library/settings.repo.js';
import { importFiles, type ImportOptions, type ImportSummary } from './import/import-files.js';
import { dailyBackup, type BackupFile } from './db/auto-backup.js';
import { emptyExpiredTrash } from './library/clip-purge.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The core service: one object that implements the API contract over one library file.
 * Every transport (IPC, HTTP, CLI) calls `dispatch`, which validates input at the boundary.
 */
export interface CoreService {
  readonly handlers: ApiHandlers;
  readonly libraryPath: string;
  dispatch(method: unknown, args: unknown): Promise<ApiResult<unknown>>;
  /** Files on this machine into the library, by path (the CLI); the app sends file contents through import.files. */
  importFiles(files: readonly string[], options?: ImportOptions): Promise<ImportSummary>;
  /** A rotating backup when the schedule in settings says one is due (on start and on quit); null when none was. */
  dailyBackup(): Promise<BackupFile | null>;
  /**
   * Deletes for good the clips longer in the Trash than the library's setting allows (none when it
   * keeps them): now, then once a day until close. Resolves with what the first run deleted.
   */
  scheduleTrashEmptying(onError: (err: Error) => void): Promise<number[]>;
  /** A finished export by its downloadId, once (browser mode's /download route, the shell's save dialog); null when unknown or taken. */
  takeDownload(id: string): Download | null;
  close(): void;
}

export interface CoreOptions {
  /** Where a moved library is remembered; the user's data folder unless a test gives another. */
  userDataFolder?: string;
}

export function createCoreService(libraryPath: string, options: CoreOptions = {}): CoreService {
  // Handlers are built over one open database; a restore or a move opens another and they are built again.
  const session = new LibrarySession(libraryPath);
  const build = (db: Db): ApiHandlers => ({
    ...clipsHandlers(db),
    ...searchHandlers(db),
    ...compareHandlers(db),
    ...libraryHandlers(db, session.path),
    ...organiseHandlers(db),
    ...dossierHandlers(db),
    ...settingsHandlers(db),
    ...comparisonsHandlers(db),
    ...importHandlers(db),
    ...comfortHandlers(db),
    ...trashHandlers(db),
    ...exportHandlers(db),
    ...backupsHandlers(session, options.userDataFolder ?? userDataFolder()),
  });
  let handlers = build(session.db);
  session.onSwitch(() => (handlers = build(session.db)));
  let trashTimer: ReturnType<typeof setInterval> | undefined;
  const emptyTrash = () => session.gate.shared(() => emptyExpiredTrash(session.db, new Date()));

  return {
    get handlers() {
      return handlers;
    },
    get libraryPath() {
      return session.path;
    },
    async dispatch(method, args) {
      if (!isMethod(method)) {
        return fail(new ApiError('unknown_method', `There is no API method called ${JSON.stringify(method)}.`));
      }
      try {
        const parsed = contract[method].input.safeParse(args ?? {});
        if (!parsed.success) throw new ApiError('bad_input', describeZodError(method, parsed.error));
        const run = () => (handlers[method] as (a: unknown) => unknown)(parsed.data);
        const value = librarySwitchingMethods.has(method)
          ? await session.gate.exclusive(run)
          : libraryFreeMethods.has(method)
            ? await run()
            : await session.gate.shared(run);
        return { ok: true, value };
      } catch (err) {
        return fail(err);
      }
    },
    importFiles: (files, importOptions) => session.gate.shared(() => importFiles(session.db, files, importOptions)),
    dailyBackup: () => session.gate.shared(() => dailyBackup(session.db, session.path, readSettings(session.db))),
    scheduleTrashEmptying(onError) {
      clearInterval(trashTimer);
      trashTimer = setInterval(() => void emptyTrash().catch(onError), DAY_MS);
      trashTimer.unref();
      return emptyTrash();
    },
    takeDownload,
    close() {
      clearInterval(trashTimer);
      session.close();
    },
  };
}

function describeZodError(method: Method, error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return `The input to ${method} is not valid.`;
  const where = first.path.length ? first.path.join('.') : 'input';
  if (first.code === 'too_big') return `The ${where} given to ${method} is too large: ${first.message}.`;
  return `The ${where} given to ${method} is not valid: ${first.message}.`;
}

export function fail(err: unknown): { ok: false; error: { code: ApiError['code']; message: string } } {
  if (err instanceof ApiError) return { ok: false, error: err.toBody() };
  const message = err instanceof Error ? err.message : String(err);
  return { ok: false, error: { code: 'internal', message: `Something went wrong inside Cuttings: ${message}` } };
}
