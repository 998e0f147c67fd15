/**
 * The search box's language: words, "exact phrase", prefix*, OR, -exclude, NEAR(a b, 5), and
 * field filters (tag:, collection:, source:, byline:, person:, place:, org:, said:, lang:,
 * before:/after:/on:, has:notes, has:highlights). Anything it cannot read is taken literally,
 * so no query is ever an error; `notices` says what was read differently from how it looks.
 */

export const FIELD_NAMES = [
  'tag',
  'collection',
  'source',
  'byline',
  'person',
  'place',
  'org',
  'said',
  'lang',
  'before',
  'after',
  'on',
  'has',
] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

export interface FieldFilter {
  field: FieldName;
  value: string;
  negated: boolean;
}

export type TextTerm =
  | { kind: 'word'; text: string; prefix: boolean; negated: boolean }
  | { kind: 'phrase'; text: string; negated: boolean }
  | { kind: 'near'; words: string[]; distance: number };

export interface ParsedQuery {
  /** Groups joined by AND; the terms inside a group are alternatives joined by OR. */
  groups: TextTerm[][];
  negatives: TextTerm[];
  filters: FieldFilter[];
  notices: string[];
}

const DATE_VALUE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const HAS_VALUES = new Set(['notes', 'highlights']);

function stripEdgePunctuation(text: string): string {
  return text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** Splits on spaces outside double quotes; a quote left open runs to the end. */
function lex(input: string): string[] {
  const out: string[] = [];
  const re = /(?:[^\s"]*"[^"]*"?[^\s"]*)+|\S+/g;
  for (const m of input.matchAll(re)) out.push(m[0]);
  return out;
}

function readNear(token: string, rest: string[]): { term: TextTerm; consumed: number } | null {
  // NEAR(a b, 5) may have been split by spaces: gather tokens up to the closing parenthesis.
  let text = token;
  let consumed = 0;
  while (!text.includes(')') && consumed < rest.length && consumed < 20) text += ` ${rest[consumed++]}`;
  const m = /^NEAR\(([^,)]*)(?:,\s*(\d+))?\)$/.exec(text);
  if (!m) return null;
  const words = m[1]!.split(/\s+/).map(stripEdgePunctuation).filter(Boolean);
  if (words.length < 2) return null;
  return { term: { kind: 'near', words, distance: Math.min(Number(m[2] ?? 10), 100) }, consumed };
}

export function parseSearchQuery(input: string): ParsedQuery {
  // Control characters mean nothing in a search, and a NUL would end FTS5's string early.
  const tokens = lex(input.normalize('NFC').replace(/[\u0000-\u001f\u007f]/g, ' '));
  const groups: TextTerm[][] = [];
  const negatives: TextTerm[] = [];
  const filters: FieldFilter[] = [];
  const notices: string[] = [];
  let orPending = false;

  const addTerm = (term: TextTerm, negated: boolean) => {
    if (negated) return negatives.push(term);
    const last = groups[groups.length - 1];
    if (orPending && last) last.push(term);
    else groups.push([term]);
    orPending = false;
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token === 'OR') {
      orPending = groups.length > 0;
      continue;
    }
    if (token.startsWith('NEAR(')) {
      const near = readNear(token, tokens.slice(i + 1));
      if (near) {
        i += near.consumed;
        addTerm(near.term, false);
        continue;
      }
    }
    const negated = token.length > 1 && token.startsWith('-');
    const body = negated ? token.slice(1) : token;

    const field = /^([a-z]+):(.*)$/i.exec(body);
    if (field && (FIELD_NAMES as readonly string[]).includes(field[1]!.toLowerCase())) {
      const name = field[1]!.toLowerCase() as FieldName;
      const value = field[2]!.replace(/^"|"$/g, '').trim();
      if (!value) {
        notices.push(`“${name}:” needs a value, e.g. ${name}:${name === 'has' ? 'notes' : name === 'before' || name === 'after' || name === 'on' ? '2024-05' : 'name'}.`);
        continue;
      }
      if ((name === 'before' || name === 'after' || name === 'on') && !DATE_VALUE.test(value)) {
        notices.push(`“${name}:${value}” is not a date: write YYYY, YYYY-MM or YYYY-MM-DD.`);
        continue;
      }
      if (name === 'has' && !HAS_VALUES.has(value.toLowerCase())) {
        notices.push(`“has:${value}” is not known: use has:notes or has:highlights.`);
        continue;
      }
      filters.push({ field: name, value: name === 'has' || name === 'lang' ? value.toLowerCase() : value, negated });
      continue;
    }

    if (body.startsWith('"')) {
      const text = body.replace(/^"|"$/g, '').trim();
      if (text) addTerm({ kind: 'phrase', text, negated }, negated);
      continue;
    }
    const prefix = /[^*]\*+$/.test(body);
    const text = stripEdgePunctuation(body.replace(/\*+$/, ''));
    if (text) addTerm({ kind: 'word', text, prefix, negated }, negated);
  }
  return { groups, negatives, filters, notices };
}

/** True for text in a script written without spaces between words. */
export function isCjk(text: string): boolean {
  return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(text);
}

/** The words a hit should show highlighted. */
export function highlightTerms(q: ParsedQuery): string[] {
  return q.groups.flat().flatMap((t) => (t.kind === 'near' ? t.words : [t.text]));
}
