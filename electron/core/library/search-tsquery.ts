import { highlightTerms, isCjk, type ParsedQuery, type QueryNode, type TextTerm } from '../../shared/search/query-parser.js';
import { queryStems } from '../../shared/search/word-forms.js';
import { sqlFragment, sqlJoin, sqlRaw, type SqlFragment } from '../db/sql.js';
import { escapeLike, filterCondition } from './search-filters.js';
import { NameSpellings } from './name-spellings.js';
import { formLexeme, lexeme, searchWords } from './search-words.js';
import { MAX_PAIR_BYTES, UNKNOWN_PAIRS } from './search-document.js';

/**
 * A parsed search as PostgreSQL over the clip row `c`: the same tree as the SQLite library's
 * search-plan.ts, with words, phrases and NEAR as tsquery over the clip's document
 * (search-document.ts). No lexeme carries a weight restriction, so the GIN index answers a
 * query of words by itself, without reading documents back. Subtrees made only of them become one tsquery, and those at the top
 * (joined by AND to the rest) also rank the hits.
 */
export interface PgPlan {
  /** The tsquery that ranks the hits, when the query's top level has words. */
  rank: string | null;
  where: SqlFragment[];
  /**
   * The conditions of `where` but the ranked words': with a match of `rank` in the clip's title
   * (its A-weighted words), which implies theirs, they find the same clips without reading the
   * document to check again what the title index has found.
   */
  besidesRank: SqlFragment[];
  terms: string[];
  notices: string[];
}

/** Words in a row, as a phrase; the last one from its start when `prefix`. */
function phrase(words: string[], prefix: boolean): string | null {
  if (!words.length) return null;
  return words.map((w, i) => `${lexeme(w)}${prefix && i === words.length - 1 ? ':*' : ''}`).join(' <-> ');
}

/** Any of `forms`, each found as a word of the clip or as a form of one (search-document.ts). */
function forms(stems: string[]): string[] {
  return stems
    .map((s) => searchWords(s))
    .filter((w) => w.length)
    .map((w) => (w.length === 1 ? `(${lexeme(w[0]!)} | ${lexeme(formLexeme(w[0]!))})` : w.map(lexeme).join(' <-> ')));
}

/**
 * NEAR(a b, d): every pair of its words within d words of each other, in either order. Two words
 * are exact; with more, each pair is checked on its own, which can match words that are each
 * near another but spread wider than d in all.
 */
function near(words: string[], distance: number): string | null {
  const single = words.map((w) => searchWords(w)).map((w) => w.join(' '));
  if (single.some((w) => !w)) return null;
  const pairs: string[] = [];
  for (let i = 0; i < single.length; i++) {
    for (let j = i + 1; j < single.length; j++) {
      const [a, b] = [phrase(single[i]!.split(' '), false)!, phrase(single[j]!.split(' '), false)!];
      const ways: string[] = [];
      for (let k = 1; k <= distance + 1; k++) ways.push(`(${a}) <${k}> (${b})`, `(${b}) <${k}> (${a})`);
      pairs.push(`(${ways.join(' | ')})`);
    }
  }
  return pairs.join(' & ');
}

/** One term as tsquery text; null when it has no words, so it can match nothing. */
export function termQuery(t: TextTerm): string | null {
  switch (t.kind) {
    case 'near':
      return near(t.words, t.distance);
    case 'phrase':
      return phrase(searchWords(t.text), false);
    case 'word': {
      const alternatives = [phrase(searchWords(t.text), t.prefix), ...forms(queryStems(t.text))].filter((a) => a !== null);
      return alternatives.length ? `(${alternatives.join(' | ')})` : null;
    }
  }
}

const termIsCjk = (t: TextTerm) => (t.kind === 'near' ? t.words.some(isCjk) : isCjk(t.text));

function inIndex(node: QueryNode): boolean {
  if (node.kind === 'text') return !termIsCjk(node.term) && termQuery(node.term) !== null;
  if (node.kind === 'and' || node.kind === 'or') return node.children.every(inIndex);
  return false;
}

function tsquery(node: QueryNode): string {
  if (node.kind === 'text') return termQuery(node.term)!;
  if (node.kind === 'and' || node.kind === 'or') return `(${node.children.map(tsquery).join(node.kind === 'and' ? ' & ' : ' | ')})`;
  throw new Error(`A ${node.kind} node cannot be searched in the document alone.`);
}

const documentMatches = (query: string) => sqlFragment`c.search_doc @@ CAST(${query} AS tsquery)`;

/** A phrase's neighbouring words as a clip's pairs keep them; one too long to be kept is left out. */
function wordPairs(words: string[]): string[] {
  const pairs: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const pair = `${words[i]} ${words[i + 1]}`;
    if (Buffer.byteLength(pair) <= MAX_PAIR_BYTES) pairs.push(lexeme(pair));
  }
  return pairs;
}

/**
 * Word pairs every clip matching `node` has, as tsquery text over its `word_pairs`; null when the
 * node asks for none (a single word, NEAR, a phrase inside a choice with a word).
 */
function pairsQuery(node: QueryNode): string | null {
  if (node.kind === 'text') {
    const pairs = node.term.kind === 'phrase' ? wordPairs(searchWords(node.term.text)) : [];
    return pairs.length ? pairs.join(' & ') : null;
  }
  if (node.kind !== 'and' && node.kind !== 'or') return null;
  const parts = node.children.map(pairsQuery);
  if (node.kind === 'or' && parts.includes(null)) return null;
  const known = parts.filter((q) => q !== null);
  return known.length ? `(${known.join(node.kind === 'and' ? ' & ' : ' | ')})` : null;
}

/** A phrase of two words, which one of a clip's pairs answers exactly. */
function isPairPhrase(node: QueryNode): boolean {
  if (node.kind !== 'text' || node.term.kind !== 'phrase') return false;
  const words = searchWords(node.term.text);
  return words.length === 2 && wordPairs(words).length === 1;
}

/**
 * The document matches, as a condition the planner cannot answer from the document index. The
 * index finds the clips holding every word of a phrase, not the clips holding them side by side,
 * and the planner prices it as if it found few: for a phrase of common words it would choose it
 * over the pairs' index and read tens of thousands of documents back to check positions. Where
 * the pairs' index narrows the clips, the document only checks those.
 */
const checkedInDocument = (query: string) => sqlFragment`(c.search_doc @@ CAST(${query} AS tsquery)) IS TRUE`;

/**
 * A query of words alone the document index answers exactly, so it may drive the search; one
 * with a phrase operator (`<->`, `<n>`; a lexeme holds no `<`) is checked in the document.
 */
const inDocument = (query: string) => (query.includes('<') ? checkedInDocument(query) : documentMatches(query));

/**
 * The document matches the nodes joined by `operator`. When they hold phrases, the clips whose
 * words stand in those pairs are found first by the pairs' index, and only those documents are
 * read. The pairs are exactly the neighbours a phrase query finds (search-document.ts), so a
 * phrase of two words joined by AND to the rest needs no document at all in a clip whose pairs
 * are known. A clip whose pairs are unknown (`~all`, which the same index finds) is checked
 * against its whole document; which clips those are is a flag of the row (pg-migrations/0160),
 * so no candidate's pairs are read back.
 *
 * The whole query implies the rest of it, so an unknown clip matching the whole matches the rest
 * too; and with no exact phrase the rest is the whole, which checks every clip.
 */
function documentCondition(nodes: QueryNode[], operator: 'and' | 'or'): SqlFragment {
  const whole = nodes.map(tsquery).join(operator === 'and' ? ' & ' : ' | ');
  const pairs = pairsQuery(nodes.length === 1 ? nodes[0]! : { kind: operator, children: nodes });
  if (pairs === null) return documentMatches(whole);
  const exact = operator === 'and' ? nodes.filter(isPairPhrase) : [];
  const rest = exact.length ? nodes.filter((n) => !exact.includes(n)).map(tsquery) : [whole];
  const conditions = [sqlFragment`c.word_pairs @@ CAST(${`(${pairs}) | ${lexeme(UNKNOWN_PAIRS)}`} AS tsquery)`];
  if (rest.length) conditions.push(inDocument(rest.join(' & ')));
  if (exact.length) conditions.push(sqlFragment`(NOT c.pairs_unknown OR ${checkedInDocument(whole)})`);
  return sqlFragment`(${sqlJoin(conditions, ' AND ')})`;
}

/**
 * A CJK term: a substring of the title or body of a CJK clip; trigram-indexed from three characters.
 * ILIKE lower-cases each candidate's whole body before matching it; a term with no letter that
 * has a case (as Chinese and Japanese have none) matches the same with LIKE, without that copy.
 */
function cjkCondition(t: TextTerm): SqlFragment {
  const text = t.kind === 'near' ? t.words.join('') : t.text.replace(/ /g, '');
  const cjk = sqlFragment`c.language IN ('zh', 'ja', 'ko')`;
  if ([...text].length >= 3) {
    const pattern = `%${escapeLike(text)}%`;
    const like = sqlRaw(text.toLowerCase() === text && text.toUpperCase() === text ? 'LIKE' : 'ILIKE');
    return sqlFragment`(${cjk} AND (c.title ${like} ${pattern} ESCAPE '\\' OR c.body ${like} ${pattern} ESCAPE '\\'))`;
  }
  return sqlFragment`(${cjk} AND (strpos(c.title, ${text}) > 0 OR strpos(c.body, ${text}) > 0))`;
}

function joined(parts: SqlFragment[], operator: 'AND' | 'OR'): SqlFragment {
  if (parts.length === 1) return parts[0]!;
  return sqlFragment`(${sqlJoin(parts, ` ${operator} `)})`;
}

/** Any subtree as a condition that is true or false, never NULL, so NOT means "all the others". */
function condition(node: QueryNode, names: NameSpellings): SqlFragment {
  if (inIndex(node)) return documentCondition([node], 'and');
  switch (node.kind) {
    case 'text':
      return termIsCjk(node.term) ? cjkCondition(node.term) : sqlFragment`FALSE`;
    case 'filter':
      return filterCondition('postgres', node.filter, names);
    case 'not':
      return sqlFragment`NOT coalesce(${condition(node.child, names)}, FALSE)`;
    case 'and':
    case 'or': {
      const operator = node.kind === 'and' ? 'AND' : 'OR';
      const indexed = node.children.filter(inIndex);
      const others = node.children.filter((c) => !inIndex(c)).map((c) => condition(c, names));
      return joined(indexed.length ? [documentCondition(indexed, node.kind), ...others] : others, operator);
    }
  }
}

/** One term of a search as a condition on the clip row `c`: its words in the document, or a CJK substring. */
export function textCondition(term: TextTerm): SqlFragment {
  return condition({ kind: 'text', term }, new NameSpellings([]));
}

/** The parsed search as SQL; `names` holds the spellings its name filters find. */
export function pgPlan(q: ParsedQuery, names: NameSpellings): PgPlan {
  const besidesRank: SqlFragment[] = [sqlFragment`c.deleted_at IS NULL`];
  const ranking: SqlFragment[] = [];
  let rank: string | null = null;
  if (q.root) {
    const top = q.root.kind === 'and' ? q.root.children : [q.root];
    const ranked = top.filter(inIndex);
    if (ranked.length) {
      rank = ranked.map(tsquery).join(' & ');
      ranking.push(documentCondition(ranked, 'and'));
    }
    for (const node of top) if (!inIndex(node)) besidesRank.push(condition(node, names));
  }
  return { rank, where: [...besidesRank, ...ranking], besidesRank, terms: highlightTerms(q), notices: q.notices };
}
