import { CONNECTIVE_AT_END, PREPOSITION_AT_END } from './lexicon/stopwords.js';
import { countWords, startsLower } from './script.js';

// A menu's button ends on a preposition too (`Log in`, `Sign in`), but in fewer words than a phrase cut short.
const PHRASE_WORDS = 3;

// A word in capitals closing a line that is not in capitals throughout is an abbreviation, not the
// preposition or conjunction it spells: a time's `AM`, a time zone's `ET`, a state's `IN` or `ON`.
const ABBREVIATION_AT_END = /(?:^|\s)\p{Lu}{2,}$/u;

// Chinese particles and conjunctions that tie what goes before to what comes after (`的`, `与`,
// `和`), so never close a line a writer ended; few words end in them. The particle `的` opens none.
const HAN_OPEN_END = /[的与和及把或并但]$/u;
const HAN_CLOSED_START = /^的/u;
const HAN_END = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;
const HAN_START = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * Whether a line breaks off where a writer would not end one, so that `next` goes on with the same
 * phrase: the line ends on an article, a preposition or a conjunction (`to`, `für die`, `в`, `і`),
 * on a comma or a word's hyphen, or the next line goes on in lower case; in Chinese or Japanese, a
 * word that opens a phrase ends the line or one that only follows another opens the next.
 */
export function breaksMidPhrase(line: string, next: string): boolean {
  if (startsLower(next) || /[,，、]$|\p{L}-$/u.test(line)) return true;
  if (
    countWords(line) >= PHRASE_WORDS &&
    !closesOnAbbreviation(line) &&
    (PREPOSITION_AT_END.test(`${line} `) || CONNECTIVE_AT_END.test(`${line} `))
  )
    return true;
  return HAN_END.test(line) && HAN_START.test(next) && (HAN_OPEN_END.test(line) || HAN_CLOSED_START.test(next));
}

function closesOnAbbreviation(line: string): boolean {
  return ABBREVIATION_AT_END.test(line) && /\p{Ll}/u.test(line);
}

/** Whether a line and the next run on without a space, as Chinese and Japanese text does. */
export function joinsWithoutSpace(line: string, next: string): boolean {
  return HAN_END.test(line) && HAN_START.test(next);
}
