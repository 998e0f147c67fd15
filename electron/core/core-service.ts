import { libraryFreeMethods, librarySwitchingMethods, type ApiHandlers } from '../shared/api/contract.js';
import type { ApiResult } from '../shared/api/errors.js';
import { announcingWrites, dispatchCall, refusedToPage, type CallRunner } from './dispatch.js';
import { openReadSnapshot, type Db, type OpenOptions } from './db/open-library.js';
import type { SqliteBinding } from './db/sqlite.js';
import { sqliteDatabase } from './db/sqlite-database.js';
import { allHandlers } from './handlers/all-handlers.js';
import { DownloadShelf, type Download } from './transfer/downloads.js';
import { ExportUploads } from './transfer/export-uploads.js';
import { LibrarySession } from './library/library-session.js';
import { userDataFolder } from './library-location.js';
import { readSettings } from './library/settings.repo.js';
import { importFiles, type ImportOptions, type ImportSummary } from './import/import-files.js';
import { dailyBackup, type BackupFile } from './db/auto-backup.js';
import { createEventStream } from '../shared/events/event-stream.js';
import type { CoreEvent, CoreEventListener } from '../shared/models/core-events.js';
import type { PdfRenderer } from './dossier/pdf-renderer.js';
import { createPlaywrightPdfRenderer } from './dossier/playwright-pdf-renderer.js';
import { JobRegistry } from './jobs/job-registry.js';
import { createSerialQueue } from './jobs/serial-queue.js';
import { removeAbandoned } from './transfer/private-temp.js';
import { emptyExpiredTrash } from './library/clip-purge.js';
import { watchExternalChanges } from './db/external-changes.js';
import { ReadOnlyLibraryError } from './db/read-only.js';
import { BrowserClipper } from './browser-clipper/browser-clipper.js';
import { TeamLinks } from './team/remote/team-links.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The core service: one object that implements the API contract over one library file.
 * Every transport (IPC, HTTP, CLI) calls `dispatch`, which validates input at the boundary.
 */
export interface CoreService {
  readonly handlers: ApiHandlers;
  readonly libraryPath: string;
  /** Any method, for callers on this machine: the CLI, the tests. */
  dispatch(method: unknown, args: unknown): Promise<ApiResult<unknown>>;
  /** What a page may call (the app's window over IPC, a browser tab over HTTP): every method but those that write to a path it names. */
  dispatchFromPage(method: unknown, args: unknown): Promise<ApiResult<unknown>>;
  /** Job progress, a switched library, changed settings; returns a function that stops listening. */
  subscribe(listener: CoreEventListener): () => void;
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
  readonly downloads: DownloadShelf;
  /** The browser extension's pairing and clips, for the listener on 127.0.0.1 that the shell or `cuttings serve` starts. */
  readonly browserClipper: BrowserClipper;
  close(): void;
}

export interface CoreOptions extends SqliteBinding {
  /** Where a moved library is remembered; the user's data folder unless a test gives another. */
  userDataFolder?: string;
  /** Prints dossiers; Playwright driving the system Chromium unless the shell gives its own. */
  pdfRenderer?: PdfRenderer;
  /** Told how a long migration is getting on, when the library was made by an older version. */
  onMigrationProgress?: OpenOptions['onMigrationProgress'];
}

export function createCoreService(libraryPath: string, options: CoreOptions = {}): CoreService {
  // Exports waiting for download when an earlier Cuttings died are nobody's now.
  removeAbandoned();
  // Handlers are built over one open database; a restore or a move opens another and they are built again.
  const session = new LibrarySession(libraryPath, { nativeBinding: options.nativeBinding }, options.onMigrationProgress);
  const events = createEventStream<CoreEvent>();
  let pdfRenderer = options.pdfRenderer ?? null;
  const userData = options.userDataFolder ?? userDataFolder();
  const context = {
    session,
    userData,
    jobs: new JobRegistry(events.emit),
    downloads: new DownloadShelf(),
    uploads: new ExportUploads(),
    pdfRenderer: () => (pdfRenderer ??= createPlaywrightPdfRenderer()),
    oneRenderAtATime: createSerialQueue(),
    emit: events.emit,
    browserClipper: new BrowserClipper(userData, events.emit),
    teamLinks: new TeamLinks(userData, events.emit),
  };
  // The asynchronous interface shares the session's connection, so both see one library and one
  // transaction at a time; a snapshot (a long export) reads the file on a connection of its own.
  const libraryOver = (db: Db) => sqliteDatabase(db, { openSnapshot: () => openReadSnapshot(session.path, session.binding) });
  const build = (db: Db): ApiHandlers => allHandlers({ ...context, db, library: libraryOver(db) });
  let handlers = build(session.db);
  session.onSwitch(() => {
    handlers = build(session.db);
    events.emit({ type: 'library.changed', path: session.path });
    // The new file brings its own settings.
    void readSettings(sqliteDatabase(session.db)).then((settings) => events.emit({ type: 'settings.changed', settings }));
  });
  // Another process (the CLI, another browser-mode server) writing to the file makes what every
  // listener read before stale, as a switched library does.
  const stopWatching = watchExternalChanges(
    () => session.db,
    () => events.emit({ type: 'library.changed', path: session.path }),
  );
  let trashTimer: ReturnType<typeof setInterval> | undefined;
  const emptyTrash = () => session.gate.shared(() => emptyExpiredTrash(sqliteDatabase(session.db), new Date()));

  const runInGate: CallRunner = (method, call) =>
    librarySwitchingMethods.has(method)
      ? session.gate.exclusive(call)
      : libraryFreeMethods.has(method)
        ? Promise.resolve(call())
        : session.gate.shared(call);
  const dispatch = announcingWrites(
    (method: unknown, args: unknown): Promise<ApiResult<unknown>> =>
      dispatchCall(() => handlers, method, args, runInGate, { explain: (err) => asReadOnly(err) }),
    events.emit,
  );

  /** A write the file or its folder refused, said as what it is: the library is read-only. */
  const asReadOnly = (err: unknown): unknown => {
    const code = (err as { code?: unknown } | null)?.code;
    const refused =
      (typeof code === 'string' && code.startsWith('SQLITE_READONLY')) ||
      (session.readOnly !== null && (code === 'EACCES' || code === 'EPERM' || code === 'EROFS'));
    return refused ? new ReadOnlyLibraryError(session.path, session.readOnly ?? 'its file or folder cannot be written') : err;
  };
  const refuseIfReadOnly = () => {
    if (session.readOnly) throw new ReadOnlyLibraryError(session.path, session.readOnly);
  };

  return {
    get handlers() {
      return handlers;
    },
    get libraryPath() {
      return session.path;
    },
    dispatch,
    dispatchFromPage(method, args) {
      const refused = refusedToPage(method);
      return refused ? Promise.resolve(refused) : dispatch(method, args);
    },
    subscribe: events.subscribe,
    importFiles: (files, importOptions) =>
      session.gate.shared(() => {
        refuseIfReadOnly();
        return importFiles(libraryOver(session.db), files, importOptions);
      }),
    // A read-only library has no folder to keep backups in, and nothing changes in it to back up.
    dailyBackup: () =>
      session.readOnly
        ? Promise.resolve(null)
        : session.gate.shared(async () => dailyBackup(session.db, session.path, await readSettings(sqliteDatabase(session.db)))),
    scheduleTrashEmptying(onError) {
      clearInterval(trashTimer);
      if (session.readOnly) return Promise.resolve([]);
      trashTimer = setInterval(() => void emptyTrash().catch(onError), DAY_MS);
      trashTimer.unref();
      return emptyTrash();
    },
    takeDownload: (id) => context.downloads.take(id),
    downloads: context.downloads,
    browserClipper: context.browserClipper,
    close() {
      stopWatching();
      context.teamLinks.close();
      clearInterval(trashTimer);
      context.jobs.cancelAll();
      context.downloads.clear();
      context.uploads.clear();
      session.close();
    },
  };
}
