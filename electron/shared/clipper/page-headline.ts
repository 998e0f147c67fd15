import { namesOnly } from './byline.js';
import { HEADLINE_FEATURES, headlineFeatures, headlinePage, type HeadlineFeatures } from './headline-features.js';
import {
  creditUnder,
  distance,
  isContentsLink,
  isCredit,
  isTimestampLine,
  opensOnCredit,
  SENTENCE_BREAK,
  STANDFIRST_MIN_WORDS,
  WINDOW,
  type HeaderRole,
} from './headline-signals.js';

import model from './lexicon/headline-weights.json';
import { printedAlone, type Line } from './lines.js';
import { isProseLine } from './main-span.js';
import { countWords, endsSentence } from './script.js';
import { isHeadlineLike } from './title.js';

// A credit at most one line under its headline (past a caption or a button).
const CLOSE_CREDIT = 2.5;

// The weight of each feature: fitted by scripts/train-headline.mjs on pages pasted whole.
const WEIGHTS: HeadlineFeatures = model.weights;

/** How much a candidate reads as the page's headline. */
function headlineScore(features: HeadlineFeatures): number {
  let score = 0;
  for (const name of HEADLINE_FEATURES) score += WEIGHTS[name] * features[name];
  return score;
}

/** A line that may be the headline of a page pasted whole, with its features. */
export interface HeadlineCandidate {
  index: number;
  features: HeadlineFeatures;
}

/** The headline-like lines above a whole page's body, each with its features, from the top down. */
export function headlineCandidates(
  lines: readonly Line[],
  roles: readonly HeaderRole[],
  open: readonly number[],
  bodyStart: number,
): HeadlineCandidate[] {
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
  const page = headlinePage(lines, roles, bodyStart, printedAlone(lines));
  return candidates.map((i, n) => {
    // A credited line nearer the body outranks one further up: teasers of other stories, each
    // with its own byline, come before the article's header, not after it.
    const creditedBelow = credited.filter((k) => k > i && lines[k]!.text !== lines[i]!.text).length;
    return { index: i, features: headlineFeatures(page, i, candidates.length - 1 - n, creditedBelow) };
  });
}

/**
 * The headline of a page pasted whole: the best-scoring headline-like line above its body, the
 * nearer of two that score alike.
 */
export function findPageHeadline(
  lines: readonly Line[],
  roles: readonly HeaderRole[],
  open: readonly number[],
  bodyStart: number,
): number | null {
  return chooseHeadline(lines, headlineCandidates(lines, roles, open, bodyStart), headlineScore);
}

/**
 * The candidate `score` ranks first, or the headline alone that it prints again after a label. A
 * credited line that a breadcrumb straight above it ends on is the page's own headline, whatever
 * the lists of other stories above score.
 */
export function chooseHeadline(
  lines: readonly Line[],
  candidates: readonly HeadlineCandidate[],
  score: (features: HeadlineFeatures) => number,
): number | null {
  const crumbed = crumbedHeadline(lines, candidates);
  if (crumbed !== undefined) return crumbed;
  let best: number | null = null;
  let bestScore = 0;
  for (const { index, features } of candidates) {
    const s = score(features);
    if (best === null || s >= bestScore) {
      best = index;
      bestScore = s;
    }
  }
  // `Home Gardens Hiking the Flat Irons` above `HIKING THE FLAT IRONS`, `Home / News / Shelter
  // opens at the school` above `Shelter opens at the school: pupils return`: a breadcrumb that ends
  // on the headline, which the page prints alone too.
  const top = best === null ? null : lines[best]!.text;
  const alone = top === null ? undefined : candidates.find(({ index }) => index !== best && endsOnHeadline(top, lines[index]!.text));
  return alone?.index ?? best;
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

// How far above its headline a page prints the breadcrumb that ends on it.
const CRUMB_REACH = 40;

/**
 * The candidate the page's breadcrumb ends on, as the trail to the page ends on its own headline:
 * set apart by separators, anywhere a little above it; glued to a few section names, only straight
 * above a headline credited under it, as a teaser's section label may be glued to it too.
 */
function crumbedHeadline(lines: readonly Line[], candidates: readonly HeadlineCandidate[]): number | undefined {
  const glued = (line: string, headline: string) =>
    gluedAfter(line, headline) && countWords(line) - countWords(headline) <= SECTION_CRUMB_WORDS;
  const above = (index: number) => lines.slice(Math.max(0, index - CRUMB_REACH), index).map((l) => l.text);
  return candidates.find(
    ({ index, features }) =>
      above(index).some((line) => endsCrumbs(line, lines[index]!.text)) ||
      (features.creditUnder > 0 && index > 0 && glued(lines[index - 1]!.text, lines[index]!.text)),
  )?.index;
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
