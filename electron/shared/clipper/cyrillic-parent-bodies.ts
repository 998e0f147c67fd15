import { sameCyrillicNoun } from './cyrillic-names.js';

const occurrences = (texts: readonly string[], phrase: string) => texts.reduce((n, t) => n + t.split(phrase).length - 1, 0);

/** The words closing `longer` that are `name`'s words in another case, as the text writes them, else null. */
function declinedTail(longer: string, name: string): string | null {
  const long = longer.split(' ');
  const own = name.split(' ');
  if (own.length < 2 || long.length <= own.length) return null;
  const tail = long.slice(-own.length);
  return tail.every((w, k) => sameCyrillicNoun(w, own[k]!)) ? tail.join(' ') : null;
}

/**
 * `Рівненська міська рада` read out of `Департамент міського господарства Рівненської міської ради`: a body
 * the text names only in the genitive closing a branch's name is the branch's parent, and listed through it.
 * It stays where the text names it elsewhere too, in any case.
 */
export function withoutParentsNamedOnlyInBranches(names: readonly string[], texts: readonly string[]): string[] {
  return names.filter((name) => {
    if (occurrences(texts, name) > 0) return true;
    return !names.some((longer) => {
      const tail = declinedTail(longer, name);
      if (tail === null) return false;
      const branch = longer.slice(longer.indexOf(' ') + 1);
      return occurrences(texts, tail) <= occurrences(texts, branch);
    });
  });
}
