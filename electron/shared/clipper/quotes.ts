import { isRoleNoun } from './lexicon/job-titles.js';
import type { DraftQuote } from '../models/clip-draft.js';
import { spellsInitials } from './acronym-names.js';
import { cyrillicPersonNominative, isWomansNameOnly, manNominativeByText } from './cyrillic-names.js';
import { withoutJobTitle, type EntityIndex } from './entities.js';
import { NAMING_NOUNS, NAMING_STEMS } from './lexicon/naming-nouns.js';
import { SPEECH_VERBS } from './lexicon/speech.js';
import type { Mention } from './mentions.js';
import { findQuoteSpans, type QuoteSpan } from './quote-spans.js';
import { attributeQuotes, type AttributionContext } from './speakers.js';

const INITIALS = /^\p{Lu}{2,8}$/u;
const CONNECTORS = /^(?:of|on|for|the|and|de|du|des|la|le|les|et|di|da|von|van|der|и|в|на)$/u;
const SHORT_UNCREDITED_WORDS = 3;

const wordsOf = (text: string) => text.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu) ?? [];
// Chinese writes no spaces: a word takes two or three characters, so a run of them counts as that many words.
const HAN_PER_WORD = 2.5;
const wordCount = (text: string) =>
  wordsOf(text.replace(/\p{Script=Han}+/gu, ' ')).length + Math.floor((text.match(/\p{Script=Han}/gu)?.length ?? 0) / HAN_PER_WORD);

/** `"Polar Star"`: every word capitalised, short, no sentence: a name in quote marks. */
function isTitleCased(text: string): boolean {
  const words = wordsOf(text).filter((w) => !CONNECTORS.test(w));
  return words.length > 0 && words.length <= 5 && !/[.!?,;:]$/u.test(text) && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}

const isNamingNoun = (word: string) => NAMING_NOUNS.has(word.toLowerCase()) || NAMING_STEMS.test(word);

// `（以下简称“X”）`, `(hereinafter "X")`, `(далее — «X»)`: the marks give a short name the text goes on to use.
const SHORT_NAME_BEFORE = /(?:hereinafter|ci-après|im Folgenden|далее|далі|简称|簡稱|下称|下稱)\s*[—–-]?\s*$/iu;
// `“X”的思路`, `“金牌X”称号`: Chinese marks before `的` or a title's noun hold a term, not words said.
const CJK_TERM_AFTER = /^(?:的|称号|稱號)/u;
const CJK_TERM_LENGTH = 20;
// `ТОВ «X»`, `КП «X»`, `SAS « X »`: a body's legal form in capitals, then its name in the marks.
const LEGAL_FORM = /^\p{Lu}{2,5}$/u;
// `«X» Тарас Роенко нагадав`: the marks name the body of the person named right after them.
const NAME_AFTER = /^\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+\p{Ll}/u;

/** `the "X" trawler`, `парохода «X»`, `тренер «X»`: the marks name a ship, a paper, a project, a body. */
function isNamed(span: QuoteSpan, paragraphs: readonly string[]): boolean {
  const lead = paragraphs[span.para]!.slice(Math.max(0, span.start - 40), span.start);
  if (SHORT_NAME_BEFORE.test(lead)) return true;
  const tail = paragraphs[span.endPara]!.slice(span.end, span.end + 40);
  if (
    /\p{Script=Han}/u.test(span.text) &&
    span.text.length <= CJK_TERM_LENGTH &&
    !/[。！？，,]/u.test(span.text) &&
    CJK_TERM_AFTER.test(tail)
  )
    return true;
  if (wordsOf(span.text).length > 5 || !/^\p{Lu}/u.test(span.text) || /[.!?]$/u.test(span.text)) return false;
  // The body's marks stand inside the sentence, after the noun of its kind (`організації «X» Тарас …`).
  if ((NAME_AFTER.test(tail) && /\p{Ll}\s*$/u.test(lead)) || LEGAL_FORM.test(/(\S+)\s*$/u.exec(lead)?.[1] ?? '')) return true;
  const beforeWord = /([\p{L}-]+)\s*$/u.exec(paragraphs[span.para]!.slice(Math.max(0, span.start - 40), span.start))?.[1] ?? '';
  const afterWord = /^\s*([\p{L}-]+)/u.exec(paragraphs[span.endPara]!.slice(span.end, span.end + 40))?.[1] ?? '';
  // `директор «Example»`, `coach of "Example"`: a role held at the body the marks name.
  return (
    isNamingNoun(beforeWord) || isNamingNoun(afterWord) || isRoleNoun(beforeWord.toLowerCase()) || isAddressee(span, beforeWord, paragraphs)
  );
}

// `рассказала «Вечерним вестям», что …`: the outlet told, in the dative, between the verb and what was said.
const THAT_AFTER = /^\s*,\s*(?:что|що|dass|que|qu['’]|that)(?!\p{L})/iu;
const MAX_ADDRESSEE_WORDS = 3;

function isAddressee(span: QuoteSpan, beforeWord: string, paragraphs: readonly string[]): boolean {
  return (
    SPEECH_VERBS.has(beforeWord.toLowerCase()) &&
    wordsOf(span.text).length <= MAX_ADDRESSEE_WORDS &&
    !/[,;:]/u.test(span.text) &&
    THAT_AFTER.test(paragraphs[span.endPara]!.slice(span.end, span.end + 20))
  );
}

/**
 * A speaker as the people list names them: no job title, and in the nominative (a listed name is
 * already in it); a body as the organisations list names it. A surname alone is
 * the one person listed by it, whose full name the text gave in another case (`Тараса Гайдара` … `Гайдар`).
 * A body's initials (`НСЗУ`, `ARME`) are the full name listed that spells them.
 */
function speakerName(
  speaker: string,
  language: string,
  people: readonly string[],
  organisations: readonly string[],
  paragraphs: readonly string[],
): string {
  // `L'ACRF`: French elides the article onto the initials.
  const initials = speaker.replace(/^[LD]['’]/u, '');
  if (INITIALS.test(initials)) return organisations.find((o) => spellsInitials(o, initials)) ?? speaker;
  if (organisations.includes(speaker)) return speaker;
  const name = withoutJobTitle(speaker);
  // `L'hydrologue Anne Roe`: words the title rule left before a listed person's name describe her.
  const listed = people.find((p) => p.includes(' ') && name.endsWith(` ${p}`));
  if (listed) return listed;
  if (language !== 'ru' && language !== 'uk') return name;
  const declined = people.filter((p) => isDeclinedFrom(name, p));
  if (declined.length === 1) return declined[0]!;
  if (people.includes(name)) return manNominativeByText(name, paragraphs);
  const named = people.filter((p) => p.endsWith(` ${name}`));
  return !name.includes(' ') && named.length === 1 ? named[0]! : manNominativeByText(cyrillicPersonNominative(name), paragraphs);
}

/**
 * `Игната Воронцова` for the listed `Игнат Воронцов`, `Кравчука` for `Остап Кравчук`: each
 * word the listed one's with a case ending of a letter or two added; a surname alone stands for the
 * whole name. A woman's given name (`Марта`) is never a man's declined.
 */
function isDeclinedFrom(name: string, person: string): boolean {
  const words = name.split(' ');
  const listed = person.split(' ');
  const own = words.length === 1 ? listed.slice(-1) : listed;
  if (own.length !== words.length || isWomansNameOnly(words[0]!)) return false;
  return (
    words.every((w, k) => {
      const base = own[k]!;
      // A woman's surname drops its `-а`/`-я` for an ending: `Лисова` → `Лисовой`, `Лисову`.
      const feminine = k === own.length - 1 && /^\p{Lu}.{3,}[ая]$/u.test(base) && w.length >= base.length;
      const stem = feminine ? base.slice(0, -1) : base;
      return stem.length >= 3 && w.startsWith(stem) && w.length - stem.length <= 2;
    }) &&
    name !== person &&
    words.some((w, k) => w !== own[k])
  );
}

// `les enrobés dits « phoniques »`, `so-called “smart” meters`: a term the writer marks, which no one is quoted saying.
const SO_CALLED = /(?:^|[\s(])(?:dits|dites?|so-called|sogenannte[nrs]?|так называем\p{L}+|так зван\p{L}+|所谓(?:的)?)\s*$/iu;

const MAX_NAME_WORDS = 4;
// Case endings change a word's last three letters at most: `Озерные птицы`, `Озерных птицах`.
const ENDING_LETTERS = 3;

/**
 * `в «Озерных птицах»` after `Авиакомпания «Озерные птицы»`: the name the text gave in marks
 * before, declined, every word keeping its stem, is that name again and no one's words.
 */
function isNameDeclined(text: string, names: readonly string[]): boolean {
  const own = wordsOf(text);
  if (!own.length || own.length > MAX_NAME_WORDS || !/^\p{Lu}/u.test(text) || /[.!?,;:]/u.test(text)) return false;
  const sameStem = (a: string, b: string) => {
    const stem = Math.max(ENDING_LETTERS, Math.min(a.length, b.length) - ENDING_LETTERS);
    return a.slice(0, stem).toLowerCase() === b.slice(0, stem).toLowerCase();
  };
  return names.some((name) => {
    const other = wordsOf(name);
    return other.length === own.length && other.every((w, k) => sameStem(w, own[k]!));
  });
}

/** Whether the marks hold a term introduced as so-called. */
function isSoCalled(span: QuoteSpan, paragraphs: readonly string[]): boolean {
  return SO_CALLED.test(paragraphs[span.para]!.slice(Math.max(0, span.start - 40), span.start));
}

/** The quotations of the article body, each with the speaker the text credits. */
/**
 * A heading or a pull quote that is only a quotation the story gives in full elsewhere: the words
 * of `«Such water we have not seen»` over the entry that quotes them are said once.
 */
function isQuotedAgain(span: QuoteSpan, spans: readonly QuoteSpan[], paragraphs: readonly string[]): boolean {
  const own = paragraphs[span.para]!;
  if (span.para !== span.endPara || own.slice(0, span.start).trim() || own.slice(span.end).trim()) return false;
  return spans.some((other) => other !== span && other.text.length > span.text.length && other.text.includes(span.text));
}

export function extractQuotes(
  paragraphs: readonly string[],
  mentions: readonly Mention[],
  entities: EntityIndex,
  language: string,
  around: AttributionContext = {},
): DraftQuote[] {
  const found = findQuoteSpans(paragraphs);
  const names = found.filter((s) => isTitleCased(s.text) || isNamed(s, paragraphs)).map((s) => s.text);
  const spans = found.filter(
    (s) => !names.includes(s.text) && !isNameDeclined(s.text, names) && !isSoCalled(s, paragraphs) && !isQuotedAgain(s, found, paragraphs),
  );
  const attributions = attributeQuotes(paragraphs, spans, mentions, entities, language, around);
  const organisations = [...entities.organizations, ...(around.scriptOrganisations ?? [])];
  const quotes: DraftQuote[] = [];
  spans.forEach((span, k) => {
    const { speaker, credited } = attributions[k]!;
    if (!credited && wordCount(span.text) <= SHORT_UNCREDITED_WORDS) return;
    quotes.push({
      speaker: speaker ? speakerName(speaker, language, entities.people, organisations, paragraphs) : speaker,
      text: span.text,
    });
  });
  return quotes;
}
