/**
 * A place named only as part of a body's name (`Loire` in `Conseil départemental de la Loire`,
 * `Ayr` in `Ayr Sheriff Court`) or of a longer place's (`Sorle` in `calanque de Sorle`) is that
 * name's, not a place of the story, unless the text also names it on its own.
 */
/** How often `name` is written as whole words in `text`, in capitals too (`HALDEN, Norway —` opening a story). */
function count(text: string, name: string): number {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return text.match(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu'))?.length ?? 0;
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
    const inside = holders.reduce((n, h) => n + count(h, place) * texts.reduce((k, t) => k + count(t, h), 0), 0);
    return all === 0 || all > inside;
  });
}
