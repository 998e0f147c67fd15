import type { FieldFilter } from '../../shared/search/query-parser.js';
import { sqlFragment, type SqlFragment } from '../db/sql.js';

const entityKind = { person: 'person', place: 'place', org: 'organization' } as const;

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A name matches itself or a longer name ending in it, so `person:Moreau` finds "Claire Moreau". */
const nameMatch = (column: SqlFragment, name: string) =>
  sqlFragment`(${column} = ${name} COLLATE NOCASE OR ${column} LIKE '% ' || ${escapeLike(name)} ESCAPE '\\')`;

/** One field filter as a condition on the clip row `c`. Values are always bound, never spliced. */
export function filterToSql(f: FieldFilter): SqlFragment {
  const v = f.value;
  const like = `%${escapeLike(v)}%`;
  switch (f.field) {
    case 'tag':
      // A tag includes its descendants: tag:region finds region/europe/ukraine.
      return sqlFragment`c.id IN (SELECT ct.clip_id FROM clip_tags ct JOIN tags t ON t.id = ct.tag_id
               WHERE t.name = ${v} COLLATE NOCASE OR t.name LIKE ${`${escapeLike(v)}/%`} ESCAPE '\\')`;
    case 'collection':
      return sqlFragment`c.id IN (SELECT cc.clip_id FROM collection_clips cc JOIN collections co ON co.id = cc.collection_id
               WHERE co.name = ${v} COLLATE NOCASE)`;
    case 'source':
      return sqlFragment`c.source LIKE ${like} ESCAPE '\\'`;
    case 'byline':
      return sqlFragment`c.byline LIKE ${like} ESCAPE '\\'`;
    case 'url':
      // Any part of the address: url:example.org finds https://www.example.org/news/1.
      return sqlFragment`c.url LIKE ${like} ESCAPE '\\'`;
    case 'person':
    case 'place':
    case 'org':
      return sqlFragment`c.id IN (SELECT ce.clip_id FROM clip_entities ce JOIN entities e ON e.id = ce.entity_id
               WHERE e.kind = ${entityKind[f.field]} AND ${nameMatch(sqlFragment`e.name`, v)})`;
    case 'said':
      return sqlFragment`c.id IN (SELECT q.clip_id FROM quotes q WHERE ${nameMatch(sqlFragment`q.speaker`, v)})`;
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
