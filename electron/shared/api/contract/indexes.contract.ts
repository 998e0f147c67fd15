import { z } from 'zod';
import type { EntityCount, QuoteEntry, TimelineBucket } from '../../models/organise.js';
import { method, text, type NamespaceMethods } from '../schema-helpers.js';

/** The library's indexes: people, places and organisations, quotes by speaker, clips by month. */
export const indexesContract = {
  'indexes.entities': method<EntityCount[]>()(
    z.object({
      kind: z.enum(['person', 'place', 'organization']),
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
  'indexes.speakers': method<EntityCount[]>()(z.object({ limit: z.number().int().min(1).max(5_000).default(500) })),
  'indexes.timeline': method<TimelineBucket[]>()(z.object({})),
} as const satisfies NamespaceMethods<'indexes'>;
