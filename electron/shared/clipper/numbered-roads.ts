/**
 * Roads named by a letter and a number in German, French and English texts, found where the text
 * puts a road: after its kind (`Autobahn A4`, `Bundesstraße B 31`, `autoroute A7`), after an article
 * that only a road takes so (`über die A 3`, `sur la D7`, `l'E40`), or before its kind (`the D7 road`,
 * `the A8 motorway`). Elsewhere the same shape is a plane, a bus line or a page (`A321`, `N16`, `A07`).
 */

// The letter and number of a road: `A4`, `B 31`, `E40`.
const NUMBER = String.raw`[ABDEKLNM]\s?\d{1,3}`;
const END = String.raw`(?![\p{L}\p{N}])`;

const ROADS: Readonly<Record<string, RegExp[]>> = {
  de: [
    // The kind and the number are one name in the text's own listing of roads: `Autobahn A4` gives `A4`.
    new RegExp(String.raw`(?<!\p{L})(?:Autobahn|Bundesautobahn|Bundesstraße|Landesstraße|Kreisstraße)\s(${NUMBER})${END}`, 'gu'),
    new RegExp(String.raw`(?<!\p{L})(?:auf der|über die|die|der|von der|zur)\s([AB]\s?\d{1,3})${END}`, 'gu'),
  ],
  fr: [
    new RegExp(String.raw`(?<!\p{L})(?:sur|par|de|vers|à)\s(?:la\s|l['’])(${NUMBER})${END}`, 'gu'),
    // `la route 138`: a numbered road of Quebec keeps its kind.
    /(?<!\p{L})(?:la\s|l['’])(route\s\d{1,3})(?![\p{L}\p{N}])/gu,
  ],
  en: [new RegExp(String.raw`(?<!\p{L})the\s([ABDMN]\d{1,3})\s(?:road|motorway|highway|dual carriageway)(?!\p{L})`, 'gu')],
};

/** The numbered roads a text names, as written (`A4`, `B 31`, `D7`, `route 138`). */
export function findNumberedRoads(texts: readonly string[], language: string): string[] {
  const patterns = ROADS[language] ?? [];
  return [...new Set(texts.flatMap((text) => patterns.flatMap((re) => [...text.matchAll(re)].map((m) => m[1]!.replace(/\s+/gu, ' ')))))];
}
