import { keyPointLines } from './key-points.js';
import { readPrintFooter } from './print-footer.js';
import {
  authorBoxName,
  bareName,
  headerName,
  nameSlashOutlet,
  type BylineLine,
  isCreditWord,
  namesUnderCreditWord,
  isLabelledByline,
  labelledAuthors,
  nameAfterTimestamp,
  nameBeforeTimestamp,
  namesOnly,
  readBylineLine,
  readCreditLine,
  signedNames,
} from './byline.js';
import {
  headsFigureRow,
  isClosingHeading,
  isCruftLine,
  isNavigation,
  isFooterMarker,
  isLabelledLink,
  isLinkListHeading,
  isSectionListHeading,
  isPhotoCredit,
  isLettersAddress,
  isShoutedLink,
} from './cruft.js';
import { findFullDates } from './date.js';
import { LABELLED_PHOTO_CREDIT, READ_ON_LINK } from './lexicon/cruft-phrases.js';
import { labelledDates, readDateLine, type LabelledDate } from './date-line.js';
import { readDateline } from './dateline.js';
import { printedAlone, type Line } from './lines.js';
import { brokenHeadlineLines } from './broken-headline.js';
import { forwardedFrom, isHanOutletName, isMastheadName, isOutletName, isPaperMasthead, signedName, SOURCE_LABEL_WORD } from './source.js';
import { countWords, endsSentence } from './script.js';
import { isHeadlineLike } from './title.js';
import {
  beforeRightsNotice,
  isAuthorBoxHeading,
  isProseLine,
  isWholePage,
  lineKind,
  mainSpan,
  markedEnd,
  withIntroducedList,
  type LineKind,
} from './main-span.js';
import { articleDates } from './page-date.js';
import { writerOfNote } from './writer-note.js';
import { BIO_VERBS_NOW } from './lexicon/bio-verbs.js';
import { isGivenName } from './lexicon/given-names.js';
import { opensOnGivenName } from './person-name.js';
import { FULL_STOP, isBoilerplate, isTimestampLine } from './headline-signals.js';
import { findPageHeadline, lastHeaderCredit } from './page-headline.js';
import { mailHeaderLines } from './mail-header.js';

export type Role = 'title' | 'byline' | 'date' | 'source' | 'cruft' | 'content';

/** What each line of the paste is, and what the metadata lines said. */
export interface Layout {
  roles: Role[];
  title: number | null;
  /** The first line of the article body. */
  bodyStart: number;
  /** The first line of the article's header: a little above its headline, where a page puts its timestamp. */
  headerStart: number;
  bylines: string[];
  bylineOutlets: string[];
  dates: LabelledDate[];
  /** The newspaper a print footer or header names with the issue's date, by the index of its line. */
  printOutlets: ReadonlyMap<number, string>;
  /** Lines that are paragraphs of their own however they end: a summary's points. */
  keyPoints: ReadonlySet<number>;
  /** Whether the paste is a whole page, with menus and footers around the article. */
  wholePage: boolean;
}

const CUT_SUMMARY = /(?:…|\.\.\.)$/u;
// The words before a timestamp line's first bar or dot: `Example Chronicle · 3 March 2026`.
const BEFORE_BAR = /^(.{2,40}?)\s+[·|•]\s+/u;
// A live blog's entry time (`10:42`) is content, unlike other short lines above the body.
const TIME_STAMP = /^\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|BST|CET|ET|UTC))?$/iu;
// A newspaper's print footer dates the article: `A version of this article appears in print on March 3, 2024 …`,
// `Paru dans notre édition du 28 novembre 2026`, `Erschienen in der Printausgabe vom …`, `本文刊于…`.
const PRINT_FOOTER =
  /(?:appears? in print|appeared in print|print edition|printed edition|in the print edition|a version of this (?:article|story) appear|(?:paru|publié)e? dans (?:notre|l['’]|la|le) ?(?:édition|version papier|numéro|journal)|(?:édition|version) (?:papier|imprimée) du|erschien(?:en)? (?:in|auf) (?:der|unserer) (?:\p{L}+ )?(?:ausgabe|printausgabe|zeitung)|in der (?:gedruckten |print-?)ausgabe|опубликован[оа]? в (?:печатн\p{L}+ )?(?:номере|выпуске|версии)|в печатн\p{L}+ (?:версии|номере|выпуске)|опублікован[оа]? (?:в|у) (?:друкован\p{L}+ )?(?:номері|випуску|версії)|у друкован\p{L}+ (?:версії|номері|випуску)|^本文(?:原)?刊(?:发|登)?于|^原载(?:于)?《)/iu;
// A footer's sentence that says when the story was published: `This article was published on 3 March 2025`,
// a blog's `This entry was posted in News and tagged … on March 3, 2025 by …`.
const PUBLISHED_STATEMENT =
  /^(?:this|the) (?:article|story|post|piece|entry) was (?:first |originally )?(?:published|posted)\b|^(?:cet article a été (?:publié|mis en ligne)|dieser (?:artikel|beitrag) wurde|(?:эта )?статья (?:была )?опубликована|(?:ця )?стаття (?:була )?опублікована|本文(?:发布|发表)于)/iu;
// The headline sits near the top of any paste; looking further only costs time on a huge one.
const HEADER_LINES = 40;
// A page's timestamp may sit just above its headline, beside the section label.
const HEADER_DATE_REACH = 2;
// `（来源：南海晚报）` closes a Chinese story as a source line in brackets.
const SOURCE_LINE = new RegExp(String.raw`^[（(【]?${SOURCE_LABEL_WORD}\s*[:：]\s*\S.{0,60}$`, 'iu');

// `Home / News / Local` reads like a place and an agency; a few words after them are a
// breadcrumb's last crumbs, not the story a dateline opens.
const DATELINE_STORY_WORDS = 4;

/** A dateline with the story's words after it, or alone on its line. */
function opensOnDateline(text: string): boolean {
  const dateline = readDateline(text);
  // `Main station: trains run late Photo: Ann Reyes` is a caption under a place's name.
  if (dateline === null || LABELLED_PHOTO_CREDIT.test(text)) return false;
  const rest = text.slice(dateline.end).trim();
  return !rest || countWords(rest) >= DATELINE_STORY_WORDS || endsSentence(rest);
}

/** A line that reads as article prose rather than a heading, label or credit. */
function isProse(text: string): boolean {
  const cjk = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  return countWords(text) >= 20 || cjk >= 40;
}

/** A sentence of a paragraph ends here, not a menu item, a label or a headline. */
function isParagraphEnd(text: string): boolean {
  return endsSentence(text) && countWords(text) >= 6;
}

// The verb a writer's note about herself goes on with, in the clipper's languages, or the dash of
// `Иван Петров — экономист`.
const BIO_VERB = new RegExp(
  String.raw`^\S+(?:\s+\S+){0,4}\s+(?:(?:${BIO_VERBS_NOW}|was|has|reports|edits|était|war)(?!\p{L})|[—–]\s)`,
  'iu',
);

/**
 * `Dr Ada Brennan is a marine biologist…`, `Anne Roe est historienne…` beside a byline naming her;
 * `*Anne Roe est …` answers the footnote mark a byline put after her name (`Par Anne Roe*`).
 */
function isAuthorBio(text: string, names: readonly string[]): boolean {
  const plain = text.replace(/^[*†‡]\s*/u, '').replace(/^(?:dr\.?|prof\.?|professor)\s+/iu, '');
  return names.some((n) => plain.toLowerCase().startsWith(n.toLowerCase() + ' ') && BIO_VERB.test(plain));
}

/** Marks as furniture the lines that introduce the article's writers. */
function dropAuthorBios(lines: readonly Line[], roles: (Role | null)[], names: readonly string[]): void {
  lines.forEach((line, i) => {
    if (roles[i] === null && isAuthorBio(line.text, names)) roles[i] = 'cruft';
  });
}

/**
 * The headline: the nearest headline-like line above the body, past the byline, date and
 * furniture under it (a whole page has menus and section labels above it). A line that ends like a sentence and runs straight into the body is its
 * lede or standfirst, not a headline: a headline that ends in a full stop has a byline, date or
 * furniture under it.
 */
// A label over a headline is a few words, with at most a notice or a kicker between them.
const LABEL_WORDS = 4;
const LABEL_OVER_HEADLINE_REACH = 3;

function findTitle(
  lines: readonly Line[],
  roles: readonly (Role | null)[],
  open: readonly number[],
  bodyStart: number,
  wholePage: boolean,
): number | null {
  const separated = (i: number) => roles.slice(i + 1, bodyStart).some((r) => r !== null);
  const headlineShaped = (i: number) => isHeadlineLike(lines[i]!.text) && !isBoilerplate(lines[i]!.text);
  const candidates = open.filter(
    (i) => i < bodyStart && i >= bodyStart - HEADER_LINES && headlineShaped(i) && (!FULL_STOP.test(lines[i]!.text) || separated(i)),
  );
  // A line with its date or byline just under it heads the article, however far above the body
  // its summary and a live page's first entries reach.
  // Its byline or date stands straight under it, or under the writer's bare name (not read as a
  // byline yet): a line over another headline-like line and its credit is a note, not the headline.
  const isCredit = (k: number) => roles[k] === 'date' || roles[k] === 'byline';
  const creditedUnder = (i: number) => isCredit(i + 1) || (isCredit(i + 2) && bareName(lines[i + 1]?.text ?? '') !== null);
  const credited = wholePage ? undefined : open.find((i) => i < (candidates[0] ?? bodyStart) && headlineShaped(i) && creditedUnder(i));
  if (credited !== undefined) return credited;
  if (!candidates.length) return null;
  // A line closed by a full stop over a headline its credit marks is a note above the story (a
  // forwarder's, a newsletter's), not its headline: headlines seldom end on a full stop.
  const creditedBelow = wholePage || !FULL_STOP.test(lines[candidates[0]!]!.text) ? undefined : candidates.slice(1).find(creditedUnder);
  if (creditedBelow !== undefined) return creditedBelow;
  // A paper's or a section's name over the headline (`Economy and business`, `The Example Echo`,
  // `某某大学新闻网`, which counts as more words than a Latin label) gives way to the headline a few lines under it that its date or byline marks.
  const [first, second] = candidates;
  if (
    !wholePage &&
    second !== undefined &&
    second - first! <= LABEL_OVER_HEADLINE_REACH &&
    (countWords(lines[first!]!.text) <= LABEL_WORDS || isHanOutletName(lines[first!]!.text)) &&
    roles[first! + 1] !== 'date' &&
    roles[first! + 1] !== 'byline' &&
    creditedUnder(second)
  )
    return second;
  // The paste's first line naming a paper (`The Example Chronicle`, `某某晚报`) over a longer
  // headline straight under it is the paper's masthead, whether or not a credit follows.
  if (
    !wholePage &&
    first === open[0] &&
    second === open[1] &&
    (isPaperMasthead(lines[first!]!.text) || isHanOutletName(lines[first!]!.text)) &&
    countWords(lines[second!]!.text) > countWords(lines[first!]!.text)
  )
    return second!;
  // Atop an article the first candidate heads it; a whole page's headline sits just above the body.
  if (!wholePage) return candidates[0]!;
  return findPageHeadline(lines, roles, open, bodyStart);
}

// A headline is this short; the body's first paragraph under it is longer.
const HEADLINE_UNDER_MAX_WORDS = 20;

/**
 * `By Jane Doe, March 3, 2024`, then the headline, then the story: a page that prints its credits
 * above its headline leaves nothing headline-like above the body. Its first line is the headline
 * when it reads as one (short, no full stop, not a notice) above the body's first paragraph and a
 * credit stands just above it. Returns the headline and the line the body now starts at.
 */
function headlineUnderCredits(
  lines: readonly Line[],
  roles: readonly (Role | null)[],
  open: readonly number[],
  bodyStart: number,
): [number, number] | null {
  const text = lines[bodyStart]?.text ?? '';
  const next = open.find((i) => i > bodyStart);
  const credited = bodyStart > 0 && (roles[bodyStart - 1] === 'byline' || roles[bodyStart - 1] === 'date');
  if (!credited || next === undefined || !isProse(lines[next]!.text)) return null;
  if (!isHeadlineLike(text) || countWords(text) > HEADLINE_UNDER_MAX_WORDS || endsSentence(text) || isBoilerplate(text)) return null;
  return [bodyStart, next];
}

/**
 * `Jane Doe / Example Post News Service` between the headline and the body: the writer's credit,
 * set aside as furniture for its breadcrumb's slash. Read only where the header credits nobody else.
 */
function creditShapedAsCrumbs(
  lines: readonly Line[],
  roles: readonly (Role | null)[],
  title: number,
  bodyStart: number,
): (BylineLine & { at: number }) | null {
  for (let i = title + 1; i < bodyStart; i++) {
    const credit = roles[i] === 'cruft' ? nameSlashOutlet(lines[i]!.text) : null;
    if (credit) return { ...credit, at: i };
  }
  return null;
}

// A sentence printed twice on a page is a caption, a pull quote or a teaser, not running text.
const REPEATED_LINE_WORDS = 4;

/**
 * Marks as furniture the open lines of a whole page whose text appears on it more than once. Above
 * the article's run or opening it (`start`), a line that asks or exclaims is its headline printed
 * twice, as headlines often are.
 */
function markRepeatedLines(lines: readonly Line[], roles: (Role | null)[], start: number): void {
  const seen = new Map<string, number>();
  for (const l of lines) seen.set(l.text, (seen.get(l.text) ?? 0) + 1);
  lines.forEach((l, i) => {
    if (i <= start && /[?!]["”’»]?$/u.test(l.text)) return;
    if (roles[i] === null && seen.get(l.text)! > 1 && countWords(l.text) >= REPEATED_LINE_WORDS && endsSentence(l.text)) roles[i] = 'cruft';
  });
}

// A card's second copy of its headline may run on into its summary or section name.
const CARD_SHARED_WORDS = 5;
const CARD_SHARED_SHARE = 0.6;

/** Whether `next` prints `text` again, whole or with more after it, as a card does. */
function printsAgain(text: string, next: string): boolean {
  if (text === next) return true;
  const a = text.split(' ');
  const b = next.split(' ');
  let shared = 0;
  while (shared < a.length && shared < b.length && a[shared] === b[shared]) shared++;
  return shared >= CARD_SHARED_WORDS && shared >= CARD_SHARED_SHARE * Math.min(a.length, b.length);
}

/**
 * Inside the article's run, a headline printed twice in a row, with a summary straight under it in
 * the same block, is a card linking to another story: the page shows the link and its title.
 */
function markTeaserCards(lines: readonly Line[], roles: (Role | null)[], start: number, end: number): void {
  for (let i = start + 1; i < end; i++) {
    const text = lines[i]!.text;
    if (roles[i] !== null || countWords(text) < REPEATED_LINE_WORDS) continue;
    // The copies may have the card's section name between them.
    const again = [i + 1, i + 2].find((j) => j <= end && lines[j]!.block === lines[i]!.block && printsAgain(text, lines[j]!.text));
    if (again === undefined) continue;
    // The card ends with the summary under its second copy; a block without blank lines may go on with the story.
    const summary = again + 1 <= end && lines[again + 1]!.block === lines[i]!.block ? again + 1 : again;
    for (let k = i; k <= summary; k++) if (roles[k] === null) roles[k] = 'cruft';
  }
}

// A caption runs to a few sentences; a longer line above a credit is a paragraph.
const CAPTION_MAX_WORDS = 80;
// A caption in a block of its own is a phrase, with no full stop.
const CAPTION_APART_WORDS = 20;

/**
 * A photo's credit, or the short caption just above one (not the header's timestamp, which a lead
 * picture's credit may follow), that no other rule has placed: a picture, which a story
 * carries among its paragraphs (a gallery, many of them), so it weighs less against the story's
 * run than a menu's or a link list's line does.
 */
function inFigure(lines: readonly Line[], roles: readonly (Role | null)[], i: number): boolean {
  const line = lines[i]!;
  if (isPhotoCredit(line.text)) return true;
  const next = lines[i + 1];
  return (
    roles[i] === null &&
    next !== undefined &&
    isPhotoCredit(next.text) &&
    countWords(line.text) <= CAPTION_MAX_WORDS &&
    !isTimestampLine(line.text)
  );
}

const CAPTION_BEFORE_CREDIT = /\p{Ll}[.!?]["”’»]?\s+\p{Lu}/u;

/**
 * Marks as cruft the caption just above a photo's credit in the same block (a figure copies as its
 * caption and credit on consecutive lines, while paragraphs come apart by blank lines), with the
 * caption's copy printed twice above it.
 */
function markCreditedCaptions(lines: readonly Line[], roles: (Role | null)[]): void {
  lines.forEach((line, i) => {
    // `The crew waves from the quay. Credit: Jane Roe`: a credit after its own caption has none above it.
    if (roles[i] !== 'cruft' || !isPhotoCredit(line.text) || CAPTION_BEFORE_CREDIT.test(line.text)) return;
    let k = i - 1;
    while (k >= 0 && lines[k]!.block === line.block && lines[k]!.text === line.text) k--;
    const caption = lines[k]?.text;
    // Text read from the page's markup sets every block apart: there a caption is known by its shape.
    const apart = k >= 0 && lines[k]!.block !== line.block;
    if (k < 0 || (apart && (endsSentence(caption!) || countWords(caption!) > CAPTION_APART_WORDS))) return;
    if (roles[k] !== null || countWords(caption!) > CAPTION_MAX_WORDS) return;
    // `Published …` / `Jane Doe` / `Photo: …`: a name alone under the header's date is its writer, not the picture's caption.
    if (roles[k - 1] === 'date' && namesOnly(caption!)) return;
    roles[k] = 'cruft';
    for (k--; k >= 0 && lines[k]!.block === line.block && lines[k]!.text === caption && roles[k] === null; k--) roles[k] = 'cruft';
  });
}

// A post quoted from a social network copies as its text, then its signature: `— Jane Roe
// (@janeroe) November 19, 2019`. The text's last line may be only a link to its picture.
const POST_SIGNATURE = /^[—–-]\s*\S.{0,80}\(@[\p{L}\p{N}_]{1,30}\)\s+\S.{2,30}\d{4}$/u;
const ENDS_ON_LINK = /(?:https?:\/\/\S+|[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+\/\S+)$/u;
const POST_LINK_LINES = 2;

/**
 * Gives back to the story a post it quotes, whose link line or signature were read as furniture
 * (most often where the post closes the story, just before the page's footer): the signature and
 * the link lines just above it, when the story's own text comes straight before them.
 */
function keepQuotedPosts(lines: readonly Line[], roles: (Role | null)[]): void {
  lines.forEach((line, i) => {
    if ((roles[i] !== 'cruft' && roles[i] !== null) || !POST_SIGNATURE.test(line.text)) return;
    let k = i - 1;
    while (k >= 0 && i - k <= POST_LINK_LINES && roles[k] === 'cruft' && ENDS_ON_LINK.test(lines[k]!.text)) k--;
    if (k < 0 || roles[k] !== null) return;
    for (let j = k + 1; j <= i; j++) roles[j] = null;
  });
}

// A word or a count alone on its line: `0` above `SHARES`, a share button's name.
const LONE_WORD = /^[\p{L}\p{N}][\p{L}\p{N}'’.-]*$/u;

/**
 * A word or a count left between two lines of furniture is part of it (a share bar's count of
 * shares, the name of a network no list knows), not a line of the story.
 */
function markStrandedWords(lines: readonly Line[], roles: (Role | null)[]): void {
  lines.forEach((line, i) => {
    if (roles[i] === null && roles[i - 1] === 'cruft' && roles[i + 1] === 'cruft' && LONE_WORD.test(line.text.trim())) roles[i] = 'cruft';
  });
}

// A link under the story is a few words: `All results`, `More handball news`.
const TRAILING_LINK_WORDS = 6;

/**
 * Under the story's last paragraph, a block of short lines that holds furniture (a share bar, a
 * prompt) is a block of links: `League table`, `All results`, `Share: Facebook | E-mail`. A block
 * with no furniture in it (a fact box, a signature) is left as it is.
 */
function markTrailingLinkBlocks(lines: readonly Line[], roles: (Role | null)[]): void {
  const lastProse = lines.findLastIndex((l, i) => roles[i] === null && isProse(l.text));
  if (lastProse < 0) return;
  const blocks = new Map<number, number[]>();
  for (let i = lastProse + 1; i < lines.length; i++) {
    const block = lines[i]!.block;
    if (block === lines[lastProse]!.block) continue;
    if (!blocks.has(block)) blocks.set(block, []);
    blocks.get(block)!.push(i);
  }
  for (const members of blocks.values()) {
    const open = members.filter((i) => roles[i] === null);
    const furnished = members.some((i) => roles[i] === 'cruft');
    const linkLike = open.every((i) => countWords(lines[i]!.text) <= TRAILING_LINK_WORDS && !endsSentence(lines[i]!.text));
    if (furnished && open.length > 0 && linkLike) for (const i of open) roles[i] = 'cruft';
  }
}

// A menu's items are this short; a list of other stories has headlines.
const MENU_ITEM_WORDS = 3;
const MENU_RUN = 3;

/** `Top Stories` among `Sport`, `Living`, `Travel`: a menu's item, not the heading of a list of links. */
function inMenu(lines: readonly Line[], i: number): boolean {
  const next = lines.slice(i + 1, i + 1 + MENU_RUN);
  return (
    next.length === MENU_RUN &&
    next.every((l) => l.block === lines[i]!.block && countWords(l.text) <= MENU_ITEM_WORDS && !endsSentence(l.text))
  );
}

/** Whether a byline was read between the header's start and the line after the story. */
function creditsHeader(bylineLines: readonly number[], headerStart: number, end: number): boolean {
  return bylineLines.some((k) => k >= headerStart && k <= end + 1);
}

// A given name, then the surname in capitals, as a printed paper signs its stories: `Ирина ГУСЕВА`, `Anna BERG-LUND`.
const PRINTED_SIGNATURE = /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+\p{Lu}{3,}(?:-\p{Lu}{2,})?$/u;
const isPrintedSignature = (text: string) => PRINTED_SIGNATURE.test(text) && opensOnGivenName(text);

/**
 * The writers' names alone under the story's last paragraph, as a regional paper signs its story
 * (`Jane Doe`, `Jane Doe et John Roe (correspondant local)`), when nothing in its header credits
 * anyone; else null.
 */
function signOff(lines: readonly Line[], end: number, headerStart: number, bylineLines: readonly number[]): string[] | null {
  if (creditsHeader(bylineLines, headerStart, end)) return null;
  const line = lines[end + 1];
  // `Related Stories`, `Most Popular` in capitals read as a name; they head the page's lists of links.
  if (!line || isCruftLine(line.text) || isLinkListHeading(line.text) || isSectionListHeading(line.text)) return null;
  const names = signedNames(line.text) ?? signatories(lines, end + 1);
  return names && !namesTopics(line.text, lines.slice(headerStart, end + 1)) ? names : null;
}

// `Jane Doe, head teacher, Example Primary School`: a signatory of an opinion piece, with her post.
const SIGNATORY = /^(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,2}),\s+[^.!?]{2,80}$/u;
const MAX_SIGNATORIES = 4;

/**
 * The writers who sign an opinion piece under it, a line each with a post after the name (`Jane
 * Doe, head teacher, …`), each name opening on a given name; null when the line at `from` is not one.
 */
function signatories(lines: readonly Line[], from: number): string[] | null {
  const names: string[] = [];
  for (let i = from; i < lines.length && names.length < MAX_SIGNATORIES; i++) {
    const name = SIGNATORY.exec(lines[i]!.text)?.[1];
    if (!name || !opensOnGivenName(name)) break;
    names.push(name);
  }
  return names.length ? names : null;
}

/**
 * Whether a capitalised line under a story lists its topics (`Flooding Agriculture Riverside`)
 * rather than signs it: most of its words are the story's own (a topic, a town it names); the
 * writer's name seldom stands in the story she signs, and opens on a given name when in doubt.
 */
function namesTopics(text: string, story: readonly Line[]): boolean {
  const words = text.split(/[\s,&]+/u).filter((w) => /^\p{Lu}/u.test(w));
  if (!words.length || isGivenName(words[0]!)) return false;
  const written = new Set(story.flatMap((l) => l.text.toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? []));
  return words.filter((w) => written.has(w.toLowerCase())).length * 2 >= words.length;
}

// A teaser's headline over its timestamp: as long as a headline, and no sentence.
const TEASER_HEADLINE_WORDS = 5;

/**
 * Where a cutting starts whose header (`Example Courier | Region | 16.06.2026 | S. 13`) has the
 * bundle's cover above it: the title, office and issue of a press review, with no prose of a story
 * among them. The cutting's headline and credits are under its header; 0 when there is no cover.
 */
function coverAbove(lines: readonly Line[], header: number): number {
  if (header <= 0) return 0;
  const story = lines.slice(header + 1).some((l) => isProse(l.text) || isParagraphEnd(l.text));
  return story && !lines.slice(0, header).some((l) => isProse(l.text)) ? header : 0;
}

/**
 * The first line of the article's header, a little above its headline at `top`, where a page puts
 * its timestamp; a timestamp there under another headline is that teaser's, and the header starts
 * below it. A breadcrumb over the timestamp heads no teaser.
 */
function headerStartAbove(lines: readonly Line[], roles: readonly (Role | null)[], top: number): number {
  let start = top;
  for (let k = top - 1; k >= Math.max(0, top - HEADER_DATE_REACH); k--) {
    const above = lines[k - 1]?.text;
    const teaser =
      above !== undefined &&
      isHeadlineLike(above) &&
      countWords(above) >= TEASER_HEADLINE_WORDS &&
      !endsSentence(above) &&
      !isBoilerplate(above) &&
      !isNavigation(above);
    if (roles[k] === 'date' && teaser) break;
    start = k;
  }
  return start;
}

// A column signed at its foot: the writer's name, then a line about them, among the story's last lines.
const SIGNATURE_REACH = 4;
// A box on the writer closes the page under the story, past a related link or two.
const AUTHOR_BOX_REACH = 6;

/** `About the author`, `Über die Autorin`, `Об авторе`: a box's title over the writer's name, not one naming her (`About Jane Doe`). */
const isAuthorBoxTitle = (text: string) => isAuthorBoxHeading(text) && authorBoxName(text) === null;

/**
 * The writer a box under the story names: `About the author`, then `Jane Doe`. A box headed with
 * its own name (`About Example Robotics`) is as often a press release's note on the company, so
 * it names a writer only over a line about her (signatureWithBio).
 */
function authorBoxUnder(lines: readonly Line[], end: number): { at: number; name: string } | null {
  for (let i = end + 1; i <= Math.min(lines.length - 2, end + AUTHOR_BOX_REACH); i++) {
    if (!isAuthorBoxTitle(lines[i]!.text)) continue;
    const name = bareName(lines[i + 1]!.text);
    return name ? { at: i + 1, name } : null;
  }
  return null;
}

/**
 * The line of a signature over its writer's bio (`Jane Doe`, then `Jane Doe is a retired teacher
 * …`) among the story's last lines, of the bio alone under the title of a box about the writer
 * (`note`), or of the name in such a box further down, when nothing in its header credits anyone;
 * else null.
 */
function signatureWithBio(
  lines: readonly Line[],
  end: number,
  headerStart: number,
  bylineLines: readonly number[],
): { at: number; name: string; note?: boolean } | null {
  if (creditsHeader(bylineLines, headerStart, end)) return null;
  // Under a box's title the bio may call the writer by her first name (`Jane covers …`).
  const titled = isAuthorBoxTitle(lines[end + 1]?.text ?? '');
  // `About the author`, then straight away `Jane Doe is a reporter …`.
  const noted = titled && end + 2 < lines.length ? writerOfNote(lines[end + 2]!.text, []) : null;
  if (noted) return { at: end + 2, name: noted, note: true };
  for (let i = Math.max(headerStart, end - SIGNATURE_REACH); i <= end + (titled ? 2 : 1) && i + 1 < lines.length; i++) {
    const name = bareName(lines[i]!.text) ?? authorBoxName(lines[i]!.text);
    if (!name) continue;
    const called = titled && i === end + 2 ? [name, name.split(' ')[0]!] : [name];
    if (isAuthorBio(lines[i + 1]!.text, called)) return { at: i, name };
  }
  return authorBoxUnder(lines, end);
}

/**
 * The writer named alone on the line just over the headline (`Jane Doe`, then the headline), as
 * some sites print the author first; else null. A person the story itself names is its subject,
 * as a topic line over a headline is (`Jane Doe` over a story about her), not its writer.
 */
function writerAboveHeadline(lines: readonly Line[], title: number): string | null {
  const name = title > 0 ? bareName(lines[title - 1]!.text) : null;
  // `Charlotte Observer` over the headline is the paper's masthead, though it opens on a given name.
  if (!name || !opensOnGivenName(name) || isOutletName(name)) return null;
  const surname = name.split(/\s+/u).at(-1)!;
  // Russian and Ukrainian surnames change their ending with case: `Котова`, `Котовой`.
  const stem = surname.length > 5 ? surname.slice(0, -2) : surname;
  return lines.slice(title + 1).some((l) => l.text.includes(stem)) ? null : name;
}

// Headlines of other stories may close the story's run, under its last paragraph.
const LAST_PARAGRAPH_REACH = 6;

/**
 * The writer a note introduces in the story's last paragraph (the last line of its run that ends a
 * sentence), when nothing in its header credits anyone; else null.
 */
function closingWriterNote(
  lines: readonly Line[],
  roles: readonly (Role | null)[],
  end: number,
  headerStart: number,
  bylineLines: readonly number[],
): { at: number; name: string } | null {
  if (creditsHeader(bylineLines, headerStart, end)) return null;
  for (let i = end; i >= Math.max(headerStart, end - LAST_PARAGRAPH_REACH); i--) {
    if (roles[i] !== null || !endsSentence(lines[i]!.text)) continue;
    const name = writerOfNote(
      lines[i]!.text,
      lines.slice(headerStart, i).map((l) => l.text),
    );
    return name ? { at: i, name } : null;
  }
  return null;
}

// A live page's entry: its time, a heading or two, then its text.
const LIVE_ENTRY_REACH = 4;
const LIVE_ENTRY_HEADINGS = 2;

/**
 * The start of a live page's run of entries, moved up over the newest entries above it. Those are
 * short (a time, a heading, a paragraph) and so less dense than the run below them, where the
 * older entries stand; the run's own times show it is a live page.
 */
function withLiveEntriesAbove(lines: readonly Line[], kinds: readonly LineKind[], start: number, end: number): number {
  // The newest entry's time, just above the run, counts: a page of two entries has only one inside it.
  const times = lines.slice(Math.max(0, start - LIVE_ENTRY_REACH), end + 1).filter((l) => TIME_STAMP.test(l.text)).length;
  if (times < 2) return start;
  let top = start;
  for (;;) {
    const above = lines.slice(Math.max(0, top - LIVE_ENTRY_REACH), top);
    const at = above.map((l) => TIME_STAMP.test(l.text)).lastIndexOf(true);
    if (at < 0) return top;
    const entry = top - above.length + at;
    const between = kinds.slice(entry + 1, top);
    if (between.filter((k) => k !== 'prose').length > LIVE_ENTRY_HEADINGS) return top;
    top = entry;
  }
}

/**
 * `The Example Standard` alone under an editorial's last paragraph, closing the paste or above the
 * address for letters to the editor: the paper signing its own opinion, not a line of the story.
 * A page's footer, or a list of links under the name (`More news`), makes it a link instead.
 */
function mastheadSigningOff(lines: readonly Line[], roles: readonly (Role | null)[]): number | null {
  const isName = (i: number) => isOutletName(signedName(lines[i]!.text)) || isMastheadName(signedName(lines[i]!.text));
  let last = lines.length - 1;
  while (last > 0 && isLettersAddress(lines[last]!.text)) last--;
  if (last < 1 || (roles[last] !== null && roles[last] !== 'cruft') || !isName(last)) return null;
  const above = lines[last - 1]!.text;
  return roles[last - 1] === null && endsSentence(above) && countWords(above) > countWords(lines[last]!.text) * 2 ? last : null;
}

// A line of a forwarder's note over the forwarded mail is this short; a story's paragraph is longer.
const NOTE_LINE_WORDS = 20;

/**
 * Lays out the paste's lines. `isolated` says the text is an article already cut from its page
 * (an HTML paste whose article the DOM reading found): prose that follows its densest run is the
 * story's own (a recipe's list, a set of quotes), not a page footer, so only a marker ends it.
 */
export function layOut(lines: readonly Line[], usMonthFirst: boolean, isolated = false): Layout {
  const roles: (Role | null)[] = lines.map((l) => (l.running ? 'cruft' : null));
  // A forward's header names the forwarder and the day of the forward, not the story's writer and date.
  const mailHeader = mailHeaderLines(lines);
  // Over a forward's header stands the forwarder's note (`Hallo Team, bitte lesen.`), a few short
  // lines; a story's paragraphs over it (a reply above a quoted mail) stay the story.
  const forwarderNote = lines.slice(0, mailHeader[0] ?? 0);
  if (forwarderNote.every((l) => countWords(l.text) <= NOTE_LINE_WORDS)) forwarderNote.forEach((_, i) => (roles[i] = 'cruft'));
  for (const i of mailHeader) roles[i] = 'cruft';
  const bylines: string[] = [];
  // The line each of `bylines` was read from.
  const bylineLines: number[] = [];
  const addBylines = (i: number, names: readonly string[]) => {
    bylines.push(...names);
    for (const _ of names) bylineLines.push(i);
  };
  const bylineOutlets: string[] = [];
  // The line each of `bylineOutlets` was read from.
  const outletLines: number[] = [];
  const printOutlets = new Map<number, string>();
  // The first cutting's header, whose story the paste is.
  let cuttingHeader = -1;
  const dates: LabelledDate[] = [];
  // The line each of `dates` was read from.
  const dateLines: number[] = [];
  const addDates = (i: number, found: readonly LabelledDate[]) => {
    dates.push(...found);
    for (const _ of found) dateLines.push(i);
  };
  const texts = lines.map((l) => l.text);

  lines.forEach((line, i) => {
    // A dateline opens the body even when its wire marker looks like a photo credit (`dpa/bb`).
    // A breadcrumb's slashes (`Home / Business / Courts`) are no agency marker: nothing follows them but more links.
    const dateline = opensOnDateline(line.text) && !isLabelledLink(line.text) && !isNavigation(line.text);
    if (roles[i] !== null || line.text.length > 600 || dateline) return;
    // `«Example Courier», № 44, 5 November 2025`: a paper's footer, whether or not it also reads as a date line.
    const paper = readPrintFooter(line.text, usMonthFirst);
    if (paper?.cutting && cuttingHeader < 0) cuttingHeader = i;
    const dateLine = readDateLine(line.text, usMonthFirst);
    // A labelled date (`Date: 12 March 2025`) outside a mail's header, which is set aside above, dates the story.
    if (dateLine) {
      roles[i] = 'date';
      addDates(i, dateLine);
      // A paper's footer read as a date line still names the paper.
      if (paper?.outlet) printOutlets.set(i, paper.outlet);
      const named = nameBeforeTimestamp(line.text);
      // `Example Chronicle · 3 March 2026`, `Вечерняя газета · 3 марта 2026`: a paper's name before its
      // timestamp is the outlet, no writer; a Cyrillic one capitalises its first word only.
      const masthead = named ?? BEFORE_BAR.exec(line.text)?.[1] ?? null;
      const paperAhead = masthead !== null && (isOutletName(masthead) || isMastheadName(masthead)) && !opensOnGivenName(masthead);
      if (paperAhead) {
        bylineOutlets.push(masthead);
        outletLines.push(i);
      }
      const before = paperAhead ? null : named;
      const labelled = labelledAuthors(line.text);
      const after = nameAfterTimestamp(line.text);
      addBylines(i, before ? [before] : labelled.length ? labelled : after ? [after] : []);
      return;
    }
    // `Jane Doe 2 hours ago`: a relative time stamp dates nothing, but names its author.
    const stamped = isTimestampLine(line.text) ? nameBeforeTimestamp(line.text) : null;
    if (stamped) {
      roles[i] = 'byline';
      addBylines(i, [stamped]);
      return;
    }
    // `By` alone, the names on the next lines.
    const stacked = isCreditWord(line.text) ? namesUnderCreditWord(texts, i) : null;
    if (stacked) {
      for (let k = i; k <= stacked.last; k++) roles[k] = 'byline';
      addBylines(i + 1, stacked.names);
      return;
    }
    if (SOURCE_LINE.test(line.text) || forwardedFrom(line.text) !== null) {
      roles[i] = 'source';
      return;
    }
    const byline = readBylineLine(line.text);
    // `Jane Doe | Example Herald` under the writers' credit and its timestamp: the picture's credit,
    // whose outlet is the page's own when its staff took the picture.
    if (byline?.outlet && roles[i - 1] === 'date' && roles[i - 2] === 'byline' && !isLabelledByline(line.text)) {
      roles[i] = 'cruft';
      bylineOutlets.push(byline.outlet);
      outletLines.push(i);
      return;
    }
    if (byline) {
      roles[i] = 'byline';
      addBylines(i, byline.names);
      // `By Jane Doe | March 3, 2024`, `By Jane Doe | Updated … | Published …`: the dates share the byline's line,
      // and a footer's `This entry was posted in News on March 3, 2024 by Jane Doe` says it is the publication's.
      const shared = labelledDates(line.text, findFullDates(line.text, usMonthFirst));
      const stated = PUBLISHED_STATEMENT.test(line.text);
      addDates(i, stated ? shared.map((d) => ({ ...d, label: 'published' as const })) : shared);
      if (byline.outlet) {
        bylineOutlets.push(byline.outlet);
        outletLines.push(i);
      }
      return;
    }
    const credits = readCreditLine(line.text);
    if (credits) {
      roles[i] = 'byline';
      addBylines(i, credits);
      return;
    }
    if (paper) {
      roles[i] = 'date';
      addDates(i, [{ date: paper.date, label: 'plain' }]);
      if (paper.outlet) printOutlets.set(i, paper.outlet);
      return;
    }
    const printed = PRINT_FOOTER.test(line.text) ? findFullDates(line.text, usMonthFirst)[0] : undefined;
    if (printed) {
      roles[i] = 'date';
      addDates(i, [{ date: printed, label: 'plain' }]);
      // The paper may sign its note on the line under it: `Paru dans notre édition du …`, `Le Courrier du Midi`.
      const signer = lines[i + 1]?.text.trim() ?? '';
      if (isOutletName(signer)) printOutlets.set(i, signer);
      return;
    }
    const stated = PUBLISHED_STATEMENT.test(line.text) ? findFullDates(line.text, usMonthFirst)[0] : undefined;
    if (stated) {
      roles[i] = 'date';
      addDates(i, [{ date: stated, label: 'published' }]);
      return;
    }
    if (isCruftLine(line.text)) roles[i] = 'cruft';
  });
  const cover = coverAbove(lines, cuttingHeader);
  if (cover > 0) {
    const below = <T>(items: T[], at: number[]) => {
      const kept = items.filter((_, k) => at[k]! >= cover);
      const keptAt = at.filter((i) => i >= cover);
      items.splice(0, items.length, ...kept);
      at.splice(0, at.length, ...keptAt);
    };
    below(bylines, bylineLines);
    below(dates, dateLines);
    below(bylineOutlets, outletLines);
    for (const i of printOutlets.keys()) if (i < cover) printOutlets.delete(i);
  }
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    if (roles[i] === 'cruft' && next && roles[i + 1] === null && headsFigureRow(line.text, next.text)) roles[i] = null;
    // A summary cut short over a link that reads on (`… and what…`, `Read more`) is another story's
    // teaser, cut with an ellipsis or in mid-sentence; the headline just above it is the teaser's.
    if (roles[i] === null && next && (CUT_SUMMARY.test(line.text) || !endsSentence(line.text)) && READ_ON_LINK.test(next.text)) {
      roles[i] = 'cruft';
      const above = lines[i - 1]?.text;
      if (above && roles[i - 1] === null && isHeadlineLike(above) && !endsSentence(above)) roles[i - 1] = 'cruft';
    }
  });

  dropAuthorBios(lines, roles, bylines);

  // After a copyright or sign-off line, nothing but credits belongs to the article, unless
  // prose follows (a footer pasted mid-article).
  const footer = lines.findIndex((l, i) => roles[i] === 'cruft' && isFooterMarker(l.text));
  if (footer >= 0 && !lines.slice(footer + 1).some((l, k) => roles[footer + 1 + k] === null && isProse(l.text))) {
    for (let i = footer + 1; i < lines.length; i++) if (roles[i] === null) roles[i] = 'cruft';
  }

  // Above the first paragraph, a section's name heads the page's menus and the article's own header.
  const firstProse = lines.findIndex((l) => isProse(l.text));
  lines.forEach((line, i) => {
    const afterParagraph = i > 0 && isParagraphEnd(lines[i - 1]!.text);
    const closesStory = afterParagraph && isClosingHeading(line.text);
    const listHeading = isLinkListHeading(line.text) || (firstProse >= 0 && i > firstProse && isSectionListHeading(line.text));
    // Straight under a paragraph, a list's short lines (`Tags`, then one tag a line) are no menu.
    if (!(listHeading && (afterParagraph || !inMenu(lines, i))) && !closesStory) return;
    if (listHeading && roles[i] === null) roles[i] = 'cruft';
    for (let k = i + 1; k < lines.length && lines[k]!.block === line.block; k++) if (roles[k] === null) roles[k] = 'cruft';
  });

  // The article is the densest run of prose; below it lie link lists, comments and footers. A
  // forward's header is the mail's, not a page's: it does not make the paste read as a whole page.
  const inMailHeader = new Set(mailHeader);
  const kinds = lines.map((l, i) =>
    inMailHeader.has(i) ? 'metadata' : lineKind(l.text, roles[i] === 'cruft' ? 'furniture' : roles[i] === null ? null : 'metadata'),
  );
  const found = mainSpan(
    lines,
    kinds.map((k, i) => (k === 'furniture' && inFigure(lines, roles, i) ? 'metadata' : k)),
  );
  const span =
    found && isWholePage(kinds, found)
      ? {
          start: withLiveEntriesAbove(lines, kinds, found.start, found.end),
          end: beforeRightsNotice(lines, kinds, found.start, withIntroducedList(lines, kinds, found.end)),
        }
      : null;
  const tail = isolated ? (found ? markedEnd(lines, kinds, found.start + 1) : -1) : span ? span.end + 1 : -1;
  if (tail >= 0) for (let i = tail; i < lines.length; i++) if (roles[i] === null) roles[i] = 'cruft';

  keepQuotedPosts(lines, roles);
  // Captions are marked once the article's run is found, so that a story's pictures do not split it in two.
  markCreditedCaptions(lines, roles);
  if (span) {
    markRepeatedLines(lines, roles, span.start);
    markTeaserCards(lines, roles, span.start, span.end);
  }
  markStrandedWords(lines, roles);
  markTrailingLinkBlocks(lines, roles);

  // The cover is furniture only now: as the lines over a pasted article, not a page's, it does
  // not make the paste read as a whole page.
  for (let i = 0; i < cover; i++) roles[i] = 'cruft';
  const open = lines.map((_, i) => i).filter((i) => roles[i] === null);
  // A live page's newest entry opens with its time, which is no timestamp of the page's header.
  const liveFrom = span && found && span.start < found.start && roles[span.start] === null ? span.start : undefined;
  let bodyStart = span
    ? // Buttons and labels left between the header and the story are not its first paragraph.
      (liveFrom ?? open.find((i) => i > lastHeaderCredit(lines, roles, span.start, span.end) && kinds[i] !== 'furniture'))
    : open.find((i) => readDateline(lines[i]!.text) !== null || isProse(lines[i]!.text));
  const hasBodyProse = bodyStart !== undefined;
  bodyStart ??= open[0] ?? lines.length;

  const wholePage = span !== null;
  let title = hasBodyProse ? findTitle(lines, roles, open, bodyStart, wholePage) : null;
  // A brief's paragraphs are all short: a headline above its first full sentence starts it, and
  // without one everything is kept as the story.
  const brief = hasBodyProse || wholePage ? undefined : open.find((i) => isProseLine(lines[i]!.text));
  const briefTitle = brief === undefined ? null : findTitle(lines, roles, open, brief, false);
  if (briefTitle !== null) [title, bodyStart] = [briefTitle, brief!];
  const below = title === null && wholePage ? headlineUnderCredits(lines, roles, open, bodyStart) : null;
  if (below !== null) [title, bodyStart] = below;
  const alone = printedAlone(lines);
  const keyPoints = keyPointLines(lines, open, title ?? -1, bodyStart);
  const crumbCredit =
    title === null || bylineLines.some((k) => k < bodyStart) ? null : creditShapedAsCrumbs(lines, roles, title, bodyStart);
  if (crumbCredit) {
    roles[crumbCredit.at] = 'byline';
    addBylines(crumbCredit.at, crumbCredit.names);
    bylineOutlets.push(crumbCredit.outlet!);
    outletLines.push(crumbCredit.at);
  }
  for (const i of open) {
    if (i >= bodyStart) break;
    if (title === null || i < title)
      roles[i] =
        wholePage ||
        // Between a forward's header and the headline, the forwarder writes a note of their own.
        (title !== null && i > (mailHeader.at(-1) ?? lines.length)) ||
        countWords(lines[i]!.text) <= 4 ||
        isHanOutletName(lines[i]!.text) ||
        !isHeadlineLike(lines[i]!.text) ||
        isBoilerplate(lines[i]!.text)
          ? 'cruft'
          : 'content';
    else if (i === title) roles[i] = 'title';
    else {
      // A byline read below the story (a comment's signature) does not credit the story's header.
      const credit = bylineLines.some((k) => k < bodyStart) ? null : headerName(lines[i]!.text, alone);
      if (credit) {
        roles[i] = 'byline';
        addBylines(i, credit.names);
        // A picture's credit (`Jane Doe, Example Press` under its caption) names the agency of the
        // photo; the writer's stands beside the headline or the timestamp.
        const besideHeader = roles[i - 1] === 'title' || roles[i - 1] === 'date' || roles[i + 1] === 'date';
        if (credit.outlet && besideHeader) {
          bylineOutlets.push(credit.outlet);
          outletLines.push(i);
        }
      } else if (keyPoints.has(i)) roles[i] = 'content';
      else if (wholePage) roles[i] = 'cruft';
      else
        roles[i] =
          countWords(lines[i]!.text) <= 4 && !endsSentence(lines[i]!.text) && !TIME_STAMP.test(lines[i]!.text) ? 'cruft' : 'content';
    }
  }
  const above = title === null || bylineLines.some((k) => k < bodyStart) ? null : writerAboveHeadline(lines, title);
  if (above) {
    roles[title! - 1] = 'byline';
    addBylines(title! - 1, [above]);
  }
  if (wholePage) for (const i of open) if (i > bodyStart && roles[i] === null && isShoutedLink(lines[i]!.text)) roles[i] = 'cruft';
  const broken = title === null ? null : brokenHeadlineLines(lines, roles, title, bodyStart, wholePage);
  if (broken) {
    title = broken[0];
    for (let i = broken[0]; i <= broken[1]; i++) roles[i] = 'title';
  }
  // A bare name under the headline is read as the byline only now, once the body is found.
  dropAuthorBios(lines, roles, bylines);
  const headerStart = headerStartAbove(lines, roles, title ?? bodyStart);
  // `Written by Jane Doe on March 3, 2024` just below the story credits it and dates it.
  let creditsEnd = span?.end ?? 0;
  while (roles[creditsEnd + 1] === 'byline' || roles[creditsEnd + 1] === 'date') creditsEnd++;
  // Of the lines below it, only a credit that says so (`Interview by …`, `Беседовала …`,
  // `Additional reporting by …`) names its writer, as does the timestamp that closes the story
  // (`Publié le 12/05/2023 · Jane Doe`); the story's source line (`Источник: …`) may stand between.
  let labelledEnd = span?.end ?? 0;
  // An article pasted alone ends with its densest run of prose; a page's, where its furniture begins.
  const storyEnd = (span ?? found)?.end;
  // Under an article pasted alone, only a name signed as print signs it (`Ирина ГУСЕВА`) is its writer's.
  const signs = span !== null || (storyEnd !== undefined && isPrintedSignature(lines[storyEnd + 1]?.text.trim() ?? ''));
  const signed = signs ? signOff(lines, storyEnd!, headerStart, bylineLines) : null;
  if (signed) {
    labelledEnd = storyEnd! + 1;
    roles[labelledEnd] = 'byline';
    addBylines(labelledEnd, signed);
  }
  const signature = storyEnd !== undefined && !signed ? signatureWithBio(lines, storyEnd, headerStart, bylineLines) : null;
  if (signature) {
    roles[signature.at] = signature.note ? 'cruft' : 'byline';
    if (!signature.note) roles[signature.at + 1] = 'cruft';
    addBylines(signature.at, [signature.name]);
    // The box may stand past the story's last line, under its title.
    labelledEnd = Math.max(labelledEnd, signature.at);
  }
  const note = storyEnd !== undefined && !signed && !signature ? closingWriterNote(lines, roles, storyEnd, headerStart, bylineLines) : null;
  if (note) {
    roles[note.at] = 'cruft';
    addBylines(note.at, [note.name]);
  }
  const masthead = wholePage ? null : mastheadSigningOff(lines, roles);
  if (masthead !== null) roles[masthead] = 'source';
  const closing = (role: Role | null | undefined, text: string) =>
    (role === 'byline' && (isLabelledByline(text) || readCreditLine(text) !== null)) || role === 'date' || role === 'source';
  // Once the header credits the writer, a credit inside the story's run signs a post the story quotes.
  const headerCredited = bylineLines.some((k) => k >= headerStart && k < bodyStart);
  // A story whose header credits nobody may close on its picture's caption, then the credit
  // that says who wrote it and who took the picture (`Text: Jane Doe. Photo: John Roe`).
  const creditPastCaption = (at: number) =>
    !headerCredited && roles[at] === 'cruft' && !endsSentence(lines[at]!.text) && isLabelledByline(lines[at + 1]?.text ?? '');
  for (;;) {
    if (labelledEnd + 1 < lines.length && closing(roles[labelledEnd + 1], lines[labelledEnd + 1]!.text)) labelledEnd++;
    else if (creditPastCaption(labelledEnd + 1) && roles[labelledEnd + 2] === 'byline') labelledEnd += 2;
    else break;
  }
  const quotedPost = (i: number) => headerCredited && i > bodyStart && i < span!.end;
  const inArticle = (i: number) => span !== null && i >= headerStart && i <= labelledEnd && !quotedPost(i);
  return {
    roles: roles.map((r) => r ?? 'content'),
    title,
    bodyStart,
    headerStart,
    // On a whole page, the bylines of teasers around the article are not its authors'.
    bylines: [...new Set(span ? bylines.filter((_, k) => inArticle(bylineLines[k]!)) : bylines)],
    bylineOutlets: span ? bylineOutlets.filter((_, k) => inArticle(outletLines[k]!)) : bylineOutlets,
    wholePage,
    printOutlets,
    keyPoints,
    // Past the marker that ends an article cut from its page (its readers' comments), dates are not the article's.
    dates: span
      ? articleDates(lines, dates, dateLines, { from: headerStart, bodyStart, to: creditsEnd }, usMonthFirst)
      : dates.filter((_, k) => tail < 0 || dateLines[k]! < tail),
  };
}
