import { highlightTerms, isCjk, type ParsedQuery, type QueryNode, type TextTerm } from '../../shared/search/query-parser.js';
import { queryStems } from '../../shared/search/word-forms.js';
import { sqlFragment, sqlJoin, type SqlFragment } from '../db/sql.js';
import { filterCondition } from './search-filters.js';
import type { NameSpellings } from './name-spellings.js';

/**
 * A parsed search as SQL over the clip row `c`. Words, phrases and NEAR go to the full-text index;
 * the parts of the tree made only of them become one FTS5 expression each, and when they stand
 * at the top (joined by AND to the rest), that expression drives the ranked join, so a search of
 * plain words stays a single ranked index lookup.
 */
export interface Plan {
  /** MATCH expression for the ranked FTS join, when the query's top level has words. */
  match: string | null;
  where: SqlFragment[];
  terms: string[];
  notices: string[];
}

/** The columns holding the clip's own words; `stems` holds their other forms (migration 0050). */
const TEXT_COLUMNS = '{title body source byline notes}';

const ftsString = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * A word matches itself, any word sharing one of its stems, and, when it is a prefix (written
 * with *, or being typed), words starting with it; a phrase and NEAR match the words as written.
 */
export function ftsTerm(t: TextTerm): string {
  switch (t.kind) {
    case 'near':
      return `${TEXT_COLUMNS} : NEAR(${t.words.map(ftsString).join(' ')}, ${t.distance})`;
    case 'phrase':
      return `${TEXT_COLUMNS} : ${ftsString(t.text)}`;
    case 'word': {
      const stems = queryStems(t.text);
      const forms = stems.map(ftsString);
      // A form spelt as the word matches it in every column already: the word's own phrase would
      // only read the same postings a second time, which doubles the cost of a common word.
      if (!t.prefix && stems.includes(t.text.toLowerCase())) return `(${forms.join(' OR ')})`;
      const prefix = t.prefix ? '*' : '';
      return `(${[`${TEXT_COLUMNS} : ${ftsString(t.text)}${prefix}`, ...forms].join(' OR ')})`;
    }
  }
}

const termIsCjk = (t: TextTerm) => (t.kind === 'near' ? t.words.some(isCjk) : isCjk(t.text));

/** True when the whole subtree can be one FTS5 expression: words combined by AND and OR. */
function inIndex(node: QueryNode): boolean {
  if (node.kind === 'text') return !termIsCjk(node.term);
  if (node.kind === 'and' || node.kind === 'or') return node.children.every(inIndex);
  return false;
}

function ftsExpression(node: QueryNode): string {
  if (node.kind === 'text') return ftsTerm(node.term);
  if (node.kind === 'and' || node.kind === 'or') return `(${node.children.map(ftsExpression).join(` ${node.kind.toUpperCase()} `)})`;
  throw new Error(`A ${node.kind} node cannot be searched in the index alone.`);
}

const ftsCondition = (match: string) => sqlFragment`c.id IN (SELECT rowid FROM clips_fts WHERE clips_fts MATCH ${match})`;

/** A CJK term: trigram index for three characters or more, else a scan of the (few) CJK clips. */
function cjkCondition(t: TextTerm): SqlFragment {
  const text = t.kind === 'near' ? t.words.join('') : t.text.replace(/ /g, '');
  if ([...text].length >= 3) return sqlFragment`c.id IN (SELECT rowid FROM clips_cjk WHERE clips_cjk MATCH ${ftsString(text)})`;
  return sqlFragment`(c.language IN ('zh', 'ja', 'ko') AND (instr(c.title, ${text}) > 0 OR instr(c.body, ${text}) > 0))`;
}

function joined(parts: SqlFragment[], operator: 'AND' | 'OR'): SqlFragment {
  if (parts.length === 1) return parts[0]!;
  return sqlFragment`(${sqlJoin(parts, ` ${operator} `)})`;
}

/** Any subtree as a condition that is true or false, never NULL, so NOT means "all the others". */
function condition(node: QueryNode, names: NameSpellings): SqlFragment {
  if (inIndex(node)) return ftsCondition(ftsExpression(node));
  switch (node.kind) {
    case 'text':
      return cjkCondition(node.term);
    case 'filter':
      return filterCondition('sqlite', node.filter, names);
    case 'not': {
      const inner = condition(node.child, names);
      // A filter on an empty column (no date, no source) is NULL, and NOT NULL would drop the clip too.
      return sqlFragment`NOT ifnull(${inner}, 0)`;
    }
    case 'and':
    case 'or': {
      // The children the index can answer go to it as one expression.
      const indexed = node.children.filter(inIndex);
      const others = node.children.filter((c) => !inIndex(c)).map((c) => condition(c, names));
      const parts = indexed.length ? [ftsCondition(indexed.map(ftsExpression).join(` ${node.kind.toUpperCase()} `)), ...others] : others;
      return joined(parts, node.kind === 'and' ? 'AND' : 'OR');
    }
  }
}

/** The parsed search as SQL; `names` holds the spellings its name filters find. */
export function plan(q: ParsedQuery, names: NameSpellings): Plan {
  const where = [sqlFragment`c.deleted_at IS NULL`];
  let match: string | null = null;
  if (q.root) {
    const top = q.root.kind === 'and' ? q.root.children : [q.root];
    const ranked = top.filter(inIndex);
    if (ranked.length) match = ranked.map(ftsExpression).join(' AND ');
    for (const node of top) if (!inIndex(node)) where.push(condition(node, names));
  }
  return { match, where, terms: highlightTerms(q), notices: q.notices };
}
