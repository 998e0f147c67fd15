import { escapeRegExp } from '../text/escape-regexp.js';
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

const INITIALS = /^\p{Lu}{2,6}$/u;

/** One word in two cases: all but the last two letters of the shorter written alike (`управлением`, `управление`). */
function sameStem(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  const stem = Math.max(4, Math.min(x.length, y.length) - 2);
  return x.slice(0, stem) === y.slice(0, stem);
}

/**
 * `ФСБ` read out of `Следственное управление ФСБ по … области`: a body's initials the text writes only inside a
 * longer body's name (after that name's word before them, in any case) are that body's, and listed through it.
 */
export function withoutInitialsOnlyInsideBodies(names: readonly string[], texts: readonly string[]): string[] {
  return names.filter((name) => {
    if (!INITIALS.test(name)) return true;
    const wordsBefore = names.flatMap((longer) => {
      const words = longer.split(' ');
      const at = words.indexOf(name);
      return at > 0 ? [words[at - 1]!] : [];
    });
    if (!wordsBefore.length) return true;
    const written = new RegExp(`(\\p{L}+)\\s+${escapeRegExp(name)}(?!\\p{L})|(?<!\\p{L})${escapeRegExp(name)}(?!\\p{L})`, 'gu');
    const uses = texts.flatMap((t) => [...t.matchAll(written)].map((m) => m[1] ?? ''));
    return !uses.every((before) => wordsBefore.some((w) => sameStem(before, w)));
  });
}
