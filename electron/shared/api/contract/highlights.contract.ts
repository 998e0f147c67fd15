import { z } from 'zod';
import { HIGHLIGHT_COLORS, type Highlight } from '../../models/organise.js';
import { id, method, text, type NamespaceMethods } from '../schema-helpers.js';

const color = z.enum(HIGHLIGHT_COLORS);

export const highlightsContract = {
  'highlights.list': method<Highlight[]>()(z.object({ clipId: id })),
  'highlights.add': method<Highlight>()(
    z.object({
      clipId: id,
      exact: text(100_000).min(1, { message: 'select some text to highlight' }),
      prefix: text(200).default(''),
      suffix: text(200).default(''),
      start: z.number().int().min(0),
      end: z.number().int().min(0),
      color: color.default('yellow'),
      note: text(100_000).default(''),
    }),
  ),
  'highlights.update': method<Highlight>()(z.object({ id, color: color.optional(), note: text(100_000).optional() })),
  'highlights.delete': method<Highlight>()(z.object({ id })),
} as const satisfies NamespaceMethods<'highlights'>;
