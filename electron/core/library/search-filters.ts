import type { FieldFilter } from '../../shared/search/query-parser.js';

export interface SqlPart {
  sql: string;
  params: unknown[];
}

const entityKind = { person: 'person', place: 'place', org: 'organization' } as const;

/** A name matches itself or a longer name ending in it, so `person:Moreau` finds "Claire Moreau". */
const NAME_MATCH = `(e.name = ? COLLATE NOCASE OR e.name LIKE '% ' || ? ESCAPE '\\')`;

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** One field filter as a condition on the clip row `c`. Values are always bound, never spliced. */
export function filterToSql(f: FieldFilter): SqlPart {
  const v = f.value;
  const like = `%${escapeLike(v)}%`;
  switch (f.field) {
    case 'tag':
      // A tag includes its descendants: tag:region finds region/europe/ukraine.
      return {
        sql: `c.id IN (SELECT ct.clip_id FROM clip_tags ct JOIN tags t ON t.id = ct.tag_id
               WHERE t.name = ? COLLATE NOCASE OR t.name LIKE ? ESCAPE '\\')`,
        params: [v, `${escapeLike(v)}/%`],
      };
    case 'collection':
      return {
        sql: `c.id IN (SELECT cc.clip_id FROM collection_clips cc JOIN collections co ON co.id = cc.collection_id
               WHERE co.name = ? COLLATE NOCASE)`,
        params: [v],
      };
    case 'source':
      return { sql: `c.source LIKE ? ESCAPE '\\'`, params: [like] };
    case 'byline':
      return { sql: `c.byline LIKE ? ESCAPE '\\'`, params: [like] };
    case 'url':
      // Any part of the address: url:example.org finds https://www.example.org/news/1.
      return { sql: `c.url LIKE ? ESCAPE '\\'`, params: [like] };
    case 'person':
    case 'place':
    case 'org':
      return {
        sql: `c.id IN (SELECT ce.clip_id FROM clip_entities ce JOIN entities e ON e.id = ce.entity_id
               WHERE e.kind = ? AND ${NAME_MATCH})`,
        params: [entityKind[f.field], v, escapeLike(v)],
      };
    case 'said':
      return {
        sql: `c.id IN (SELECT q.clip_id FROM quotes q WHERE q.speaker = ? COLLATE NOCASE OR q.speaker LIKE '% ' || ? ESCAPE '\\')`,
        params: [v, escapeLike(v)],
      };
    case 'lang':
      return { sql: 'c.language = ?', params: [v] };
    case 'before':
      // Dates are ISO strings: "2022" sorts before every "2022-…", so this means "before 2022 began".
      return { sql: 'c.date < ?', params: [v] };
    case 'after':
      // "~" sorts after digits and "-": after:2022 means from 2023 on.
      return { sql: 'c.date > ?', params: [`${v}~`] };
    case 'on':
      return { sql: 'c.date LIKE ?', params: [`${v}%`] };
    case 'has':
      return v === 'notes'
        ? { sql: `(c.notes <> '' OR EXISTS (SELECT 1 FROM highlights h WHERE h.clip_id = c.id AND h.note <> ''))`, params: [] }
        : { sql: 'EXISTS (SELECT 1 FROM highlights h WHERE h.clip_id = c.id)', params: [] };
  }
}
