// The site's name read from the top of a page pasted whole, confirmed by what else the page shows.
import { escapeRegExp } from '../text/escape-regexp.js';
import { isCruftLine } from './cruft.js';
import type { Line } from './lines.js';
import { isGenericMenuWord } from './page-brand.js';
import { INBOX_AFTER, INBOX_BEFORE } from './lexicon/self-naming.js';

// The logo sits above the menus, within the page's first lines.
const TOP_LINES = 12;
const MAX_NAME_WORDS = 6;
const MAX_NAME_CHARS = 60;
const MIN_ONE_WORD_CHARS = 4;
// A name's words are capitalised, but for the small words between them: `Authority of the Port`.
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{N}&'’.+-]*|of|and|the|for|on|de|du|des|la|le|di|del|für|der|und|et)$/u;
// A glued logo: the page's text copy joins the logo to the tagline or menu after it (`ExampleNews and analysis`).
const GLUE = /(?<=\p{Ll})(?=\p{Lu})/u;
// Lines at the top of any page that are not its name: account and navigation links.
const UTILITY = /^(?:skip|sign|log|menu|search|subscribe|register|close|open|toggle|jump|main|accessibility|account|cookie)/iu;
// Where the rest of an echo is a sentence or an address, not a menu's row of capitalised items.
const PROSE_OR_ADDRESS = /(?:^|\s)\p{Ll}{2,}|\p{N}/u;

/** The names a line at the top of a page may give: the line whole, and the head a glued tagline or menu follows. */
function namesOf(text: string): string[] {
  const glued = text.split(GLUE)[0]!.trim();
  return [...new Set([text, glued])].filter(isNameShaped);
}

function isNameShaped(name: string): boolean {
  const words = name.split(/\s+/u);
  if (words.length > MAX_NAME_WORDS || name.length > MAX_NAME_CHARS || UTILITY.test(name)) return false;
  // `The Example` is a name as much as `Example`; `Latest News` is a menu's.
  const lead = words.length > 1 && /^the$/iu.test(words[0]!) ? words[1]! : words[0]!;
  if (!/^\p{Lu}/u.test(name) || !words.every((w) => NAME_WORD.test(w)) || isGenericMenuWord(lead)) return false;
  return words.length > 1 || name.length >= MIN_ONE_WORD_CHARS;
}

/**
 * Whether a line below the story names the site as its own: opening the line before a separator
 * or a verb (`Example · Independent since 2017`, `Example is a member of …`, `About the Example
 * Authority: …`), or offering itself to readers by mail (`Get Example in your inbox`). The name's
 * patterns are made once, for all the lines they are tried on.
 */
function echoesOf(name: string): (text: string) => boolean {
  const n = escapeRegExp(name);
  const opening = new RegExp(
    `^(?:about\\s+(?:the\\s+)?)?${n}\\s*(?:[·|•:,]|\\s[–—-]\\s|\\s(?:is|was|has|ist|est|a|є|является)\\s)(.*)$`,
    'iu',
  );
  const inbox = new RegExp(`(?:^|\\s)${INBOX_BEFORE}(?:the\\s+)?${n}\\s+${INBOX_AFTER}`, 'iu');
  return (text) => {
    const opened = opening.exec(text.trim());
    return opened ? PROSE_OR_ADDRESS.test(opened[1]!) : inbox.test(text);
  };
}

/**
 * The site's name from the top of a page pasted whole, when a line of furniture below the story
 * opens on it or asks readers to take it: the page speaking of itself. The top line counts whole
 * (a public body's name is longer than a paper's) or by its head, where the page's text copy
 * glues the logo to its tagline or menu (`ExampleFact checksExplainers`).
 */
export function footerEchoedName(lines: readonly Line[], isFurniture: (i: number) => boolean, bodyStart: number): string | null {
  for (let i = 0; i < Math.min(bodyStart, TOP_LINES); i++) {
    if (!isFurniture(i)) continue;
    for (const name of namesOf(lines[i]!.text.trim())) {
      const echoes = echoesOf(name);
      if (lines.some((l, j) => j > bodyStart && isFurniture(j) && echoes(l.text))) return name;
    }
  }
  return null;
}

// A tagline: a phrase in lower case after its first word, as long as a line of a header, with no full stop.
const TAGLINE = /^\p{Lu}[^.!?]*$/u;
const MIN_TAGLINE_WORDS = 4;
const MAX_TAGLINE_CHARS = 90;

function isTagline(text: string): boolean {
  // `Skip to main content` under a logo is a link of the page's own, in a tagline's shape.
  if (isCruftLine(text)) return false;
  const words = text.split(/\s+/u);
  const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length;
  return TAGLINE.test(text) && text.length <= MAX_TAGLINE_CHARS && words.length >= MIN_TAGLINE_WORDS && lower * 2 >= words.length;
}

/**
 * The name heading a page pasted whole when the tagline under it says what the site is
 * (`Example Diaries`, `Baking and occasionally failing in a small kitchen`), as a blog heads
 * every page: a name of two words or more, as a menu item seldom is.
 */
export function nameOverTagline(lines: readonly Line[], isFurniture: (i: number) => boolean): string | null {
  const [first, second] = lines.flatMap((l, i) => (l.text.trim() ? [i] : [])).slice(0, 2);
  if (first === undefined || second === undefined || !isFurniture(first) || !isFurniture(second)) return null;
  const name = lines[first]!.text.trim();
  return name.includes(' ') && isNameShaped(name) && isTagline(lines[second]!.text.trim()) ? name : null;
}
