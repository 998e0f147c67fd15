import { nameBeforeOutlet, namesOnly, namesThenOutlet } from './byline.js';
import { READ_ON_LINK } from './lexicon/cruft-phrases.js';
import { isOutletName, sourceFromFooter } from './source.js';
import { printedAlone, type Line } from './lines.js';
import { isProseLine } from './main-span.js';
import { countWords, endsSentence } from './script.js';
import { isHeadlineLike } from './title.js';

/** What the layout knows of a header line when the headline is looked for. */
export type HeaderRole = 'title' | 'byline' | 'date' | 'source' | 'cruft' | 'content' | null;

// A whole page's headline sits above its body, past captions, share buttons and a standfirst.
const WINDOW = 30;
// Lines already known as furniture (share buttons, labels) count this little toward the window.
const FURNITURE_DISTANCE = 0.5;
// A byline or timestamp this close under a line marks it as the headline it credits.
const CREDIT_REACH = 4;
const STANDFIRST_MIN_WORDS = 5;
// A standfirst runs this much longer than its headline; a label between them is this short.
const STANDFIRST_RATIO = 1.4;
const LABEL_WORDS = 1;
const CREDITED_BELOW_COST = 1;
// A credit at most one line under its headline (past a caption or a button).
const CLOSE_CREDIT = 2.5;

// A teaser's `Read more` link follows its headline within this many lines.
const TEASER_LINK_REACH = 3;
const TEASER_COST = 3;
// A live page's list of key moments links to headings its body prints again, and each of its
// entries heads its text with a line under the entry's time: neither heads the page.
const CONTENTS_COST = 4;
const LIVE_ENTRIES = 2;
// An entry's time stands alone: `16:45`, `10:42 am`, `Tuesday, 16:45 Uhr`.
const ENTRY_TIME_WORDS = 4;

// Timestamps the date reader cannot place (no year, or relative): they still mark the header.
const TIMESTAMP =
  /^(?:(?:published|posted|updated|last updated|modified|publié|mis à jour|veröffentlicht|aktualisiert|опубликовано|обновлено|опубліковано|оновлено|发布时间|更新时间)\b.{0,60}|.{0,40}(?<!\d)\d+\s*(?:hours?|hrs?|minutes?|mins?|days?|weeks?)\s+ago\b.{0,30}|\d{1,2}(?:[:.]|h(?=\d))\d{2}.{0,30})$/iu;
// The words of sign-in bars, consent notices and widget labels, which a headline never uses.
const BOILERPLATE =
  /(?<![\p{L}\p{N}])(?:sign(?:ed)? (?:in|up|out)|log ?in|log ?out|subscribe|subscription|newsletters?|cookies?|privacy|terms of (?:use|service)|policy|click|tap here|external links?|new window|browse all|captioning|advertis\w*|sponsored|all rights|copyright|skip to|go to|back to|you are here|read more|see more|share (?:this|on|via|panel)|close (?:share|panel|menu)|sharing|show (?:more|less)|more from|follow us|share this|download|app store|up next|trending|most popular|my account|anmelden|einloggen|mein konto|abonnieren|datenschutz|zurück|übersicht|connexion|se connecter|s['’]abonner|mon compte|abonnez|войти|подписаться|увійти)(?![\p{L}\p{N}])|登录|注册/iu;

// A time of day on a short line: `Monday 6:30PM`, `Jane Doe Friday 11:40AM`.
const TIME_OF_DAY = /(?<!\d)\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?!\d)/iu;
const SHORT_LINE_WORDS = 8;
// A sentence's full stop, which a headline does not close on.
const FULL_STOP = /\.["”’»]?$/u;
// Sentences run on inside a line: a notice or a standfirst, not a headline.
const SENTENCE_BREAK = /[.!?]["”’»]?\s+\p{Lu}/gu;

// A line that opens like a credit (`By …`, `Reporting from …`, `Jane Doe reported from …`) is a byline the name reader did not take, not a headline;
// nor is a distributor's (`News provided by Acme Inc`), nor an author's name run into the outlet's
// (`Jane Doe Springfield Herald`) or set before it (`Jane Doe, The Example Courier`).
const CREDIT_OPENING =
  /^(?:by|von|par|por|автор|автори|reporting from|reported from)\s|^(?:\p{L}+\s+){0,2}(?:provided|written|posted|presented|sponsored|brought to you|bereitgestellt|fourni|présenté|предоставлено|надано)\s+(?:by|von|par|от|від)\s/iu;

// A writer's full name, its capitals kept, then where she reported from.
const NAME_REPORTED_FROM = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s+(?:reported|reporting)\s+from\s/u;

/** Whether a line opens as a credit does. */
function opensOnCredit(text: string): boolean {
  return CREDIT_OPENING.test(text) || NAME_REPORTED_FROM.test(text);
}

/** Whether a line uses the words of sign-in bars, notices and widgets, which no headline uses. */
export function isBoilerplate(text: string): boolean {
  return BOILERPLATE.test(text);
}

export function isTimestampLine(text: string): boolean {
  if (text.length > 90) return false;
  return TIMESTAMP.test(text) || (countWords(text) <= SHORT_LINE_WORDS && TIME_OF_DAY.test(text));
}

/** A byline, a timestamp, or a line of writers' names alone that no other rule has placed yet. */
function isCredit(role: HeaderRole, text: string): boolean {
  return role === 'byline' || role === 'date' || isTimestampLine(text) || (role === null && namesOnly(text) !== null);
}

/** Lines between a header line and the body, furniture counting little. */
function distance(roles: readonly HeaderRole[], i: number, bodyStart: number): number {
  let d = 0;
  for (let k = i + 1; k <= bodyStart; k++) d += roles[k] === 'cruft' ? FURNITURE_DISTANCE : 1;
  return d;
}

/** How strongly a byline or timestamp under the line credits it, counted past captions and buttons. */
function creditUnder(lines: readonly Line[], roles: readonly HeaderRole[], i: number, bodyStart: number): number {
  for (let k = i + 1; k <= Math.min(lines.length - 1, i + CREDIT_REACH, bodyStart); k++) {
    // A live page's entry opens on its time alone, which dates the entry's heading below, not the line above.
    const opensEntry =
      countWords(lines[k]!.text) <= ENTRY_TIME_WORDS && isTimestampLine(lines[k]!.text) && isEntryHeading(lines, k + 1, bodyStart);
    if (isCredit(roles[k] ?? null, lines[k]!.text) && !opensEntry) return 3 - (k - i - 1) * 0.5;
  }
  return 0;
}

const CONTENTS_NEIGHBOURS = 2;
// The body's first entry may be headed by its time and heading, just above its first paragraph.
const FIRST_ENTRY_HEAD = 2;

/** Whether the body prints the line again, among its own lines. */
function printedInBody(lines: readonly Line[], roles: readonly HeaderRole[], i: number, bodyStart: number): boolean {
  const text = lines[i]!.text;
  const from = Math.max(i + 1, bodyStart - FIRST_ENTRY_HEAD);
  return lines.some((l, k) => k >= from && k - bodyStart <= WINDOW && roles[k] === null && l.text === text);
}

/**
 * Whether the line links, in a list of such links, to a heading the body prints again: a live
 * page's key moments. A headline the page prints once more below its story stands alone.
 */
function isContentsLink(lines: readonly Line[], roles: readonly HeaderRole[], i: number, bodyStart: number): boolean {
  if (!printedInBody(lines, roles, i, bodyStart)) return false;
  for (let k = Math.max(0, i - CONTENTS_NEIGHBOURS); k <= Math.min(bodyStart - 1, i + CONTENTS_NEIGHBOURS); k++)
    if (k !== i && printedInBody(lines, roles, k, bodyStart)) return true;
  return false;
}

/** Whether the line heads a live page's entry: under a timestamp, as the body's further entries are headed. */
function isEntryHeading(lines: readonly Line[], i: number, bodyStart: number): boolean {
  if (i === 0 || !isTimestampLine(lines[i - 1]!.text)) return false;
  const headed = (k: number) =>
    isTimestampLine(lines[k]!.text) && k + 1 < lines.length && isHeadlineLike(lines[k + 1]!.text) && !isTimestampLine(lines[k + 1]!.text);
  let entries = 0;
  for (let k = bodyStart; k < Math.min(lines.length, bodyStart + WINDOW) && entries < LIVE_ENTRIES; k++) if (headed(k)) entries++;
  return entries >= LIVE_ENTRIES;
}

const MASTHEAD_COST = 4;

/**
 * Whether the line is the site's name: an outlet's name (`The Example Evening Courier`) the page
 * gives again under the story's start, alone or in its copyright line, as its footer does.
 */
function isMasthead(lines: readonly Line[], i: number, bodyStart: number): boolean {
  const text = lines[i]!.text;
  if (!isOutletName(text)) return false;
  return lines.some((l, k) => k > bodyStart && (l.text === text || sourceFromFooter(l.text) === text));
}

/** How much a line reads as the page's headline: its shape, its wording, the credits under it. */
function headlineScore(
  lines: readonly Line[],
  roles: readonly HeaderRole[],
  i: number,
  bodyStart: number,
  isLogo: (text: string) => boolean,
): number {
  const text = lines[i]!.text;
  const words = countWords(text);
  const cjk = (text.match(/\p{Script=Han}/gu)?.length ?? 0) >= 6;
  let score = 0;
  if (!cjk) {
    if (words >= 5 && words <= 22) score += 2;
    else if (words > 30) score -= 3;
  }
  if (FULL_STOP.test(text)) score -= 1.5;
  if ((text.match(SENTENCE_BREAK)?.length ?? 0) >= 2) score -= 2;
  if (!/\p{Ll}/u.test(text) || /^\p{Ll}/u.test(text)) score -= 2;
  if (BOILERPLATE.test(text) || opensOnCredit(text) || nameBeforeOutlet(text, isLogo) || namesThenOutlet(text) || namesOnly(text))
    score -= 4;
  if (isMasthead(lines, i, bodyStart)) score -= MASTHEAD_COST;
  // `— Jane Doe on Sunday, in a newspaper`: a dash opens a quote's attribution or a list's item.
  if (/^[-–—]/u.test(text)) score -= 3;
  const digits = text.match(/\p{N}/gu)?.length ?? 0;
  if (digits / Math.max(1, text.length) > 0.15) score -= 2;
  score += creditUnder(lines, roles, i, bodyStart);
  if (i > 0 && isCredit(roles[i - 1] ?? null, lines[i - 1]!.text)) score += 0.5;
  // A headline is often printed twice (a page title and the article's own heading); a line the
  // body prints again as one of its headings is a contents link to it.
  if (isContentsLink(lines, roles, i, bodyStart) || isEntryHeading(lines, i, bodyStart)) score -= CONTENTS_COST;
  else if (lines.some((l, k) => k !== i && Math.abs(k - i) <= WINDOW && l.text === text)) score += 1.5;
  // Of two headline-like lines in a row, the lower is the standfirst under the upper.
  // A menu with a sign-in link, or the site's name, is no headline with a standfirst under it.
  const runsOn = (upper: number, lower: number) =>
    roles[upper] === null &&
    !BOILERPLATE.test(lines[upper]!.text) &&
    !isOutletName(lines[upper]!.text) &&
    roles[lower] === null &&
    isHeadlineLike(lines[upper]!.text) &&
    isHeadlineLike(lines[lower]!.text) &&
    lines[upper]!.text !== lines[lower]!.text &&
    countWords(lines[upper]!.text) >= STANDFIRST_MIN_WORDS &&
    countWords(lines[lower]!.text) >= Math.max(STANDFIRST_MIN_WORDS, countWords(lines[upper]!.text) * 0.8);
  const headsStandfirst = i + 1 < lines.length && runsOn(i, i + 1);
  if (headsStandfirst) score += 1;
  if (i > 0 && runsOn(i - 1, i)) score -= 1;
  // A standfirst is longer than the headline over it, perhaps with a section label between them.
  const above = [i - 1, i - 2].find(
    (k) =>
      k >= 0 &&
      (k === i - 1 || countWords(lines[i - 1]!.text) <= LABEL_WORDS) &&
      !isCredit(roles[k] ?? null, lines[k]!.text) &&
      runsOn(k, i),
  );
  // Or, a little longer, it closes on a full stop where the headline over it has none.
  const over = above === undefined ? '' : lines[above]!.text;
  const standfirst =
    above !== undefined &&
    (countWords(text) >= countWords(over) * STANDFIRST_RATIO ||
      (FULL_STOP.test(text) && !FULL_STOP.test(over) && countWords(text) > countWords(over)));
  // A kicker over the headline (`PLUS Hafen in Example`) is shorter still: a line with its own
  // standfirst under it, a sentence where it is none, is the headline.
  const overStandfirst = headsStandfirst && FULL_STOP.test(lines[i + 1]!.text) && !FULL_STOP.test(text);
  if (standfirst && !overStandfirst) score -= 2.5;
  // A teaser heads another story: a `Read more` link follows it, past its standfirst.
  if (lines.slice(i + 1, i + 1 + TEASER_LINK_REACH).some((l) => READ_ON_LINK.test(l.text.trim()))) score -= TEASER_COST;
  // Nearer the body is likelier, but only a little: captions and buttons often lie between.
  score -= distance(roles, i, bodyStart) * 0.08;
  return score;
}

/**
 * The headline of a page pasted whole: the best-scoring headline-like line above its body. A
 * credited line nearer the body outranks one further up: teasers of other stories, each with its
 * own byline, come before the article's header, not after it.
 */
export function findPageHeadline(
  lines: readonly Line[],
  roles: readonly HeaderRole[],
  open: readonly number[],
  bodyStart: number,
): number | null {
  const candidates = open.filter(
    (i) => i < bodyStart && distance(roles, i, bodyStart) <= WINDOW && isHeadlineLike(lines[i]!.text) && !isTimestampLine(lines[i]!.text),
  );
  // A standfirst ends like a sentence; a teaser's headline, like any headline, does not.
  const credited = candidates.filter(
    (i) =>
      countWords(lines[i]!.text) >= STANDFIRST_MIN_WORDS &&
      !endsSentence(lines[i]!.text) &&
      !opensOnCredit(lines[i]!.text) &&
      !namesOnly(lines[i]!.text) &&
      !isContentsLink(lines, roles, i, bodyStart) &&
      creditUnder(lines, roles, i, bodyStart) >= CLOSE_CREDIT,
  );
  const isLogo = printedAlone(lines);
  let best: number | null = null;
  let bestScore = 0;
  for (const i of candidates) {
    const creditedBelow = credited.filter((k) => k > i && lines[k]!.text !== lines[i]!.text).length;
    const score = headlineScore(lines, roles, i, bodyStart, isLogo) - creditedBelow * CREDITED_BELOW_COST;
    if (best === null || score >= bestScore) {
      best = i;
      bestScore = score;
    }
  }
  // `Home Gardens Hiking the Flat Irons` above `HIKING THE FLAT IRONS`, `Home / News / Shelter
  // opens at the school` above `Shelter opens at the school: pupils return`: a breadcrumb that ends
  // on the headline, which the page prints alone too.
  const top = best === null ? null : lines[best]!.text;
  const alone = top === null ? undefined : candidates.find((k) => k !== best && endsOnHeadline(top, lines[k]!.text));
  return alone ?? best;
}

const GLUED_HEADLINE_WORDS = 3;
// Crumbs set apart by spaced slashes or arrows; a crumb before the last is a section's short name.
const CRUMB_SEPARATOR = /\s+(?:\/|>|»|›|→)\s+/u;
const SECTION_CRUMB_WORDS = 3;

/**
 * Whether `line` is a label glued before `headline`, a breadcrumb whose last crumb is `headline`,
 * whole or cut short, or the page's title, the headline with the site's name after a bar or dash.
 */
function endsOnHeadline(line: string, headline: string): boolean {
  return gluedAfter(line, headline) || endsCrumbs(line, headline) || namesSiteAfter(line, headline);
}

// `Headline | Example Courier`, `Headline - Example Courier`: the name after the title's separator is short.
const SITE_AFTER_TITLE = /^\s+[|–—-]\s+\S.*$/u;
const SITE_NAME_WORDS = 5;

function namesSiteAfter(line: string, headline: string): boolean {
  if (countWords(headline) < GLUED_HEADLINE_WORDS || !line.startsWith(headline)) return false;
  const rest = line.slice(headline.length);
  return SITE_AFTER_TITLE.test(rest) && countWords(rest) <= SITE_NAME_WORDS;
}

function endsCrumbs(line: string, headline: string): boolean {
  const crumbs = line.split(CRUMB_SEPARATOR);
  const last = crumbs.at(-1)!.toLowerCase();
  return (
    crumbs.length >= 2 &&
    crumbs.slice(0, -1).every((c) => countWords(c) <= SECTION_CRUMB_WORDS) &&
    countWords(last) >= GLUED_HEADLINE_WORDS &&
    headline.toLowerCase().startsWith(last)
  );
}

const TITLE_SEPARATOR_END = /\s[|–—-]\s+$/u;

/**
 * Whether `line` ends with `headline` (in any case) after other words: a label glued before it. A
 * page's text copy may run the label's last word into the headline (`HomeNewsHarbour votes …`),
 * where the headline's capital still marks its start.
 */
function gluedAfter(line: string, headline: string): boolean {
  const l = line.toLowerCase();
  const h = headline.toLowerCase();
  if (countWords(headline) < GLUED_HEADLINE_WORDS || l.length <= h.length || !l.endsWith(h)) return false;
  const join = line.length - headline.length;
  // `Headline | Example Ledger` closes on the site's name after the title's bar: no label glued before it.
  if (TITLE_SEPARATOR_END.test(line.slice(0, join))) return false;
  return /\s$/u.test(l.slice(0, join)) || (/\p{L}$/u.test(line.slice(0, join)) && /^[\p{Lu}\p{N}]/u.test(line.slice(join)));
}

// A page's header (headline, standfirst, byline, date) may open the densest run of prose.
const HEADER_REACH = 6;
const BODY_PARAGRAPH_WORDS = 40;

const QUESTION_HEADLINE_WORDS = 20;

/** `Markets on a high; time to be careful?`: a headline that asks, which reads as prose by its length. */
function isQuestionHeadline(text: string): boolean {
  return /[?!]["”’»]?$/u.test(text) && countWords(text) <= QUESTION_HEADLINE_WORDS && !text.match(SENTENCE_BREAK);
}

/**
 * The last byline or timestamp line among the first lines of the article's run, before its body
 * has begun (a long paragraph, or two paragraphs in a row): the body starts after it. A standfirst,
 * then a picture's caption, may stand above the byline. `from - 1` when the run opens straight on
 * its body.
 */
export function lastHeaderCredit(lines: readonly Line[], roles: readonly HeaderRole[], from: number, to: number): number {
  let last = from - 1;
  let paragraphSeen = false;
  for (let k = from; k <= Math.min(to, from + HEADER_REACH - 1); k++) {
    const text = lines[k]!.text;
    if (isCredit(roles[k] ?? null, text)) {
      last = k;
      continue;
    }
    if (roles[k] !== null || !isProseLine(text) || isQuestionHeadline(text)) continue;
    if (paragraphSeen || countWords(text) >= BODY_PARAGRAPH_WORDS) break;
    paragraphSeen = true;
  }
  return last;
}
