import { ApiError } from '../../shared/api/errors.js';
import type { ApiHandlers } from '../../shared/api/contract.js';
import type { Db } from '../db/open-library.js';
import { draftFromPaste } from '../clipper/draft-from-paste.js';
import { getClip, listClips, replaceEntities, replaceQuotes, setDeleted, updateClipFields } from '../library/clips.repo.js';
import { readPaste, saveClip, wordCount } from '../library/save-clip.js';

export function clipsHandlers(db: Db) {
  const now = () => new Date().toISOString();
  const requireClip = (id: number) => {
    const clip = getClip(db, id);
    if (!clip) throw new ApiError('not_found', `There is no clip ${id}. It may have been deleted for good.`);
    return clip;
  };

  return {
    'clips.parse': (paste) => readPaste(db, paste),

    'clips.create': async ({ text, html, draft: edits, versionOf }) =>
      saveClip(db, { text, html }, await draftFromPaste({ text, html }), edits ?? {}, versionOf ?? null),

    'clips.get': ({ id }) => requireClip(id),

    'clips.list': (args) => listClips(db, args),

    'clips.update': ({ id, fields }) => {
      requireClip(id);
      const { quotes, people, places, organizations, ...columns } = fields;
      db.transaction(() => {
        updateClipFields(
          db,
          id,
          { ...columns, ...(columns.paragraphs ? { wordCount: wordCount(columns.paragraphs) } : {}) },
          now(),
        );
        if (quotes) replaceQuotes(db, id, quotes);
        replaceEntities(db, id, {
          ...(people ? { person: people } : {}),
          ...(places ? { place: places } : {}),
          ...(organizations ? { organization: organizations } : {}),
        });
      }).immediate();
      return requireClip(id);
    },

    'clips.trash': ({ ids }) => ({ trashed: db.transaction(() => setDeleted(db, ids, now())).immediate() }),

    'clips.restore': ({ ids }) => ({ restored: db.transaction(() => setDeleted(db, ids, null)).immediate() }),
  } satisfies Partial<ApiHandlers>;
}
