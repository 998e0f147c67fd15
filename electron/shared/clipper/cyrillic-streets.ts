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
  ['проспект', false, /^проспект(?:|а|у|е|ом)$/u],
  ['бульвар', false, /^бульвар(?:|а|у|е|ом)$/u],
  ['переулок', false, /^переул(?:ок|ка|ку|ке|ком)$/u],
  ['шоссе', false, /^шоссе$/u],
  ['вулиця', true, /^вулиц(?:я|і|ю|ею)$/u],
  ['площа', true, /^площ(?:а|і|у|ею)$/u],
  ['набережна', true, /^набережн(?:а|ої|ій|у|ою)$/u],
  ['провулок', false, /^провул(?:ок|ка|ку|ком|ці)$/u],
  ['узвіз', false, /^узв(?:із|озу|озі|озом)$/u],
  ['шосе', false, /^шосе$/u],
];

// A kind noun, then up to three capitalised words of its name.
const STREET = /(?<!\p{L})(\p{Ll}+)\s+(\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){0,2})(?!\p{L})/gu;
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
    const words = m[2]!.split(' ');
    const adjective = feminine && m[1] !== nominative ? feminineNominative(words[0]!, ukrainian) : null;
    // An adjective names the street alone; the capitals after it begin another name.
    out.push(`${nominative} ${adjective ?? (isAdjective(words[0]!) ? words[0]! : words.join(' '))}`);
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
