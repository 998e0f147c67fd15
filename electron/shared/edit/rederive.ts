import type { DraftQuote } from '../models/clip-draft.js';

/** What the clipper finds in a text: the names and quotes a text edit may add or take away. */
export interface Derived {
  people: string[];
  places: string[];
  organizations: string[];
  quotes: DraftQuote[];
}

/**
 * The clip's names after its text was edited: those the clipper found only in the old text go,
 * those it finds only in the new text come, and everything the user added or kept by hand stays.
 */
export function rederiveList(current: readonly string[], foundBefore: readonly string[], foundAfter: readonly string[]): string[] {
  const before = new Set(foundBefore);
  const after = new Set(foundAfter);
  const kept = current.filter((name) => !(before.has(name) && !after.has(name)));
  const added = foundAfter.filter((name) => !before.has(name) && !kept.includes(name));
  return [...kept, ...added];
}

const quoteKey = (q: DraftQuote) => q.text.replace(/\s+/g, ' ').trim();

/** The same three-way merge for quotes, matched by their words; a kept quote keeps the speaker the user gave it. */
export function rederiveQuotes(
  current: readonly DraftQuote[],
  foundBefore: readonly DraftQuote[],
  foundAfter: readonly DraftQuote[],
): DraftQuote[] {
  const before = new Set(foundBefore.map(quoteKey));
  const after = new Set(foundAfter.map(quoteKey));
  const kept = current.filter((q) => !(before.has(quoteKey(q)) && !after.has(quoteKey(q))));
  const keptKeys = new Set(kept.map(quoteKey));
  const added = foundAfter.filter((q) => !before.has(quoteKey(q)) && !keptKeys.has(quoteKey(q)));
  return [...kept, ...added.map((q) => ({ ...q }))];
}

export function rederive(current: Derived, foundBefore: Derived, foundAfter: Derived): Derived {
  return {
    people: rederiveList(current.people, foundBefore.people, foundAfter.people),
    places: rederiveList(current.places, foundBefore.places, foundAfter.places),
    organizations: rederiveList(current.organizations, foundBefore.organizations, foundAfter.organizations),
    quotes: rederiveQuotes(current.quotes, foundBefore.quotes, foundAfter.quotes),
  };
}
