import { stemmer as russianStem } from '@orama/stemmers/russian';
import { stemmer as ukrainianStem } from '@orama/stemmers/ukrainian';
import placeNames from './lexicon/place-names.json';

/**
 * Known places, from data rather than rules: country names in the clipper's six languages and the
 * world's towns of 50,000 people or more in Latin, Cyrillic and Chinese script (derived from
 * GeoNames by scripts/build-place-names.mjs). Russian and Ukrainian names are matched through the
 * Snowball stemmers, so `в Вінниці` finds `Вінниця` and `из Казани` finds `Казань`.
 */
interface PlaceTables {
  countries: ReadonlyMap<string, ReadonlySet<string>>;
  latin: ReadonlySet<string>;
  cyrillic: readonly string[];
  cyrillicNames: ReadonlySet<string>;
  han: ReadonlySet<string>;
}

const HAN_EVERYDAY_WORDS = new Set(['启动', '开发', '建设', '发展']);

function buildTables(): PlaceTables {
  const countriesByLanguage: Readonly<Record<string, readonly string[]>> = placeNames.countries;
  const cyrillic = [...placeNames.cyrillic, ...countriesByLanguage.ru!, ...countriesByLanguage.uk!];
  // A city is written with or without its `市`: `宁德市` and `宁德`.
  // Not bare, though, where the bare form is an everyday word (`启动`, "to start").
  const hanCities = placeNames.han
    .filter((n) => /^\p{Script=Han}{2,}市$/u.test(n))
    .map((n) => n.slice(0, -1))
    .filter((n) => !HAN_EVERYDAY_WORDS.has(n));
  return {
    countries: new Map(Object.entries(countriesByLanguage).map(([language, names]) => [language, new Set(names)])),
    latin: new Set(placeNames.latin),
    cyrillic,
    cyrillicNames: new Set(cyrillic),
    han: new Set([...placeNames.han, ...hanCities, ...countriesByLanguage.zh!.filter((n) => /^\p{Script=Han}{2,}$/u.test(n))]),
  };
}

let built: PlaceTables | null = null;
/** The lookups, built on the first question: building them is a good part of any start of the CLI or the app, and most clip nothing. */
function tables(): PlaceTables {
  built ??= buildTables();
  return built;
}

const HAN_LONGEST = 8;

/** A country's name in the article's language or in English (`Туреччина`, `土耳其`, `Allemagne`). */
export const isCountryName = (name: string, language: string) => {
  const { countries } = tables();
  return Boolean(countries.get(language)?.has(name) || countries.get('en')!.has(name));
};

/** A town or country written as the gazetteer writes it (`Leipzig`, `Moskau`). */
export const isKnownLatinPlace = (name: string) => tables().latin.has(name);

type Stemmer = (word: string) => string;
const stemKey = (name: string, stem: Stemmer) =>
  name
    .toLowerCase()
    .split(/[\s-]+/u)
    .map((w) => stem(w))
    .join(' ');

// Letters one of the two languages has and the other lacks: `Черкаси` is Ukrainian, `Черкассы` Russian.
const NOT_UKRAINIAN = /[ыэъё]/u;
const NOT_RUSSIAN = /[іїєґ]/u;

const cyrillicIndexes = new Map<boolean, Map<string, string>>();
function cyrillicIndex(ukrainian: boolean): Map<string, string> {
  let index = cyrillicIndexes.get(ukrainian);
  if (!index) {
    index = new Map();
    const stem = ukrainian ? ukrainianStem : russianStem;
    const foreign = ukrainian ? NOT_UKRAINIAN : NOT_RUSSIAN;
    // The shorter name wins a shared stem: the nominative rather than an inflected alternate. In
    // Russian, `Тверь` wins over `Твер`, which is how Ukrainian, Bulgarian and Serbian spell it.
    const softEnding = (name: string, known: string) => !ukrainian && name === `${known}ь`;
    const better = (name: string, known: string) => softEnding(name, known) || (!softEnding(known, name) && name.length < known.length);
    for (const name of tables().cyrillic) {
      if (foreign.test(name)) continue;
      const key = stemKey(name, stem);
      const known = index.get(key);
      if (!known || better(name, known)) index.set(key, name);
    }
    cyrillicIndexes.set(ukrainian, index);
  }
  return index;
}

/**
 * Ukrainian nominatives a case form may hide from the stemmer, tried against the gazetteer as
 * written: a closed last syllable turns its `о`/`е` into `і` (`Львові` → `Львів`, `Харкова` →
 * `Харків`), a town in `-а` keeps its stem whole (`Одеси` → `Одеса`), and a plural town's
 * locative ends in `-ах` (`Черкасах` → `Черкаси`).
 */
function ukrainianNominatives(name: string): string[] {
  const out: string[] = [];
  const plural = /^(.{3,})(?:ах|ами)$/u.exec(name);
  if (plural) out.push(`${plural[1]}и`);
  // A town in `-а`/`-я` in another case: `Одеси`, `Одесою`, `Вінниці`.
  const feminine = /^(.{3,}?)(?:и|і|у|ю|ою|ею|ої|еї)$/u.exec(name);
  if (feminine) out.push(`${feminine[1]}а`, `${feminine[1]}я`);
  // A plural town's genitive has no ending: `Черкас` → `Черкаси`.
  if (/[^аеєиіїоуюяь]$/u.test(name)) out.push(`${name}и`);
  const oblique = /^(.{2,}?)([оеє])([^аеєиіїоуюяь'’])(?:ом|ем|у|і|а)?$/u.exec(name);
  // The soft sign returns too: `Борисполі` → `Бориспіль`; after a vowel the `і` is written `ї`: `Києва` → `Київ`.
  if (oblique) {
    const i = /[аеєиіїоуюя'’]$/u.test(oblique[1]!) ? 'ї' : 'і';
    out.push(`${oblique[1]}${i}${oblique[3]}`, `${oblique[1]}${i}${oblique[3]}ь`);
  }
  // A town ending in a consonant, in the genitive or dative: `Ужгорода` → `Ужгород`.
  const masculine = /^(.{3,}[^аеєиіїоуюяь'’])(?:а|у|ом)$/u.exec(name);
  if (masculine) out.push(masculine[1]!);
  return out.filter((n) => n !== name);
}

/** A Russian or Ukrainian place name in any case, given back in the nominative: `Вінниці` → `Вінниця`. */
export function cyrillicPlace(name: string, ukrainian: boolean): string | null {
  if (!/^\p{Script=Cyrillic}/u.test(name)) return null;
  if (ukrainian && !name.includes(' ')) {
    const { cyrillicNames } = tables();
    const known = ukrainianNominatives(name).find((n) => cyrillicNames.has(n) && !NOT_UKRAINIAN.test(n));
    if (known) return known;
  }
  const stem = ukrainian ? ukrainianStem : russianStem;
  const key = stemKey(name, stem);
  // Stems this short match too many unrelated words.
  if (key.replace(/\s/gu, '').length < 3) return null;
  const known = cyrillicIndex(ukrainian).get(key) ?? null;
  // `Тюмень` shares its stem with the gazetteer’s other spelling `Тюмен`: the soft sign the text writes is kept.
  const soft = `${known}ь`;
  return known && name.toLowerCase().startsWith(soft.toLowerCase()) && tables().cyrillicNames.has(soft) ? soft : known;
}

/** Places without a name the text also writes with a soft sign after it (`Тюмен` beside `Тюмень`): the text's own spelling stands. */
export const withWrittenSoftSigns = (places: readonly string[]) => places.filter((p) => !places.includes(`${p}ь`));

/** Chinese place names in a text, longest first at each position: `成都`, `哈尔滨`. */
export function findHanPlaces(text: string): string[] {
  const { han } = tables();
  const found = new Set<string>();
  for (let i = 0; i < text.length; i++) {
    for (let len = Math.min(HAN_LONGEST, text.length - i); len >= 2; len--) {
      const candidate = text.slice(i, i + len);
      if (han.has(candidate)) {
        found.add(candidate);
        i += len - 1;
        break;
      }
    }
  }
  return [...found];
}
