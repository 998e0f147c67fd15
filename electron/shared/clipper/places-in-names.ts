/**
 * A place named only as part of a body's name (`Loire` in `Conseil départemental de la Loire`,
 * `Ayr` in `Ayr Sheriff Court`) or of a longer place's (`Sorle` in `calanque de Sorle`) is that
 * name's, not a place of the story, unless the text also names it on its own.
 */
const wholeWords = (name: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}\\p{N}])`, 'giu');

/** How often `name` is written as whole words in `text`, in capitals too (`HALDEN, Norway —` opening a story). */
function count(text: string, name: string): number {
  return text.match(wholeWords(name))?.length ?? 0;
}

export function withoutPlacesOnlyInOrganisations(
  places: readonly string[],
  organisations: readonly string[],
  texts: readonly string[],
): string[] {
  return places.filter((place) => {
    // `Lorient Métropole`: a name of several words read both ways is the body's.
    if (place.includes(' ') && organisations.includes(place)) return false;
    // `Sorle` written only in `calanque de Sorle` and `Comité de Sorle`: the longer names hold it.
    const holders = [...new Set([...organisations, ...places])].filter((o) => o !== place && count(o, place) > 0);
    if (!holders.length) return true;
    const all = texts.reduce((n, t) => n + count(t, place), 0);
    // The text with the longer names blanked out, longest first, so a name inside another is read once.
    const longestFirst = holders.sort((a, b) => b.length - a.length);
    const outside = texts.reduce(
      (n, t) =>
        n +
        count(
          longestFirst.reduce((rest, h) => rest.replace(wholeWords(h), ' '), t),
          place,
        ),
      0,
    );
    return all === 0 || outside > 0;
  });
}
