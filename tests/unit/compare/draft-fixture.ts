import type { ComparableDraft } from '../../../electron/shared/compare/compare-drafts.js';

/** A hand-made comparable draft: only what a test sets, the rest empty. */
export function draft(paragraphs: string[], extra: Partial<ComparableDraft> = {}): ComparableDraft {
  return { paragraphs, quotes: [], people: [], places: [], organizations: [], ...extra };
}
