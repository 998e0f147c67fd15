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
  let part: SqlPart;
  switch (f.field) {
    case 'tag':
      // A tag includes its descendants: tag:region finds region/europe/ukraine.
      part = {
        sql: `c.id IN (SELECT ct.clip_id FROM clip_tags ct JOIN tags t ON t.id = ct.tag_id
               WHERE t.name = ? COLLATE NOCASE OR t.name LIKE ? ESCAPE '\\')`,
        params: [v, `${escapeLike(v)}/%`],
      };
      break;
    case 'collection':
      part = {
        sql: `c.id IN (SELECT cc.clip_id FROM collection_clips cc JOIN collections co ON co.id = cc.collection_id
               WHERE co.name = ? COLLATE NOCASE)`,
        params: [v],
      };
      break;
    case 'source':
      part = { sql: `c.source LIKE ? ESCAPE '\\'`, params: [like] };
      break;
    case 'byline':
      part = { sql: `c.byline LIKE ? ESCAPE '\\'`, params: [like] };
      break;
    case 'person':
    case 'place':
    case 'org':
      part = {
        sql: `c.id IN (SELECT ce.clip_id FROM clip_entities ce JOIN entities e ON e.id = ce.entity_id
               WHERE e.kind = ? AND ${NAME_MATCH})`,
        params: [entityKind[f.field], v, escapeLike(v)],
      };
      break;
    case 'said':
      part = {
        sql: `c.id IN (SELECT q.clip_id FROM quotes q WHERE q.speaker = ? COLLATE NOCASE OR q.speaker LIKE '% ' || ? ESCAPE '\\')`,
        params: [v, escapeLike(v)],
      };
      break;
    case 'lang':
      part = { sql: 'c.language = ?', params: [v] };
      break;
    case 'before':
      // Dates are ISO strings: "2022" sorts before every "2022-…", so this means "before 2022 began".
      part = { sql: 'c.date < ?', params: [v] };
      break;
    case 'after':
      // "~" sorts after digits and "-": after:2022 means from 2023 on.
      part = { sql: 'c.date > ?', params: [`${v}~`] };
      break;
    case 'on':
      part = { sql: 'c.date LIKE ?', params: [`${v}%`] };
      break;
    case 'has':
      part =
        v === 'notes'
          ? { sql: `(c.notes <> '' OR EXISTS (SELECT 1 FROM highlights h WHERE h.clip_id = c.id AND h.note <> ''))`, params: [] }
          : { sql: 'EXISTS (SELECT 1 FROM highlights h WHERE h.clip_id = c.id)', params: [] };
      break;
  }
  return f.negated ? { sql: `NOT (${part.sql})`, params: part.params } : part;
}
