import { isGivenName } from './lexicon/given-names.js';

/**
 * Villages, stations, tracts, airports and arenas named after their kind noun in Russian and Ukrainian
 * (`в деревнях Липки и Сосновка`, `на станции Разъезд`, `у селі Зелене`). Such names are most
 * often written in the nominative whatever the kind noun's case; one that agrees with it as an
 * adjective (`в поселке Лесном`) is turned back. The names alone are given, as the text names them.
 */

/** A kind noun's gender, which an adjective name agrees with. */
type Gender = 'm' | 'f' | 'n';

/**
 * Kinds of land and water whose name goes with them (`мыс Орлиный`, `бухта Каменная`, `гирло
 * Старе`): the kind's nominative, its gender and its case forms. A river, a lake or an island is
 * known by its name alone, and is listed with the settlements.
 */
const FEATURE_KINDS: ReadonlyArray<readonly [string, Gender, RegExp]> = [
  ['мыс', 'm', /^мыс(?:|а|у|е|ом)$/u],
  ['бухта', 'f', /^бухт(?:а|ы|е|у|ой)$/u],
  ['коса', 'f', /^кос(?:а|ы|е|у|ой|і|ою)$/u],
  ['залив', 'm', /^залив(?:|а|у|е|ом)$/u],
  ['пролив', 'm', /^пролив(?:|а|у|е|ом)$/u],
  ['затока', 'f', /^заток(?:а|и|і|у|ою)$/u],
  ['гирло', 'n', /^гирл(?:о|а|у|і|ом)$/u],
  ['канал', 'm', /^канал(?:|а|у|е|і|ом)$/u],
  ['перевал', 'm', /^перевал(?:|а|у|е|і|ом)$/u],
  // A mountain is named after its kind as a cape is: `біля гори Ротань`, `на горе Лысой`.
  ['гора', 'f', /^гор(?:а|ы|и|е|і|у|ой|ою)$/u],
];

const SETTLEMENT_KINDS: ReadonlyArray<readonly [Gender, RegExp]> = [
  // Rivers, lakes and islands: `на реке Вишера`, `на острові Зміїний`.
  ['f', /^(?:рек|річк)(?:а|и|е|у|ой|і|ою)$/u],
  ['m', /^(?:острів|остров(?:|а|у|е|і|ом))$/u],
  ['f', /^(?:деревн|станци|станиц|станці)(?:я|и|ю|е|ей|ею|ї|єю|і|ям|ях|ями)$/u],
  ['n', /^(?:сел|селищ|урочищ|озер)(?:о|а|у|е|ом|ам|ах|ами|і|ем)$/u],
  // The Ukrainian plural's genitive: `сіл Липове і Лози`.
  ['n', /^сіл$/u],
  ['m', /^(?:посел|посёл)(?:ок|ка|ку|ке|ком|ки|ков|кам|ках)$/u],
  ['m', /^(?:хутор|аул)(?:|а|у|е|і|ом|ах|ам)$/u],
  // A town's quarters: `в микрорайоне Северный`, `мікрорайони Ювілейний та Боярка` (but `микрорайонов Лесогорска`
  // are the quarters of a town, named in the genitive).
  ['m', /^(?:микрорайон|мікрорайон)(?:|а|у|е|і|ом|ы|и)$/u],
  // Airports, stadiums and arenas keep their own name after the kind too: `аэропорта Заречное`, `на арене «Ледник»`.
  ['m', /^(?:аэропорт|аеропорт|стадион|стадіон)(?:|а|у|е|і|ом)$/u],
  ['f', /^(?:арен)(?:а|ы|и|е|і|у|ой|ою)$/u],
];

// One name: a word of capitals, hyphened or not (`Липова-Долина`), an adjective in the nominative and a
// noun (`Верхняя Слобода`, `Зелений Гай`; not a noun before an adjective of its region, `Липівка Чугуївського`),
// or any name in quotation marks.
const NAME = String.raw`(?:\p{Lu}\p{Ll}+(?:ая|яя|ий|ый|ой|ое|ее|ій|а|е)\s(?!\p{Lu}\p{Ll}*(?:ого|ому|ої|ій|ою|их|ими|ой|ую)(?!\p{L}))\p{Lu}[\p{Ll}'’ʼ]+|\p{Lu}[\p{Ll}'’ʼ]+(?:-\p{Lu}?[\p{Ll}'’ʼ]+)*|[«"„“][^«»"„“”]{2,40}[»"“”])`;
// The kind may open a sentence: `Аэропорт Заречное закрыт`.
const LISTED = new RegExp(
  String.raw`(?<!\p{L})(\p{Lu}?\p{Ll}+)\s+(${NAME}(?:,\s+${NAME})*(?:\s+(?:и|і|та|й)\s+${NAME})?)(?![\p{L}-])`,
  'gu',
);
const ONE_NAME = new RegExp(NAME, 'gu');

// An adjective's stem: `Лесн-`, `Заречн-`, `Никольск-`, `Петров-`.
const STEM = String.raw`\p{Lu}\p{Ll}+(?:н|ск|цк|ов|ев|ин)`;
/** An adjective in an oblique case after a kind noun of each gender, and its nominative ending. */
const OBLIQUE_ADJECTIVE: Readonly<Record<'ru' | 'uk', Readonly<Record<Gender, readonly [RegExp, string]>>>> = {
  ru: {
    m: [new RegExp(String.raw`^(${STEM})(?:ом|ому|ого)$`, 'u'), 'ый'],
    f: [new RegExp(String.raw`^(${STEM})(?:ой|ую)$`, 'u'), 'ая'],
    n: [new RegExp(String.raw`^(${STEM})(?:ом|ому|ого)$`, 'u'), 'ое'],
  },
  uk: {
    m: [new RegExp(String.raw`^(${STEM})(?:ому|ого|ім)$`, 'u'), 'ий'],
    f: [new RegExp(String.raw`^(${STEM})(?:ій|ої|ою)$`, 'u'), 'а'],
    n: [new RegExp(String.raw`^(${STEM})(?:ому|ого|ім)$`, 'u'), 'е'],
  },
};

/** A name after its kind noun, in the nominative: an adjective in another case is turned back, any other name kept. */
function settlementNominative(name: string, gender: Gender, ukrainian: boolean): string {
  const unquoted = name.replace(/^[«"„“]|[»"“”]$/gu, '');
  const [oblique, ending] = OBLIQUE_ADJECTIVE[ukrainian ? 'uk' : 'ru'][gender];
  const m = oblique.exec(unquoted);
  return m ? `${m[1]}${ending}` : unquoted;
}

// Parks, squares and stops named in quotation marks after their kind: `парк «Зелений гай»`, `на остановке
// «Площадь Труда»`, `зупинка «Лісова-2»`. Without the marks the words after the kind are a person's name in
// the genitive (`парк Горького`), which names the park only with its kind. A national or nature park
// (`национальный парк «…»`) is the body that keeps it.
const QUOTED_SITE =
  /(?<!(?:национальн|національн|природн)\p{Ll}{0,3}\s)(?<!\p{L})(?:парк|сквер|остановк|зупинк)\p{Ll}{0,3}\s+[«"„“]([^«»"„“”]{2,40})[»"“”]/gu;

/** The parks, squares and stops a text names in quotation marks after their kind, as the marks hold them. */
export const quotedSites = (text: string): string[] => [...text.matchAll(QUOTED_SITE)].map((m) => m[1]!);

// A river's name that ends as a feminine noun agrees with `реки`, `реку`, `рекой`, `річку`, `річкою` before it
// (`реку Сенгу`, `річкою Ворсклою`), where a masculine one stays as it is (`реку Дон`).
const RIVER_ACCUSATIVE = /^(?:реку|річку)$/u;
const RIVER_INSTRUMENTAL = /^(?:рекой|річкою)$/u;
// `у реки Сорохты`, `біля річки Лозни`: a feminine river's genitive, `-ы` (or `-и` after a velar) in Russian, `-и` in Ukrainian.

function riverNominative(name: string, kindWord: string): string {
  if (RIVER_ACCUSATIVE.test(kindWord)) return name.replace(/(?<=\p{Ll}{2})у$/u, 'а').replace(/(?<=\p{Ll}{2})ю$/u, 'я');
  if (kindWord === 'річки') return name.replace(/(?<=\p{Ll}[бвгґдзклмнпрстфх])и$/u, 'а');
  if (kindWord === 'реки') return name.replace(/(?<=\p{Ll}[^аеиоуыэюяь])ы$/u, 'а').replace(/(?<=\p{Ll}[кгх])и$/u, 'а');
  if (RIVER_INSTRUMENTAL.test(kindWord)) return name.replace(/(?<=\p{Ll}{2})(?:ой|ою)$/u, 'а').replace(/(?<=\p{Ll}{2})(?:ей|ею|єю)$/u, 'я');
  return name;
}

/**
 * The settlements, rivers, lakes and islands a text names after their kind noun, with each name as
 * written (`Лесном` → `Лесной`), and the capes, bays and channels with their kind (`в бухте Каменной` →
 * `бухта Каменная`).
 */
export function cyrillicSettlements(text: string, ukrainian: boolean): { name: string; written: string }[] {
  const out: { name: string; written: string }[] = [];
  for (const m of text.matchAll(LISTED)) {
    const kindWord = m[1]!.toLowerCase();
    const kind = SETTLEMENT_KINDS.find(([, forms]) => forms.test(kindWord));
    const feature = kind ? null : FEATURE_KINDS.find(([, , forms]) => forms.test(kindWord));
    const gender = kind?.[0] ?? feature?.[1];
    if (!gender) continue;
    // `директор аэропорта Виктор Сазонов`: a given name and a surname after the kind are its head's name, no place.
    const end = m.index + m[0].length;
    if (isGivenName(m[2]!) && /^\s+\p{Lu}\p{Ll}/u.test(text.slice(end, end + 3))) continue;
    for (const [written] of m[2]!.matchAll(ONE_NAME)) {
      const quoted = /^[«"„“]/u.test(written);
      const name = quoted
        ? settlementNominative(written, gender, ukrainian)
        : riverNominative(settlementNominative(written, gender, ukrainian), kindWord);
      out.push({ name: feature ? `${feature[0]} ${name}` : name, written });
    }
  }
  return out;
}
