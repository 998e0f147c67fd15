import type { LibraryDatabase } from '../db/library-database.js';
import { pluckAll } from '../db/library-database.js';
import { caselessEquals, caselessLike } from '../db/dialect.js';
import { sql, sqlRaw } from '../db/sql.js';
import type { TagTotal } from '../../shared/models/organise.js';
import { tagAncestry } from '../../shared/organise/tag-names.js';
import { escapeLike } from './search-filters.js';

const NAME = sqlRaw('name');

/**
 * Distinct live clips at or below every tag that has tags below it, parents that exist only
 * through their children's names included: a clip tagged both region/europe and
 * region/europe/ukraine counts once for region. A tag with nothing below it is left out, as its
 * own count (tags.list) is already its total.
 *
 * One count per parent rather than one query over the whole tree: pairing every link with every
 * ancestor and counting distinct pairs sorts several times as many rows, and measured several
 * times slower at 100,000 clips with three tags each.
 */
export async function tagTotals(db: LibraryDatabase): Promise<TagTotal[]> {
  const names = await pluckAll<string>(db, sql`SELECT name FROM tags`);
  const parents = [...new Set(names.flatMap((name) => tagAncestry(name).slice(0, -1)))].sort((a, b) => a.localeCompare(b));
  const totals: TagTotal[] = [];
  for (const name of parents) {
    const [total] = await pluckAll<number>(
      db,
      sql`SELECT count(DISTINCT ct.clip_id) FROM clip_tags ct
          WHERE ct.tag_id IN (SELECT id FROM tags WHERE ${caselessEquals(db.dialect, NAME, name)}
                                OR ${caselessLike(db.dialect, NAME, `${escapeLike(name)}/%`)})
            AND ct.clip_id NOT IN (SELECT id FROM clips WHERE deleted_at IS NOT NULL)`,
    );
    totals.push({ name, total: total! });
  }
  return totals;
}
