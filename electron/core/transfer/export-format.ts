import { z } from 'zod';
import {
  clipNotes,
  clipUrl,
  collectionDescription,
  collectionName,
  collectionQuery,
  comparisonTitle,
  draftFields,
  highlightFields,
  tagName,
} from '../../shared/api/fields.js';
import { text } from '../../shared/api/schema-helpers.js';
import { MAX_PASTE_CHARS } from '../../shared/api/limits.js';
import { EDIT_CHANNELS, EDITABLE_CLIP_FIELDS } from '../../shared/models/clip-edit.js';

/**
 * The lossless export file ("cuttings export"): everything a library holds, so another library
 * can take it in with nothing lost. Records point at each other by `key`, numbers local to the
 * file (clips in the order they were captured), never by database ids, so an export of the
 * imported library is the same file apart from when it was made.
 *
 * When a field is added, raise VERSION only if an older Cuttings would lose data reading the
 * file; readers refuse versions newer than theirs rather than drop what they do not know.
 *
 * Every field a method of the API also takes is held to that method's schema (shared/api/fields),
 * so an export, which may come from anyone, brings in nothing the API would refuse. Tag colours
 * and saved dossiers are only typed here: the reader checks them one by one, leaving out and
 * naming what fails, rather than refusing a whole library over one colour.
 */
export const EXPORT_FORMAT = 'cuttings-export';
export const EXPORT_VERSION = 2;

const key = z.number().int().positive();
const str = z.string();
const nullableStr = z.string().nullable();
/** When something was made or changed, as the library writes it (ISO 8601). */
const timestamp = z.string().regex(/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/, {
  message: 'must be a date and time like 2024-05-01T09:30:00Z',
});
const shortList = z.array(text(500)).max(100_000);
/** A SHA-256 as hex, read in lower case as the library writes it. */
const sha256Hex = z
  .string()
  .regex(/^[0-9a-f]{64}$/i, { message: 'must be a SHA-256 written as 64 hex digits' })
  .transform((hex) => hex.toLowerCase());

/** `author`: the team member who made it; files from before authors were kept, and personal libraries, have none. */
const highlightRecord = highlightFields.extend({ createdAt: timestamp, author: nullableStr.default(null) });

const quoteRecord = z.object({ speaker: nullableStr, text: str });

/** A correction made at review, to what the clipper proposed, or after the clip was saved (format 2 on; earlier files have none). */
const editRecord = z.object({
  at: timestamp,
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
  ...draftFields.shape,
  /** The paste exactly as received, and its HTML when one came with it. */
  raw: text(MAX_PASTE_CHARS),
  rawHtml: text(MAX_PASTE_CHARS).nullable(),
  /** Written for other tools; a reader computes it again from `raw` rather than trust it. */
  rawSha256: str,
  url: clipUrl,
  wordCount: z.number().int().min(0),
  cruft: shortList,
  notes: clipNotes,
  tags: z.array(tagName).max(10_000),
  highlights: z.array(highlightRecord).max(100_000),
  createdAt: timestamp,
  /** The team member who saved it; null in a personal library and in files from before it was kept. */
  clippedBy: nullableStr.default(null),
  updatedAt: timestamp,
  /** Set for a clip in the trash: when it was put there. */
  deletedAt: timestamp.nullable(),
  /** The key of the earlier version of the same story. */
  versionOf: key.nullable(),
  /**
   * An earlier version the file does not hold (only some clips were exported), named so an import
   * finds it where it arrived before: the hash its duplicate check keeps of its text, and the
   * SHA-256 of its paste. Absent otherwise, and in files from before it was written.
   */
  versionOfHashes: z.object({ contentHash: sha256Hex, rawSha256: sha256Hex }).optional(),
  /** Its edit history, oldest first. */
  edits: z.array(editRecord).default([]),
});

const collectionRecord = z.object({
  key,
  /** Parents come before their children; siblings in their order in the sidebar. */
  parent: key.nullable(),
  name: collectionName,
  description: collectionDescription,
  /** A smart collection's saved search; its clips are found live, so `clips` is empty. */
  query: collectionQuery,
  createdAt: timestamp,
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
  title: comparisonTitle,
  createdAt: timestamp,
});

const dossierRecord = z.object({
  name: z.unknown(),
  /** The saved export settings, as the dossier builder stores them. */
  spec: z.unknown(),
  collection: z.unknown(),
  clips: z.array(key).nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
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
  tags: z.array(z.object({ name: tagName, color: z.unknown() })),
  collections: z.array(collectionRecord),
  comparisons: z.array(comparisonRecord).default([]),
  dossiers: z.array(dossierRecord),
});

export const libraryExportSchema = exportHeadSchema.extend({ clips: z.array(clipRecordSchema) });

export type ExportHead = z.infer<typeof exportHeadSchema>;
export type ClipRecord = z.infer<typeof clipRecordSchema>;
export type VersionHashes = NonNullable<ClipRecord['versionOfHashes']>;
export type CollectionRecord = z.infer<typeof collectionRecord>;
export type ComparisonRecord = z.infer<typeof comparisonRecord>;
export type DossierRecord = z.infer<typeof dossierRecord>;
export type TagRecord = ExportHead['tags'][number];
