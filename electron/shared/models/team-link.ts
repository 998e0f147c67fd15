import type { Role } from '../api/roles.js';
import type { AuditEntry } from './team-activity.js';

/**
 * A team library this app has signed in to: a team server's address and the member signed in
 * there. The password is never kept; the session is, until it ends or the member signs out.
 */
export interface TeamLink {
  /** Stable for the server and member: the server's address and the member's name, joined. */
  id: string;
  /** The server's address as the app reaches it (scheme, host and port; no path). */
  server: string;
  /** The server's host name, what the switcher calls the library. */
  name: string;
  member: string;
  role: Role;
  /** False once the session ended (signed out, expired, or refused by the server): sign in again. */
  signedIn: boolean;
}

/** How a team library's connection stands, as the app last found it. */
export type TeamConnectionState = 'connected' | 'unreachable' | 'signed-out';

/** One clip sent to a team library, and what became of it. */
export type SentClip =
  | { clipId: number; outcome: 'sent'; teamClipId: number; title: string | null }
  /** A clip with the same text (or the same page) is in the team library already: nothing was added. */
  | { clipId: number; outcome: 'duplicate'; teamClipId: number; title: string | null }
  | { clipId: number; outcome: 'failed'; title: string | null; message: string };

export interface TeamSendSummary {
  server: string;
  clips: SentClip[];
  /** Parts the team library could not take yet (a server that refuses them), said once for all clips. */
  notices: string[];
  /** Stopped before every clip was sent: those not listed in `clips` were not sent. */
  stopped: boolean;
}

export interface TeamSendProgress {
  done: number;
  total: number;
}

/** A page of a team library's activity log, newest first. */
export interface TeamActivityPage {
  entries: AuditEntry[];
  more: boolean;
}
