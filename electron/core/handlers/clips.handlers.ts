import { noSuchClip } from '../../shared/api/errors.js';
import type { NamespaceHandlers } from '../../shared/api/contract.js';
import { draftFromPaste } from '../clipper/draft-from-paste.js';
import { clipIds } from '../library/clip-ids.js';
import { requireClip, listClips, replaceEntities, replaceQuotes, setDeleted, updateClipFields } from '../library/clips.repo.js';
import { relatedClips } from '../library/related.js';
import { readPaste, saveClip } from '../library/save-clip.js';
import { wordCount } from '../../shared/text/clip-body.js';
import type { HandlerContext } from './handler-context.js';
import { writeTransaction } from '../db/transaction.js';

export function clipsHandlers({ db }: HandlerContext) {
  const now = () => new Date().toISOString();

  return {
    'clips.parse': (paste) => readPaste(db, paste),

    'clips.create': ({ text, html, draft: edits, versionOf }) =>
      saveClip(db, { text, html }, draftFromPaste({ text, html }), edits ?? {}, versionOf ?? null),

    'clips.get': ({ id }) => requireClip(db, id),

    'clips.list': (args) => listClips(db, args),

    'clips.ids': (view) => clipIds(db, view),

    'clips.update': ({ id, fields }) => {
      requireClip(db, id);
      const { quotes, people, places, organizations, ...columns } = fields;
      writeTransaction(db, () => {
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
      });
      return requireClip(db, id);
    },

    'clips.trash': ({ ids }) => ({ trashed: writeTransaction(db, () => setDeleted(db, ids, now())) }),

    'clips.restore': ({ ids }) => ({ restored: writeTransaction(db, () => setDeleted(db, ids, null)) }),

    'clips.related': ({ id, limit }) => {
      const related = relatedClips(db, id, limit);
      if (!related) throw noSuchClip(id);
      return related;
    },
  } satisfies NamespaceHandlers<'clips'>;
}
