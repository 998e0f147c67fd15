import type { ClipDraft, DraftQuote } from '../../electron/shared/models/clip-draft.js';

/**
 * Scores a clipper draft against an article's ground truth, field by field, from 0 to 1, the way
 * the corpus README suggests comparing them: entity lists as sets, names without accents or case,
 * quotes by their words.
 */
export interface GroundTruth {
  title: string | null;
  date: string | null;
  dateline: string | null;
  source: string | null;
  byline: string[];
  language: string;
  quotes: DraftQuote[];
  people: string[];
  places: string[];
  organizations: string[];
  cruft: string[];
}

export const SCORED_FIELDS = [
  'title',
  'date',
  'dateline',
  'source',
  'byline',
  'language',
  'quotes',
  'speakers',
  'people',
  'places',
  'organizations',
  'cruftRemoved',
  'bodyKept',
] as const;

export type ScoredField = (typeof SCORED_FIELDS)[number];

/** A field's score, or null where it does not apply (speakers when no quote was found). */
export type FieldScores = Record<ScoredField, number | null>;

/** A quote counts as found when its words overlap the truth's this much. */
const QUOTE_OVERLAP = 0.8;
/** Body kept: the first words of each true quote must survive in the paragraphs. */
const QUOTE_OPENING_WORDS = 6;

function normalise(text: string | null | undefined): string {
  return String(text ?? '')
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2013\u2014\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Letters and digits only, accents folded on both sides so `Martin` matches `Martín`. */
function bare(text: string | null | undefined): string {
  return normalise(text)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const words = (text: string | null | undefined) => bare(text).split(' ').filter(Boolean);
const lastWord = (text: string) => words(text).at(-1) ?? '';

function jaccard(a: string, b: string): number {
  const left = new Set(words(a));
  const right = new Set(words(b));
  if (!left.size && !right.size) return 1;
  const shared = [...left].filter((w) => right.has(w)).length;
  return shared / (left.size + right.size - shared);
}

/** Equal names, or one is the other with words left out at the front (`Putin`, `Vladimir Putin`). */
function sameName(a: string, b: string): boolean {
  const x = bare(a);
  const y = bare(b);
  if (!x || !y) return false;
  return x === y || x.endsWith(` ${y}`) || y.endsWith(` ${x}`);
}

const f1 = (precision: number, recall: number) => (precision + recall ? (2 * precision * recall) / (precision + recall) : 0);

function setF1(predicted: readonly string[], truth: readonly string[]): number {
  const guesses = [...new Set(predicted.map(String))];
  const answers = [...new Set(truth.map(String))];
  if (!answers.length && !guesses.length) return 1;
  const used = new Set<number>();
  let hits = 0;
  for (const answer of answers) {
    const i = guesses.findIndex((guess, k) => !used.has(k) && sameName(guess, answer));
    if (i >= 0) {
      used.add(i);
      hits++;
    }
  }
  return f1(guesses.length ? hits / guesses.length : 0, answers.length ? hits / answers.length : 0);
}

function bothNullOr(a: string | null, b: string | null, equal: (a: string, b: string) => boolean): number {
  if (a == null && b == null) return 1;
  if (a == null || b == null) return 0;
  return equal(a, b) ? 1 : 0;
}

const sameText = (a: string, b: string) => normalise(a) === normalise(b);
const sameSource = (a: string, b: string) => bare(a) === bare(b) || bare(a).includes(bare(b)) || bare(b).includes(bare(a));

function sameSpeaker(a: string | null, b: string | null): boolean {
  if (a == null || b == null) return a == null && b == null;
  return sameName(a, b) || lastWord(a) === lastWord(b);
}

function scoreQuotes(predicted: readonly DraftQuote[], truth: readonly DraftQuote[]): { found: number; speakers: number | null } {
  if (!truth.length) return { found: predicted.length ? 0 : 1, speakers: null };
  const used = new Set<number>();
  let found = 0;
  let speakersRight = 0;
  for (const answer of truth) {
    let best = -1;
    let bestOverlap = 0;
    predicted.forEach((guess, k) => {
      const overlap = used.has(k) ? 0 : jaccard(guess.text, answer.text);
      if (overlap > bestOverlap) [best, bestOverlap] = [k, overlap];
    });
    if (best < 0 || bestOverlap < QUOTE_OVERLAP) continue;
    used.add(best);
    found++;
    if (sameSpeaker(predicted[best]!.speaker, answer.speaker)) speakersRight++;
  }
  const precision = predicted.length ? found / predicted.length : 0;
  return { found: f1(precision, found / truth.length), speakers: found ? speakersRight / found : 0 };
}

function scoreBody(paragraphs: readonly string[], truth: GroundTruth): { cruftRemoved: number; bodyKept: number } {
  const body = normalise(paragraphs.join('\n'));
  const bareBody = bare(body);
  const cruftRemoved = truth.cruft.length ? truth.cruft.filter((line) => !body.includes(normalise(line))).length / truth.cruft.length : 1;
  const kept = truth.quotes.filter((q) => {
    const opening = words(q.text).slice(0, QUOTE_OPENING_WORDS);
    return opening.length > 0 && bareBody.includes(opening.join(' '));
  });
  return { cruftRemoved, bodyKept: truth.quotes.length ? kept.length / truth.quotes.length : 1 };
}

export function scoreDraft(draft: ClipDraft, truth: GroundTruth): FieldScores {
  const quotes = scoreQuotes(draft.quotes, truth.quotes);
  return {
    title: bothNullOr(draft.title, truth.title, sameText),
    date: bothNullOr(draft.date, truth.date, sameText),
    dateline: bothNullOr(draft.dateline, truth.dateline, sameText),
    source: bothNullOr(draft.source, truth.source, sameSource),
    byline: setF1(draft.byline, truth.byline),
    language: bothNullOr(draft.language, truth.language, sameText),
    quotes: quotes.found,
    speakers: quotes.speakers,
    people: setF1(draft.people, truth.people),
    places: setF1(draft.places, truth.places),
    organizations: setF1(draft.organizations, truth.organizations),
    ...scoreBody(draft.paragraphs, truth),
  };
}
