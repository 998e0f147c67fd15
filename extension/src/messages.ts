import type { Connection } from './cuttings-connection.js';

/** What the popup asks the background for. */
export type Request = { type: 'status' } | { type: 'pair' } | { type: 'clip'; tabId: number };

/** What the popup shows: where this browser stands, clips waiting, and the last problem. */
export interface Report {
  connection: Connection;
  waiting: number;
  problem: string | null;
  /** Set after a clip: sent to Cuttings, or kept here until Cuttings takes it. */
  clipped?: 'sent' | 'kept';
  /** Why a clip could not be taken from the page. */
  clipProblem?: string;
}
