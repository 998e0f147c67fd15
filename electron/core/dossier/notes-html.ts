import type { DOMPurify } from 'dompurify';
import { createRequire } from 'node:module';
import { NOTE_ATTRIBUTES, NOTE_TAGS, NOTES_MARKDOWN } from '../../shared/notes/notes-markdown.js';
import { markdownRenderer } from '../markdown-renderer.js';
import { SafeHtml } from './html.js';

const require = createRequire(import.meta.url);
const notesMarkdown = markdownRenderer(NOTES_MARKDOWN);
let purify: DOMPurify | null = null;

/**
 * DOMPurify over jsdom, made on first use: building the window costs more than most dossiers' notes,
 * and loading jsdom takes seconds, which every start of the CLI or `cuttings serve` would pay.
 */
function sanitiser(): DOMPurify {
  if (!purify) {
    const createDOMPurify = require('dompurify') as typeof import('dompurify').default;
    const { JSDOM } = require('jsdom') as typeof import('jsdom');
    purify = createDOMPurify(new JSDOM('').window as unknown as Parameters<typeof createDOMPurify>[0]);
  }
  return purify;
}

/** A clip's notes, written in Markdown, as the sanitised HTML the reader shows too. */
export function notesHtml(notes: string): SafeHtml {
  const clean = sanitiser().sanitize(notesMarkdown().render(notes), { ALLOWED_TAGS: NOTE_TAGS, ALLOWED_ATTR: NOTE_ATTRIBUTES });
  return new SafeHtml(clean);
}
