import { noSuchClip } from '../../shared/api/errors.js';
import type { NamespaceHandlers } from '../../shared/api/contract.js';
import { draftFromPaste } from '../clipper/draft-from-paste.js';
import { clipIds } from '../library/clip-ids.js';
import { requireClip, listClips, setDeleted } from '../library/clips.repo.js';
import { relatedClips } from '../library/related.js';
import { readPaste, saveClip } from '../library/save-clip.js';
import { editClip } from '../library/edit-clip.js';
import { listEdits } from '../library/clip-edits.repo.js';
import { clipCorrections } from '../library/corrections.js';
import type { HandlerContext } from './handler-context.js';
import { writeTransaction } from '../db/transaction.js';

export function clipsHandlers({ db }: HandlerContext) {
  const now = () => new Date().toISOString();

  return {
    'clips.parse': (paste) => readPaste(db, paste),

    'clips.create': async ({ text, html, url, draft: edits, versionOf }) =>
      saveClip(db, { text, html, url }, await draftFromPaste({ text, html }), edits ?? {}, versionOf ?? null),

    'clips.get': ({ id }) => requireClip(db, id),

    'clips.list': (args) => listClips(db, args),

    'clips.ids': (view) => clipIds(db, view),

    'clips.update': ({ id, fields, via }) => editClip(db, id, fields, via),

    'clips.history': ({ id }) => (requireClip(db, id), listEdits(db, id)),

    'clips.corrections': ({ id }) => clipCorrections(db, requireClip(db, id)),

    'clips.trash': ({ ids }) => ({ trashed: writeTransaction(db, () => setDeleted(db, ids, now())) }),

    'clips.restore': ({ ids }) => ({ restored: writeTransaction(db, () => setDeleted(db, ids, null)) }),

    'clips.related': ({ id, limit }) => {
      const related = relatedClips(db, id, limit);
      if (!related) throw noSuchClip(id);
      return related;
    },
  } satisfies NamespaceHandlers<'clips'>;
}
