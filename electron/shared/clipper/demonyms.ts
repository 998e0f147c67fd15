import { isCountryName } from './gazetteer.js';
import placeNames from './lexicon/place-names.json';

/**
 * Words for a country's people (`Americans`, `les Allemands`, `die Deutschen`, `美国人`): they name
 * neither a person nor a place. English and French forms come from data (world-countries, via
 * the gazetteer); German ones are read against the country's own name.
 */
const known: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(placeNames.demonyms.en),
  fr: new Set(placeNames.demonyms.fr),
};
const germanCountries = placeNames.countries.de;

// German nouns for a people end so (`Amerikaner`, `Deutschen`, `Chinesen`, `Französinnen`).
const GERMAN_DEMONYM = /^(\p{Lu}\p{Ll}{3,}?)(?:aner|anerin|anerinnen|ener|er|erin|erinnen|en|e|in|innen|ier|ierin)$/u;
const SHARED_STEM = 4;

const sharedLength = (a: string, b: string) => {
  let n = 0;
  while (n < a.length && a[n] === b[n]) n++;
  return n;
};
// The people's word keeps nearly all of the country's name: `Deutsch|land`, `Chin|a`, `Kanad|a`;
// `Nordsee` shares only `Nord` with `Nordkorea`; and the people's stem adds little of its own
// (`Italien|er`), where `Schwanenstraße` shares only `Schw` with `Schweiz`.
const MAX_COUNTRY_TAIL = 4;
const MAX_STEM_TAIL = 3;

function isGermanDemonym(word: string): boolean {
  const stem = GERMAN_DEMONYM.exec(word)?.[1];
  if (!stem) return false;
  return germanCountries.some((c) => {
    const shared = sharedLength(stem, c);
    return (
      c !== word &&
      !c.includes(' ') &&
      shared >= SHARED_STEM &&
      shared >= c.length - MAX_COUNTRY_TAIL &&
      shared >= stem.length - MAX_STEM_TAIL
    );
  });
}

export function isDemonym(name: string, language: string): boolean {
  if (language === 'zh') return /^\p{Script=Han}{2,}人$/u.test(name) && isCountryName(name.slice(0, -1), 'zh');
  if (name.includes(' ')) return false;
  const forms = [name, name.replace(/s$/u, ''), name.replace(/es$/u, '')];
  if (forms.some((f) => known.en!.has(f) || known.fr!.has(f))) return !isCountryName(name, language);
  return language === 'de' && isGermanDemonym(name) && !isCountryName(name, language);
}
