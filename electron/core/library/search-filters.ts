import type { Dialect } from '../db/library-database.js';
import { caselessEquals, caselessLike, valueList } from '../db/dialect.js';
import { sqlFragment, sqlRaw, type SqlFragment } from '../db/sql.js';
import type { FieldFilter } from '../../shared/search/query-parser.js';
import { entityKind, type NameSpellings } from './name-spellings.js';

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The column holds one of the spellings the filter finds (name-spellings.ts); none matches nothing. */
function nameIn(column: string, spellings: readonly string[]): SqlFragment {
  return spellings.length ? sqlFragment`${sqlRaw(column)} IN (${valueList(spellings)})` : sqlFragment`1 = 0`;
}

/**
 * One field filter as a condition on the clip row `c`, in either engine's SQL; values are always
 * bound, never spliced. A name filter matches the spellings `names` read for this search.
 */
export function filterCondition(dialect: Dialect, f: FieldFilter, names: NameSpellings): SqlFragment {
  const v = f.value;
  const anywhere = `%${escapeLike(v)}%`;
  switch (f.field) {
    case 'tag':
      // A tag includes its descendants: tag:region finds region/europe/ukraine.
      return sqlFragment`c.id IN (SELECT ct.clip_id FROM clip_tags ct JOIN tags t ON t.id = ct.tag_id
        WHERE ${caselessEquals(dialect, sqlRaw('t.name'), v)} OR ${caselessLike(dialect, sqlRaw('t.name'), `${escapeLike(v)}/%`)})`;
    case 'collection':
      return sqlFragment`c.id IN (SELECT cc.clip_id FROM collection_clips cc JOIN collections co ON co.id = cc.collection_id
        WHERE ${caselessEquals(dialect, sqlRaw('co.name'), v)})`;
    case 'source':
    case 'byline':
    case 'url':
      // Any part of the text: url:example.org finds https://www.example.org/news/1.
      return caselessLike(dialect, sqlRaw(`c.${f.field}`), anywhere);
    case 'person':
    case 'place':
    case 'org':
      return sqlFragment`c.id IN (SELECT ce.clip_id FROM clip_entities ce JOIN entities e ON e.id = ce.entity_id
        WHERE e.kind = ${entityKind[f.field]} AND ${nameIn('e.name', names.of({ field: f.field, value: v }))})`;
    case 'said':
      return sqlFragment`c.id IN (SELECT q.clip_id FROM quotes q WHERE ${nameIn('q.speaker', names.of({ field: 'said', value: v }))})`;
    case 'lang':
      return sqlFragment`c.language = ${v}`;
    case 'before':
      // Dates are ISO strings: "2022" sorts before every "2022-…", so this means "before 2022 began".
      return sqlFragment`c.date < ${v}`;
    case 'after':
      // "~" sorts after digits and "-": after:2022 means from 2023 on.
      return sqlFragment`c.date > ${`${v}~`}`;
    case 'on':
      return sqlFragment`c.date LIKE ${`${v}%`}`;
    case 'has':
      return v === 'notes'
        ? sqlFragment`(c.notes <> '' OR EXISTS (SELECT 1 FROM highlights h WHERE h.clip_id = c.id AND h.note <> ''))`
        : sqlFragment`EXISTS (SELECT 1 FROM highlights h WHERE h.clip_id = c.id)`;
  }
}
