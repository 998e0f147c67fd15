import { readDateline } from './dateline.js';
import { RIGHTS_RESERVED } from './lexicon/cruft-phrases.js';
import { MONTH_PATTERN } from './lexicon/months.js';
import type { Line } from './lines.js';
import { countWords, endsSentence } from './script.js';

/** What a line is worth to the article around it, before its place on the page is known. */
export type LineKind = 'prose' | 'sentence' | 'furniture' | 'metadata';

// A page pasted whole carries menus, link lists and footers around the article; these weights
// make the article the densest run of prose: each word of prose counts, each furniture line costs
// about as much as a short sentence, so a caption or an ad label inside the article costs little
// while a menu or a list of other headlines outweighs a stray sentence beside it.
const PROSE_CAP = 80;
const SENTENCE_GAIN = 1;
const FURNITURE_COST = 5;
const METADATA_COST = 2;

/** Prose: a long line, or a shorter one that reads as sentences, with few capitalised words. */
export function isProseLine(text: string): boolean {
  const cjk = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  if (cjk >= 25) return /[。！？”]/u.test(text);
  const words = countWords(text);
  if (words >= 25) return true;
  if (words < 10 || !endsSentence(text)) return false;
  const capitalised = text.match(/(?<![\p{L}\p{N}])\p{Lu}/gu)?.length ?? 0;
  return capitalised / words < 0.6;
}

// A dateline opens a paragraph of the story; alone on a short line it is more likely a section label.
const DATELINE_PROSE_WORDS = 8;

// A headline cut short (`… ruled on Monday …`) links to another story.
const CUT_SHORT = /(?:…|\.\.\.)$/u;
const TEASER_WORDS = 25;

export function lineKind(text: string, role: 'furniture' | 'metadata' | null): LineKind {
  if (role !== null) return role;
  if (CUT_SHORT.test(text) && countWords(text) < TEASER_WORDS) return 'furniture';
  if ((readDateline(text) && countWords(text) >= DATELINE_PROSE_WORDS) || isProseLine(text)) return 'prose';
  return endsSentence(text) && countWords(text) >= 4 ? 'sentence' : 'furniture';
}

/**
 * How much a prose line reads like running text, from 0 to 1: contact blocks, tables of figures
 * and link dumps have many digits and symbols, and a paragraph ends like a sentence.
 */
function proseQuality(text: string): number {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const digits = text.match(/\p{N}/gu)?.length ?? 0;
  const symbols = text.match(/[@#*|/\\_=+<>{}[\]~^]/gu)?.length ?? 0;
  const alnum = letters + digits || 1;
  let quality = 1 - Math.min(1, (digits / alnum) * 4 + (symbols / alnum) * 10);
  if (!endsSentence(text)) quality *= 0.6;
  return Math.max(0.1, quality);
}

function weight(line: Line, kind: LineKind): number {
  switch (kind) {
    case 'prose':
      return Math.max(10, Math.min(PROSE_CAP, countWords(line.text)) * proseQuality(line.text));
    case 'sentence':
      return SENTENCE_GAIN;
    case 'metadata':
      return -METADATA_COST;
    case 'furniture':
      return -FURNITURE_COST;
  }
}

// Where readers' comments begin, the article has ended: a comments heading, or a commenter's line.
const COMMENTS_HEADING =
  /^(?:\d+\s+)?(?:comments?|responses?|replies|reactions|thoughts?|kommentare?|commentaires?|réactions|комментари(?:и|ев|й)|коментар(?:і|ів)|评论|留言|网友评论)(?:\s*\(\d+\))?(?:\s+(?:to|on|zu|sur|к|до)\b.{0,120})?\s*[:：]?$|^(?:leave a (?:reply|comment)|post a comment|add (?:a|your) comment|(?:log|sign) in to comment|join the (?:conversation|discussion)|join discussion|kommentar schreiben|laisser un commentaire|ajouter un commentaire|оставить комментарий|залишити коментар|发表评论)/iu;
const COMMENTER = /^\S.{0,40}?\s(?:says|wrote|schreibt|sagt|a écrit|écrit|пишет|пише|написал|написав|说|写道)\s*[:：]$/iu;
/** `2 comments`, `4 comments:`, `Leave a reply`: the heading of the readers' comments, where the article has ended. */
export const isCommentsHeading = (text: string): boolean => COMMENTS_HEADING.test(text);

// An author's box closes the article: `About Jane Doe`, `About the author`, `Über Max Muster`.
const AUTHOR_BOX =
  /^(?:(?:about|über|sobre|à propos de|a propos de)\s+(?:the (?:author|writer|reporter)|(?:de )?l['’](?:auteur|autrice|auteure)|(?:den|die) autor(?:in)?|o autor|(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){1,3}\p{Lu}[\p{L}\p{M}'’.-]*)|zu[rm] (?:autorin|autor)|l['’](?:auteur|autrice|auteure)|об авторе|про автора|про авторку|关于作者|作者简介)\s*[:：]?$/iu;
/** `About the author`, `Über die Autorin`, `Об авторе`: the heading of the box on the writer that closes an article. */
export const isAuthorBoxHeading = (text: string): boolean => AUTHOR_BOX.test(text.trim());

/** A line among share buttons (`Twitter`, `Comments`, `Print`): a button, not a heading. */
function inButtonBar(lines: readonly Line[], kinds: readonly LineKind[], i: number): boolean {
  const button = (k: number) => k >= 0 && k < lines.length && kinds[k] === 'furniture' && countWords(lines[k]!.text) <= 2;
  return button(i - 1) && button(i + 1);
}

/** The first line after `from` where the article has ended (readers' comments, an author's box), or -1. */
function articleEnd(lines: readonly Line[], kinds: readonly LineKind[], from: number, to: number): number {
  for (let i = from; i <= to; i++) {
    if (COMMENTER.test(lines[i]!.text) || AUTHOR_BOX.test(lines[i]!.text)) return i;
    if (COMMENTS_HEADING.test(lines[i]!.text) && !inButtonBar(lines, kinds, i)) return i;
  }
  return -1;
}

// Fewer lines than this around the densest run, and the paste is an article, not a page.
const PAGE_FURNITURE_LINES = 8;

/** Whether the paste is a whole page: furniture lines lie around its densest run of prose. */
export function isWholePage(kinds: readonly LineKind[], span: { start: number; end: number }): boolean {
  let around = 0;
  kinds.forEach((k, i) => {
    if ((i < span.start || i > span.end) && k === 'furniture') around++;
  });
  return around >= PAGE_FURNITURE_LINES;
}

/**
 * The first line from `from` on where a marker (readers' comments, an author's box) says the
 * article has ended, or -1: in text already cut from its page, nothing else ends it.
 */
export function markedEnd(lines: readonly Line[], kinds: readonly LineKind[], from: number): number {
  return articleEnd(lines, kinds, from, lines.length - 1);
}

// A browser copies a story's paragraphs with blank lines between them; a list of teasers comes as
// one block, its summaries among headlines, names and dates. Prose in such a block counts for less.
const CROWDED_FURNITURE = 3;
const CROWDED_PROSE_SHARE = 0.5;
const CROWDED_TAIL_SHARE = 0.3;

/** The blocks where furniture lines outnumber prose and are at least CROWDED_FURNITURE. */
function crowdedBlocks(lines: readonly Line[], kinds: readonly LineKind[]): Set<number> {
  const furniture = new Map<number, number>();
  const prose = new Map<number, number>();
  lines.forEach((l, i) => {
    const counts = kinds[i] === 'prose' ? prose : kinds[i] === 'sentence' ? null : furniture;
    counts?.set(l.block, (counts.get(l.block) ?? 0) + 1);
  });
  return new Set([...furniture].filter(([b, n]) => n >= CROWDED_FURNITURE && n > (prose.get(b) ?? 0)).map(([b]) => b));
}

/**
 * The run of lines that holds the article: the contiguous span with the greatest weight of prose
 * less furniture (a maximum-sum run). Null when the paste has no prose at all.
 */
export function mainSpan(lines: readonly Line[], kinds: readonly LineKind[]): { start: number; end: number } | null {
  const crowded = crowdedBlocks(lines, kinds);
  const weights = lines.map((line, i) => weight(line, kinds[i]!));
  // A line's weight, its prose counted at `share` in a block crowded with furniture.
  const scaled = (i: number, share: number) => (weights[i]! > 0 && crowded.has(lines[i]!.block) ? weights[i]! * share : weights[i]!);
  let best: { start: number; end: number; sum: number } | null = null;
  let sum = 0;
  let start = 0;
  lines.forEach((_, i) => {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += scaled(i, CROWDED_PROSE_SHARE);
    if (sum > 0 && (!best || sum > best.sum)) best = { start, end: i, sum };
  });
  if (!best) return null;
  const { start: s, end: found } = best as { start: number; end: number; sum: number };
  // Where the run ends, crowded prose counts for less still: the start, and with it the header, stays.
  let e = found;
  let tail = 0;
  let bestTail = -Infinity;
  for (let i = s; i <= found; i++) {
    tail += scaled(i, CROWDED_TAIL_SHARE);
    if (tail > bestTail) [bestTail, e] = [tail, i];
  }
  // The run starts where its weight starts: skip furniture it opened on.
  let first = s;
  while (first < e && kinds[first] !== 'prose') first++;
  const comments = articleEnd(lines, kinds, first + 1, e);
  return { start: first, end: comments > first ? comments - 1 : e };
}

// A list the article introduces with a colon (`Tour dates:`, `The winners:`) belongs to it, though
// its items are short lines that look like furniture.
const LIST_ITEM = new RegExp(`^(?:[-–—•*·]\\s|\\d|(?:${MONTH_PATTERN})\\.?\\s+\\d)|\\s(?:--|–|—|@)\\s`, 'iu');
const LIST_ITEM_WORDS = 30;
const MIN_LIST_ITEMS = 2;
const MIN_HEADED_ITEMS = 4;

/** A line shaped like an item of a list: a bullet, a number or a date first, or `place – venue`. */
export function isListItem(text: string): boolean {
  return countWords(text) <= LIST_ITEM_WORDS && LIST_ITEM.test(text);
}

/** The last list item in a run from `from`, or `from - 1`. */
function listEnd(lines: readonly Line[], kinds: readonly LineKind[], from: number): number {
  let last = from - 1;
  while (last + 1 < lines.length && kinds[last + 1] !== 'metadata' && isListItem(lines[last + 1]!.text)) last++;
  return last;
}

/**
 * The span's last line, taking in a list at its end: one introduced by a colon, or a longer one
 * under a heading of its own.
 */
export function withIntroducedList(lines: readonly Line[], kinds: readonly LineKind[], end: number): number {
  const intro = [end, end + 1].find((i) => i < lines.length && /:$/u.test(lines[i]!.text) && countWords(lines[i]!.text) >= 2);
  if (intro !== undefined) {
    const last = listEnd(lines, kinds, intro + 1);
    if (last - intro >= MIN_LIST_ITEMS) return last;
  }
  const headed = listEnd(lines, kinds, end + 2);
  return headed - (end + 1) >= MIN_HEADED_ITEMS ? headed : end;
}

// A notice this long is a footer's line, not a paragraph that quotes one.
const RIGHTS_LINE_CHARS = 300;

/**
 * The span's last line on a whole page, ending above the page's copyright notice: what follows it
 * (teasers of other stories with their summaries) reads like prose but is not the article. A notice
 * with more of the span's prose below it than above is a footer the page prints before its article.
 */
export function beforeRightsNotice(lines: readonly Line[], kinds: readonly LineKind[], start: number, end: number): number {
  const prose = (from: number, to: number) =>
    lines.slice(from, to).reduce((n, l, k) => n + (kinds[from + k] === 'prose' ? countWords(l.text) : 0), 0);
  for (let i = start + 1; i <= end; i++) {
    const text = lines[i]!.text;
    if (text.length <= RIGHTS_LINE_CHARS && RIGHTS_RESERVED.test(text) && prose(start, i) > prose(i + 1, end + 1)) return i - 1;
  }
  return end;
}
