import { parseClip } from '../../shared/clipper/parse-clip.js';
import type { ClipDraft } from '../../shared/models/clip-draft.js';
import { ApiError } from '../../shared/api/errors.js';

export interface Paste {
  text: string;
  html?: string | undefined;
}

/** The text the clipper reads: HTML is reduced to article text first, when the paste has it. */
export function pasteText(paste: Paste): string {
  return paste.text;
}

export function draftFromPaste(paste: Paste): ClipDraft {
  const text = pasteText(paste);
  if (!text.trim()) {
    throw new ApiError('bad_input', 'The paste is empty. Copy an article’s text (or a web page) and paste it again.');
  }
  return parseClip(text);
}
