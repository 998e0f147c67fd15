import { isGivenName } from './lexicon/given-names.js';

/**
 * Whether a name opens on a given name (`Jane Doe`, `Anna Berg`): the sign that it is a person's,
 * though an outlet may be named for one (`Charlotte Observer`).
 */
export function opensOnGivenName(name: string): boolean {
  return isGivenName(name.split(/\s+/u)[0]!);
}

/**
 * Whether a name reads as a person's: it opens on a given name, and `isOutlet`, the caller's test
 * of an outlet's name, does not take it for one (`Charlotte Observer`).
 */
export function readsAsPersonName(name: string, isOutlet: (name: string) => boolean): boolean {
  return opensOnGivenName(name) && !isOutlet(name);
}
