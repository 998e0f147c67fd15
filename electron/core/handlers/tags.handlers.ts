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
import type { LibraryContext } from './handler-context.js';

export function tagsHandlers({ library }: LibraryContext) {
  return {
    'tags.list': () => listTags(library),
    'tags.totals': () => tagTotals(library),
    'tags.apply': async ({ clipIds, names }) => ({ clipIds, added: await library.transaction((tx) => tagClips(tx, clipIds, names)) }),
    'tags.remove': ({ clipIds, names }) =>
      library.transaction(async (tx) => {
        await untagClips(tx, clipIds, names);
        return { clipIds };
      }),
    'tags.rename': ({ from, to }) =>
      library.transaction(async (tx) => {
        await renameTag(tx, from, to);
        return listTags(tx);
      }),
    'tags.merge': ({ from, into }) =>
      library.transaction(async (tx) => ({ moved: await mergeTags(tx, from, into), tags: await listTags(tx) })),
    'tags.unmerge': ({ moved }) =>
      library.transaction(async (tx) => {
        await unmoveTags(tx, moved);
        return listTags(tx);
      }),
    'tags.delete': async ({ name }) => ({ removed: await library.transaction((tx) => deleteTag(tx, name)) }),
    'tags.restore': ({ removed }) =>
      library.transaction(async (tx) => {
        await restoreTags(tx, removed);
        return listTags(tx);
      }),
    'tags.setColor': ({ name, color }) =>
      library.transaction(async (tx) => {
        await setTagColor(tx, name, color);
        return listTags(tx);
      }),
    'tags.suggest': async ({ clipId }) => suggestTags(await requireClip(library, clipId), await listTags(library)),
  } satisfies NamespaceHandlers<'tags'>;
}
