import { isGivenName } from './lexicon/given-names.js';

/**
 * Streets, squares and avenues named after their kind noun in Russian and Ukrainian
 * (`на улице Полевой`, `вулицею Шкільною`, `проспекте Мира`), given in the nominative: the kind
 * noun in its dictionary form, and a name that agrees with it as an adjective turned back to the
 * feminine nominative; a name in the genitive (`Мира`, `Івана Франка`) stays as written.
 */

/** Kind nouns: nominative, whether feminine, and the pattern of all its case forms. */
const STREET_KINDS: ReadonlyArray<readonly [string, boolean, RegExp]> = [
  ['улица', true, /^улиц(?:а|ы|е|у|ей|ею)$/u],
  ['площадь', true, /^площад(?:ь|и|ью)$/u],
  ['набережная', true, /^набережн(?:ая|ой|ую)$/u],
  ['проспект', false, /^проспект(?:|а|у|е|і|ом)$/u],
  ['бульвар', false, /^бульвар(?:|а|у|е|і|ом)$/u],
  ['переулок', false, /^переул(?:ок|ка|ку|ке|ком)$/u],
  ['шоссе', false, /^шоссе$/u],
  ['вулиця', true, /^вулиц(?:я|і|ю|ею)$/u],
  ['площа', true, /^площ(?:а|і|у|ею)$/u],
  ['набережна', true, /^набережн(?:а|ої|ій|у|ою)$/u],
  ['провулок', false, /^провул(?:ок|ка|ку|ком|ці)$/u],
  ['узвіз', false, /^узв(?:із|озу|озі|озом)$/u],
  ['шосе', false, /^шосе$/u],
];

// A kind noun, then up to three capitalised words of its name, and a lower-case noun the first may agree
// with: `площади Третьей пятилетки`.
const STREET = /(?<!\p{L})(\p{Ll}+)\s+(\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){0,2})(?:\s+(\p{Ll}{4,}))?(?!\p{L})/gu;
// The plural kind nouns, whose names follow as a list: `вулиць Лесі Українки та Івана Франка`.
const PLURAL_KINDS: ReadonlyArray<readonly [string, RegExp]> = [
  ['улица', /^улиц(?:|ам|ах|ами)$/u],
  ['вулиця', /^вулиц(?:ь|ям|ях|ями)$/u],
  ['проспект', /^проспект(?:ов|ів|ам|ах)$/u],
];
const LIST_NAME = String.raw`\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+)?`;
const PLURAL_STREETS = new RegExp(
  String.raw`(?<!\p{L})(\p{Ll}+)\s+(${LIST_NAME}(?:,\s+${LIST_NAME})*\s+(?:и|і|та|й)\s+${LIST_NAME})(?!\p{L})`,
  'gu',
);
// A feminine adjective in the genitive and a feminine noun's genitive after it name a street after a thing
// (`Третьей пятилетки`, `Парижской коммуны`); a verb's past plural (`прошли`) only ends like one.
const GENITIVE_PHRASE = { ru: /^\p{Lu}\p{Ll}+(?:ой|ей)$/u, uk: /^\p{Lu}\p{Ll}+(?:ої|ьої)$/u };
const FEMININE_GENITIVE_NOUN = /(?<!л)[иыі]$/u;
// An adjective in a feminine case other than the nominative: `Полевой`, `Полевую`, `Шкільній`, `Шкільною`.
// (`-ей` is left out: `улице Строителей` is a plural noun's genitive.)
const FEMININE_OBLIQUE = { ru: /^(\p{Lu}\p{Ll}{2,})(?:ой|ую)$/u, uk: /^(\p{Lu}\p{Ll}{2,})(?:ої|ій|ою|у)$/u };

function feminineNominative(word: string, ukrainian: boolean): string | null {
  const m = (ukrainian ? FEMININE_OBLIQUE.uk : FEMININE_OBLIQUE.ru).exec(word);
  // Russian writes `-ая` after a hard stem and `-яя` only after a soft one, which `-ой` never has.
  return m ? `${m[1]}${ukrainian ? 'а' : 'ая'}` : null;
}

/** The streets a text names after their kind noun, in the nominative: `улица Полевая`, `вулиця Івана Франка`. */
export function cyrillicStreets(text: string, ukrainian: boolean): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(STREET)) {
    const kind = STREET_KINDS.find(([, , forms]) => forms.test(m[1]!));
    if (!kind) continue;
    const [nominative, feminine] = kind;
    const written = m[2]!.split(' ');
    // `мешканка вулиці Незалежності Ганна Петрук`: a given name after the street's name opens a person's.
    const personAt = written.findIndex((w, k) => k > 0 && isGivenName(w));
    const words = personAt > 0 ? written.slice(0, personAt) : written;
    const noun = personAt > 0 ? undefined : m[3];
    if (words.length === 1 && noun && FEMININE_GENITIVE_NOUN.test(noun) && GENITIVE_PHRASE[ukrainian ? 'uk' : 'ru'].test(words[0]!)) {
      out.push(`${nominative} ${words[0]} ${noun}`);
      continue;
    }
    const oblique = feminine && m[1] !== nominative;
    const adjectives: string[] = [];
    // Adjectives in a row name one street (`Мала Садова`); the capitals after them begin another name.
    for (const word of words) {
      const adjective = (oblique ? feminineNominative(word, ukrainian) : null) ?? (isAdjective(word) ? word : null);
      if (!adjective) break;
      adjectives.push(adjective);
    }
    out.push(`${nominative} ${adjectives.length ? adjectives.join(' ') : words.join(' ')}`);
  }
  for (const m of text.matchAll(PLURAL_STREETS)) {
    const kind = PLURAL_KINDS.find(([, forms]) => forms.test(m[1]!));
    if (!kind) continue;
    for (const [name] of m[2]!.matchAll(new RegExp(LIST_NAME, 'gu'))) out.push(`${kind[0]} ${name}`);
  }
  return out;
}

// A name in the nominative agreeing as an adjective (`улица Лесная`, `вулиця Лісова`) is one word too.
const isAdjective = (word: string) => /(?:ая|яя|ова|ева|ська|цька|[льнрт]на)$/u.test(word);

// A road by its number after its kind: `трасса М-4`, `на автодороге Р-255`, `автошляхом Н-08`, `траса М-05`.
const NUMBERED_ROAD =
  /(?<!\p{L})(?:трасс|трас|автодорог|автомобильн\p{Ll}+\s+дорог|автошлях|автомагістрал|автомагистрал)\p{Ll}{0,3}\s+(\p{Lu}-\d{1,3}(?:-\d{1,3})?)(?![\p{L}\p{N}-])/gu;

/** The roads a text names by their number after their kind, as written: `Р-255`. */
export const numberedRoads = (text: string): string[] => [...text.matchAll(NUMBERED_ROAD)].map((m) => m[1]!);
