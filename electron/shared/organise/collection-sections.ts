import type { Collection } from '../models/organise.js';

/** A titled run of a dossier's clips: one collection below the collection printed. */
export interface DossierSection {
  /** The collection's path below the one printed: "Transport", "Transport › Rail". */
  title: string;
  clipIds: number[];
}

/** A section as the walk finds it: with the collection it comes from. */
export interface CollectionSection extends DossierSection {
  collectionId: number;
}

type TreeCollection = Pick<Collection, 'id' | 'parentId' | 'name' | 'position' | 'query'>;

/** What separates the names in a section's title, as a heading prints them. */
const SECTION_PATH_SEPARATOR = ' › ';

/**
 * The collections below `rootId` as sections, in the order the sidebar shows them (hand order,
 * depth first), each with its clips in its own order. A clip prints once: the root's own clips
 * (`printed`) and earlier sections keep it, and a section left with no clip is dropped. The core
 * and the dossier builder both print from this walk, so the preview is the document.
 */
export async function collectionSections(
  all: readonly TreeCollection[],
  rootId: number,
  printed: Iterable<number>,
  membersOf: (collection: TreeCollection) => Promise<number[]>,
): Promise<CollectionSection[]> {
  const seen = new Set(printed);
  const sections: CollectionSection[] = [];
  const childrenOf = (id: number) => all.filter((c) => c.parentId === id).sort((a, b) => a.position - b.position || a.id - b.id);
  const walk = async (parentId: number, path: readonly string[]): Promise<void> => {
    for (const child of childrenOf(parentId)) {
      const title = [...path, child.name];
      const clipIds = (await membersOf(child)).filter((id) => !seen.has(id));
      for (const id of clipIds) seen.add(id);
      if (clipIds.length) sections.push({ title: title.join(SECTION_PATH_SEPARATOR), clipIds, collectionId: child.id });
      await walk(child.id, title);
    }
  };
  await walk(rootId, []);
  return sections;
}
