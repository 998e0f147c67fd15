import { escapeRegExp } from '../text/escape-regexp.js';
import { isGivenName } from './lexicon/given-names.js';
import { MIN_STEM, stemKey } from './cyrillic-stems.js';

const CYRILLIC_NAME = /^[\p{Script=Cyrillic}-]+(?: [\p{Script=Cyrillic}-]+)+$/u;
const CYRILLIC_WORDS = /^[\p{Script=Cyrillic}-]+(?: [\p{Script=Cyrillic}-]+)*$/u;

/**
 * One person the text names in two cases (`Романа Белозёрова` in a sentence that declines him,
 * `Роман Белозёров` where he speaks) shares every word's stem with the other, by either language's
 * stemmer: the keys a name is grouped by.
 */
function caseFreeKeys(name: string): string[] {
  if (!CYRILLIC_WORDS.test(name)) return [];
  return [stemKey(name, false), stemKey(name, true)].filter((key) => key.split(' ').every((w) => w.length >= MIN_STEM));
}

/** The nominative of two forms: the one opening on a given name as written, else the shorter (a case ending adds letters). */
function nominativeOf(forms: readonly string[]): string {
  const score = (name: string) => (isGivenName(name.slice(0, name.indexOf(' '))) ? 0 : 1);
  return [...forms].sort((a, b) => score(a) - score(b) || a.length - b.length)[0]!;
}

/** Russian and Ukrainian people written in more than one case, each once in the nominative, at their first mention. */
export function withCyrillicCasesMerged(people: readonly string[]): { people: string[]; canonical: (name: string) => string } {
  const groups: string[][] = [];
  const byKey = new Map<string, string[]>();
  for (const name of people) {
    const keys = caseFreeKeys(name);
    const group = keys.map((key) => byKey.get(key)).find((g) => g !== undefined);
    if (group) group.push(name);
    else groups.push([name]);
    for (const key of keys) if (!byKey.has(key)) byKey.set(key, group ?? groups[groups.length - 1]!);
  }
  const canonicalOf = new Map(groups.flatMap((g) => g.map((name) => [name, nominativeOf(g)] as const)));
  return { people: groups.map(nominativeOf), canonical: (name) => canonicalOf.get(name) ?? name };
}

/**
 * `по словам Ступина` read as the town `Ступино`: a place the text never writes as such whose word
 * shares its stem with a person's surname is that person declined, not a place.
 */
export function withoutSurnamesReadAsPlaces(places: readonly string[], people: readonly string[], texts: readonly string[]): string[] {
  const surnameStems = new Set(
    people
      .filter((p) => CYRILLIC_NAME.test(p))
      .flatMap((p) => caseFreeKeys(p.slice(p.lastIndexOf(' ') + 1)))
      .filter((stem) => stem.length >= MIN_STEM),
  );
  const written = (place: string) => {
    const at = new RegExp(`(?<![\\p{L}-])${escapeRegExp(place)}(?![\\p{L}-])`, 'u');
    return texts.some((t) => at.test(t));
  };
  return places.filter((place) => place.includes(' ') || !caseFreeKeys(place).some((stem) => surnameStems.has(stem)) || written(place));
}
