/**
 * A body's full name spelt out before its initials in brackets, in any Latin-script language:
 * `Syndicat mixte des transports de l'agglomération (SMTA)`, `Northern Rail Safety Board (NRSB)`.
 * The words' initials, leaving out the little words between, give the letters of the initials.
 */

// Little words an acronym leaves out.
const SKIPPED = /^(?:of|the|and|for|on|de|des|du|la|le|les|et|pour|d|l|der|die|das|des|und|für|von|zur|zum)$/iu;
// Capitals, perhaps with the small letter of a little word kept between them: `(SNCF)`, `(CeA)`.
const INITIALS = /\((\p{Lu}(?:\p{Lu}|\p{Ll}(?=\p{Lu})){1,7})\)/gu;
const WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;
const MAX_WORDS = 14;

/**
 * The letters a word gives the initials: its first, or one for each capitalised part of a hyphened
 * word (`Wander-Club` gives `WC`). Accents are left off: `à` stands for an `A`.
 */
function lettersOf(word: string): string[] {
  const parts = word.split(/['’-]/u).filter((p) => /^\p{L}/u.test(p));
  const first = [firstLetter(word)];
  return parts.length > 1 ? [parts.map(firstLetter).join(''), first[0]!] : first;
}

/**
 * The name spelt out before `(ABC)` and the text before it, or null when the words before do not spell it.
 * A last adjective in lower case may be left out of the initials and kept in the name: `Société nationale
 * des chemins de fer français (SNCF)`.
 */
function spelledOut(text: string, at: number, initials: string): Spelled | null {
  const before = text.slice(Math.max(0, at - 200), at);
  const words = [...before.matchAll(WORD)].slice(-MAX_WORDS);
  const spelled = spelledFrom(before, words, words.length - 1, initials);
  // A body's name opens on a capital; a thing's is in small letters throughout.
  if (spelled && (spelled.common || /^\p{Lu}/u.test(spelled.name))) return spelled;
  const last = words[words.length - 1]?.[0] ?? '';
  const withoutAdjective = /^\p{Ll}/u.test(last) && !SKIPPED.test(last) ? spelledFrom(before, words, words.length - 2, initials) : null;
  return withoutAdjective && /^\p{Lu}/u.test(withoutAdjective.name) ? withoutAdjective : null;
}

/** The words the initials stand for; `common` when they are a thing's, written in small letters (`individual-carrier system (ICS)`). */
interface Spelled {
  name: string;
  before: string;
  common: boolean;
}

function spelledFrom(before: string, words: readonly RegExpExecArray[], from: number, written: string): Spelled | null {
  const initials = written.toUpperCase();
  let letter = initials.length;
  for (let k = from; k >= 0; k--) {
    // `l'agglomération`: the article elided onto its noun is skipped, the noun spells.
    const word = words[k]![0].replace(/^[dl]['’]/iu, '');
    if (SKIPPED.test(word)) continue;
    const letters = lettersOf(word).find((l) => initials.slice(0, letter).endsWith(l));
    if (!letters) return null;
    letter -= letters.length;
    if (letter === 0) {
      // `de l'Institut des …`: the name starts after the article elided onto its first word.
      const start = words[k]!.index + words[k]![0].length - word.length;
      const name = before.slice(start).trim();
      return { name, before: before.slice(0, start), common: !/\p{Lu}/u.test(name) };
    }
  }
  return null;
}

/**
 * Each set of initials that a text spells out: a body's, mapped to its full name (`nominative` gives
 * the name in the form it is listed under from the words before it, `vom Allgemeinen …` in German),
 * and a thing's, spelled in small letters (`individual-carrier system (ICS)`), which names no body.
 */
export function spelledOutInitials(
  texts: readonly string[],
  nominative: (name: string, before: string) => string = (name) => name,
): { bodies: Map<string, string>; things: Set<string> } {
  const bodies = new Map<string, string>();
  const things = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(INITIALS)) {
      const spelled = spelledOut(text, m.index, m[1]!);
      if (spelled?.common) things.add(m[1]!);
      else if (spelled && !bodies.has(m[1]!)) bodies.set(m[1]!, nominative(spelled.name, spelled.before));
    }
  }
  return { bodies, things };
}

// The little words of Russian and Ukrainian names, which their initials leave out too: `служба з надзвичайних`.
const SKIPPED_CYRILLIC = /^(?:и|і|й|та|по|при|з|із|в|у|на|для)$/iu;
const firstLetter = (word: string) => word.normalize('NFD')[0]!.toUpperCase();

/** `НСЗУ` for `Національна служба здоров'я України`, `ARME` for `Autorité de régulation des marchés de l'énergie`. */
export function spellsInitials(name: string, initials: string): boolean {
  const letters = initialsOf(name);
  // `ДСНС` for `Державна служба України з надзвичайних ситуацій`: a national body's initials may leave its country out.
  const withoutCountry = initialsOf(name.replace(COUNTRY_IN_NAME, ' '));
  return (letters.length > 1 && letters === initials) || (withoutCountry.length > 1 && withoutCountry === initials);
}

// The country in a Russian or Ukrainian national body's name, in the genitive.
const COUNTRY_IN_NAME = /(?<![\p{L}])(?:України|России|Росії|Российской Федерации|Російської Федерації|РФ)(?![\p{L}])/gu;

function initialsOf(name: string): string {
  return [...name.matchAll(WORD)]
    .map((m) => m[0].replace(/^[dl]['’]/iu, ''))
    .filter((w) => !SKIPPED.test(w) && !SKIPPED_CYRILLIC.test(w))
    .map(firstLetter)
    .join('');
}

// A short form of each word's first syllable or letter, each written from a capital: `ЛісНУ`, `KarlTech`.
const SYLLABLE_SHORT_FORM = /^(?:\p{Lu}\p{Ll}{0,3}){2,6}$/u;

/** `ЛісНУ` for `Лісогірський національний університет`: the short form's pieces open the name's words in turn. */
export function spellsBySyllables(name: string, short: string): boolean {
  if (!SYLLABLE_SHORT_FORM.test(short) || !/\p{Ll}/u.test(short)) return false;
  const pieces = short.match(/\p{Lu}\p{Ll}*/gu) ?? [];
  const words = [...name.matchAll(WORD)].map((m) => m[0]).filter((w) => !SKIPPED.test(w) && !SKIPPED_CYRILLIC.test(w));
  return pieces.length === words.length && pieces.every((p, k) => words[k]!.toLowerCase().startsWith(p.toLowerCase()));
}

// Initials this long are not two bodies' by chance.
const MIN_PREFIX_INITIALS = 3;

/**
 * The body of `bodies` that `initials` stand for: the one they spell, or else the only one whose
 * name they open, its region left out (`ARS` for `Agence régionale de santé des Pays de l'Ouest`).
 */
export function bodyOfInitials(initials: string, bodies: readonly string[]): string | null {
  const exact = bodies.find((b) => b !== initials && spellsInitials(b, initials));
  if (exact) return exact;
  if (initials.length < MIN_PREFIX_INITIALS) return null;
  const opened = bodies.filter((b) => b !== initials && initialsOf(b).startsWith(initials));
  return opened.length === 1 ? opened[0]! : null;
}

// A short form in brackets: capitals, with small letters between them (`BaFin`, `ArcelorMittal` aside: two capitals at least).
const BRACKETED_SHORT_FORM = /\((\p{Lu}[\p{Lu}\p{Ll}\d&]{1,9})\)/gu;
const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;
// The whole last word, a hyphened one too: `Marseille (AFP)` names no body ending `…Aix-Marseille`.
const LAST_WORD_BEFORE = /([\p{L}\p{M}\d]+(?:-[\p{L}\p{M}\d]+)*)[\s\u00A0]*$/u;

// Russian and Ukrainian shorten a body's name to the first letters of its words run together:
// `Укравтодор` for `Державне агентство автомобільних доріг України`, `Росприроднадзор` for `… по надзору в сфере природопользования`.
const MIN_BLENDED_WORDS = 2;

/** Whether a one-capital short form joins the starts of two or more of the body's words. */
function blends(short: string, body: string): boolean {
  const lower = short.toLowerCase();
  const starts = body.split(/\s+/u).filter((w) => w.length >= 4 && lower.includes(w.slice(0, 3).toLowerCase()));
  return /^\p{Script=Cyrillic}+$/u.test(short) && starts.length >= MIN_BLENDED_WORDS;
}

/**
 * Short forms a text gives in brackets right after a body's name it lists: `Belgian Transport Union
 * (BTB)`, `Bundesanstalt für Finanzdienstleistungsaufsicht (BaFin)`, in the body's own language, so the
 * letters need not spell the words. The body is the listed one whose last word stands before the bracket
 * (in German and Russian its first words may be declined there); the longest when several do.
 */
export function bracketedShortForms(texts: readonly string[], bodies: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const text of texts) {
    for (const m of text.matchAll(BRACKETED_SHORT_FORM)) {
      const short = m[1]!;
      if (found.has(short)) continue;
      const last = LAST_WORD_BEFORE.exec(text.slice(Math.max(0, m.index - 60), m.index))?.[1];
      // `Lorn (AFP) -`: a paragraph opened by one word and a bracket is a wire's dateline, its agency no body's short form.
      if (!last || text.slice(0, m.index).trim() === last) continue;
      const body = bodies
        .filter((b) => b !== short && b.includes(' ') && b.endsWith(last) && /(?:^|[\s'’])$/u.test(b.slice(0, b.length - last.length)))
        .filter((b) => TWO_CAPITALS.test(short) || blends(short, b))
        .sort((a, b) => b.length - a.length)[0];
      if (body) found.set(short, body);
    }
  }
  return found;
}

// A Russian or Ukrainian body's field, given by a preposition and lower-case words, between the name
// read so far and its short form in brackets: `… по надзору` + ` в сфере природопользования` + ` (Росприроднадзор)`.
const FIELD_BEFORE_BRACKET =
  /^((?:\s+(?:в|во|по|на|при|у|з|із|с|со|для|и|і|та)\s+\p{Ll}[\p{Ll}'’ʼ-]*(?:\s+\p{Ll}[\p{Ll}'’ʼ-]*){0,2}){1,2})\s*\((\p{Lu}[\p{L}-]{1,24})\)/u;
// A verb's present or past ending, which no word of a body's field has: `… по надзору сообщает (ТАСС)`.
const VERB_ENDING = /(?:ет|ит|ют|ят|ать|ять|ить|ла|ли|ло|ться|ся)$/u;

/**
 * Cyrillic bodies read up to a preposition whose name goes on to a short form in brackets, in full:
 * the brackets close the name (`Федеральная служба по надзору в сфере природопользования`), and the
 * short form is that body, not another.
 */
export function cyrillicNamesRunToBracket(organisations: readonly string[], texts: readonly string[]): string[] {
  const shortForms = new Set<string>();
  const full = organisations.map((o) => {
    if (!/^\p{Script=Cyrillic}/u.test(o)) return o;
    for (const text of texts) {
      for (let at = text.indexOf(o); at >= 0; at = text.indexOf(o, at + 1)) {
        const run = FIELD_BEFORE_BRACKET.exec(text.slice(at + o.length, at + o.length + 120));
        if (
          !run ||
          run[1]!
            .trim()
            .split(/\s+/u)
            .some((w) => VERB_ENDING.test(w))
        )
          continue;
        shortForms.add(run[2]!);
        return o + run[1]!.replace(/\s+/gu, ' ');
      }
    }
    return o;
  });
  return [...new Set(full)].filter((o) => !shortForms.has(o));
}
