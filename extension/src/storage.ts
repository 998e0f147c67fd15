import type { BrowserClipPayload } from '../../electron/shared/models/browser-clipper-protocol.js';

/** A pairing request waiting for the user's answer in Cuttings. */
export interface PendingPairing {
  pairingId: string;
  code: string;
}

/** Everything the extension keeps, in `storage.local` (this browser profile only). */
export interface Stored {
  /** The key Cuttings gave when the user paired this browser. */
  key?: string;
  pairing?: PendingPairing;
  /** Set when the user refused the last pairing request, or revoked this browser, until it pairs again. */
  unpaired?: 'refused' | 'revoked';
  /** Clips not yet delivered, oldest first: nothing is lost while Cuttings is closed. */
  outbox?: BrowserClipPayload[];
  /** What went wrong with the last delivery, for the popup. */
  problem?: string;
  /** A port of one's own (`cuttings serve --clipper-port N`), tried instead of the fixed ones. */
  port?: number;
}

export async function load(): Promise<Stored> {
  return (await chrome.storage.local.get(null)) as Stored;
}

export async function save(patch: Partial<Stored>): Promise<void> {
  await chrome.storage.local.set(patch);
}

export async function forget(...keys: (keyof Stored)[]): Promise<void> {
  await chrome.storage.local.remove(keys);
}
