import type { MarkdownItOptions } from 'markdown-it';

/**
 * Notes are written in Markdown (the notes box says so) and shown the same way in the reader
 * and in dossiers, both rendering them with markdown-it and these options. HTML typed into a
 * note prints as text (`html: false`), single line breaks stay line breaks as typed, and bare
 * addresses become links. markdown-it already refuses javascript: and similar links; its
 * output still goes through each side's sanitiser.
 */
export const NOTES_MARKDOWN: MarkdownItOptions = { html: false, breaks: true, linkify: true, typographer: false };

/** The tags and attributes a rendered note may keep: what markdown-it makes of a note with NOTES_MARKDOWN, nothing else. */
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
