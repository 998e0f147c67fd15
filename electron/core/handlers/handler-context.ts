import type { CoreEvent } from '../../shared/models/core-events.js';
import type { Db } from '../db/open-library.js';
import type { LibraryDatabase } from '../db/library-database.js';
import type { PdfRenderer } from '../dossier/pdf-renderer.js';
import type { JobRegistry } from '../jobs/job-registry.js';
import type { LibrarySession } from '../library/library-session.js';
import type { DownloadShelf } from '../transfer/downloads.js';
import type { ExportUploads } from '../transfer/export-uploads.js';
import type { BrowserClipper } from '../browser-clipper/browser-clipper.js';
import type { TeamLinks } from '../team/remote/team-links.js';

/**
 * What the namespaces ported to the asynchronous layer are built over: the library, whichever
 * engine holds it, the event stream, and the core's own tools for long tasks and files. A team
 * library on PostgreSQL has only this.
 */
export interface LibraryContext {
  readonly library: LibraryDatabase;
  emit(event: CoreEvent): void;
  readonly jobs: JobRegistry;
  readonly downloads: DownloadShelf;
  /** Exports the app is sending in pieces, waiting to be imported. */
  readonly uploads: ExportUploads;
  /** Prints dossiers; made on first use, since the default starts a browser. */
  pdfRenderer(): PdfRenderer;
  /** Runs dossier renders one at a time: each drives its own Chromium, and two at once would double the memory. */
  oneRenderAtATime<T>(task: () => Promise<T>): Promise<T>;
  /**
   * The team member making the call being handled, for the edit history, the authors of notes
   * and highlights, and a refused save's "who changed it". Absent, or null, in a personal library.
   */
  member?(): string | null;
}

/** Who makes the call being handled: a team member's name, or null in a personal library. */
export const memberOf = (context: LibraryContext): string | null => context.member?.() ?? null;

/** What every namespace's handlers are built over: a library file, its session and the core's own state. */
export interface HandlerContext extends LibraryContext {
  /** The same SQLite connection as `library`, for the namespaces that still call it directly. */
  readonly db: Db;
  /** The library file in use, which a restore or a move switches. */
  readonly session: LibrarySession;
  /** Where a moved library is remembered. */
  readonly userData: string;
  /** Pairing and clips from the browser extension; it outlives library switches. */
  readonly browserClipper: BrowserClipper;
  /** The team libraries this app signs in to; they outlive library switches too. */
  readonly teamLinks: TeamLinks;
}
