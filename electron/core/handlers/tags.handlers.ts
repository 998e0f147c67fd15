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
import { memberOf, type LibraryContext } from './handler-context.js';
import { touchClips } from '../library/row-versions.js';

export function tagsHandlers(context: LibraryContext) {
  const { library } = context;
  const now = () => new Date().toISOString();
  return {
    'tags.list': () => listTags(library),
    'tags.totals': () => tagTotals(library),
    // A tag given or taken changes the clip: its version goes up, so a save made before is refused.
    'tags.apply': async ({ clipIds, names }) => ({
      clipIds,
      added: await library.transaction(async (tx) => {
        const added = await tagClips(tx, clipIds, names);
        await touchClips(tx, [...new Set(added.flatMap((t) => t.clipIds))], memberOf(context), now());
        return added;
      }),
    }),
    'tags.remove': ({ clipIds, names }) =>
      library.transaction(async (tx) => {
        await touchClips(tx, await untagClips(tx, clipIds, names), memberOf(context), now());
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
