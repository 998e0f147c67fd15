import type { ApiHandlers } from '../../shared/api/contract.js';
import { schemaVersion, type Db } from '../db/open-library.js';
import { countClips } from '../library/clips.repo.js';

export function libraryHandlers(db: Db, path: string) {
  return {
    'library.info': () => {
      const { live, trashed } = countClips(db);
      return { path, clipCount: live ?? 0, trashCount: trashed ?? 0, schemaVersion: schemaVersion(db) };
    },
  } satisfies Partial<ApiHandlers>;
}
