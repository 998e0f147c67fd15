import type { Dialect } from '../../db/library-database.js';
import { caselessEquals, caselessLike } from '../../db/dialect.js';
import { sqlFragment, sqlRaw, type SqlFragment } from '../../db/sql.js';
import { escapeLike } from '../../library/search-filters.js';
import type { FieldFilter } from '../../../shared/search/query-parser.js';

const entityKind = { person: 'person', place: 'place', org: 'organization' } as const;

/** A name matches itself or a longer name ending in it, so `person:Moreau` finds "Claire Moreau". */
function nameMatches(dialect: Dialect, column: string, value: string): SqlFragment {
  return sqlFragment`(${caselessEquals(dialect, sqlRaw(column), value)} OR ${caselessLike(dialect, sqlRaw(column), `% ${escapeLike(value)}`)})`;
}

/**
 * One field filter as a condition on the clip row `c`, in either engine's SQL; values are
 * always bound. The meaning of each filter is the SQLite library's (library/search-filters.ts).
 */
export function filterCondition(dialect: Dialect, f: FieldFilter): SqlFragment {
  const v = f.value;
  const anywhere = `%${escapeLike(v)}%`;
  switch (f.field) {
    case 'tag':
      return sqlFragment`c.id IN (SELECT ct.clip_id FROM clip_tags ct JOIN tags t ON t.id = ct.tag_id
        WHERE ${caselessEquals(dialect, sqlRaw('t.name'), v)} OR ${caselessLike(dialect, sqlRaw('t.name'), `${escapeLike(v)}/%`)})`;
    case 'collection':
      return sqlFragment`c.id IN (SELECT cc.clip_id FROM collection_clips cc JOIN collections co ON co.id = cc.collection_id
        WHERE ${caselessEquals(dialect, sqlRaw('co.name'), v)})`;
    case 'source':
    case 'byline':
    case 'url':
      return caselessLike(dialect, sqlRaw(`c.${f.field}`), anywhere);
    case 'person':
    case 'place':
    case 'org':
      return sqlFragment`c.id IN (SELECT ce.clip_id FROM clip_entities ce JOIN entities e ON e.id = ce.entity_id
        WHERE e.kind = ${entityKind[f.field]} AND ${nameMatches(dialect, 'e.name', v)})`;
    case 'said':
      return sqlFragment`c.id IN (SELECT q.clip_id FROM quotes q WHERE ${nameMatches(dialect, 'q.speaker', v)})`;
    case 'lang':
      return sqlFragment`c.language = ${v}`;
    case 'before':
      return sqlFragment`c.date < ${v}`;
    case 'after':
      return sqlFragment`c.date > ${`${v}~`}`;
    case 'on':
      return sqlFragment`c.date LIKE ${`${v}%`}`;
    case 'has':
      return v === 'notes'
        ? sqlFragment`(c.notes <> '' OR EXISTS (SELECT 1 FROM highlights h WHERE h.clip_id = c.id AND h.note <> ''))`
        : sqlFragment`EXISTS (SELECT 1 FROM highlights h WHERE h.clip_id = c.id)`;
  }
}
