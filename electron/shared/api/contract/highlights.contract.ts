import { z } from 'zod';
import { MOST_HIGHLIGHTS_A_PAGE, type Highlight, type HighlightPage } from '../../models/organise.js';
import { id, method, text, type NamespaceMethods } from '../schema-helpers.js';
import { highlightColor, highlightFields } from '../fields.js';

export const highlightsContract = {
  'highlights.list': method<Highlight[]>()(z.object({ clipId: id })),
  /** Every highlight in the library's live clips, newest first: the Highlights index. */
  'highlights.all': method<HighlightPage>()(
    z.object({
      /** Words in the passage or its note. */
      text: text(500).default(''),
      color: highlightColor.nullable().default(null),
      withNotes: z.boolean().default(false),
      limit: z.number().int().min(1).max(MOST_HIGHLIGHTS_A_PAGE).default(100),
      offset: z.number().int().min(0).default(0),
    }),
  ),
  'highlights.add': method<Highlight>()(highlightFields.extend({ clipId: id })),
  'highlights.update': method<Highlight>()(z.object({ id, color: highlightColor.optional(), note: text(100_000).optional() })),
  'highlights.delete': method<Highlight>()(z.object({ id })),
} as const satisfies NamespaceMethods<'highlights'>;
