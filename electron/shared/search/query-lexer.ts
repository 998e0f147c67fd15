/**
 * Splits a search into tokens: words, "phrases", field:value pairs, NEAR(…), parentheses, the
 * operators OR, AND, NOT and a leading "-". Quotes and NEAR are read to their end; what has no
 * end (a quote left open) is read to the end of the search and reported in `notices`.
 */

export type Token =
  | { kind: 'open' }
  | { kind: 'close' }
  | { kind: 'or' }
  | { kind: 'and' }
  | { kind: 'not'; written: string }
  /** `last`: the search ends with this word, no space after it, so it may still be being typed. */
  | { kind: 'word'; text: string; last: boolean }
  | { kind: 'phrase'; text: string }
  | { kind: 'field'; name: string; value: string }
  | { kind: 'near'; body: string };

export interface Lexed {
  tokens: Token[];
  notices: string[];
}

const SPACE = /\s/;
/** Characters that end a bare word: a word may sit against a parenthesis or a quote. */
const WORD_END = /[\s()"]/;

export function lexSearch(input: string): Lexed {
  // Control characters mean nothing in a search, and a NUL would end FTS5's string early.
  const text = input.normalize('NFC').replace(/[\u0000-\u001f\u007f]/g, ' ');
  const tokens: Token[] = [];
  const notices: string[] = [];
  let i = 0;

  const readQuoted = (): string => {
    // `i` is at the opening quote.
    const end = text.indexOf('"', i + 1);
    if (end < 0) {
      notices.push(`A quote is not closed, so everything after it was read as one phrase: ${text.slice(i)}"`);
      const quoted = text.slice(i + 1);
      i = text.length;
      return quoted;
    }
    const quoted = text.slice(i + 1, end);
    i = end + 1;
    return quoted;
  };

  while (i < text.length) {
    const ch = text[i]!;
    if (SPACE.test(ch)) {
      i++;
    } else if (ch === '(') {
      tokens.push({ kind: 'open' });
      i++;
    } else if (ch === ')') {
      tokens.push({ kind: 'close' });
      i++;
    } else if (ch === '"') {
      tokens.push({ kind: 'phrase', text: readQuoted() });
    } else if (ch === '-' && i + 1 < text.length && !SPACE.test(text[i + 1]!) && atTokenStart(text, i)) {
      tokens.push({ kind: 'not', written: '-' });
      i++;
    } else {
      let end = i;
      while (end < text.length && !WORD_END.test(text[end]!)) end++;
      const word = text.slice(i, end);
      i = end;
      tokens.push(readBare(word));
    }
  }

  function readBare(word: string): Token {
    if (word === 'OR') return { kind: 'or' };
    if (word === 'AND') return { kind: 'and' };
    if (word === 'NOT') return { kind: 'not', written: 'NOT' };
    if (word === 'NEAR' && text[i] === '(') {
      const close = text.indexOf(')', i);
      const body = text.slice(i + 1, close < 0 ? text.length : close);
      i = close < 0 ? text.length : close + 1;
      return { kind: 'near', body };
    }
    const field = /^([a-z]+):(.*)$/i.exec(word);
    if (field) {
      let value = field[2]!;
      if (value === '' && text[i] === '"') value = readQuoted();
      else if (value === '' && text[i] !== undefined && !SPACE.test(text[i]!) && text[i] !== ')') value = readRestOfValue();
      return { kind: 'field', name: field[1]!.toLowerCase(), value };
    }
    return { kind: 'word', text: word, last: i === text.length };
  }

  /** A value that starts with "(", as in url:(…): read to the next space. */
  function readRestOfValue(): string {
    let end = i;
    while (end < text.length && !SPACE.test(text[end]!)) end++;
    const value = text.slice(i, end);
    i = end;
    return value;
  }

  return { tokens, notices };
}

/** A "-" negates only at the start of a token: "co-op" is one word, not "co" without "op". */
function atTokenStart(text: string, at: number): boolean {
  return at === 0 || /[\s(]/.test(text[at - 1]!);
}
