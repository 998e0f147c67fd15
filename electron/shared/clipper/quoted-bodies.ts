import { escapeRegExp } from '../text/escape-regexp.js';

/**
 * Clubs and firms that Russian and Ukrainian write in quotation marks after the adjective of their
 * town or country: `бакинського «Нефтчі»`, `угорський «Гонвед»`, `Одеські «Морські Вовки»`. The
 * adjective of a place says the marks hold a body's name, not someone's words.
 */
const PLACE_ADJECTIVE = '(?:\\p{L}+(?:ськ|зьк|цьк|ск|цк)(?:ий|ій|ый|ой|ая|а|е|і|ие|ые|ого|ої|ому|ую|у|ими|ыми|их|ых|им|ым))';
const QUOTED_AFTER_PLACE_ADJECTIVE = new RegExp(
  `(?<!\\p{L})(${PLACE_ADJECTIVE})\\s+«(\\p{Lu}[\\p{L}-]*(?:\\s\\p{L}[\\p{L}-]*){0,2})»`,
  'gu',
);
// An adjective in the genitive leaves its noun there too: `харківського «Металурга»`, `чеської «Моравії»`.
const MASCULINE_GENITIVE = /(?:ого)$/u;
const FEMININE_GENITIVE = /(?:ої|ой)$/u;

// A plural adjective in an oblique case (`красноярскими`, `одеських`): the quoted plural name is declined with it.
const PLURAL_OBLIQUE = /(?:ими|ыми|их|ых|им|ым)$/u;

/**
 * `«Северными соколами»`, `«Степных лис»` → `Северные соколы`, `Степные лисы`: a team's plural name
 * of an adjective and a noun back in the nominative; Ukrainian (`-ськ-` before it) ends both in `-і`/`-и`.
 */
function pluralNominative(name: string, ukrainian: boolean): string {
  const words = name.split(' ');
  if (words.length !== 2 || !PLURAL_OBLIQUE.test(words[0]!)) return name;
  const [adjective, noun] = words as [string, string];
  const adjectiveStem = adjective.replace(/(?:ими|ыми|их|ых|им|ым)$/u, '');
  const hardAdjective = /(?:ыми|ых|ым)$/u.test(adjective);
  const nominativeAdjective = adjectiveStem + (ukrainian ? 'і' : hardAdjective ? 'ые' : 'ие');
  const nounStem = /(?:ами|ями|ах|ях|ам|ям|ов|ев|ей|ів)$/u.exec(noun) ? noun.replace(/(?:ами|ями|ах|ях|ам|ям|ов|ев|ей|ів)$/u, '') : null;
  if (!nounStem) return name;
  const soft = /(?:ями|ях|ям|ей)$/u.test(noun) || /[кгхжшчщ]$/u.test(nounStem);
  const nominativeNoun = nounStem.replace(/ь$/u, '') + (ukrainian ? (soft && !/[кгх]$/u.test(nounStem) ? 'і' : 'и') : soft ? 'и' : 'ы');
  return `${nominativeAdjective} ${nominativeNoun}`;
}

function nominative(name: string, adjective: string): string {
  if (name.includes(' ')) return PLURAL_OBLIQUE.test(adjective) ? pluralNominative(name, /(?:ськ|зьк|цьк)/u.test(adjective)) : name;
  if (MASCULINE_GENITIVE.test(adjective)) return name.replace(/(?<=[^аеиоуыэюяіїє])а$/u, '');
  if (FEMININE_GENITIVE.test(adjective))
    return name
      .replace(/ії$/u, 'ія')
      .replace(/ии$/u, 'ия')
      .replace(/(?<=[^аеиоуыэюяіїє])[иы]$/u, 'а');
  return name;
}

/** The bodies a Russian or Ukrainian text names in quotation marks after a place's adjective, in the nominative. */
export function findQuotedBodies(texts: readonly string[]): string[] {
  const found = new Set<string>();
  for (const text of texts) for (const m of text.matchAll(QUOTED_AFTER_PLACE_ADJECTIVE)) found.add(nominative(m[2]!, m[1]!.toLowerCase()));
  return [...found];
}

/** A body named whole in its own quotation marks (`ПАО «Сталь»` beside `«Сталь Логистика»`) is a body of its own, not a short form. */
export function isQuotedWhole(name: string, texts: readonly string[]): boolean {
  const marked = new RegExp(`[«"“„]${escapeRegExp(name)}[»"”“]`, 'u');
  return texts.some((t) => marked.test(t));
}

// A body's kind or legal form in initials, then its name in quotation marks: `ООО «Сталь»`, `КП «Міськсвітло»`.
const INITIALS_BEFORE_QUOTED_NAME = /(?<![\p{L}\p{N}-])(\p{Lu}{2,6})\s+«[^«»]{2,60}»/gu;

/**
 * Russian and Ukrainian name a firm or a public enterprise with its initials before the marks
 * (`МУП «Тролтранс»`): the initials say what kind of body the name in the marks is, and are none of
 * their own where the text writes them only so.
 */
export function withoutInitialsBeforeQuotedNames(organisations: readonly string[], texts: readonly string[]): string[] {
  const kinds = new Set(texts.flatMap((text) => [...text.matchAll(INITIALS_BEFORE_QUOTED_NAME)].map((m) => m[1]!)));
  const alone = (initials: string) =>
    texts.some((text) => new RegExp(`(?<![\\p{L}\\p{N}-])${initials}(?![\\p{L}\\p{N}-])(?!\\s+«)`, 'u').test(text));
  return organisations.filter((o) => !kinds.has(o) || alone(o));
}

/**
 * `Громадська організація «Зелений Дніпро»`, `Благотворительный фонд «Надежда»`: a body's kind in
 * common words, written before a name in quotation marks, is what that body is, not a body of its own,
 * even where a sentence opening capitalises it.
 */
export function isKindBeforeQuotedName(name: string, texts: readonly string[]): boolean {
  const [first = '', ...rest] = name.split(' ');
  if (!rest.length || !rest.every((w) => /^\p{Ll}/u.test(w))) return false;
  const kind = `[${first[0]!.toUpperCase()}${first[0]!.toLowerCase()}]${escapeRegExp(first.slice(1))} ${rest.map(escapeRegExp).join(' ')}`;
  return texts.some((t) => new RegExp(`(?<!\\p{L})${kind}\\s+[«"“„]`, 'u').test(t));
}
