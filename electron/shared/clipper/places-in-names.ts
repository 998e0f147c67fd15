import { escapeRegExp } from '../text/escape-regexp.js';

/**
 * A place named only as part of a body's name (`Loire` in `Conseil départemental de la Loire`,
 * `Ayr` in `Ayr Sheriff Court`) or of a longer place's (`Sorle` in `calanque de Sorle`) is that
 * name's, not a place of the story, unless the text also names it on its own.
 */
const wholeWords = (name: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'giu');

const LETTER_BEFORE = /[\p{L}\p{N}]$/u;
const LETTER_AFTER = /^[\p{L}\p{N}]/u;

/**
 * Where `name` (as `literal`, its letters in any case) stands as whole words in `text`, in the
 * order and without the overlaps a global search for it between non-letters finds. The name is
 * searched for as it is and its ends checked after: a search that tests what stands before every
 * position of the text takes several times as long.
 */
function* wholeWordsIn(text: string, literal: RegExp): Generator<number> {
  literal.lastIndex = 0;
  for (let m = literal.exec(text); m; m = literal.exec(text)) {
    const end = m.index + m[0].length;
    const whole = !LETTER_BEFORE.test(text.slice(Math.max(0, m.index - 2), m.index)) && !LETTER_AFTER.test(text.slice(end, end + 2));
    if (whole) yield m.index;
    literal.lastIndex = whole ? end : m.index + (text.codePointAt(m.index)! > 0xffff ? 2 : 1);
  }
}

/** How often the name is written as whole words in `text`, in capitals too (`HALDEN, Norway —` opening a story). */
function count(text: string, literal: RegExp): number {
  let n = 0;
  for (const _ of wholeWordsIn(text, literal)) n++;
  return n;
}

/** The names (each on a line of its own in `listed`, read in one pass) that hold the name besides itself. */
function namesHolding(names: readonly string[], listed: string, literal: RegExp, name: string): string[] {
  const held = new Set<string>();
  let line = 0;
  let lineEnd = names[0]!.length;
  for (const at of wholeWordsIn(listed, literal)) {
    while (at > lineEnd) lineEnd += 1 + names[++line]!.length;
    if (names[line] !== name) held.add(names[line]!);
  }
  return [...held];
}

export function withoutPlacesOnlyInOrganisations(
  places: readonly string[],
  organisations: readonly string[],
  texts: readonly string[],
): string[] {
  const names = [...new Set([...organisations, ...places])];
  const listed = names.join('\n');
  return places.filter((place) => {
    // `Lorient Métropole`: a name of several words read both ways is the body's.
    if (place.includes(' ') && organisations.includes(place)) return false;
    // `Sorle` written only in `calanque de Sorle` and `Comité de Sorle`: the longer names hold it.
    const literal = new RegExp(escapeRegExp(place), 'giu');
    const holders = namesHolding(names, listed, literal, place);
    if (!holders.length) return true;
    // A text that does not name the place names it nowhere once the longer names are blanked out either.
    const naming = texts.filter((t) => count(t, literal) > 0);
    if (!naming.length) return true;
    // The text with the longer names blanked out, longest first, so a name inside another is read once.
    const longestFirst = holders.sort((a, b) => b.length - a.length).map(wholeWords);
    return naming.some(
      (t) =>
        count(
          longestFirst.reduce((rest, h) => rest.replace(h, ' '), t),
          literal,
        ) > 0,
    );
  });
}
