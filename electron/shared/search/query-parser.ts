/**
 * The search box's language, read into a tree: words (in their other forms too; the word being
 * typed also from its start), "exact phrase", prefix*, NEAR(a b, 5), field filters (tag:, collection:, source:,
 * byline:, person:, place:, org:, said:, lang:, url:, before:/after:/on:, has:notes,
 * has:highlights), combined by AND (or a space), OR, NOT (or a leading "-") and parentheses.
 * OR binds tighter than AND, so `place:Lisbon OR place:Porto after:2022` means
 * (place:Lisbon OR place:Porto) AND after:2022. No query is ever an error: whatever cannot be
 * read as written is left out or read another way, and `notices` says so.
 */
import { lexSearch, type Token } from './query-lexer.js';
import { indexWords, queryStems } from './word-forms.js';

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
  'url',
  'before',
  'after',
  'on',
  'has',
] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

/**
 * Names people reach for that are not filters, with the filter they mean: the notice for one
 * names the filter to write instead, rather than leave the reader to find it in the list.
 */
const MEANT_FIELD: Readonly<Record<string, FieldName>> = {
  date: 'on',
  day: 'on',
  since: 'after',
  until: 'before',
  author: 'byline',
  by: 'byline',
  writer: 'byline',
  outlet: 'source',
  publication: 'source',
  site: 'url',
  domain: 'url',
  people: 'person',
  who: 'person',
  speaker: 'said',
  quote: 'said',
  language: 'lang',
  location: 'place',
  country: 'place',
  city: 'place',
  organisation: 'org',
  organization: 'org',
  company: 'org',
  tags: 'tag',
};

export interface FieldFilter {
  field: FieldName;
  value: string;
}

export type TextTerm =
  { kind: 'word'; text: string; prefix: boolean } | { kind: 'phrase'; text: string } | { kind: 'near'; words: string[]; distance: number };

export type QueryNode =
  | { kind: 'and'; children: QueryNode[] }
  | { kind: 'or'; children: QueryNode[] }
  | { kind: 'not'; child: QueryNode }
  | { kind: 'text'; term: TextTerm }
  | { kind: 'filter'; filter: FieldFilter };

export interface ParsedQuery {
  /** Null when nothing searchable was written. */
  root: QueryNode | null;
  notices: string[];
}

/**
 * The word being typed (the last, with no space after it) matches the start of longer words
 * from this length on; any word written with * does. Not every word: a prefix makes the index
 * gather every word starting with it, too slow to do for each word of a long search.
 */
export const PREFIX_MIN_LENGTH = 3;

const DATE_VALUE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const HAS_VALUES = new Set(['notes', 'highlights']);
const DATE_FIELDS = new Set(['before', 'after', 'on']);

export function parseSearchQuery(input: string): ParsedQuery {
  const { tokens, notices } = lexSearch(input);
  const parser = new Parser(tokens, notices);
  const root = parser.query();
  return { root, notices: [...new Set(notices)] };
}

class Parser {
  #at = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly notices: string[],
  ) {}

  query(): QueryNode | null {
    return this.#sequence(false);
  }

  #peek(): Token | undefined {
    return this.tokens[this.#at];
  }

  /** Operands joined by AND (written or implied by a space), up to the end or a closing parenthesis. */
  #sequence(nested: boolean): QueryNode | null {
    const operands: QueryNode[] = [];
    for (;;) {
      const token = this.#peek();
      if (!token) {
        if (nested) this.notices.push('A “(” is not closed; it was closed at the end of the search.');
        break;
      }
      if (token.kind === 'close') {
        this.#at++;
        if (nested) break;
        this.notices.push('A “)” has no “(” before it, so it was left out.');
        continue;
      }
      if (token.kind === 'and' || token.kind === 'or') {
        this.#at++;
        const next = this.#peek();
        const name = token.kind.toUpperCase();
        if (operands.length === 0 || !next || next.kind === 'close' || next.kind === 'and' || next.kind === 'or') {
          this.notices.push(`“${name}” needs something to search on both sides, so it was left out.`);
        } else if (token.kind === 'or') {
          // Reached after "AND" was left out: the OR joins what stands before it to what follows.
          const right = this.#alternatives();
          if (right) operands.push(combine('or', [operands.pop()!, right])!);
        }
        continue;
      }
      const operand = this.#alternatives();
      if (operand) operands.push(operand);
    }
    return combine('and', operands);
  }

  /** Operands joined by OR. */
  #alternatives(): QueryNode | null {
    const options: QueryNode[] = [];
    const first = this.#unary();
    if (first) options.push(first);
    while (this.#peek()?.kind === 'or') {
      this.#at++;
      const next = this.#peek();
      if (!next || next.kind === 'close' || next.kind === 'and' || next.kind === 'or') {
        this.notices.push('“OR” needs something to search on both sides, so it was left out.');
        break;
      }
      const option = this.#unary();
      if (option) options.push(option);
    }
    if (first === null && options.length > 0) {
      this.notices.push('One side of an “OR” had nothing to search, so only the other side was used.');
    }
    return combine('or', options);
  }

  #unary(): QueryNode | null {
    const token = this.tokens[this.#at++];
    if (!token) return null;
    switch (token.kind) {
      case 'not': {
        const next = this.#peek();
        if (!next || next.kind === 'close' || next.kind === 'or' || next.kind === 'and') {
          this.notices.push(`“${token.written}” needs something after it to leave out, so it was left out.`);
          return null;
        }
        const child = this.#unary();
        return child ? { kind: 'not', child } : null;
      }
      case 'open': {
        const inner = this.#sequence(true);
        if (!inner) this.notices.push('Parentheses with nothing to search inside were left out.');
        return inner;
      }
      case 'close':
      case 'or':
      case 'and':
        // Only reached after NOT, which reports it.
        return null;
      case 'phrase':
        return this.#phrase(token.text);
      case 'near':
        return this.#near(token.body);
      case 'field':
        return this.#field(token.name, token.value);
      case 'word':
        return this.#word(token.text, token.last);
    }
  }

  #phrase(text: string): QueryNode | null {
    const words = indexWords(text);
    if (words.length === 0) {
      if (text.trim()) this.notices.push(`“"${text}"” has no letters or digits to search, so it was left out.`);
      return null;
    }
    return { kind: 'text', term: { kind: 'phrase', text: words.join(' ') } };
  }

  #near(body: string): QueryNode | null {
    const m = /^([^,]*)(?:,\s*(\d+))?\s*$/.exec(body);
    const words = m ? indexWords(m[1]!) : [];
    if (!m || words.length < 2) {
      this.notices.push(`“NEAR(${body})” was left out: write two words or more and a distance, e.g. NEAR(port strike, 5).`);
      return null;
    }
    return { kind: 'text', term: { kind: 'near', words, distance: Math.min(Number(m[2] ?? 10), 100) } };
  }

  #word(written: string, beingTyped: boolean): QueryNode | null {
    if (written === 'or' || written === 'Or') {
      this.notices.push(`“${written}” was searched as a word; write OR in capitals to find either word.`);
    }
    const explicitPrefix = /[^*]\*+$/.test(written);
    const words = indexWords(written.replace(/\*+$/, ''));
    if (words.length === 0) {
      this.notices.push(`“${written}” has no letters or digits to search, so it was left out.`);
      return null;
    }
    // "co-op" or "U.S." is one word to the reader but several to the index: they must stand together.
    if (words.length > 1) return { kind: 'text', term: { kind: 'phrase', text: words.join(' ') } };
    const typedPrefix = beingTyped && [...words[0]!].length >= PREFIX_MIN_LENGTH;
    return { kind: 'text', term: { kind: 'word', text: words[0]!, prefix: explicitPrefix || typedPrefix } };
  }

  #field(name: string, rawValue: string): QueryNode | null {
    if (!(FIELD_NAMES as readonly string[]).includes(name)) {
      const meant = Object.hasOwn(MEANT_FIELD, name.toLowerCase()) ? MEANT_FIELD[name.toLowerCase()] : undefined;
      const instead = meant
        ? `Write ${meant}:${rawValue.trim()} to filter by it.`
        : `Filters: ${FIELD_NAMES.map((f) => `${f}:`).join(' ')}`;
      this.notices.push(`“${name}:” is not a filter, so “${name}:${rawValue}” was searched as words. ${instead}`);
      const words = indexWords(`${name} ${rawValue}`);
      return {
        kind: 'text',
        term: words.length > 1 ? { kind: 'phrase', text: words.join(' ') } : { kind: 'word', text: words[0]!, prefix: false },
      };
    }
    const field = name as FieldName;
    const value = rawValue.trim();
    if (!value) {
      this.notices.push(`“${field}:” needs a value, e.g. ${field}:${exampleValue(field)}; it was left out.`);
      return null;
    }
    if (DATE_FIELDS.has(field) && !DATE_VALUE.test(value)) {
      this.notices.push(`“${field}:${value}” is not a date, so it was left out: write YYYY, YYYY-MM or YYYY-MM-DD.`);
      return null;
    }
    if (field === 'has' && !HAS_VALUES.has(value.toLowerCase())) {
      this.notices.push(`“has:${value}” is not known, so it was left out: use has:notes or has:highlights.`);
      return null;
    }
    const normalised = field === 'has' || field === 'lang' ? value.toLowerCase() : value;
    return { kind: 'filter', filter: { field, value: normalised } };
  }
}

function exampleValue(field: FieldName): string {
  if (field === 'has') return 'notes';
  if (DATE_FIELDS.has(field)) return '2024-05';
  if (field === 'url') return 'example.org';
  return 'name';
}

function combine(kind: 'and' | 'or', children: QueryNode[]): QueryNode | null {
  if (children.length === 0) return null;
  if (children.length === 1) return children[0]!;
  // (a AND b) AND c is a AND b AND c: flat trees make flat SQL.
  return { kind, children: children.flatMap((c) => (c.kind === kind ? c.children : [c])) };
}

/** True for text in a script written without spaces between words. */
export function isCjk(text: string): boolean {
  return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(text);
}

/** The terms the search asks for (not those it leaves out), in the order written. */
export function positiveTerms(node: QueryNode | null): TextTerm[] {
  if (!node || node.kind === 'not' || node.kind === 'filter') return [];
  if (node.kind === 'text') return [node.term];
  return node.children.flatMap(positiveTerms);
}

/**
 * The words a hit should show highlighted: each word and phrase written, and each word's stems,
 * so that a search for "rescuers" marks "rescued" too (both start with the stem "rescu").
 */
export function highlightTerms(q: ParsedQuery): string[] {
  return [
    ...new Set(
      positiveTerms(q.root).flatMap((t) => {
        if (t.kind === 'near') return t.words;
        if (t.kind === 'phrase') return [t.text];
        return [t.text, ...queryStems(t.text)];
      }),
    ),
  ];
}
