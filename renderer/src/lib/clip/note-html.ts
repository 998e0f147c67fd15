import DOMPurify from 'dompurify';
import { NOTE_ATTRIBUTES, NOTE_TAGS, notesToHtml } from '../../../../electron/shared/notes/notes-markdown.js';

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
  return purify.sanitize(notesToHtml(notes), { ALLOWED_TAGS: NOTE_TAGS, ALLOWED_ATTR: [...NOTE_ATTRIBUTES, 'target', 'rel'] });
}
