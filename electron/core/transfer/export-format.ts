import { z } from 'zod';
import { HIGHLIGHT_COLORS } from '../../shared/models/organise.js';
import { EDIT_CHANNELS, EDITABLE_CLIP_FIELDS } from '../../shared/models/clip-edit.js';

/**
 * The lossless export file ("cuttings export"): everything a library holds, so another library
 * can take it in with nothing lost. Records point at each other by `key`, numbers local to the
 * file (clips in the order they were captured), never by database ids, so an export of the
 * imported library is the same file apart from when it was made.
 *
 * When a field is added, raise VERSION only if an older Cuttings would lose data reading the
 * file; readers refuse versions newer than theirs rather than drop what they do not know.
 */
export const EXPORT_FORMAT = 'cuttings-export';
export const EXPORT_VERSION = 2;

const key = z.number().int().positive();
const str = z.string();
const nullableStr = z.string().nullable();

const highlightRecord = z.object({
  exact: str,
  prefix: str,
  suffix: str,
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  color: z.enum(HIGHLIGHT_COLORS),
  note: str,
  createdAt: str,
});

const quoteRecord = z.object({ speaker: nullableStr, text: str });

/** A correction made after the clip was saved (format 2 on; earlier files have none). */
const editRecord = z.object({
  at: str,
  user: str,
  via: z.enum(EDIT_CHANNELS),
  changes: z.array(
    z.object({
      field: z.enum(EDITABLE_CLIP_FIELDS),
      before: z.union([nullableStr, z.array(str), z.array(quoteRecord)]),
      after: z.union([nullableStr, z.array(str), z.array(quoteRecord)]),
    }),
  ),
});

export const clipRecordSchema = z.object({
  key,
  title: nullableStr,
  paragraphs: z.array(str),
  /** The paste exactly as received, and its HTML when one came with it. */
  raw: str,
  rawHtml: nullableStr,
  rawSha256: str,
  date: nullableStr,
  dateline: nullableStr,
  source: nullableStr,
  byline: z.array(str),
  language: str,
  url: nullableStr,
  wordCount: z.number().int().min(0),
  cruft: z.array(str),
  notes: str,
  quotes: z.array(quoteRecord),
  people: z.array(str),
  places: z.array(str),
  organizations: z.array(str),
  tags: z.array(str),
  highlights: z.array(highlightRecord),
  createdAt: str,
  updatedAt: str,
  /** Set for a clip in the trash: when it was put there. */
  deletedAt: nullableStr,
  /** The key of the earlier version of the same story. */
  versionOf: key.nullable(),
  /** Its edit history, oldest first. */
  edits: z.array(editRecord).default([]),
});

const collectionRecord = z.object({
  key,
  /** Parents come before their children; siblings in their order in the sidebar. */
  parent: key.nullable(),
  name: str.min(1),
  description: str,
  /** A smart collection's saved search; its clips are found live, so `clips` is empty. */
  query: nullableStr,
  createdAt: str,
  /** Clip keys in the collection's hand-set order. */
  clips: z.array(key),
  /** Comparison keys in the collection's order; files from before comparisons were exported have none. */
  comparisons: z.array(key).default([]),
});

/** A saved comparison: the two clips, A on the left. Only collections hold comparisons, so each is listed by one. */
const comparisonRecord = z.object({
  key,
  a: key,
  b: key,
  title: str,
  createdAt: str,
});

const dossierRecord = z.object({
  name: str,
  /** The saved export settings, as the dossier builder stores them. */
  spec: z.record(z.string(), z.unknown()),
  collection: nullableStr,
  clips: z.array(key).nullable(),
  createdAt: str,
  updatedAt: str,
});

/**
 * Everything before the clips. Writers put `clips` last, one clip per line, so a reader can take
 * a library of any size a clip at a time; the count lets it show progress.
 */
export const exportHeadSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.number().int(),
  exportedAt: str,
  /** What was exported: the whole library, or one collection (by its path) with its sub-collections. */
  scope: z.object({ collection: nullableStr }),
  clipCount: z.number().int().min(0),
  tags: z.array(z.object({ name: str.min(1), color: nullableStr })),
  collections: z.array(collectionRecord),
  comparisons: z.array(comparisonRecord).default([]),
  dossiers: z.array(dossierRecord),
});

export const libraryExportSchema = exportHeadSchema.extend({ clips: z.array(clipRecordSchema) });

export type ExportHead = z.infer<typeof exportHeadSchema>;
export type ClipRecord = z.infer<typeof clipRecordSchema>;
export type CollectionRecord = z.infer<typeof collectionRecord>;
export type ComparisonRecord = z.infer<typeof comparisonRecord>;
export type DossierRecord = z.infer<typeof dossierRecord>;
