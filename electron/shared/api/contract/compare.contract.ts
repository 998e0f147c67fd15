import { z } from 'zod';
import type { Comparison } from '../../models/comparison.js';
import { id, method, type NamespaceMethods } from '../schema-helpers.js';

export const compareContract = {
  'compare.clips': method<Comparison>()(z.object({ a: id, b: id })),
} as const satisfies NamespaceMethods<'compare'>;
