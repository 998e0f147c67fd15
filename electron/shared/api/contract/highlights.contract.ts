import { z } from 'zod';
import type { Highlight } from '../../models/organise.js';
import { id, method, text, type NamespaceMethods } from '../schema-helpers.js';
import { highlightColor, highlightFields } from '../fields.js';

export const highlightsContract = {
  'highlights.list': method<Highlight[]>()(z.object({ clipId: id })),
  'highlights.add': method<Highlight>()(highlightFields.extend({ clipId: id })),
  'highlights.update': method<Highlight>()(z.object({ id, color: highlightColor.optional(), note: text(100_000).optional() })),
  'highlights.delete': method<Highlight>()(z.object({ id })),
} as const satisfies NamespaceMethods<'highlights'>;
