import { z } from 'zod';
import { id, isoDate, text } from '../api/schema-helpers.js';
import { DOSSIER_ORDERS, type DossierFormat } from './dossier-formats.js';

/** A dossier's cover fields, parts and paper; saved dossiers keep this shape. */
export const dossierSpecSchema = z
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
        /** The collections inside a collection, each printed as a section after its own clips. */
        sections: z.boolean().default(true),
      })
      .prefault({}),
  })
  .prefault({});

/** A saved dossier: its settings and where its clips come from (a collection, re-read at each export). */
export const savedDossierShape = {
  name: text(300).min(1, { message: 'give the dossier a name' }),
  spec: dossierSpecSchema,
  collection: text(1_000).nullable().default(null),
  clipIds: z.array(id).max(5_000).nullable().default(null),
};

export type DossierSpec = z.output<typeof dossierSpecSchema>;
export type SavedDossierFields = z.output<z.ZodObject<typeof savedDossierShape>>;
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

/** A dossier's introduction is its own text, or else its collection's description. */
export function withIntroduction(spec: DossierSpec, collectionDescription: string): DossierSpec {
  return { ...spec, introduction: spec.introduction || collectionDescription };
}
