import { parseClip } from '../../shared/clipper/parse-clip.js';
import type { ClipDraft } from '../../shared/models/clip-draft.js';
import { ApiError } from '../../shared/api/errors.js';
import { MAX_PASTE_CHARS } from '../../shared/api/contract.js';
import { htmlToText } from './html-to-text.js';

export interface Paste {
  text: string;
  html?: string | undefined;
  /** The address the clipboard gave for what was copied, when the platform gives one. */
  url?: string | null | undefined;
}

/** The text the clipper reads: HTML is reduced to article text first, when the paste has it. */
export function pasteText(paste: Paste): string {
  if (paste.html?.trim()) {
    const text = htmlToText(paste.html);
    if (text.trim()) return text;
  }
  return paste.text;
}

export function draftFromPaste(paste: Paste): ClipDraft {
  // The API checks sizes where requests enter; the CLI reads files straight into here.
  if (paste.text.length > MAX_PASTE_CHARS || (paste.html?.length ?? 0) > MAX_PASTE_CHARS) {
    throw new ApiError(
      'too_large',
      `The paste is too long to clip: the limit is ${MAX_PASTE_CHARS.toLocaleString('en')} characters. Paste the article on its own, without the rest of the page.`,
    );
  }
  const text = pasteText(paste);
  if (!text.trim()) {
    throw new ApiError('bad_input', 'The paste is empty. Copy an article’s text (or a web page) and paste it again.');
  }
  return parseClip(text);
}
