import { z } from 'zod';
import type { SearchResult } from '../../models/clip.js';
import { method, text, type NamespaceMethods } from '../schema-helpers.js';
import { SEARCH_SORTS } from '../../models/list-sort.js';

export const searchContract = {
  'search.query': method<SearchResult>()(
    z.object({
      query: text(2_000),
      limit: z.number().int().min(1).max(1_000).default(50),
      offset: z.number().int().min(0).default(0),
      sort: z.enum(SEARCH_SORTS).default('relevance'),
      facets: z.boolean().default(false),
    }),
  ),
} as const satisfies NamespaceMethods<'search'>;
