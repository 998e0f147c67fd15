import { MAX_PASTE_CHARS } from '../shared/api/contract.js';
import type { AppCommand } from '../shared/models/app-commands.js';

export type ClipboardClip = { command: AppCommand } | { problem: string };

/**
 * What the global shortcut does with the clipboard: the HTML when there is some (it keeps the
 * article's paragraphs and links), with its plain text beside it for the review step.
 */
export function clipboardClip(text: string, html: string, url?: string): ClipboardClip {
  const hasHtml = html.trim() !== '' && html.length <= MAX_PASTE_CHARS;
  if (text.trim() === '' && !hasHtml) {
    return { problem: 'The clipboard holds no text. Copy an article in your browser or mail first, then try again.' };
  }
  if (text.length > MAX_PASTE_CHARS) {
    return {
      problem: `The clipboard holds more than ${MAX_PASTE_CHARS.toLocaleString('en')} characters, too much for one clip. Copy just the article.`,
    };
  }
  return { command: { name: 'review-paste', text, ...(hasHtml ? { html } : {}), ...(url ? { url } : {}) } };
}
