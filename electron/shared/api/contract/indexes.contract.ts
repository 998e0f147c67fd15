import { z } from 'zod';
import type { EntityCount, QuoteEntry, TimelineBucket } from '../../models/organise.js';
import type { EntityEditResult, EntityUndoResult } from '../../models/entity-edit.js';
import { MAX_NAME_CHARS } from '../../organise/entity-names.js';
import { id, method, text, type NamespaceMethods } from '../schema-helpers.js';

const entityKind = z.enum(['person', 'place', 'organization']);
const entityName = text(MAX_NAME_CHARS).refine((name) => name.trim() !== '', { message: 'must name someone or something' });
/** Follows a change of many clips with job.progress events of kind `entityEdit`. */
const jobId = text(100).optional();
const names = z.array(text(MAX_NAME_CHARS)).max(5_000);
const entityUndo = z.object({
  clipId: id,
  version: z.number().int().min(0),
  names: z.object({ people: names.optional(), places: names.optional(), organizations: names.optional() }),
  speakers: z.array(z.object({ position: z.number().int().min(0), speaker: text(MAX_NAME_CHARS) })).max(10_000),
});

/** The library's indexes: people, places and organisations, quotes by speaker, clips by month. */
export const indexesContract = {
  'indexes.entities': method<EntityCount[]>()(
    z.object({
      kind: entityKind,
      filter: text(200).default(''),
      limit: z.number().int().min(1).max(5_000).default(500),
    }),
  ),
  'indexes.quotes': method<{ items: QuoteEntry[]; total: number }>()(
    z.object({
      speaker: text(500).nullable().default(null),
      text: text(500).default(''),
      limit: z.number().int().min(1).max(1_000).default(200),
      offset: z.number().int().min(0).default(0),
    }),
  ),
  /**
   * Renames a name in every live clip naming any spelling of it, merging it into the new name
   * where that is there already; with `newKind`, moves it to another index. Each clip records it
   * as its own edit. `undo` in the answer is what indexes.undoEntityEdit takes.
   */
  'indexes.renameEntity': method<EntityEditResult>()(
    z.object({ kind: entityKind, name: entityName, newName: entityName, newKind: entityKind.optional(), jobId }),
  ),
  /** Takes a name out of every live clip naming it (it was never a name, say), each as the clip's edit. */
  'indexes.removeEntity': method<EntityEditResult>()(z.object({ kind: entityKind, name: entityName, jobId })),
  /** Puts back the clips a rename or removal changed, but those changed again since. */
  'indexes.undoEntityEdit': method<EntityUndoResult>()(z.object({ undo: z.array(entityUndo).min(1).max(1_000_000), jobId })),
  'indexes.speakers': method<EntityCount[]>()(z.object({ limit: z.number().int().min(1).max(5_000).default(500) })),
  'indexes.timeline': method<TimelineBucket[]>()(z.object({})),
} as const satisfies NamespaceMethods<'indexes'>;
