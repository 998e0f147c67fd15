import { z } from 'zod';
import { contract, isMethod, type ApiHandlers, type Method } from '../shared/api/contract.js';
import { ApiError, type ApiResult } from '../shared/api/errors.js';
import { openLibrary, type Db } from './db/open-library.js';
import { clipsHandlers } from './handlers/clips.handlers.js';
import { libraryHandlers } from './handlers/library.handlers.js';
import { searchHandlers } from './handlers/search.handlers.js';
import { compareHandlers } from './handlers/compare.handlers.js';
import { organiseHandlers } from './handlers/organise.handlers.js';
import { dossierHandlers } from './handlers/dossier.handlers.js';
import { settingsHandlers } from './handlers/settings.handlers.js';
import { comparisonsHandlers } from './handlers/comparisons.handlers.js';
import { importHandlers } from './handlers/import.handlers.js';
import { comfortHandlers } from './handlers/comfort.handlers.js';
import { readSettings } from './library/settings.repo.js';
import { importFiles, type ImportOptions, type ImportSummary } from './import/import-files.js';
import { dailyBackup, type BackupFile } from './db/auto-backup.js';

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
  close(): void;
}

export function createCoreService(libraryPath: string): CoreService {
  const db: Db = openLibrary(libraryPath);
  const handlers: ApiHandlers = {
    ...clipsHandlers(db),
    ...searchHandlers(db),
    ...compareHandlers(db),
    ...libraryHandlers(db, libraryPath),
    ...organiseHandlers(db),
    ...dossierHandlers(db),
    ...settingsHandlers(db),
    ...comparisonsHandlers(db),
    ...importHandlers(db),
    ...comfortHandlers(db),
  };

  return {
    handlers,
    libraryPath,
    async dispatch(method, args) {
      if (!isMethod(method)) {
        return fail(new ApiError('unknown_method', `There is no API method called ${JSON.stringify(method)}.`));
      }
      try {
        const parsed = contract[method].input.safeParse(args ?? {});
        if (!parsed.success) throw new ApiError('bad_input', describeZodError(method, parsed.error));
        const handler = handlers[method] as (a: unknown) => unknown;
        return { ok: true, value: await handler(parsed.data) };
      } catch (err) {
        return fail(err);
      }
    },
    importFiles: (files, options) => importFiles(db, files, options),
    dailyBackup: () => dailyBackup(db, libraryPath, readSettings(db)),
    close() {
      db.close();
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
