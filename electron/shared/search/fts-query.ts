/**
 * Reads what a user types into the search box and writes an FTS5 MATCH expression that can never
 * be a syntax error: every word is quoted, so FTS5 operators and punctuation are taken literally
 * unless the user used our syntax (`"exact phrase"`, `prefix*`, `OR`, `-exclude`).
 */
export interface FtsQuery {
  /** The MATCH expression, or null when nothing searchable is left. */
  match: string | null;
  /** Words the user asked to find, for highlighting. */
  terms: string[];
}

type Token = { kind: 'term'; text: string; prefix: boolean; negated: boolean } | { kind: 'or' };

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  const re = /(-?)"([^"]*)"?|(\S+)/g;
  for (const m of input.matchAll(re)) {
    if (m[2] !== undefined) {
      const text = m[2].trim();
      if (text) tokens.push({ kind: 'term', text, prefix: false, negated: m[1] === '-' });
      continue;
    }
    const word = m[3]!;
    if (word === 'OR') {
      tokens.push({ kind: 'or' });
      continue;
    }
    const negated = word.startsWith('-') && word.length > 1;
    let text = negated ? word.slice(1) : word;
    const prefix = text.endsWith('*') && text.length > 1;
    text = text.replace(/\*+$/, '');
    // Punctuation around words ("Putin," or "(Reuters)") is not part of what people search for.
    text = text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (text) tokens.push({ kind: 'term', text, prefix, negated });
  }
  return tokens;
}

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

export function toFtsQuery(input: string): FtsQuery {
  const tokens = tokenize(input);
  const positives: string[][] = [[]];
  const negatives: string[] = [];
  const terms: string[] = [];
  let pendingOr = false;
  for (const t of tokens) {
    if (t.kind === 'or') {
      pendingOr = positives[positives.length - 1]!.length > 0;
      continue;
    }
    const expr = quote(t.text) + (t.prefix ? '*' : '');
    if (t.negated) {
      negatives.push(expr);
      continue;
    }
    terms.push(t.text);
    const group = positives[positives.length - 1]!;
    if (pendingOr && group.length) {
      group[group.length - 1] = `${group[group.length - 1]} OR ${expr}`;
    } else {
      group.push(expr);
    }
    pendingOr = false;
  }
  const ands = positives[0]!.map((e) => (e.includes(' OR ') ? `(${e})` : e));
  if (ands.length === 0) return { match: null, terms };
  const match = ands.join(' AND ') + negatives.map((n) => ` NOT ${n}`).join('');
  return { match, terms };
}
