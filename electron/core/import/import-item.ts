import type { ClipDraft } from '../../shared/models/clip-draft.js';
import type { Paste } from '../clipper/draft-from-paste.js';

/** A passage another tool marked in an article, with the note the user wrote on it. */
export interface ImportedHighlight {
  quote: string;
  note: string;
}

/**
 * One clip-to-be read from an imported file. A file gives one (a text, a web page, an e-mail)
 * or several (the articles of a PDF, the notes of an export from another tool).
 */
export interface ImportItem {
  /** How the summary names it: the file, and the article or note within it when there are several. */
  name: string;
  paste: Paste;
  /** What the file states outright (a PDF's headline by its type size), taking the place of what the clipper reads. */
  fields?: Pick<Partial<ClipDraft>, 'title' | 'date' | 'source' | 'byline'>;
  /** Kept from another tool's export: where the article came from and how it was filed. */
  url?: string | null;
  tags?: string[];
  /** Notebooks or collections it was filed in, each as a path of names from the top ("Work", "Reports"). */
  collections?: string[][];
  highlights?: ImportedHighlight[];
  /** The user's own notes on it in the other tool, kept as the clip's notes. */
  notes?: string;
  /** What the summary tells about how it was read (its text taken from an abstract, say). */
  warnings?: string[];
  /** Why it cannot become a clip, when its file was read but it holds nothing to clip. */
  failure?: string;
}
