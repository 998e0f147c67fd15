import { z } from 'zod';
import type { ClipDraft } from '../models/clip-draft.js';
import type { DossierProgress } from '../models/dossier-progress.js';
import type { Comparison, RelatedClip } from '../models/comparison.js';
import { id, ids, isoDate, method, names, text } from './schema-helpers.js';
import { organiseContract } from './organise-contract.js';
import { comfortContract } from './comfort-contract.js';
import { comparisonsContract } from './comparisons-contract.js';
import { importContract } from './import-contract.js';
import { MAX_PASTE_CHARS } from './limits.js';
import { exportContract } from './export-contract.js';
import { backupsContract } from './backups-contract.js';
import { trashContract } from './trash-contract.js';
import type { Clip, ClipPage, SavedClip, SearchResult } from '../models/clip.js';
import { settingsPatchSchema, type Settings } from '../models/settings.js';
import { DOSSIER_FORMATS, DOSSIER_ORDERS, type DossierFormat } from '../models/dossier-formats.js';
import { LIST_SORTS, SEARCH_SORTS } from '../models/list-sort.js';

/**
 * The API contract: one table of methods, each with the runtime schema of its input and the
 * type of its output. The core implements it once; the IPC bridge, the HTTP server and the
 * renderer's client are all derived from this table, so a method added here is everywhere.
 */

export { MAX_PASTE_CHARS } from './limits.js';

const paste = z.object({
  text: text(MAX_PASTE_CHARS),
  html: text(MAX_PASTE_CHARS).optional(),
});

const quote = z.object({ speaker: z.string().max(500).nullable(), text: text(20_000) });

/** The user-checked fields of a draft; anything left out is taken from the parse of the paste. */
const draftFields = z.object({
  title: text(2_000).nullable(),
  date: isoDate.nullable(),
  dateline: text(500).nullable(),
  source: text(500).nullable(),
  byline: names,
  language: text(16),
  paragraphs: z.array(text(MAX_PASTE_CHARS)).max(100_000),
  quotes: z.array(quote).max(10_000),
  people: names,
  places: names,
  organizations: names,
});

const editableFields = draftFields.extend({ notes: text(1_000_000), url: text(4_000).nullable() }).partial();

/** A dossier's cover fields, parts and paper (issue 6); saved specs reuse this shape. */
const dossierSpec = z
  .object({
    title: text(300).default('Press cuttings'),
    subtitle: text(1_000).default(''),
    author: text(300).default(''),
    organisation: text(300).default(''),
    /** The date on the cover; null prints today's. */
    date: isoDate.nullable().default(null),
    /** A handling line such as "CONFIDENTIAL — for internal use", on the cover and every page. */
    marking: text(300).default(''),
    paperSize: z.enum(['A4', 'Letter']).default('A4'),
    /** Print order: as given (a collection's own order), or by publication date with undated clips last. */
    order: z.enum(DOSSIER_ORDERS).default('collection'),
    /** Markdown; empty takes the collection's description. */
    introduction: text(200_000).default(''),
    parts: z
      .object({
        cover: z.boolean().default(true),
        contents: z.boolean().default(true),
        introduction: z.boolean().default(true),
        overview: z.boolean().default(true),
        indexes: z.boolean().default(true),
        /** The collection's saved comparisons, two columns each; nothing prints when it has none. */
        comparisons: z.boolean().default(true),
      })
      .prefault({}),
  })
  .prefault({});

/** The clips of a dossier: ids in print order, or a collection by name or path ("Briefs/Ukraine"). */
const dossierSource = {
  clipIds: z.array(id).max(5_000).optional(),
  collection: text(1_000).optional(),
  /** Saved comparisons in print order; left out, a collection's own are printed. */
  comparisonIds: z.array(id).max(1_000).optional(),
  spec: dossierSpec,
};

/** A saved dossier: its settings and where its clips come from (a collection, re-read at each export). */
const savedDossierFields = {
  name: text(300).min(1, { message: 'give the dossier a name' }),
  spec: dossierSpec,
  collection: text(1_000).nullable().default(null),
  clipIds: z.array(id).max(5_000).nullable().default(null),
};

export const contract = {
  'clips.parse': method<ClipDraft>()(paste),
  'clips.create': method<SavedClip>()(
    paste.extend({
      draft: draftFields.partial().optional(),
      versionOf: id.nullable().optional(),
    }),
  ),
  'clips.get': method<Clip>()(z.object({ id })),
  'clips.list': method<ClipPage>()(
    z.object({
      trashed: z.boolean().default(false),
      /** A regular collection's clips in its manual order. */
      collectionId: id.optional(),
      /** Clips with this tag or one below it. */
      tag: text(500).optional(),
      /** Left out: a collection in its hand-set order, any other list newest clipped first. */
      sort: z.enum(LIST_SORTS).optional(),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(1_000).default(200),
    }),
  ),
  'clips.update': method<Clip>()(z.object({ id, fields: editableFields })),
  'clips.trash': method<{ trashed: number[] }>()(z.object({ ids })),
  'clips.restore': method<{ restored: number[] }>()(z.object({ ids })),
  'compare.clips': method<Comparison>()(z.object({ a: id, b: id })),
  'clips.related': method<RelatedClip[]>()(z.object({ id, limit: z.number().int().min(1).max(100).default(10) })),
  'search.query': method<SearchResult>()(
    z.object({
      query: text(2_000),
      limit: z.number().int().min(1).max(1_000).default(50),
      offset: z.number().int().min(0).default(0),
      sort: z.enum(SEARCH_SORTS).default('relevance'),
      facets: z.boolean().default(false),
    }),
  ),
  'library.info': method<LibraryInfo>()(z.object({})),
  'settings.get': method<Settings>()(z.object({})),
  'settings.update': method<Settings>()(z.object({ patch: settingsPatchSchema })),
  'dossier.export': method<DossierExport>()(
    z.object({
      ...dossierSource,
      outPath: text(4_096).min(1, { message: 'give a file to write' }),
      format: z.enum(DOSSIER_FORMATS).default('pdf'),
      /** Chosen by the caller, so it can follow progress and cancel with dossier.cancel. */
      jobId: text(100).optional(),
    }),
  ),
  'dossier.cancel': method<{ cancelled: boolean }>()(z.object({ jobId: text(100) })),
  /** Polled by the UI while an export runs: the transports carry calls, not events. */
  'dossier.progress': method<{ running: boolean; progress: DossierProgress | null }>()(z.object({ jobId: text(100) })),
  /** paginate: false leaves out Paged.js, for a preview in a frame that runs no scripts. */
  'dossier.preview': method<{ html: string }>()(z.object({ ...dossierSource, paginate: z.boolean().default(true) })),
  'dossier.saved.list': method<SavedDossier[]>()(z.object({})),
  /** Creates a saved dossier, or with an id replaces that one. */
  'dossier.saved.save': method<SavedDossier>()(z.object({ ...savedDossierFields, id: id.optional() })),
  'dossier.saved.delete': method<SavedDossier>()(z.object({ id })),
  ...organiseContract,
  ...comparisonsContract,
  ...importContract,
  ...exportContract(dossierSource),
  ...backupsContract,
  ...comfortContract,
  ...trashContract,
} as const;

export type DossierSpec = z.output<typeof dossierSpec>;
export type SavedDossierFields = z.output<z.ZodObject<typeof savedDossierFields>>;
export interface SavedDossier extends SavedDossierFields {
  id: number;
  createdAt: string;
  updatedAt: string;
}

export interface DossierExport {
  path: string;
  format: DossierFormat;
  /** Pages in the PDF; null for HTML, which is paginated when opened. */
  pages: number | null;
  bytes: number;
  clips: number;
}

export interface LibraryInfo {
  path: string;
  clipCount: number;
  trashCount: number;
  schemaVersion: number;
}

export type Contract = typeof contract;
export type Method = keyof Contract;
export const methodNames = Object.keys(contract) as Method[];

export type ApiInput<M extends Method> = z.input<Contract[M]['input']>;
export type ApiArgs<M extends Method> = z.output<Contract[M]['input']>;
export type ApiOutput<M extends Method> = Contract[M]['output'];

/** What the core implements: every method, taking its validated arguments. */
export type ApiHandlers = { [M in Method]: (args: ApiArgs<M>) => ApiOutput<M> | Promise<ApiOutput<M>> };

export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}
