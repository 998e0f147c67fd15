import type { Db } from '../db/open-library.js';
import type { TagTotal } from '../../shared/models/organise.js';

/**
 * Distinct live clips at or below every node of the tag tree, parents that exist only through
 * their children's names included. Each tag is paired with itself and each of its ancestors'
 * names (the last "/part" cut off in turn), so a clip tagged both region/europe and
 * region/europe/ukraine counts once for region.
 */
export function tagTotals(db: Db): TagTotal[] {
  return db
    .prepare(
      `WITH RECURSIVE node(tag_id, name) AS (
         SELECT id, name FROM tags
         UNION ALL
         -- rtrim by every character but '/' strips the last part; the second rtrim its slash.
         SELECT tag_id, rtrim(rtrim(name, replace(name, '/', '')), '/') FROM node WHERE instr(name, '/') > 0
       )
       SELECT node.name, count(DISTINCT ct.clip_id) AS total
       FROM node JOIN clip_tags ct ON ct.tag_id = node.tag_id JOIN clips c ON c.id = ct.clip_id AND c.deleted_at IS NULL
       GROUP BY node.name ORDER BY node.name COLLATE NOCASE`,
    )
    .all() as TagTotal[];
}
