import givenNames from './given-names.json';

/** Given names in Latin and Cyrillic script (scripts/build-given-names.mjs), none of them a place's or a month's. */
const GIVEN_NAMES: ReadonlySet<string> = new Set([...givenNames.latin, ...givenNames.cyrillic]);

/** `Henrike`, `Mikkel`, `Тарас`: the word is a given name as written, capitalised. */
export const isGivenName = (word: string): boolean => GIVEN_NAMES.has(word);
