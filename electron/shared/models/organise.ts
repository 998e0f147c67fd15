/** A tag as stored: hierarchy is in the name ("region/europe/ukraine"). */
export interface Tag {
  id: number;
  name: string;
  color: string | null;
  /** Live clips carrying exactly this tag (not its descendants). */
  count: number;
}

export interface Collection {
  id: number;
  parentId: number | null;
  name: string;
  position: number;
  description: string;
  /** Set for a smart collection: a saved search, its clips found live. */
  query: string | null;
  /** Live clips in it (for a smart collection: matches of its query). */
  count: number;
  /** Distinct live clips in it and in the collections below it: what the sidebar shows. */
  total: number;
  /** Raised by every change to it (a rename, a move, its clips reordered); a save names the one it read. */
  version: number;
}

export interface Highlight {
  id: number;
  clipId: number;
  /** The highlighted words, with some context either side, so it can be found again after edits. */
  exact: string;
  prefix: string;
  suffix: string;
  /** Offsets into the clip's paragraphs joined by "\n\n", at the time it was made. */
  start: number;
  end: number;
  color: HighlightColor;
  note: string;
  createdAt: string;
  /** The team member who made it; null in a personal library. */
  author: string | null;
}

/** A highlight as the library's index of highlights lists it: what was marked, and in which clip. */
export interface HighlightEntry extends Pick<Highlight, 'id' | 'clipId' | 'exact' | 'color' | 'note' | 'createdAt' | 'author'> {
  clipTitle: string | null;
  /** The clip's language, which sets the quotation marks the passage is copied in. */
  language: string;
}

/** The most highlights one request reads. */
export const MOST_HIGHLIGHTS_A_PAGE = 1_000;

/** A page of the highlights index; the total counted as far as the library counts (library/counted.ts). */
export interface HighlightPage {
  items: HighlightEntry[];
  total: number;
  totalCapped?: true;
}

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

/** What a deleted tag carried, so the deletion can be undone exactly. */
export interface DeletedTag {
  name: string;
  color: string | null;
  clipIds: number[];
}

/** A tag as a rename or a merge found it, so the change can be undone exactly. */
export interface MovedTag {
  name: string;
  color: string | null;
  /** The name it went to. */
  newName: string;
  /** The clips it carried. */
  clipIds: number[];
  /** Null when it was renamed in place; when it merged into a tag already there, the clips that only got that tag from the merge. */
  added: number[] | null;
  /** The colour of the tag merged into, as it was. */
  newNameColor: string | null;
}

export type EntityKind = 'person' | 'place' | 'organization';

export interface EntityCount {
  name: string;
  count: number;
}

export interface QuoteEntry {
  clipId: number;
  clipTitle: string | null;
  /** The clip's language, which sets the quotation marks the quote is shown in. */
  language: string;
  date: string | null;
  source: string | null;
  speaker: string | null;
  text: string;
}

export interface TimelineBucket {
  /** YYYY-MM */
  month: string;
  count: number;
}

/** A clip's place in a collection's manual order, so a removal can be undone in place. */
export interface CollectionPlace {
  clipId: number;
  position: number;
}

/** A deleted collection as it was (one of a subtree, parents first), so the deletion can be undone exactly. */
export interface DeletedCollection extends Omit<Collection, 'count' | 'total' | 'version'> {
  createdAt: string;
  clips: CollectionPlace[];
  /** Its saved comparisons in order: a pair no other collection held went with it. */
  comparisons: DeletedComparison[];
}

/** A saved comparison as a deleted collection held it, by its clips, so it can be kept again. */
export interface DeletedComparison {
  a: number;
  b: number;
  title: string;
  createdAt: string;
  position: number;
}

/** The clips a tag was newly put on, so the tagging can be undone without touching clips that had it. */
export interface TaggedClips {
  name: string;
  /** The tag did not exist before, so undoing removes it too. */
  created: boolean;
  clipIds: number[];
}

/** Distinct live clips carrying a parent tag or any tag below it: a clip under two of them counts once. */
export interface TagTotal {
  name: string;
  total: number;
}
