import { noSuchClip } from '../../shared/api/errors.js';
import type { NamespaceHandlers } from '../../shared/api/contract.js';
import { draftFromPaste } from '../clipper/draft-from-paste.js';
import { clipIds } from '../library/clip-ids.js';
import { requireClip, listClips, setDeleted } from '../library/clips.repo.js';
import { relatedClips } from '../library/related.js';
import { pasteUrl, readPaste, saveClip } from '../library/save-clip.js';
import { recordReviewCorrections, reviewCorrections } from '../library/review-corrections.js';
import { editClip } from '../library/edit-clip.js';
import { listEdits } from '../library/clip-edits.repo.js';
import { clipCorrections } from '../library/corrections.js';
import { rereadClips } from '../library/reread-clips.js';
import { copyTags } from '../library/tags.repo.js';
import { memberOf, type LibraryContext } from './handler-context.js';

const now = () => new Date().toISOString();

/** The clips methods over the library alone, whichever engine holds it. */
export function clipsHandlers(context: LibraryContext) {
  const { library, jobs } = context;
  return {
    // The paste is read as it arrives, so a page's `22 hours ago` counts back from this moment.
    'clips.parse': (paste) => readPaste(library, paste, { readAt: new Date() }),

    'clips.create': async ({ text, html, url, draft: edits, versionOf }) => {
      const paste = { text, html, url };
      const parsed = await draftFromPaste({ text, html }, { readAt: new Date() });
      const corrected = reviewCorrections({ ...parsed, url: pasteUrl(parsed, paste) }, edits ?? {});
      // A version the user chose takes the earlier one's tags; one an import guessed from similar text does not.
      const clippedBy = memberOf(context);
      return saveClip(library, paste, parsed, edits ?? {}, { versionOf: versionOf ?? null, clippedBy }, async (tx, id) => {
        if (versionOf) await copyTags(tx, versionOf, id);
        await recordReviewCorrections(tx, id, corrected, clippedBy);
      });
    },

    'clips.get': ({ id }) => requireClip(library, id),

    'clips.list': (args) => listClips(library, args),

    'clips.ids': (view) => clipIds(library, view),

    'clips.update': ({ id, fields, via, version }) => editClip(library, id, fields, via, { version, by: memberOf(context) }),

    'clips.history': async ({ id }) => {
      await requireClip(library, id);
      return listEdits(library, id);
    },

    'clips.corrections': async ({ id }) => clipCorrections(library, await requireClip(library, id)),

    'clips.trash': async ({ ids }) => ({ trashed: await library.transaction((tx) => setDeleted(tx, ids, now())) }),

    'clips.restore': async ({ ids }) => ({ restored: await library.transaction((tx) => setDeleted(tx, ids, null)) }),

    'clips.reread': async ({ ids, jobId }) => {
      const job = jobs.start('reread', jobId);
      try {
        return await rereadClips(library, ids, { signal: job.signal, onProgress: (p) => job.report(p), by: memberOf(context) });
      } finally {
        job.finish();
      }
    },

    'clips.rereadCancel': ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),

    'clips.related': async ({ id, limit }) => {
      const related = await relatedClips(library, id, limit);
      if (!related) throw noSuchClip(id);
      return related;
    },
  } satisfies NamespaceHandlers<'clips'>;
}
