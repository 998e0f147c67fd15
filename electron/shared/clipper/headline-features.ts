import { nameBeforeOutlet, namesOnly, namesThenOutlet } from './byline.js';
import { STOPWORDS } from '../compare/stopwords.js';
import { wordSet } from '../compare/word-set.js';
import { normalisedWords } from '../dedupe/minhash.js';
import { READ_ON_LINK } from './lexicon/cruft-phrases.js';
import { SECTION_WORDS } from './lexicon/section-words.js';
import type { Line } from './lines.js';
import { countWords, endsSentence } from './script.js';
import { isOutletName } from './source.js';
import { isHeadlineLike } from './title.js';
import {
  creditUnder,
  distance,
  FULL_STOP,
  isBoilerplate,
  isContentsLink,
  isCredit,
  isEntryHeading,
  isMasthead,
  opensOnCredit,
  SENTENCE_BREAK,
  STANDFIRST_MIN_WORDS,
  WINDOW,
  type HeaderRole,
} from './headline-signals.js';

/**
 * What a candidate line of a whole page's header looks like, as numbers a model weighs: its shape,
 * case and punctuation, the classes of its words, the credits and lines around it, what the page
 * prints again. Every feature is generic: nothing names a site or a phrase of one page.
 */
export const HEADLINE_FEATURES = [
  // The hand-set signals the headline was first picked by.
  'headlineLength',
  'overlong',
  'fullStop',
  'sentences',
  'caseless',
  'noticeOrCredit',
  'masthead',
  'dashOpening',
  'figures',
  'creditUnder',
  'creditAbove',
  'contents',
  'printedNear',
  'headsStandfirst',
  'underHeadlineLike',
  'standfirst',
  'teaser',
  'distance',
  'creditedBelow',
  // More of the same kinds, for the model to weigh.
  'boilerplate',
  'creditLike',
  'glued',
  'capitals',
  'shortOverSentence',
  'overLonger',
  'underShorter',
  'creditWord',
  'menuRun',
  'bodyOverlap',
  'printedElsewhere',
  'rank',
  'nearest',
  'question',
  'colon',
  'functionWords',
  'sectionWords',
  'ownBlock',
  'titleSeparator',
  'ellipsis',
  'han',
  'wordsLog',
] as const;

export type HeadlineFeature = (typeof HEADLINE_FEATURES)[number];
export type HeadlineFeatures = Record<HeadlineFeature, number>;

/** What every candidate of one page is weighed against: the page's lines and what is found once for all. */
export interface HeadlinePage {
  lines: readonly Line[];
  roles: readonly HeaderRole[];
  bodyStart: number;
  isLogo: (text: string) => boolean;
  /** How often the page prints each line's text. */
  printed: ReadonlyMap<string, number>;
  /** The content words of the body's first lines, which a headline's words announce. */
  opening: ReadonlySet<string>;
}

// The body's first lines, whose words a headline shares.
const OPENING_LINES = 3;

export function headlinePage(
  lines: readonly Line[],
  roles: readonly HeaderRole[],
  bodyStart: number,
  isLogo: (text: string) => boolean,
): HeadlinePage {
  const printed = new Map<string, number>();
  for (const l of lines) printed.set(l.text, (printed.get(l.text) ?? 0) + 1);
  const opening = wordSet(
    lines
      .slice(bodyStart, bodyStart + OPENING_LINES)
      .map((l) => l.text)
      .join(' '),
  );
  return { lines, roles, bodyStart, isLogo, printed, opening };
}

const HEADLINE_MIN_WORDS = 5;
const HEADLINE_MAX_WORDS = 22;
const OVERLONG_WORDS = 30;
// Six Chinese characters make a line Chinese, whose words are not counted by spaces.
const HAN_LINE_CHARS = 6;
const FIGURE_SHARE = 0.15;
// A standfirst runs this much longer than its headline; a label between them is this short.
const STANDFIRST_RATIO = 1.4;
const LABEL_WORDS = 1;
// A teaser's `Read more` link follows its headline within this many lines.
const TEASER_LINK_REACH = 3;
// A label over a paragraph is a word or three; a menu's items are short and alike in length.
const LABEL_OVER_PARAGRAPH_WORDS = 3;
const PARAGRAPH_WORDS = 12;
const MENU_ITEM_WORDS = 6;
const MENU_ITEM_SPREAD = 2;
const MENU_RUN = 3;
// A standfirst under a headline runs on at least this much longer, and closes as a sentence.
const STANDFIRST_LONGER = 2;
// A credit names its writers after `by` anywhere in its line (`Updates by …`, `Text: … · Edited by …`).
const CREDIT_WORD = /(?<!\p{L})(?:by|von|par|от|від|автор|автори|текст|text)\s*:?\s+\p{Lu}/u;

// A word copied from controls run together (`firstOldest`, `HomeNewsSport`): a lower-case letter
// straight before a capital, twice, or after a lower-case word. One capital inside a capitalised
// word is a brand's or a surname's (`WestJet`, `McAllister`), and one lower-case letter a prefix (`iPhone`).
function isGluedWord(word: string): boolean {
  const joins = word.match(/\p{Ll}\p{Lu}/gu)?.length ?? 0;
  return joins >= 2 || (joins === 1 && /^\p{Ll}{2,}\p{Lu}/u.test(word));
}

/** Whether the line runs a word into the next, as controls and menus copied as text do. */
function isRunTogether(text: string): boolean {
  return text.split(/\s+/u).some(isGluedWord);
}

// `Headline | Example Courier`, `Headline – Courier`: a page's title with the site's name after a bar or dash.
const TITLE_SEPARATOR = /\s[|–—-]\s/u;

const share = (part: number, whole: number) => (whole ? part / whole : 0);

/**
 * The features of candidate line `i`: `rank` is how many candidates stand between it and the body,
 * `creditedBelow` how many credited headlines (other stories' teasers) stand below it.
 */
export function headlineFeatures(page: HeadlinePage, i: number, rank: number, creditedBelow: number): HeadlineFeatures {
  const { lines, roles, bodyStart, isLogo } = page;
  const text = lines[i]!.text;
  const words = countWords(text);
  const han = (text.match(/\p{Script=Han}/gu)?.length ?? 0) >= HAN_LINE_CHARS;
  const digits = text.match(/\p{N}/gu)?.length ?? 0;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const capitals = text.match(/\p{Lu}/gu)?.length ?? 0;
  const boilerplate = isBoilerplate(text);
  const creditLike = opensOnCredit(text) || nameBeforeOutlet(text, isLogo) || namesThenOutlet(text) || namesOnly(text) !== null;
  const contents = isContentsLink(lines, roles, i, bodyStart) || isEntryHeading(lines, i, bodyStart);
  // A headline is often printed twice (a page title and the article's own heading).
  const printedNear = !contents && lines.some((l, k) => k !== i && Math.abs(k - i) <= WINDOW && l.text === text);
  // Of two headline-like lines in a row, the lower is the standfirst under the upper.
  // A menu with a sign-in link, or its items run together, or the site's name, is no headline with a standfirst under it.
  const runsOn = (upper: number, lower: number) =>
    roles[upper] === null &&
    !isBoilerplate(lines[upper]!.text) &&
    !isRunTogether(lines[upper]!.text) &&
    !isOutletName(lines[upper]!.text) &&
    roles[lower] === null &&
    isHeadlineLike(lines[upper]!.text) &&
    isHeadlineLike(lines[lower]!.text) &&
    lines[upper]!.text !== lines[lower]!.text &&
    countWords(lines[upper]!.text) >= STANDFIRST_MIN_WORDS &&
    countWords(lines[lower]!.text) >= Math.max(STANDFIRST_MIN_WORDS, countWords(lines[upper]!.text) * 0.8);
  // The line next to this one in one direction, and the one past it where a section label stands between.
  const nextPastLabel = (step: 1 | -1) =>
    [i + step, ...(countWords(lines[i + step]?.text ?? '') <= LABEL_WORDS ? [i + 2 * step] : [])].filter((k) => k >= 0 && k < lines.length);
  const headsStandfirst = nextPastLabel(1).some((k) => runsOn(i, k));
  // A standfirst is longer than the headline over it, perhaps with a section label between them.
  const above = nextPastLabel(-1).find((k) => !isCredit(roles[k] ?? null, lines[k]!.text) && runsOn(k, i));
  // Or, a little longer, it closes on a full stop where the headline over it has none.
  const over = above === undefined ? '' : lines[above]!.text;
  const standfirst =
    above !== undefined &&
    (words >= countWords(over) * STANDFIRST_RATIO || (FULL_STOP.test(text) && !FULL_STOP.test(over) && words > countWords(over)));
  // A kicker over the headline (`PLUS Hafen in Example`) is shorter still: a line with its own
  // standfirst under it, a sentence where it is none, is the headline.
  const overStandfirst = headsStandfirst && FULL_STOP.test(lines[i + 1]!.text) && !FULL_STOP.test(text);
  const next = lines[i + 1]?.text ?? '';
  const tokens = normalisedWords(text);
  const own = wordSet(text);
  let shared = 0;
  for (const w of own) if (page.opening.has(w)) shared++;
  return {
    headlineLength: !han && words >= HEADLINE_MIN_WORDS && words <= HEADLINE_MAX_WORDS ? 1 : 0,
    overlong: !han && words > OVERLONG_WORDS ? 1 : 0,
    fullStop: FULL_STOP.test(text) ? 1 : 0,
    sentences: (text.match(SENTENCE_BREAK)?.length ?? 0) >= 2 ? 1 : 0,
    caseless: !/\p{Ll}/u.test(text) || /^\p{Ll}/u.test(text) ? 1 : 0,
    noticeOrCredit: boilerplate || creditLike ? 1 : 0,
    masthead: isMasthead(lines, i, bodyStart) ? 1 : 0,
    // `— Jane Doe on Sunday, in a newspaper`: a dash opens a quote's attribution or a list's item.
    dashOpening: /^[-–—]/u.test(text) ? 1 : 0,
    figures: digits / Math.max(1, text.length) > FIGURE_SHARE ? 1 : 0,
    creditUnder: creditUnder(lines, roles, i, bodyStart),
    creditAbove: i > 0 && isCredit(roles[i - 1] ?? null, lines[i - 1]!.text) ? 1 : 0,
    // A line the body prints again as one of its headings is a contents link to it.
    contents: contents ? 1 : 0,
    printedNear: printedNear ? 1 : 0,
    headsStandfirst: headsStandfirst ? 1 : 0,
    underHeadlineLike: i > 0 && runsOn(i - 1, i) ? 1 : 0,
    standfirst: standfirst && !overStandfirst ? 1 : 0,
    // A teaser heads another story: a `Read more` link follows it, past its standfirst.
    teaser: lines.slice(i + 1, i + 1 + TEASER_LINK_REACH).some((l) => READ_ON_LINK.test(l.text.trim())) ? 1 : 0,
    distance: distance(roles, i, bodyStart),
    creditedBelow,
    boilerplate: boilerplate ? 1 : 0,
    creditLike: creditLike ? 1 : 0,
    glued: isRunTogether(text) ? 1 : 0,
    capitals: share(capitals, letters),
    shortOverSentence: words <= LABEL_OVER_PARAGRAPH_WORDS && countWords(next) >= PARAGRAPH_WORDS && endsSentence(next) ? 1 : 0,
    overLonger: runsLonger(lines, roles, i, i + 1) ? 1 : 0,
    underShorter: runsLonger(lines, roles, i - 1, i) ? 1 : 0,
    creditWord: CREDIT_WORD.test(text) ? 1 : 0,
    menuRun: menuRun(lines, i) >= MENU_RUN ? 1 : 0,
    bodyOverlap: share(shared, own.size),
    printedElsewhere: (page.printed.get(text) ?? 0) > 1 ? 1 : 0,
    rank: Math.log1p(rank),
    nearest: rank === 0 ? 1 : 0,
    question: /[?？]["”’»]?$/u.test(text) ? 1 : 0,
    colon: /[:：]/u.test(text) ? 1 : 0,
    functionWords: share(tokens.filter((w) => STOPWORDS.has(w)).length, tokens.length),
    sectionWords: share(tokens.filter((w) => SECTION_WORDS.has(w)).length, tokens.length),
    ownBlock: lines[i - 1]?.block !== lines[i]!.block && lines[i + 1]?.block !== lines[i]!.block ? 1 : 0,
    titleSeparator: TITLE_SEPARATOR.test(text) ? 1 : 0,
    ellipsis: /(?:…|\.\.\.)$/u.test(text) ? 1 : 0,
    han: han ? 1 : 0,
    wordsLog: Math.log1p(words),
  };
}

/** Whether `lower` reads as the standfirst of `upper`: a sentence much longer than the heading over it. */
function runsLonger(lines: readonly Line[], roles: readonly HeaderRole[], upper: number, lower: number): boolean {
  if (upper < 0 || lower >= lines.length || roles[upper] !== null || roles[lower] !== null) return false;
  const top = lines[upper]!.text;
  const under = lines[lower]!.text;
  return (
    isHeadlineLike(top) &&
    !endsSentence(top) &&
    endsSentence(under) &&
    countWords(under) >= Math.max(PARAGRAPH_WORDS, countWords(top) * STANDFIRST_LONGER)
  );
}

/** How many short lines of about the line's length stand in a row with it, as a menu's items do. */
function menuRun(lines: readonly Line[], i: number): number {
  const words = countWords(lines[i]!.text);
  if (words > MENU_ITEM_WORDS) return 1;
  const alike = (k: number) => {
    const w = countWords(lines[k]!.text);
    return w <= MENU_ITEM_WORDS && Math.abs(w - words) <= MENU_ITEM_SPREAD && !endsSentence(lines[k]!.text);
  };
  let from = i;
  let to = i;
  while (from > 0 && alike(from - 1)) from--;
  while (to + 1 < lines.length && alike(to + 1)) to++;
  return to - from + 1;
}
