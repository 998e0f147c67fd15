import givenNames from './given-names.json';

/** Given names in Latin and Cyrillic script (scripts/build-given-names.mjs), none of them a place's or a month's. */
const FEMALE: ReadonlySet<string> = new Set(givenNames.female);
const MALE: ReadonlySet<string> = new Set(givenNames.male);
const EITHER: ReadonlySet<string> = new Set(givenNames.either);

/** `Henrike`, `Mikkel`, `Тарас`: the word is a given name as written, capitalised. */
export const isGivenName = (word: string): boolean => FEMALE.has(word) || MALE.has(word) || EITHER.has(word);

export type Sex = 'female' | 'male';

/** The sex a given name is given to, or null when it is given to both or is no given name known. */
export function sexOfGivenName(word: string): Sex | null {
  return FEMALE.has(word) ? 'female' : MALE.has(word) ? 'male' : null;
}
