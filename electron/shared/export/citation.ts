import type { Clip } from '../models/clip.js';
import { escapeHtml } from '../html/escape-html.js';
import { englishDay } from '../text/english-date.js';
import { quoted } from '../text/quotation-marks.js';

/** What a citation names: the clip's fields as the user corrected them. */
export type Citable = Pick<Clip, 'title' | 'byline' | 'source' | 'date' | 'url' | 'paragraphs'>;

/** Words of the text that stand in for a missing headline. */
const UNTITLED_WORDS = 12;

/**
 * A clip as a reference to paste into a brief or an e-mail, in the order newsrooms cite: who wrote
 * it, the headline in quotation marks, the outlet, the day, the address. Parts the clip lacks are
 * left out rather than guessed.
 */
export function citationText(clip: Citable): string {
  return citationParts(clip)
    .map((part) => part.text)
    .join(' ');
}

/** The same citation for pasting into a document, its headline linked to the page it came from. */
export function citationHtml(clip: Citable): string {
  const parts = citationParts(clip).map((part) =>
    part.kind === 'headline' && clip.url ? `<a href="${escapeHtml(clip.url)}">${escapeHtml(part.text)}</a>` : escapeHtml(part.text),
  );
  return parts.join(' ');
}

/** A quote as a brief carries it: in the marks of its language, who said it, then where it was read. */
export interface CitedQuote {
  text: string;
  speaker: string | null;
}

export function quoteCitationText(quote: CitedQuote, clip: Citable & { language: string }): string {
  return `${quoteLine(quote, clip.language)}\n${citationText(clip)}`;
}

export function quoteCitationHtml(quote: CitedQuote, clip: Citable & { language: string }): string {
  return `<p>${escapeHtml(quoteLine(quote, clip.language))}</p><p>${citationHtml(clip)}</p>`;
}

/** A highlight as a brief carries it: the passage in the marks of its language, the note made on it, then where it was read. */
export interface CitedHighlight {
  exact: string;
  note: string;
}

export function highlightCitationText(highlight: CitedHighlight, clip: Citable & { language: string }): string {
  return [quoted(highlight.exact, clip.language), highlight.note.trim(), citationText(clip)].filter(Boolean).join('\n');
}

export function highlightCitationHtml(highlight: CitedHighlight, clip: Citable & { language: string }): string {
  const note = highlight.note.trim();
  return [
    `<p>${escapeHtml(quoted(highlight.exact, clip.language))}</p>`,
    note ? `<p>${escapeHtml(note).replaceAll('\n', '<br>')}</p>` : '',
    `<p>${citationHtml(clip)}</p>`,
  ].join('');
}

function quoteLine(quote: CitedQuote, language: string): string {
  const said = quoted(quote.text, language);
  return quote.speaker ? `${said} — ${quote.speaker}` : said;
}

interface Part {
  kind: 'authors' | 'headline' | 'published' | 'url';
  text: string;
}

function citationParts(clip: Citable): Part[] {
  const parts: Part[] = [];
  if (clip.byline.length > 0) parts.push({ kind: 'authors', text: ending(NAMES.format(clip.byline), '.') });
  parts.push({ kind: 'headline', text: `“${ending(headline(clip), '.')}”` });
  const published = [clip.source, englishDay(clip.date)].filter(Boolean).join(', ');
  if (published) parts.push({ kind: 'published', text: ending(published, '.') });
  if (clip.url) parts.push({ kind: 'url', text: clip.url });
  return parts;
}

function headline(clip: Citable): string {
  if (clip.title?.trim()) return clip.title.trim();
  const words = clip.paragraphs.join(' ').split(/\s+/).filter(Boolean);
  return words.length > UNTITLED_WORDS ? `${words.slice(0, UNTITLED_WORDS).join(' ')}…` : words.join(' ');
}

/** "Ann Lee", "Ann Lee and Bo Chen", "Ann Lee, Bo Chen and Cy Park": the names listed as a British brief writes them. */
const NAMES = new Intl.ListFormat('en-GB', { type: 'conjunction' });

/** Closes a part with a stop unless it already ends in one of its own (a question, an ellipsis). */
function ending(text: string, stop: string): string {
  return /[.?!…]$/.test(text) ? text : text + stop;
}
