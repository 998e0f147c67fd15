import { ApiError } from '../../shared/api/errors.js';
import type { ApiHandlers } from '../../shared/api/contract.js';
import type { Db } from '../db/open-library.js';
import { draftFromPaste } from '../clipper/draft-from-paste.js';
import { getClip, listClips, setDeleted } from '../library/clips.repo.js';
import { readPaste, saveClip } from '../library/save-clip.js';
import { editClip } from '../library/edit-clip.js';
import { listEdits } from '../library/clip-edits.repo.js';
import { clipCorrections } from '../library/corrections.js';

export function clipsHandlers(db: Db) {
  const now = () => new Date().toISOString();
  const requireClip = (id: number) => {
    const clip = getClip(db, id);
    if (!clip) throw new ApiError('not_found', `There is no clip ${id}. It may have been deleted for good.`);
    return clip;
  };

  return {
    'clips.parse': (paste) => readPaste(db, paste),

    'clips.create': ({ text, html, url, draft: edits, versionOf }) =>
      saveClip(db, { text, html, url }, draftFromPaste({ text, html }), edits ?? {}, versionOf ?? null),

    'clips.get': ({ id }) => requireClip(id),

    'clips.list': (args) => listClips(db, args),

    'clips.update': ({ id, fields, via }) => editClip(db, id, fields, via),

    'clips.history': ({ id }) => (requireClip(id), listEdits(db, id)),

    'clips.corrections': ({ id }) => clipCorrections(db, requireClip(id)),

    'clips.trash': ({ ids }) => ({ trashed: db.transaction(() => setDeleted(db, ids, now())).immediate() }),

    'clips.restore': ({ ids }) => ({ restored: db.transaction(() => setDeleted(db, ids, null)).immediate() }),
  } satisfies Partial<ApiHandlers>;
}
