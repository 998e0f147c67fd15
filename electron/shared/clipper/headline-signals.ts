import { namesOnly } from './byline.js';
import { isOutletName, sourceFromFooter } from './source.js';
import type { Line } from './lines.js';
import { readRelativeTime } from './relative-date.js';
import { countWords } from './script.js';
import { isHeadlineLike } from './title.js';
import { alternation, PUBLISHED_LABELS, UPDATED_LABELS } from './lexicon/stamp-labels.js';

// The signals a page's header lines give of which is its headline: the words of notices, credits
// and timestamps, and the lines the page prints again.

/** What the layout knows of a header line when the headline is looked for. */
export type HeaderRole = 'title' | 'byline' | 'date' | 'source' | 'cruft' | 'content' | null;

// A whole page's headline sits above its body, past captions, share buttons and a standfirst.
export const WINDOW = 30;
// A headline with a standfirst under it, and the standfirst, run to at least this many words.
export const STANDFIRST_MIN_WORDS = 5;
// Lines already known as furniture (share buttons, labels) count this little toward the window.
const FURNITURE_DISTANCE = 0.5;
// A byline or timestamp this close under a line marks it as the headline it credits.
const CREDIT_REACH = 4;
// A live page's entries each head their text with a line under the entry's time.
const LIVE_ENTRIES = 2;
// An entry's time stands alone: `16:45`, `10:42 am`, `Tuesday, 16:45 Uhr`.
const ENTRY_TIME_WORDS = 4;

// Timestamps the date reader cannot place (no year): they still mark the header, as relative times
// (`3 hours ago`, `il y a 2 jours`) in every language do.
// German `Stand` opens English headlines too (`Stand up for …`): it labels a line the date reader places.
const TIMESTAMP = new RegExp(
  `^(?:(?:${alternation(
    PUBLISHED_LABELS,
    UPDATED_LABELS.filter((label) => label !== 'stand'),
  )})(?![\\p{L}\\p{N}]).{0,60}|\\d{1,2}(?:[:.]|h(?=\\d))\\d{2}.{0,30})$`,
  'iu',
);
// The words of sign-in bars and consent notices, which a headline never uses.
const BOILERPLATE =
  /(?<![\p{L}\p{N}])(?:sign(?:ed)? (?:in|up|out)|log ?in|log ?out|subscribe|newsletters?|terms of (?:use|service)|tap here|new window|all rights|skip to|you are here|read more|see more|share (?:this|on|via|panel)|close (?:share|panel|menu)|show (?:more|less)|follow us|share this|app store|my account|anmelden|einloggen|mein konto|abonnieren|datenschutz|connexion|se connecter|s['’]abonner|mon compte|abonnez|войти|подписаться|увійти)(?![\p{L}\p{N}])|登录|注册/iu;
// The words of widget labels and links (`Privacy policy`, `Back to top`, `Trending`), which news
// also reports on (`Teachers go back to school`, `Regulator fines app over privacy policy`): they
// mark only a label's few words.
const WIDGET_LABEL =
  /(?<![\p{L}\p{N}])(?:subscription|cookies?|privacy|policy|click|external links?|browse all|captioning|advertis\w*|sponsored|copyright|go to|back to|sharing|more from|download|up next|trending|most popular|zurück|übersicht)(?![\p{L}\p{N}])/iu;
const WIDGET_LABEL_WORDS = 5;

// A time of day on a short line: `Monday 6:30PM`, `Jane Doe Friday 11:40AM`.
const TIME_OF_DAY = /(?<!\d)\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?!\d)/iu;
const SHORT_LINE_WORDS = 8;
// A sentence's full stop, Latin or Chinese, which a headline does not close on.
export const FULL_STOP = /[.。]["”’»」]?$/u;
// Sentences run on inside a line: a notice or a standfirst, not a headline.
export const SENTENCE_BREAK = /[.!?]["”’»]?\s+\p{Lu}/gu;

// A line that opens like a credit (`By …`, `Reporting from …`, `Jane Doe reported from …`) is a byline the name reader did not take, not a headline;
// nor is a distributor's (`News provided by Acme Inc`), nor an author's name run into the outlet's
// (`Jane Doe Springfield Herald`) or set before it (`Jane Doe, The Example Courier`).
const CREDIT_OPENING =
  /^(?:by|von|par|por|автор|автори|reporting from|reported from)\s|^(?:\p{L}+\s+){0,2}(?:provided|written|posted|presented|sponsored|brought to you|bereitgestellt|fourni|présenté|предоставлено|надано)\s+(?:by|von|par|от|від)\s/iu;

// A writer's full name, its capitals kept, then where she reported from.
const NAME_REPORTED_FROM = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s+(?:reported|reporting)\s+from\s/u;

/** Whether a line opens as a credit does. */
export function opensOnCredit(text: string): boolean {
  return CREDIT_OPENING.test(text) || NAME_REPORTED_FROM.test(text);
}

// A news feed's item, its time copied glued to its headline (`07:40Council approves budget`): a link to another story.
const FEED_ITEM = /^\d{1,2}:\d{2}(?=\p{L})/u;

/** Whether a line uses the words of sign-in bars, notices and widgets, which no headline uses. */
export function isBoilerplate(text: string): boolean {
  return BOILERPLATE.test(text) || FEED_ITEM.test(text) || (WIDGET_LABEL.test(text) && countWords(text) <= WIDGET_LABEL_WORDS);
}

export function isTimestampLine(text: string): boolean {
  if (text.length > 90) return false;
  if (TIMESTAMP.test(text)) return true;
  if (countWords(text) > SHORT_LINE_WORDS) return false;
  // A name copied glued to the time after it (`Jane Doe2 hours ago`) still gives the time.
  return TIME_OF_DAY.test(text) || readRelativeTime(text.replace(/(\p{L})(\p{N})/gu, '$1 $2')) !== null;
}

/** A byline, a timestamp, or a line of writers' names alone that no other rule has placed yet. */
export function isCredit(role: HeaderRole, text: string): boolean {
  return role === 'byline' || role === 'date' || isTimestampLine(text) || (role === null && namesOnly(text) !== null);
}

/** Lines between a header line and the body, furniture counting little. */
export function distance(roles: readonly HeaderRole[], i: number, bodyStart: number): number {
  let d = 0;
  for (let k = i + 1; k <= bodyStart; k++) d += roles[k] === 'cruft' ? FURNITURE_DISTANCE : 1;
  return d;
}

/** How strongly a byline or timestamp under the line credits it, counted past captions and buttons. */
export function creditUnder(lines: readonly Line[], roles: readonly HeaderRole[], i: number, bodyStart: number): number {
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
export function isContentsLink(lines: readonly Line[], roles: readonly HeaderRole[], i: number, bodyStart: number): boolean {
  if (!printedInBody(lines, roles, i, bodyStart)) return false;
  for (let k = Math.max(0, i - CONTENTS_NEIGHBOURS); k <= Math.min(bodyStart - 1, i + CONTENTS_NEIGHBOURS); k++)
    if (k !== i && printedInBody(lines, roles, k, bodyStart)) return true;
  return false;
}

/** Whether the line heads a live page's entry: under a timestamp, as the body's further entries are headed. */
export function isEntryHeading(lines: readonly Line[], i: number, bodyStart: number): boolean {
  if (i === 0 || !isTimestampLine(lines[i - 1]!.text)) return false;
  const headed = (k: number) =>
    isTimestampLine(lines[k]!.text) && k + 1 < lines.length && isHeadlineLike(lines[k + 1]!.text) && !isTimestampLine(lines[k + 1]!.text);
  let entries = 0;
  for (let k = bodyStart; k < Math.min(lines.length, bodyStart + WINDOW) && entries < LIVE_ENTRIES; k++) if (headed(k)) entries++;
  return entries >= LIVE_ENTRIES;
}

/**
 * Whether the line is the site's name: an outlet's name (`The Example Evening Courier`) the page
 * gives again under the story's start, alone or in its copyright line, as its footer does.
 */
export function isMasthead(lines: readonly Line[], i: number, bodyStart: number): boolean {
  const text = lines[i]!.text;
  if (!isOutletName(text)) return false;
  return lines.some((l, k) => k > bodyStart && (l.text === text || sourceFromFooter(l.text) === text));
}
