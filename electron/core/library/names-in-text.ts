import { readPaste } from '../../shared/clipper/read-paste.js';
import type { Derived } from '../../shared/edit/rederive.js';

/** The names and quotes the clipper finds in a clip's title and text, as saved. */
export function namesInText(title: string | null, paragraphs: readonly string[]): Derived {
  const draft = readPaste([title ?? '', ...paragraphs].join('\n\n'));
  return { people: draft.people, places: draft.places, organizations: draft.organizations, quotes: draft.quotes };
}
