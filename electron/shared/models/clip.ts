import type { ClipDraft, DraftQuote } from './clip-draft.js';
import type { Highlight } from './organise.js';

/** A saved clip as the API returns it. */
export interface Clip {
  id: number;
  title: string | null;
  paragraphs: string[];
  date: string | null;
  dateline: string | null;
  source: string | null;
  byline: string[];
  language: string;
  url: string | null;
  wordCount: number;
  quotes: DraftQuote[];
  people: string[];
  places: string[];
  organizations: string[];
  cruft: string[];
  notes: string;
  /** The team member who last wrote the notes; null in a personal library. */
  notesBy: string | null;
  tags: string[];
  collectionIds: number[];
  highlights: Highlight[];
  /** The paste exactly as received; never modified after capture. */
  raw: string;
  rawSha256: string;
  createdAt: string;
  /** The team member who saved the clip; null in a personal library, and for clips saved before this was kept. */
  clippedBy: string | null;
  updatedAt: string;
  deletedAt: string | null;
  /** Raised by every change to the clip; a save names the one it was made against (optimistic concurrency). */
  version: number;
  versionOf: number | null;
  /** The clip this one is a new version of, to name it; null when it is no version of another. */
  earlierVersion: VersionRef | null;
  /** Later versions of this clip, oldest first. */
  versions: number[];
  /** The newest version that replaces this one, following the chain of versions; null when this is the newest. */
  supersededBy: VersionRef | null;
}

export interface VersionRef {
  id: number;
  title: string | null;
  date: string | null;
}

/** The light row the list pane needs: no body, no paste. */
export interface ClipSummary {
  id: number;
  title: string | null;
  excerpt: string;
  date: string | null;
  dateline: string | null;
  source: string | null;
  wordCount: number;
  createdAt: string;
  deletedAt: string | null;
  /** The earlier clip this one is a newer version of. */
  versionOf: number | null;
  /** A newer version of this clip is in the library: the latest clip saved as its new version. */
  supersededBy: number | null;
  /** For the tag dots in the list. */
  tags: { name: string; color: string | null }[];
}

/** What `clips.parse` answers: the draft, with the page's address when the paste or the clipboard gave one. */
export type ReviewDraft = ClipDraft & { url: string | null };

/** What `clips.create` returns and `cuttings add --json` prints: the draft fields plus the id. */
export type SavedClip = ReviewDraft & { id: number };

export interface ClipPage {
  items: ClipSummary[];
  total: number;
  /** Set when counting stopped at `total` with more clips left (a team library's large lists): show it as "total+". */
  totalCapped?: true;
}

export interface SearchHit extends ClipSummary {
  /** Body excerpt with matches wrapped in \u0002 … \u0003 so the UI can mark them without parsing HTML. */
  snippet: string;
  rank: number;
}

export type { SearchSort } from './list-sort.js';

export interface FacetCount {
  value: string;
  count: number;
}

/** Counts over all the matching clips (not just the page shown), to narrow a search by a click. */
export interface SearchFacets {
  tags: FacetCount[];
  sources: FacetCount[];
  people: FacetCount[];
  places: FacetCount[];
  years: FacetCount[];
}

export interface SearchResult {
  query: string;
  total: number;
  /**
   * Set when counting stopped at `total` with more matches left (a team library's common words):
   * show it as "total+". The facets then count the first matches found, not all of them.
   */
  totalCapped?: true;
  hits: SearchHit[];
  /** Set when part of the query could not be read as written; says how it was read instead. */
  notice: string | null;
  facets: SearchFacets | null;
}
