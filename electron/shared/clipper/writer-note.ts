import { bareName } from './byline.js';
import { countWords } from './script.js';
import { BIO_VERBS_NOW } from './lexicon/bio-verbs.js';
import { FUNCTION_WORDS } from './lexicon/entity-words.js';

// A column or a letter may close on a note about its writer, and credit no one else: `Jane Doe is
// a retired head teacher and chair of the Friends of the Library.` The note opens on the writer's
// name and a verb that says, in the present, what she is or does (or the dash of `Иван Петров — экономист`).
const NOTE_OPENING = new RegExp(
  String.raw`^((?:\p{Lu}[\p{L}\p{M}'’.-]+\s+){1,2}\p{Lu}[\p{L}\p{M}'’.-]+)\s+(?:(?:${BIO_VERBS_NOW}|преподаёт|викладає)\s|[—–]\s)`,
  'u',
);
const NOTE_MAX_WORDS = 40;

/**
 * The writer a closing note introduces, or null. A person the story speaks of is named in it before
 * (by surname at least); the writer is not.
 */
export function writerOfNote(text: string, story: readonly string[]): string | null {
  const opening = NOTE_OPENING.exec(text);
  if (!opening || countWords(text) > NOTE_MAX_WORDS) return null;
  const name = bareName(opening[1]!);
  // `Für Example ist es …`, `For Example it was …`: a sentence opening on a preposition names no one.
  if (!name || FUNCTION_WORDS.has(name.split(' ')[0]!)) return null;
  const surname = name.split(' ').at(-1)!;
  return story.some((t) => t !== text && t.includes(surname)) ? null : name;
}
