import { z } from 'zod';
import { MAX_PASTE_CHARS } from '../api/limits.js';
import { MAX_CLIP_JSON_LD, MAX_CLIP_META, MAX_JSON_LD_CHARS, type BrowserClipPayload } from './browser-clipper-protocol.js';

const webAddress = z
  .string()
  .max(4_000)
  .regex(/^https?:\/\/\S+$/iu, { message: 'must be a web address (http or https)' });

/** A clip as the extension sends it, checked where it enters the listener. */
export const browserClipSchema = z.object({
  url: webAddress,
  title: z.string().max(2_000),
  html: z.string().max(MAX_PASTE_CHARS),
  text: z.string().max(MAX_PASTE_CHARS),
  selection: z.boolean(),
  meta: z.array(z.object({ key: z.string().min(1).max(200), value: z.string().max(10_000) })).max(MAX_CLIP_META),
  jsonLd: z.array(z.string().max(MAX_JSON_LD_CHARS)).max(MAX_CLIP_JSON_LD),
  canonical: webAddress.optional(),
  lang: z.string().max(35).optional(),
}) satisfies z.ZodType<BrowserClipPayload>;

export const pairRequestSchema = z.object({ name: z.string().trim().min(1).max(100) });
export const pairStatusRequestSchema = z.object({ pairingId: z.string().min(1).max(100) });

/** A browser the user paired; its key is kept only as a hash. */
export interface PairedBrowser {
  id: string;
  name: string;
  /** ISO date and time. */
  pairedAt: string;
}

/** A browser asking to be paired, waiting for the user's answer. */
export interface PairingRequest {
  id: string;
  name: string;
  code: string;
}

/** What Settings and the pairing dialog show. */
export interface BrowserClipperState {
  /** The port the extension reaches this Cuttings on; null when none could be opened. */
  port: number | null;
  /** Why no port could be opened, saying what to do. */
  problem: string | null;
  requests: PairingRequest[];
  browsers: PairedBrowser[];
  /** Clips received and not yet opened in the review step. */
  waitingClips: number;
}

/** A received clip as the review step opens it, like a paste. */
export interface ReceivedClip {
  text: string;
  html: string;
  url: string;
}
