import type { LibraryDatabase } from '../../db/library-database.js';
import type { ListOptions } from '../../library/clips.repo.js';
import { listClips, requireClip } from './clips.js';
import { listTags, tagClips, untagClips } from './tags.js';

/**
 * The contract methods ported to the asynchronous layer so far, the same functions for a SQLite
 * file and a PostgreSQL team library; writes run in one transaction, as writeTransaction does
 * for the synchronous handlers.
 */
export function portedHandlers(db: LibraryDatabase) {
  return {
    'clips.get': ({ id }: { id: number }) => requireClip(db, id),
    'clips.list': (args: ListOptions) => listClips(db, args),
    'tags.list': () => listTags(db),
    'tags.apply': async ({ clipIds, names }: { clipIds: number[]; names: string[] }) => ({
      clipIds,
      added: await db.transaction((tx) => tagClips(tx, clipIds, names)),
    }),
    'tags.remove': async ({ clipIds, names }: { clipIds: number[]; names: string[] }) => {
      await db.transaction((tx) => untagClips(tx, clipIds, names));
      return { clipIds };
    },
  };
}
