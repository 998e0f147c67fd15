import DOMPurify from 'dompurify';
import MarkdownIt from 'markdown-it';
import { NOTE_ATTRIBUTES, NOTE_TAGS, NOTES_MARKDOWN } from '../../../../electron/shared/notes/notes-markdown.js';

const markdown = new MarkdownIt(NOTES_MARKDOWN);

const purify = DOMPurify(window);
// A link in a note opens beside the app (the desktop app asks first), never in its place.
purify.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A') {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
});

/** A note, written in Markdown, as the sanitised HTML the reader shows: the same rendering as the dossiers'. */
export function noteHtml(notes: string): string {
  return purify.sanitize(markdown.render(notes), { ALLOWED_TAGS: NOTE_TAGS, ALLOWED_ATTR: [...NOTE_ATTRIBUTES, 'target', 'rel'] });
}
