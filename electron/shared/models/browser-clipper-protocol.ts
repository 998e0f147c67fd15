/**
 * What the browser extension and Cuttings agree on. Kept free of zod and of any runtime import,
 * so the extension's bundle carries only these constants.
 */

/**
 * The fixed ports on 127.0.0.1 where the desktop app and `cuttings serve` listen for the
 * extension, tried in order: the first free one is taken, so the app and a browser-mode server
 * can run side by side.
 */
export const CLIPPER_PORTS = [47651, 47652, 47653] as const;

/** Routes of the clipper listener; every one is a POST with a JSON body. */
export const CLIPPER_ROUTES = {
  /** Is Cuttings here, and does it know this key? */
  hello: '/clipper/hello',
  /** Asks the user to pair this browser; answers with the code both sides show. */
  pair: '/clipper/pair',
  /** How the user answered a pairing request; carries the key once, when allowed. */
  pairStatus: '/clipper/pair/status',
  /** A clip for the review step. */
  clip: '/clipper/clip',
} as const;

/** The header that carries a paired extension's key. */
export const CLIPPER_KEY_HEADER = 'x-cuttings-clipper-key';

/** The origins browsers give an extension's own pages and service worker: only these may call the listener. */
export const EXTENSION_ORIGIN = /^(?:chrome-extension|moz-extension):\/\/[a-z0-9-]{1,64}$/u;

/** Most meta tags and JSON-LD blocks a clip carries; a page's head rarely has more than a few dozen. */
export const MAX_CLIP_META = 200;
export const MAX_CLIP_JSON_LD = 20;
export const MAX_JSON_LD_CHARS = 200_000;

/** One `<meta>` of the page's head: its property or name, and its content. */
export interface ClipMetaTag {
  key: string;
  value: string;
}

/** What the extension sends for one clip. */
export interface BrowserClipPayload {
  url: string;
  title: string;
  /** The selection's HTML, or the page's article HTML when nothing was selected. */
  html: string;
  /** The same as plain text, as the browser rendered it. */
  text: string;
  /** True when the user selected part of the page. */
  selection: boolean;
  meta: ClipMetaTag[];
  /** The text of each `<script type="application/ld+json">`. */
  jsonLd: string[];
  canonical?: string | undefined;
  lang?: string | undefined;
}

export interface HelloReply {
  app: 'Cuttings';
  /** True when the key sent is one Cuttings knows (not revoked). */
  paired: boolean;
}

export interface PairReply {
  /** The secret the extension asks about the answer with. */
  pairingId: string;
  /** The code the extension and Cuttings both show, for the user to compare. */
  code: string;
}

export type PairStatusReply =
  | { status: 'waiting' }
  | { status: 'refused' }
  /** No such request: it was answered and claimed already, or Cuttings restarted. */
  | { status: 'unknown' }
  /** The key, given this once. */
  | { status: 'allowed'; key: string };

export interface ClipReply {
  /** The clip waits in Cuttings for the review step. */
  received: true;
}
