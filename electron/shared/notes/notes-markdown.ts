import MarkdownIt from 'markdown-it';

/**
 * Notes are written in Markdown (the notes box says so) and shown the same way in the reader
 * and in dossiers. HTML typed into a note prints as text (`html: false`), single line breaks
 * stay line breaks as typed, and bare addresses become links. markdown-it already refuses
 * javascript: and similar links; its output still goes through each side's sanitiser.
 */
const markdown = new MarkdownIt({ html: false, breaks: true, linkify: true, typographer: false });

/** A note as HTML, before sanitising. */
export function notesToHtml(notes: string): string {
  return markdown.render(notes);
}

/** The tags and attributes a rendered note may keep: what notesToHtml makes, nothing else. */
export const NOTE_TAGS = [
  'p',
  'br',
  'strong',
  'em',
  's',
  'ul',
  'ol',
  'li',
  'blockquote',
  'code',
  'pre',
  'a',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
];
export const NOTE_ATTRIBUTES = ['href', 'title', 'start'];
