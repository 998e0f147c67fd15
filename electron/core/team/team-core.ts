import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { ApiError, type ApiResult } from '../../shared/api/errors.js';
import type { Method } from '../../shared/api/contract.js';
import { createEventStream } from '../../shared/events/event-stream.js';
import type { CoreEvent, CoreEventListener } from '../../shared/models/core-events.js';
import type { PostgresLibrary } from '../db/postgres-database.js';
import { mergeWhenIdle } from '../db/pending-index-entries.js';
import { announcingWrites, dispatchCall, refusedToPage } from '../dispatch.js';
import { portableHandlers } from '../handlers/portable-handlers.js';
import type { LibraryContext } from '../handlers/handler-context.js';
import type { PdfRenderer } from '../dossier/pdf-renderer.js';
import { createPlaywrightPdfRenderer } from '../dossier/playwright-pdf-renderer.js';
import { JobRegistry } from '../jobs/job-registry.js';
import { createSerialQueue } from '../jobs/serial-queue.js';
import { DownloadShelf, type Download } from '../transfer/downloads.js';
import { ExportUploads } from '../transfer/export-uploads.js';
import { sendNotice } from './library-notice.js';
import { hearOtherServers } from './other-servers.js';
import { teamLibraryInfo } from './team-library-info.js';

/**
 * The core of a team library: the contract over a PostgreSQL library (an already open
 * LibraryDatabase), for the team server. It answers the methods written once for both engines
 * (portableHandlers); every other method is refused in words, never carried out elsewhere.
 * Several team servers may serve one library: each announces its writes to the others through
 * PostgreSQL, and passes theirs on to its own subscribers as its own.
 */
export interface TeamCore {
  /** One call, made by the team member named (their name goes into what the call writes). */
  dispatch(method: unknown, args: unknown, member?: string): Promise<ApiResult<unknown>>;
  dispatchFromPage(method: unknown, args: unknown, member?: string): Promise<ApiResult<unknown>>;
  subscribe(listener: CoreEventListener): () => void;
  /**
   * Calls `listener` whenever a role, a member or a session of the library changes, from any
   * process, or may have changed unheard (after a lost connection); returns how to stop.
   */
  onAccountsChanged(listener: () => void): () => void;
  /** Resolves once the core hears the writes other servers of the library make (or is closed). */
  readonly hearsOtherServers: Promise<void>;
  /** A finished export or dossier by its downloadId, once; null when unknown or taken. */
  takeDownload(id: string): Download | null;
  /** Stops running jobs, stops listening to other servers, drops waiting files and closes the library (and its pool). */
  close(): Promise<void>;
}

/**
 * The browser clipper is paired with one computer, not with a library: the extension reaches
 * the Cuttings running there on 127.0.0.1, with a key that Cuttings keeps for that browser. A
 * team server is elsewhere, behind a proxy, serving many people, so no extension can reach it
 * that way, nor could a pairing asked for there be told from another member's. A member clips
 * into a team library through the app on their computer instead: what the clipper sends opens
 * in that app's review step and is saved to the library the app shows, personal or team.
 */
const CLIPPER_IS_PER_COMPUTER =
  'The browser clipper is paired with the Cuttings app on your own computer, not with a team server. Open this team library in the app (File ▸ Open Team Library…), pair the clipper there (Settings ▸ Browser clipper), and clips from your browser are saved to the team library while the app shows it.';

/** What to do instead, for the methods about a library file or this computer that a database on a server has no use for. */
const FILE_ONLY: Partial<Record<Method, string>> = {
  'extension.state': CLIPPER_IS_PER_COMPUTER,
  'extension.answerPairing': CLIPPER_IS_PER_COMPUTER,
  'extension.revoke': CLIPPER_IS_PER_COMPUTER,
  'extension.takeClip': CLIPPER_IS_PER_COMPUTER,
  'backups.list':
    'A team library has no backup files of its own: the team’s administrator backs up its PostgreSQL database with pg_dump and restores it with pg_restore (docs/team-server.md, “Back up and restore”).',
  'backups.create':
    'A team library is not backed up from the app: the team’s administrator backs up its PostgreSQL database with pg_dump (docs/team-server.md, “Back up and restore”). To keep a copy of your own, export the library (File ▸ Export library…).',
  'backups.restore':
    'A team library is restored by the team’s administrator with pg_restore from a pg_dump backup (docs/team-server.md, “Back up and restore”), not from the app.',
  'library.move':
    'A team library lives in a PostgreSQL database, not in a file that can be moved. To move it to another server, the administrator dumps it with pg_dump and restores it there (docs/team-server.md).',
  'library.moveCancel': 'A team library lives in a PostgreSQL database, so there is no move of a library file to stop.',
};

export function notInTeamLibrary(method: Method): ApiError {
  return new ApiError(
    'not_available',
    FILE_ONLY[method] ??
      `${method} is not available in a team library yet. Use it in a personal library (File ▸ Open library…), or ask your administrator which features the team server offers.`,
  );
}

export interface TeamCoreOptions {
  /** Prints dossiers; Playwright driving the system Chromium unless given another. */
  pdfRenderer?: PdfRenderer;
  /** Where the core tells of losing and regaining its link to the library's other servers; stderr unless given. */
  log?: (line: string) => void;
}

const toStderr = (line: string) => process.stderr.write(`${line}\n`);

/** `address` names the library for people (the database's host and name, never its password). */
export function createTeamCore(library: PostgresLibrary, address: string, options: TeamCoreOptions = {}): TeamCore {
  const events = createEventStream<CoreEvent>();
  // New at each start, so a server restarted at once is not taken for its former self.
  const server = randomUUID();
  const accountListeners = new Set<() => void>();
  const otherServers = hearOtherServers({
    // The pool's own settings: the address, credentials and TLS.
    settings: library.pool.options,
    server,
    onEdit: (method) => events.emit({ type: 'library.edited', method }),
    onAccounts: () => accountListeners.forEach((listener) => listener()),
    log: options.log ?? toStderr,
  });
  const notices = new Set<Promise<unknown>>();
  /**
   * Announces a write to this core's subscribers, then to the other servers, once the call has
   * succeeded rather than inside its transaction: a call may commit in many transactions (an
   * import's batches, a reread) or in a statement outside any, and only its end knows that the
   * whole of it went through, so both announcements say the same, once. A notice that cannot be
   * sent is dropped: the database is then away for the other servers too, as a rule, and a server
   * whose listening connection was lost has its pages read the library again once it is back. A
   * server killed between a commit and its notice leaves the others' pages to show that write at
   * their next read.
   */
  const announce = (event: CoreEvent) => {
    events.emit(event);
    if (event.type !== 'library.edited' || event.method === null) return;
    const sent = library.run(sendNotice({ method: event.method, server })).catch(() => undefined);
    notices.add(sent);
    void sent.finally(() => notices.delete(sent));
  };
  let pdfRenderer = options.pdfRenderer ?? null;
  // The member whose call is running, followed through its awaits: many members' calls interleave.
  const caller = new AsyncLocalStorage<string>();
  const context: LibraryContext = {
    library,
    emit: events.emit,
    jobs: new JobRegistry(events.emit),
    downloads: new DownloadShelf(),
    uploads: new ExportUploads(),
    pdfRenderer: () => (pdfRenderer ??= createPlaywrightPdfRenderer()),
    oneRenderAtATime: createSerialQueue(),
    member: () => caller.getStore() ?? null,
  };
  const handlers = {
    ...portableHandlers(context),
    'library.info': () => teamLibraryInfo(library, address),
  };
  const announced = announcingWrites(
    (method: unknown, args: unknown) =>
      dispatchCall(
        () => handlers,
        method,
        args,
        async (_method, call) => call(),
        { missing: notInTeamLibrary },
      ),
    announce,
  );
  // Saves leave their index entries pending; they are merged while nobody is waiting for an answer.
  const merger = mergeWhenIdle(library);
  const dispatch = async (method: unknown, args: unknown, member?: string) => {
    try {
      return await (member === undefined ? announced(method, args) : caller.run(member, () => announced(method, args)));
    } finally {
      merger.called();
    }
  };
  return {
    dispatch,
    dispatchFromPage: (method, args, member) =>
      Promise.resolve(refusedToPage(method)).then((refused) => refused ?? dispatch(method, args, member)),
    subscribe: events.subscribe,
    onAccountsChanged: (listener) => {
      accountListeners.add(listener);
      return () => accountListeners.delete(listener);
    },
    hearsOtherServers: otherServers.listening,
    takeDownload: (id) => context.downloads.take(id),
    close: async () => {
      context.jobs.cancelAll();
      context.downloads.clear();
      context.uploads.clear();
      await otherServers.close();
      await merger.close();
      await Promise.all(notices);
      await library.close();
    },
  };
}
