import { api, describeError } from '../api/api.js';
import { toasts } from '../ui/toasts.svelte.js';
import {
  citationHtml,
  citationText,
  highlightCitationHtml,
  highlightCitationText,
  quoteCitationHtml,
  quoteCitationText,
  type CitedQuote,
} from '../../../../electron/shared/export/citation.js';
import type { Clip, HighlightEntry } from '../api/models.js';
import { reader } from './reader.svelte.js';

/** More than a brief's worth of references goes out as a dossier, which lists its sources in full. */
export const MAX_CITATIONS = 200;
const READ_AT_ONCE = 8;

/**
 * Puts the clips' citations on the clipboard, one to a line, as text and as HTML with linked
 * headlines, so they paste into a brief, an e-mail or a chat with the formatting each takes.
 */
export async function copyCitations(ids: readonly number[]): Promise<void> {
  if (ids.length > MAX_CITATIONS) {
    toasts.show(`Citations are copied ${MAX_CITATIONS} at a time; pick fewer clips, or export a dossier, which lists every source.`);
    return;
  }
  try {
    const clips = await readClips(ids);
    await writeClipboard(clips.map(citationText).join('\n'), clips.map((c) => `<p>${citationHtml(c)}</p>`).join(''));
    toasts.show(clips.length === 1 ? 'Copied the citation.' : `Copied ${clips.length.toLocaleString()} citations.`);
  } catch (err) {
    toasts.show(`Could not copy the citation: ${describeError(err)}`);
  }
}

/** The clips, in the order asked for; a few at a time, so a selection of a hundred reads in a moment even from a team server. */
async function readClips(ids: readonly number[]): Promise<Clip[]> {
  const clips: Clip[] = [];
  for (let i = 0; i < ids.length; i += READ_AT_ONCE) {
    clips.push(...(await Promise.all(ids.slice(i, i + READ_AT_ONCE).map(readClip))));
  }
  return clips;
}

/** The clip open in the reader is at hand; any other is read from the library. */
function readClip(id: number): Clip | Promise<Clip> {
  return reader.clip?.id === id ? reader.clip : api.call('clips.get', { id });
}

/** Puts a quote on the clipboard with who said it and the citation of the clip it was read in. */
export async function copyQuote(quote: CitedQuote, clip: Clip): Promise<void> {
  try {
    await writeClipboard(quoteCitationText(quote, clip), quoteCitationHtml(quote, clip));
    toasts.show(quote.speaker ? `Copied the quote of ${quote.speaker}, with its citation.` : 'Copied the quote, with its citation.');
  } catch (err) {
    toasts.show(`Could not copy the quote: ${describeError(err)}`);
  }
}

/**
 * Puts highlights on the clipboard, each as its passage in quotation marks, the note made on it and
 * its clip's citation, a blank line between them, as text and as HTML.
 */
export async function copyHighlights(entries: readonly HighlightEntry[]): Promise<void> {
  if (entries.length > MAX_CITATIONS) {
    toasts.show(`Highlights are copied ${MAX_CITATIONS} at a time; narrow the list with the filters, then copy again.`);
    return;
  }
  try {
    const clipIds = [...new Set(entries.map((h) => h.clipId))];
    const clips = new Map((await readClips(clipIds)).map((c) => [c.id, c]));
    const cited = entries.map((h) => ({ highlight: h, clip: clips.get(h.clipId)! }));
    await writeClipboard(
      cited.map(({ highlight, clip }) => highlightCitationText(highlight, clip)).join('\n\n'),
      cited.map(({ highlight, clip }) => highlightCitationHtml(highlight, clip)).join(''),
    );
    toasts.show(
      entries.length === 1
        ? 'Copied the highlight, with its citation.'
        : `Copied ${entries.length.toLocaleString()} highlights, with their citations.`,
    );
  } catch (err) {
    toasts.show(`Could not copy the highlights: ${describeError(err)}`);
  }
}

async function writeClipboard(text: string, html: string): Promise<void> {
  if (typeof ClipboardItem === 'undefined') return navigator.clipboard.writeText(text);
  const blob = (data: string, type: string) => new Blob([data], { type });
  await navigator.clipboard.write([new ClipboardItem({ 'text/plain': blob(text, 'text/plain'), 'text/html': blob(html, 'text/html') })]);
}
