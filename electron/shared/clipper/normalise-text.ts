import { MONTH_PATTERN } from './lexicon/months.js';

/**
 * The pasted text made safe and uniform for the extractors: one line-ending style, no control
 * characters, no lone surrogates, and the typographic spaces (French no-break spaces, the CJK
 * ideographic space) read as ordinary spaces so that one pattern serves every language.
 */

/** Longest text the clipper reads; the API refuses bigger pastes before they get here. */
export const MAX_CLIP_CHARS = 5_000_000;

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200D\u2060\uFEFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// A pull quote's button to post it, which the copy glues to the quote: `… online business.Click To Tweet`.
const TWEET_BUTTON = /(?<=\S) *(?:click|tap) to tweet *$/gimu;
// A person's name with a pop-up card the copy glues to it: the name again, the person's latest
// headlines, then the card's `MORE` link (`Rep. Ann ReyesAnn ReyesCouncil votes … MORE (D-Ore.)`).
const NAME_CARD = /(\p{Lu}\p{Ll}+)((?: \p{Lu}[\p{L}'’-]+){1,3})\1(?=[ \p{Lu}])[^\n]{0,1000}? MORE(?= )/gu;
// A header's parts the copy glues to the name before them: `By Jane DoeWith reporting by John Roe14 January 2026`,
// `By Jane DoeMarch 14, 2026`.
// Months as a header writes them, in lower case or capitalised; the match is case-sensitive so that
// the letter before the glue is a lower-case one.
const MONTHS_AS_WRITTEN = MONTH_PATTERN.split('|')
  .flatMap((m) => [m, m[0]!.toUpperCase() + m.slice(1)])
  .join('|');
const GLUED_HEADER_PART = new RegExp(
  `(?<=\\p{Ll})(?=(?:With|Additional) reporting by\\s|\\d{1,2}\\.?\\s(?:${MONTHS_AS_WRITTEN})\\.?\\s\\d{4}(?!\\d)|(?:${MONTHS_AS_WRITTEN})\\.?\\s\\d{1,2},?\\s\\d{4}(?!\\d))`,
  'gu',
);
const WIDE_SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

// A menu's links copied from a page keep the gap the page left between them: a run of spaces
// (`News  Sport  Weather`). Read as one space, they would make a line of words that could be a
// headline; a bar keeps them a menu's items. A browser copies a table's cells with tabs between
// them, so a tab is a table's sign, not a menu's; and Chinese parts the names of a credit with the
// ideographic space (after `本报记者`, between two reporters' names), so that one is no menu's sign.
const ITEM_GAP = /[ \u00A0]{2,}/u;
// The lines that hold such a gap; the rest of the paste is left as it is.
const GAPPED_LINE = new RegExp(`^.*${ITEM_GAP.source}.*$`, 'gmu');
const MIN_MENU_ITEMS = 3;
const MAX_ITEM_WORDS = 4;
const MAX_ITEM_CHARS = 30;
const isMenuItem = (item: string) =>
  item.length <= MAX_ITEM_CHARS && item.split(' ').length <= MAX_ITEM_WORDS && /\p{L}/u.test(item) && !/[.!?。！？,，;]$/u.test(item);

function menuGapsAsBars(line: string): string {
  const items = line
    .split(ITEM_GAP)
    .map((item) => item.trim())
    .filter(Boolean);
  return items.length >= MIN_MENU_ITEMS && items.every(isMenuItem) ? items.join(' | ') : line;
}

export function normaliseText(raw: string): string {
  return raw
    .slice(0, MAX_CLIP_CHARS)
    .replace(/\r\n?|\u2028|\u2029|\u0085/g, '\n')
    .replace(CONTROL, '')
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(GAPPED_LINE, menuGapsAsBars)
    .replace(WIDE_SPACES, ' ')
    .replace(TWEET_BUTTON, '')
    .replace(NAME_CARD, '$1$2')
    .replace(GLUED_HEADER_PART, ' · ')
    .normalize('NFC');
}
