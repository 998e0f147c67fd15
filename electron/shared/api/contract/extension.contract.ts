import { z } from 'zod';
import type { BrowserClipperState, ReceivedClip } from '../../models/browser-clipper.js';
import { method, type NamespaceMethods } from '../schema-helpers.js';

const requestId = z.string().min(1).max(100);

export const extensionContract = {
  /** Where the extension reaches Cuttings, the pairing requests waiting, the paired browsers. */
  'extension.state': method<BrowserClipperState>()(z.object({})),
  /** The user's answer to a pairing request, after comparing its code with the extension's. */
  'extension.answerPairing': method<BrowserClipperState>()(z.object({ id: requestId, allow: z.boolean() })),
  /** Unpairs a browser: its key is refused from now on. */
  'extension.revoke': method<BrowserClipperState>()(z.object({ id: requestId })),
  /** The oldest clip from the browser waiting for the review step, taken; null when none waits. */
  'extension.takeClip': method<ReceivedClip | null>()(z.object({})),
} as const satisfies NamespaceMethods<'extension'>;
