import { escapeRegExp } from '../text/escape-regexp.js';
import { SITE_DOMAIN_ENDINGS, siteKey } from '../text/name-key.js';
import { sameCyrillicWord } from './cyrillic-stems.js';
import { hasOutletWord } from './lexicon/outlet-words.js';
import { RIGHTS_PHRASE } from './lexicon/cruft-phrases.js';
import type { Line } from './lines.js';
import { isGenericMenuWord } from './page-brand.js';
import { selfReference } from './page-site-name.js';
import { isHanOutletName, isPlatformName, pictureCredit, sourceFromFooter } from './source.js';

/**
 * A site's logo is often the first line of a page pasted whole (`Example Times`, then its menu).
 * A menu item can stand there too, so the line counts only when the page gives the same name
 * again away from that menu: in its copyright line, in a line naming the site (`About Example
 * Times`), or, for the page's very first line, alone in its footer.
 */

// The logo sits above the menus, within the page's first lines.
const MASTHEAD_LINES = 12;
// An echo this close is the same menu or header, not a second place naming the site.
const MIN_ECHO_DISTANCE = 20;
const MAX_NAME_WORDS = 4;
const MAX_NAME_CHARS = 30;
const NAME_WORD = new RegExp(
  `^(?:\\p{Lu}[\\p{L}\\p{N}&'’.+-]*|\\p{N}+\\p{L}[\\p{L}\\p{N}]*|[\\p{L}\\p{N}-]+\\.(?:${SITE_DOMAIN_ENDINGS}))$`,
  'u',
);
const MARKED_NAME = /^(?:\p{Lu}?\p{Ll}+(?:\p{Lu}|\p{N})[\p{L}\p{N}]*|\p{N}+\p{L}[\p{L}\p{N}]*|[\p{L}\p{N}-]+\.\p{L}{2,})$/u;
// Lines at the top of any page that are not its name: account and navigation links, dates.
const UTILITY =
  /^(?:skip|sign|log|menu|search|subscribe|register|close|open|toggle|edition|sections?|tips|english|jump|main|primary|accessibility|home|homepage|account)\b|\d{1,2}\s*$/iu;

/** The line as a site's name, when it has a name's shape. */
function asName(text: string): string | null {
  const name = text.trim();
  const words = name.split(/\s+/u);
  if (words.length > MAX_NAME_WORDS || name.length > MAX_NAME_CHARS || UTILITY.test(name)) return null;
  if (!words.every((w) => NAME_WORD.test(w)) || isGenericMenuWord(words[0]!)) return null;
  // One ordinary word (`Markets`, `Guides`) is a menu item as often as a name; a one-word name
  // must look like one: `ExampleNews`, `9to5Example`, `example.com`.
  if (words.length === 1 && !MARKED_NAME.test(name)) return null;
  return siteKey(name).length >= 2 ? name : null;
}

/** Whether a line names the site by this key, in a copyright line or as `About X`, `X Newsletters`. */
function namesSite(text: string, key: string): boolean {
  const footer = sourceFromFooter(text);
  if (footer && siteKey(footer).startsWith(key)) return true;
  const named = selfReference(text);
  return named !== null && siteKey(named) === key;
}

// A logo's text that is an address (`example.com`) names the site by its shape, at the very top.
const DOMAIN_LOGO = new RegExp(`^[\\p{L}\\p{N}-]+\\.(?:${SITE_DOMAIN_ENDINGS})$`, 'iu');
const DOMAIN_LOGO_LINES = 3;
// A logo set in capitals (`EXAMPLE`), one word: a menu heading looks the same, so the story must name it too.
const CAPITALS_LOGO = /^\p{Lu}{4,15}$/u;

/** Whether the page gives an address on the site's domain: `www.example.com/…`, `desk@example.co.uk`. */
function hasOwnAddress(lines: readonly Line[], name: string): boolean {
  const host = new RegExp(`(?:^|[/.@\\s])${escapeRegExp(siteKey(name))}\\.(?:${SITE_DOMAIN_ENDINGS})(?![\\p{L}\\p{N}-])`, 'iu');
  return lines.some((l) => host.test(l.text));
}

/**
 * Whether a line of running text from `from` on names the site mid-sentence, written as a name:
 * `… told Example on Monday`, `… told the Example Courier`.
 */
function namedInProse(lines: readonly Line[], name: string, from: number): boolean {
  const mid = new RegExp(`\\p{L}[,;]?\\s+(?:the\\s+|The\\s+)?${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'u');
  return lines.some((l, j) => j >= from && l.text.length > MAX_NAME_CHARS * 3 && mid.test(l.text));
}

/** Whether the story under the header names the site, as a paper writing of its own reporting does. */
function storyNames(lines: readonly Line[], name: string, from: number): boolean {
  const bare = name.replace(/^the\s+/iu, '');
  // A topic's or a person's name in a trending bar is named by the story too: only an outlet's
  // shape counts (`Example Courier`, `ExampleNews`).
  return (hasOutletWord(bare) || MARKED_NAME.test(bare)) && namedInProse(lines, bare, from);
}

/** The site's address heading the page as its logo's text (`example.com`), or null. */
export function domainLogo(lines: readonly Line[], isFurniture: (i: number) => boolean): string | null {
  for (let i = 0; i < Math.min(lines.length, DOMAIN_LOGO_LINES); i++) {
    const text = lines[i]!.text.trim();
    if (isFurniture(i) && DOMAIN_LOGO.test(text) && !isPlatformName(text)) return text;
  }
  return null;
}

/** The name of the site from its logo line, on a page pasted whole, or null. */
export function siteNameFromMasthead(lines: readonly Line[], isFurniture: (i: number) => boolean, before: number): string | null {
  // A short page's footer is fewer lines from its logo, but the story stands between them.
  const storyBetween = (i: number, j: number) => j > before && lines.some((_, k) => k > i && k < j && !isFurniture(k));
  let first = true;
  for (let i = 0; i < Math.min(before, MASTHEAD_LINES); i++) {
    if (!isFurniture(i)) continue;
    const text = lines[i]!.text.trim();
    if (
      first &&
      CAPITALS_LOGO.test(text) &&
      !UTILITY.test(text) &&
      !isGenericMenuWord(text) &&
      namedInProse(lines, text[0] + text.slice(1).toLowerCase(), before)
    ) {
      return text[0] + text.slice(1).toLowerCase();
    }
    const name = asName(text);
    if (!name) continue;
    const key = siteKey(name);
    // The page's first name-shaped line may be echoed alone (a footer logo) or by an address on
    // its domain; a later one only by a line that names the site, as a menu item's echo is the
    // footer's copy of the menu.
    // At the very top, a name that says it is an outlet (`Example Post`, `Abendkurier`) needs no echo.
    const outletAtTop = first && i <= 1 && /\s/u.test(name) && hasOutletWord(name) && !isGenericMenuWord(text);
    const echoed =
      outletAtTop ||
      (first && (hasOwnAddress(lines, name) || storyNames(lines, name, before))) ||
      lines.some(
        (l, j) =>
          (Math.abs(j - i) >= MIN_ECHO_DISTANCE || (first && i <= 1 && storyBetween(i, j))) &&
          (namesSite(l.text, key) || (first && i <= 1 && siteKey(l.text) === key)),
      );
    if (echoed) return name;
    first = false;
  }
  return null;
}

// A name in sentence case heading a page: `Вечерний курьер`, `Міністерство розвитку громад`.
const SENTENCE_CASE_NAME = /^\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,7}$/u;
const MAX_SENTENCE_NAME_CHARS = 80;
const MIN_HAN_LOGO_CHARS = 4;
const QUOTED = /«\s*([^«»]{2,80}?)\s*»/gu;
const RIGHTS_LINE = new RegExp(`©|\\(c\\)|copyright|${RIGHTS_PHRASE}`, 'iu');

// `Вечерний курьер`, `Примерна газета`: an adjective, then the word that says it is a paper.
const CYRILLIC_PAPER = /^\p{Lu}\p{Script=Cyrillic}+(?:ий|ый|ой|ій|ая|яя|ое|ее|а|я)\s+\p{Script=Cyrillic}+$/u;
// `Le Courrier de l’Anse`, `La Dépêche`: an article, the paper's word, then its place.
const FRENCH_PAPER =
  /^(?:Le|La|Les|L['’])\s*(\p{Lu}[\p{L}'’-]+)(?:\s+(?:(?:de|du|des)\s+|de\s+l['’]|d['’]|l['’])?\p{Lu}[\p{L}'’-]+){0,2}$/u;

/** Whether a name in sentence case or with its particles has a paper's shape: `Вечерний курьер`, `Le Courrier de l’Anse`. */
function isPaperName(name: string): boolean {
  if (CYRILLIC_PAPER.test(name)) return hasOutletWord(name.split(/\s+/u)[1]!);
  const french = FRENCH_PAPER.exec(name);
  return french !== null && hasOutletWord(french[1]!);
}

/** `Вечерний курьер` = `Вечернего курьера`: the same words, perhaps in another case. */
function sameWordsInflected(a: string, b: string): boolean {
  const x = a.toLowerCase().split(/\s+/u);
  const y = b.toLowerCase().split(/\s+/u);
  return x.length === y.length && x.every((w, k) => w === y[k] || sameCyrillicWord(w, y[k]!));
}

/**
 * The page's first line as the site's name when it is written in sentence case, as Russian and
 * Ukrainian write names (`Вечерний курьер`), French ones with their particles (`Le Courrier de
 * l’Est`) and a public body heads its own site (`Міністерство розвитку громад`), which the
 * name-shaped test above cannot tell from a sentence; or a Chinese outlet's name (`某某晚报`). It
 * counts when the page names it again in its furniture: in quotation marks, in any case
 * (`Подпишитесь на рассылку «Вечернего курьера»`), whole in its copyright line, or alone under the
 * story as the footer's logo when it has an outlet's name's shape.
 */
export function sentenceCaseMasthead(lines: readonly Line[], isFurniture: (i: number) => boolean): string | null {
  const first = lines.findIndex((l) => l.text.trim() !== '');
  if (first < 0 || !isFurniture(first)) return null;
  const name = lines[first]!.text.trim();
  const sentenceCase = name.length <= MAX_SENTENCE_NAME_CHARS && SENTENCE_CASE_NAME.test(name) && name.includes(' ');
  if (!sentenceCase && !isHanOutletName(name)) return null;
  // A paper's name in its shape (`Вечерний курьер`, `Le Courrier de l’Anse`) heading the page needs no echo, as in English.
  if (sentenceCase && isPaperName(name)) return name;
  const whole = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'iu');
  // A Chinese outlet's name alone on a line of the footer, under the story, is the footer's logo; a
  // menu's `新闻` is repeated there too, and is only an outlet's word.
  const footerLogo = (j: number) =>
    name.length >= MIN_HAN_LOGO_CHARS &&
    isHanOutletName(name) &&
    lines[j]!.text.trim() === name &&
    lines.some((_, k) => k > first && k < j && !isFurniture(k));
  const echoed = lines.some(
    (l, j) =>
      j > first + 1 &&
      isFurniture(j) &&
      (footerLogo(j) ||
        (RIGHTS_LINE.test(l.text) && whole.test(l.text)) ||
        [...l.text.matchAll(QUOTED)].some((m) => sameWordsInflected(m[1]!, name)) ||
        pictureCredit(l.text)?.toLowerCase() === name.toLowerCase()),
  );
  return echoed ? name : null;
}
