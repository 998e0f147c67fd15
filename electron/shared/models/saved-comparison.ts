/** One side of a saved comparison, as a collection's list shows it. */
export interface SavedComparisonSide {
  id: number;
  title: string | null;
  source: string | null;
  date: string | null;
}

/** A comparison of clips A and B kept in a collection, which the collection's dossier prints. */
export interface SavedComparison {
  id: number;
  /** "A title — B title" unless the user gave another. */
  title: string;
  a: SavedComparisonSide;
  b: SavedComparisonSide;
  createdAt: string;
}

/** What `comparisons.add` returns: `added` is false when the collection already held the pair. */
export interface AddedComparison {
  comparison: SavedComparison;
  added: boolean;
}

/** What `comparisons.remove` returns: enough to put it back where it was (undo). */
export interface RemovedComparison {
  comparison: SavedComparison;
  index: number;
}
