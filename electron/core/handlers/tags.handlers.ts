import type { NamespaceHandlers } from '../../shared/api/contract.js';
import { requireClip } from '../library/clips.repo.js';
import { suggestTags } from '../library/tag-suggestions.js';
import { tagTotals } from '../library/tag-totals.js';
import {
  deleteTag,
  listTags,
  mergeTags,
  renameTag,
  restoreTags,
  setTagColor,
  tagClips,
  unmoveTags,
  untagClips,
} from '../library/tags.repo.js';
import type { HandlerContext } from './handler-context.js';
import { writeTransaction } from '../db/transaction.js';

export function tagsHandlers({ db }: HandlerContext) {
  const write = <T>(work: () => T): T => writeTransaction(db, work);

  return {
    'tags.list': () => listTags(db),
    'tags.totals': () => tagTotals(db),
    'tags.apply': ({ clipIds, names }) => ({ clipIds, added: write(() => tagClips(db, clipIds, names)) }),
    'tags.remove': ({ clipIds, names }) =>
      write(() => {
        untagClips(db, clipIds, names);
        return { clipIds };
      }),
    'tags.rename': ({ from, to }) =>
      write(() => {
        renameTag(db, from, to);
        return listTags(db);
      }),
    'tags.merge': ({ from, into }) => write(() => ({ moved: mergeTags(db, from, into), tags: listTags(db) })),
    'tags.unmerge': ({ moved }) =>
      write(() => {
        unmoveTags(db, moved);
        return listTags(db);
      }),
    'tags.delete': ({ name }) => ({ removed: write(() => deleteTag(db, name)) }),
    'tags.restore': ({ removed }) =>
      write(() => {
        restoreTags(db, removed);
        return listTags(db);
      }),
    'tags.setColor': ({ name, color }) =>
      write(() => {
        setTagColor(db, name, color);
        return listTags(db);
      }),
    'tags.suggest': ({ clipId }) => suggestTags(requireClip(db, clipId), listTags(db)),
  } satisfies NamespaceHandlers<'tags'>;
}
