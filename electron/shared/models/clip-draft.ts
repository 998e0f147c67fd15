/**
 * ClipDraft is the clipper's output and a fixed JSON format (DESIGN.md): `cuttings parse --json`
 * prints it and outside scripts score it. Field names and meanings must not change.
 */
export interface DraftQuote {
  /** Canonical full name of the person (or organisation/country) credited, or null when unnamed. */
  speaker: string | null;
  /** The quoted words without the quote marks. */
  text: string;
}

export interface DuplicateRef {
  id: number;
  /** 1 for an exact duplicate, else the estimated Jaccard similarity of the two texts. */
  similarity: number;
  title: string | null;
  /** Set when the saved clip came from the same web address: the page again, perhaps updated. */
  sameUrl?: boolean;
  /** Set when the shorter text lies almost whole inside the longer: one is the other with passages added or cut. */
  contained?: boolean;
  /** Set when the two share their headline and a good part of their text: one story rewritten, as an update recasts it. */
  rewritten?: boolean;
}

/** A day the page implies but does not state, offered to the user: `22 hours ago` read when the paste was. */
export interface DateSuggestion {
  /** The page's words: `22 hours ago`, `vor 3 Stunden`, `вчера в 10:42`. */
  written: string;
  /** YYYY-MM-DD: the day those words mean if the paste was copied when it was read. */
  date: string;
  /** Set when the page gives a day and month but no year (`Feb 20`): the date is that day's latest past. */
  yearless?: boolean;
}

export interface ClipDraft {
  title: string | null;
  /** YYYY-MM-DD or null. */
  date: string | null;
  dateline: string | null;
  source: string | null;
  byline: string[];
  /** ISO 639-1 code. */
  language: string;
  paragraphs: string[];
  cruft: string[];
  quotes: DraftQuote[];
  people: string[];
  places: string[];
  organizations: string[];
  wordCount: number;
  duplicateOf: DuplicateRef | null;
  /** The article's address as the paste gives it (canonical link, `og:url`, a URL line), or null. */
  url?: string | null;
  /** What the review should tell the user about how the paste was read (a page read without finding its article). */
  notices?: string[];
  /** Set when no date was found but the article's header dates it relatively; `notices` says so in words. */
  dateSuggestion?: DateSuggestion;
}
