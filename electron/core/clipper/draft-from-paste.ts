import { readPaste } from '../../shared/clipper/read-paste.js';
import type { ClipDraft } from '../../shared/models/clip-draft.js';
import { ApiError } from '../../shared/api/errors.js';
import { MAX_PASTE_CHARS } from '../../shared/api/contract.js';
import { readHtml, type HtmlReading } from './read-html.js';
import { pasteWorker } from './paste-thread.js';
import type { ParseOptions } from '../../shared/clipper/parse-clip.js';

export interface Paste {
  text: string;
  html?: string | undefined;
  /** The address the clipboard gave for what was copied, when the platform gives one. */
  url?: string | null | undefined;
}

// A page's source copied as text (from a viewer or an editor) opens with a tag and closes an element.
const OPENING_TAG = /^\s*<(?:!doctype|[a-z][a-z0-9]*)[\s>/]/i;
const CLOSING_TAG = /<\/[a-z][a-z0-9]*>/i;

/** Whether a text paste is HTML source, to be read as HTML rather than as its tags' letters. */
export function isMarkupText(text: string): boolean {
  return OPENING_TAG.test(text) && CLOSING_TAG.test(text);
}

/** The text the clipper reads, with what the HTML adds: its article, its address, a notice about the reading. */
async function pasteText(paste: Paste): Promise<HtmlReading> {
  const html = paste.html?.trim() ? paste.html : isMarkupText(paste.text) ? paste.text : null;
  if (html) {
    const reading = await readHtml(html);
    if (reading.text.trim()) return reading;
    return { ...reading, text: paste.text, notice: null, isolated: false };
  }
  return { text: paste.text, url: null, notice: null, title: null, isolated: false, locale: null, writers: [] };
}

/**
 * Texts longer than this are read in the paste worker: a text of megabytes takes seconds to read,
 * and the core's thread serves every window meanwhile. An article, read in a few milliseconds,
 * stays on it and does not wait for the worker to start.
 */
const WORKER_TEXT_CHARS = 20_000;
let workerTextChars = WORKER_TEXT_CHARS;

/**
 * Every text is read in the paste worker from now on, and the worker stays up: for a team server,
 * where the thread that would read an article serves dozens of people, each of whom would wait
 * behind it, and where pastes come all day. Under a read/write mix of fifty people this cuts the
 * answers' 95th percentile by about a third.
 */
export function readEveryPasteInWorker(): void {
  workerTextChars = 0;
  pasteWorker.stayUp();
}
// Generous, since a busy machine runs slower: about five times what a long text takes on an idle one.
const TEXT_TIME_MS = 10_000;
const TEXT_TIME_PER_KB_MS = 10;

async function readText(text: string, options: ParseOptions): Promise<ClipDraft> {
  if (text.length < workerTextChars) return readPaste(text, options);
  const answer = await pasteWorker.run({ kind: 'text', text, options }, TEXT_TIME_MS + (text.length / 1024) * TEXT_TIME_PER_KB_MS);
  if (answer?.kind === 'text') return answer.draft;
  throw new ApiError(
    'too_large',
    'The paste is too long or too tangled to read in time. Paste the article on its own, without the rest of the page, and try again.',
  );
}

export interface PasteReading {
  /** When the paste is read, for a page that dates its article only relatively (`ParseOptions.readAt`); left out when a stored paste is read again. */
  readAt?: Date;
}

export async function draftFromPaste(paste: Paste, reading: PasteReading = {}): Promise<ClipDraft> {
  // The API checks sizes where requests enter; the CLI reads files straight into here.
  if (paste.text.length > MAX_PASTE_CHARS || (paste.html?.length ?? 0) > MAX_PASTE_CHARS) {
    throw new ApiError(
      'too_large',
      `The paste is too long to clip: the limit is ${MAX_PASTE_CHARS.toLocaleString('en')} characters. Paste the article on its own, without the rest of the page.`,
    );
  }
  const { text, url, notice, title, isolated, locale, writers } = await pasteText(paste);
  if (!text.trim()) {
    throw new ApiError('bad_input', 'The paste is empty. Copy an article’s text (or a web page) and paste it again.');
  }
  const draft = await readText(text, {
    isolated,
    locale,
    writers,
    pageUrl: url ?? paste.url,
    ...(reading.readAt ? { readAt: reading.readAt } : {}),
  });
  return {
    ...draft,
    title: title ?? draft.title,
    url: url ?? draft.url ?? null,
    ...(notice ? { notices: [...(draft.notices ?? []), notice] } : {}),
  };
}
