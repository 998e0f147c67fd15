import type { MethodName } from '../api/method-names.js';
import type { Role } from '../api/roles.js';
import type { MoveProgress } from './backups.js';
import type { RereadProgress } from './reread.js';
import type { EntityEditProgress } from './entity-edit.js';
import type { DossierProgress } from './dossier-progress.js';
import type { LibraryImportProgress } from './library-import.js';
import type { Settings } from './settings.js';
import type { TeamConnectionState, TeamSendProgress } from './team-link.js';

/** How far a library export has got: clips written out of all it holds. */
export interface ExportProgress {
  done: number;
  total: number;
}

/** What each kind of long task reports while it runs. */
export interface JobProgressByKind {
  /** A dossier made for a file or a download. */
  dossier: DossierProgress;
  /** A library (or one collection) exported as a Cuttings file. */
  export: ExportProgress;
  /** The library copied to a new place. */
  move: MoveProgress;
  /** A Cuttings export read into the library: its clips checked, then written in batches. */
  import: LibraryImportProgress;
  /** Clips of the personal library sent to a team library. */
  teamSend: TeamSendProgress;
  /** Saved clips' names and quotes read again from their text. */
  reread: RereadProgress;
  /** A name renamed, moved to another index or removed in every clip naming it, or put back. */
  entityEdit: EntityEditProgress;
}

export type JobKind = keyof JobProgressByKind;

/** One report from a job the caller started with its own `jobId`. */
export type JobProgressEvent = {
  [K in JobKind]: { type: 'job.progress'; jobId: string; kind: K; progress: JobProgressByKind[K] };
}[JobKind];

/**
 * What the core tells every listener, whichever transport made the change: the app's window over
 * IPC, a browser tab over server-sent events, the CLI in-process.
 */
export type CoreEvent =
  | JobProgressEvent
  /** A restore or a move put another library file in place; everything read before is stale. */
  | { type: 'library.changed'; path: string }
  /**
   * A write went through this core: from this window or another, a teammate on a team server (or
   * on another server of the same team library), or the browser extension. Lists, counts and an
   * open clip read before may be stale. `method` is null when writes may have gone unheard: a team
   * server that lost its link to the library's other servers for a while.
   */
  | { type: 'library.edited'; method: MethodName | null }
  | { type: 'settings.changed'; settings: Settings }
  /**
   * The browser clipper's state changed: a clip arrived (`clip`), a browser asks to pair
   * (`pairing`), or anything else (`browsers`). Listeners read the state with extension.state.
   */
  | { type: 'extension.changed'; reason: 'clip' | 'pairing' | 'browsers' }
  /** An event of a team library the app is signed in to (a teammate's change), as its server sent it. */
  | { type: 'team.event'; link: string; event: CoreEvent }
  /** A team library's connection changed: reached again, unreachable, or its session ended; `message` says what to do. */
  | { type: 'team.connection'; link: string; state: TeamConnectionState; message: string | null }
  /** An administrator changed the member's role in a team library the app is signed in to. */
  | { type: 'team.role'; link: string; role: Role };

export type CoreEventListener = (event: CoreEvent) => void;
