import { createBodyReference } from './body-reference.js';
import { cyrillicPersonNominative, sameCyrillicNoun } from './cyrillic-names.js';
import type { EntityIndex } from './entities.js';
import { ORG_NOUNS, ORG_STEMS, PUBLIC_BODY_NOUNS, ROLE_NOUNS, ROLE_STEMS } from './lexicon/entity-words.js';
import { ABBREVIATIONS } from '../compare/abbreviations.js';
import { BODY_BACK_NOUN, OFFICE_NOUN, STATEMENT_NOUN } from './lexicon/body-nouns.js';
import { SOURCE_PHRASES, SPEECH_VERBS } from './lexicon/speech.js';
import { isRoleNoun } from './lexicon/job-titles.js';
import { PREPOSITION_AT_END } from './lexicon/stopwords.js';
import { isGivenName, sexOfGivenName, type Sex } from './lexicon/given-names.js';
import { isDemonym } from './demonyms.js';
import { afterDeterminer } from './german-names.js';
import { inQuoteMarks, type Mention } from './mentions.js';
import { findQuoteSpans } from './quote-spans.js';
import { before, lastBefore, sentenceStart, WINDOW, words, type Site } from './text-window.js';

// Russian and Ukrainian point back with a noun where English has a pronoun: `— сказала собеседница`.
const PRONOUN =
  /^(?:he|she|him|her|er|sie|он|она|він|вона|il|elle|женщина|мужчина|собеседник|собеседница|жінка|чоловік|співрозмовник|співрозмовниця)$/iu;
const GROUP = /^(?:they|them|we|both|wir|они|вони|ils|elles|sie beide)$/iu;
/** The sex a pronoun points to; German `sie` is also `they`, and says nothing. */
const PRONOUN_SEX: ReadonlyMap<string, Sex> = new Map([
  ...['she', 'her', 'она', 'вона', 'elle', 'женщина', 'жінка', 'собеседница', 'співрозмовниця'].map((w) => [w, 'female'] as const),
  ...['he', 'him', 'er', 'он', 'він', 'il', 'мужчина', 'чоловік', 'собеседник', 'співрозмовник'].map((w) => [w, 'male'] as const),
]);
// The relative pronoun may follow a preposition: `Anna Lis, with whom …`, `Ганна Лис, з якою …`.
const DESCRIBED_AFTER =
  /^,\s*(?:\d{1,3}(?:\s*(?:ans|years?\s+old|Jahre|лет|года?|років|роки))?,|(?:(?:with|to|avec|à|mit|с|со|з|із|у|до|про)\s+)?(?:who|whom|whose|qui|dont|lequel|laquelle|der|die|dem|dessen|deren|котор\p{L}+|чей|чья|як(?:ий|а|ого|ої|ою|им|ій|ому)|чий|чия)\s)/u;
/** `the 54-year-old`, `der 23-Jährige`: the person just named, called by their age. */
const AGE_NOUN = String.raw`(?:the|der|die|dem|den)\s+\d{1,3}[-‑](?:year-old|jährige[rn]?)(?![\p{L}])`;
const AGE_BEFORE = new RegExp(String.raw`(?:^|\s)${AGE_NOUN}\s*$`, 'iu');
const AGE_AFTER = new RegExp(String.raw`^\s*${AGE_NOUN}`, 'iu');
const INDEFINITE = /^(?:a|an|one|some|several|another|other|many|two|three|four|local|ein|eine|einer|un|une|один|одна|одного)\s/iu;
// Auxiliaries, adverbs and reflexive pronouns between a subject and its speech verb (`has also said`,
// `a toutefois ajouté`, `se réjouit`, `s’est félicitée`, `также предупредила`, `a lui-même reconnu`),
// and the one spoken to (`me disait`).
const AUX =
  /(?:\s+(?:has|have|had|was|is|were|are|would|will|also|then|later|had been|has been|once|again|repeatedly|however|still|himself|herself|itself|a|ont|avait|avaient|aurait|auraient|aussi|également|ensuite|encore|toutefois|cependant|pourtant|néanmoins|déjà|lui-même|elle-même|eux-mêmes|elles-mêmes|se|s['’]est|me|m['’]a|m['’]avait|nous|lui|hat|hatte|ist|war|selbst|bereits|schon|jedoch|allerdings|также|тоже|ещё|еще|уже|вновь|снова|позже|затем|також|теж|ще|вже|знову|згодом|потім))+\s*$/iu;
// How far before an organisation's name a noun said of it may stand: `the regional department of the …`.
const NOUN_OF_REACH = 40;
// `Egypt's …`, `Egypt s …` (as the words are read): a capitalised owner before a body's noun.
const POSSESSIVE_OWNER = /(\p{Lu}[\p{L}\p{M}-]+)(?:['’]s?|\s+s)\s/u;
// Declined adjectives between a German article and its noun: `ein älterer`, `die neue`.
const GERMAN_ADJECTIVES_BEFORE = /(?:\p{Ll}[\p{L}-]*(?:e|em|en|er|es)\s+){1,2}$/u;
// `Letzte Woche hat sie zu mir gesagt`: after a fronted phrase, German puts the subject after the auxiliary.
const GERMAN_SUBJECT_AFTER_AUX = /(?:^|\s)(?:hat|hatte|hätte|habe|ist|war|wäre|wird|wurde)\s+(er|sie)(?=\s|$)/iu;
const CYRILLIC_LANGUAGES = new Set(['ru', 'uk']);
// A German sentence's subject at its head, an article and a noun with perhaps an adjective before it and
// a name after it (`Die Bonner Behörde habe`, `Die Stadtwerke Example teilten`); the head noun is kept.
const GERMAN_SUBJECT_OPENING = /^\s*[Dd](?:er|ie|as)\s+(?:\p{L}+(?:e|er|en|es)\s+)?(\p{Lu}[\p{L}-]+)(?:\s+\p{Lu}[\p{L}-]+)?\s+\p{Ll}/u;
// Nouns of a trade by their endings (`seismologist`, `glaciologue`, `синоптик`), which a text may
// give before a name and use alone afterwards: `the seismologist said`.
const TRADE_NOUN = /^\p{L}{3,}(?:ologist|ographer|ician|ologue|ographe|ologe|ologin|олог|ограф|оптик)$/u;
// Between a person's name and the body or place they are from: `of the`, `von der`, `aus dem Ortsteil`, `de la`, `из`.
const OF_BODY_BETWEEN =
  /^\s+(?:of|from|at|von|aus|bei|vom|de|du|des|d['’]|из|от|з|із|від)(?:\s+(the|der|dem|den|des|la|le|l['’]))?(?:\s*\p{L}+)?\s*$/iu;
// A description set off by a comma before a name, opening its sentence: `The chair of the board, Ann Lee`.
const DESCRIPTION_HEAD = /^\s*(?:(?:the|le|la|l['’]|der|die)\s*)?(\p{L}[\p{L}-]*)[^,;:]*,\s*$/iu;
// A role of a few words before the subject's name.
const LEAD_BEFORE_SUBJECT = /^\s*(?:[—–-]\s*)?(?:[\p{L}’'-]+\s+){1,3}$/u;
const ROLE_LEAD_BEFORE_SUBJECT = /^\s*(?:[\p{L}’'-]+\s+){1,7}$/u;
// A name, then the person's age set off by commas: `Manon, 21 ans,`, `Tom Fry, 54,`, `Анна Лис, 34 года,`.
const AGED_OPENING =
  /^\s*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}),\s*\d{1,3}(?:\s*(?:ans|years?(?:\s+old)?|Jahre|лет|года?|роки|років|рік))?\s*,/u;
// When or where, set off by a comma between the subject and its verb: `Anna Lis, in court,`, `Кирилл Лис, на процессе,`.
const WHEN_OR_WHERE_AFTER_SUBJECT =
  /,\s*(?:in|at|on|during|am|im|bei|vor|während|lors|à|au|en|pendant|на|в|во|при|во время|під час|у)\s+[\p{L}\p{N}'’ -]{1,30},?\s*$/u;
const COORDINATOR = /^(?:but|and|yet|aber|und|doch|mais|et|но|и|але|та|і)$/iu;
const PUNCTUATION = /(\p{L}+)?([,;:!?。.])/gu;

/**
 * Where the words after a verb end: at a comma or a stop, but not at the point of a title or an
 * initial (`said Dr. Vogel`, `a déclaré M. Roux`).
 */
function clauseEnd(text: string): number {
  for (const m of text.matchAll(PUNCTUATION)) {
    const word = m[1] ?? '';
    if (m[2] !== '.' || !(ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word))) return m.index + word.length;
  }
  return -1;
}
const RELATIVE_WITH_PRONOUN = /\b(?:which|that|whom|what)\s+(?:he|she)(?:\s+(?:has|had|also|later|once|then))*\s*$/iu;
// `Anna Berg, who chairs …,`, `Олександр Присяжнюк, з яким поспілкувався кореспондент,`: a clause
// set off after the subject, perhaps opening on a preposition before its relative pronoun.
const TRAILING_CLAUSE =
  /,\s*(?:(?:with|to|for|from|about|of|avec|à|de|pour|sur|mit|bei|von|zu|für|с|со|у|в|на|о|об|для|від|з|із|до|про)\s+(?:whom|which|qui|lequel|laquelle|lesquels|lesquelles|dem|der|denen|котор\p{L}+|як\p{L}{1,3})|who|which|whose|a|an|the|in turn|however|meanwhile|too|for (?:his|her|its|their) part|based|headquartered|qui|dont|котор\p{L}+|як\p{L}{1,2}|\d{1,3})(?!\p{L})[^,]*,?\s*$/iu;
// Whom the speaker told, between the speaker and the verb: `Ann Lee, in an interview with the
// paper, called it …`, `Анна Лис в беседе с корреспондентом агентства назвала …`.
const LISTENER_BEFORE_VERB =
  /,?\s+(?:in an interview with|in a conversation with|speaking to|talking to|в (?:беседе|интервью|разговоре) с|в интервью|в комментарии|у (?:розмові|інтерв['’]ю) з|у коментарі|in einem (?:gespräch|interview) mit|im gespräch mit|dans un entretien (?:à|avec)|lors d['’]un entretien avec)\s[^,.;:!?]*,?\s*$/iu;

/** The words before a speech verb without the one the speaker told (`…, speaking to reporters,`). */
const withoutListener = (region: string) => region.replace(LISTENER_BEFORE_VERB, '');

// An article opens an apposition only after a name: in `Asked whether it had been enough, the
// councillor` the words after the comma are the subject.
const APPOSITION_ARTICLE = /^,\s*(?:a|an|the)\s/iu;
const ANONYMOUS = new RegExp(`(?<![\\p{L}])(?:a|an|one)\\s+(?:[\\p{Ll}-]+\\s+){0,3}(?:${[...ROLE_NOUNS].join('|')})(?![\\p{L}])`, 'gu');
const SPOKESPERSON =
  /(?:spokes(?:man|woman|person)|representative|sprecher(?:in)?|представител\p{L}*|пресс-служб\p{L}*|porte-parole)\s+(?:for|of|at|from|des|der|von|de la|du|de)\s/iu;
const IN_WORDS_OF = new RegExp(`(?:${SOURCE_PHRASES.source})(?:[\\p{L}'’-]+\\s+){0,4}$`, 'iu');
// The role may be an acronym written in capitals: `le PDG`, `the CEO`.
const ROLE_OPENING = /^\s*(?:the|le|la|l['’]|son|sa|its|his|her|their|der|die)?\s*(\p{Ll}[\p{L}-]*|\p{Lu}{2,5}(?!\p{L}))/u;
// Whom it was said to, between the verb and who said it: `a déclaré à l'AFP le directeur…`, `sagte gegenüber dem SWR der Leiter…`.
const ADDRESSEE_OPENING =
  /^\s*(?:(?:à|au|aux)\s+(?:l['’]|la\s+|le\s+|les\s+)?|gegenüber\s+(?:der\s+|dem\s+|den\s+)?)[\p{Lu}][\p{L}\p{N}-]*(?:\s+\p{Lu}[\p{L}\p{N}-]*)?\s+(?=\p{L})/u;
// How or where it was said, between the verb and who said it: `a déclaré au téléphone le directeur…`, `said by phone the …`.
const MEANS_OPENING =
  /^\s*(?:(?:au|par|en|by|over|on)\s+(?:the\s+|le\s+|la\s+|l['’])?\p{Ll}[\p{L}-]*|à\s+(?:la|l['’])\s*\p{Ll}[\p{L}-]*)\s+(?=\p{L})/u;
const RELATIVE_BEFORE = /(?:that|which|who|whom|by|of|to|with|from|for|and|or|than|at|in|on)\s+$/iu;

// `Anna Berg, director of the port, said`, `Léa Roux, conseillère du groupe « X », a dit`: a role set off after the subject.
const ROLE_APPOSITION = /,\s*(\p{Ll}[\p{L}-]*)[^,]*$/u;
// German capitalises it, and what it is of follows in lower case: `Uwe Roe, Vorsitzender des Vereins, erklärte`
// (where `In court, Judge Ann Lee told` has a title before a name).
const GERMAN_ROLE_APPOSITION = /,\s*(\p{Lu}[\p{L}-]*)\s+\p{Ll}[^,]*$/u;

// What is set off by commas after a name, then the verb's first words.
const APPOSITION_THEN = /^,[^,.;:!?"“”«»„]{1,80},((?:\s+[\p{L}'’-]+){1,3})/u;
const speaksAfterApposition = (after: string) => reportsSpeech(APPOSITION_THEN.exec(after)?.[1] ?? '');
const reportsSpeech = (clause: string) => words(clause).some((w) => SPEECH_VERBS.has(w.word.toLowerCase()));

/** The words before a speech verb without a clause set off after the subject. */
function withoutTrailingClause(region: string): string {
  const m = TRAILING_CLAUSE.exec(region);
  if (!m) return region;
  const rest = region.slice(0, m.index);
  return APPOSITION_ARTICLE.test(m[0]) && !/\p{Lu}[\p{L}'’-]*\s*$/u.test(rest) ? region : rest;
}

/** The words before a speech verb without a role set off by commas after the subject's name. */
function withoutRoleApposition(region: string): string {
  const m = ROLE_APPOSITION.exec(region);
  if (m && isRoleNoun(m[1]!)) return region.slice(0, m.index);
  const german = GERMAN_ROLE_APPOSITION.exec(region);
  return german && ROLE_STEMS.test(german[1]!) ? region.slice(0, german.index) : region;
}

// `— сказал банкир`, `martèle la chercheuse`, `the engineer added`: one singular noun, perhaps with
// what it is of (`наставник команды`), standing for the speaker. English and French need the article.
const DESCRIPTION = /^\s*(?:(the\s|le\s|la\s|l['’])\s*)?(\p{Ll}[\p{L}-]{2,})(?:\s+\p{L}[\p{L}-]*){0,2}\s*[.,;!?]?\s*$/u;
// The articles before a capitalised noun that describes someone (German capitalises every noun).
const DESCRIBING_ARTICLE: Readonly<Record<string, RegExp>> = {
  de: /(?<!\p{L})(der|die)\s+$/iu,
  fr: /(?<!\p{L})(le|la|l['’])\s*$/iu,
  en: /(?<!\p{L})(the)\s+$/iu,
};
const INITIALS = /^\p{Lu}{2,}$/u;
const BODY_VOICE = /^(?:an?|the|one)\s+(\p{Ll}+)\s+(?:spokes(?:man|woman|person)|representative)$/u;
// Nouns for a speaker no one is told of: `сообщил источник`, `selon une source`.
const UNNAMED_SOURCE = /^(?:источник\p{L}*|джерел\p{L}*|sources?|quelle|insider)$/iu;
// A verb agrees with its subject: `сказала` (she), `сказали` and `говорят` (they), `sagten die Spieler`.
const FEMININE_VERB = /\p{Script=Cyrillic}(?:ла|лась|лася)$/u;
const PLURAL_VERB = /\p{Script=Cyrillic}(?:ли|лись|лися|ют|ят|ють|ять|уть)$|\p{Script=Latin}(?:ten|nen)$/u;

/** Whether a quotation is open at `at`: `“a foul on our keeper”` quotes someone, and names no one there. */
function insideQuotation(text: string, at: number): boolean {
  const head = text.slice(0, at);
  const straight = (head.match(/"/gu) ?? []).length % 2 === 1;
  return straight || head.lastIndexOf('“') > head.lastIndexOf('”') || head.lastIndexOf('«') > head.lastIndexOf('»');
}

/**
 * `В министерстве транспорта региона` ends with `министерство транспорта региона` declined: the
 * genitive tail as written, the head noun in another case (its stem the same).
 */
function endsWithDeclined(region: string, organisation: string): boolean {
  const [head, ...tail] = organisation.split(' ');
  if (!head || !tail.length || !region.endsWith(` ${tail.join(' ')}`)) return false;
  const before = region.slice(0, region.length - tail.join(' ').length - 1);
  const word = /(\p{L}+)$/u.exec(before)?.[1] ?? '';
  return word.length >= 4 && word.toLowerCase().slice(0, -3) === head.toLowerCase().slice(0, word.length - 3);
}

// How far into the words after a verb a body declined may start: `сообщили в пресс-службе Министерства …`.
const DECLINED_BODY_REACH = 40;

/**
 * Where `region` names `organisation` with its head noun declined and its genitive tail as written
 * (`Министерства транспорта региона` for `Министерство транспорта региона`), or -1.
 */
function declinedAt(region: string, organisation: string): number {
  const [head, ...tail] = organisation.split(' ');
  if (!head || !tail.length) return -1;
  const at = region.indexOf(` ${tail.join(' ')}`);
  const word = at < 0 ? null : /(\p{L}+)$/u.exec(region.slice(0, at));
  return word && sameCyrillicNoun(word[1]!, head) ? word.index : -1;
}

/** What the speaker strategies ask of the text around a quotation. */
export type SpeakerFinder = ReturnType<typeof createSpeakerFinder>;

/** One role in two forms: `minister`/`ministers`, `міністр`/`міністра`, `режисер`/`режисера`. */
function sameRole(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short) && long.length - short.length <= 3;
}

/**
 * The index, reading a capitalised noun run into a person's name as that person: German
 * capitalises the role (`Verkäuferin Sandra Roe`), which then opens the mention. The name is one
 * the index knows, or a full name that opens on a given name.
 */
function withLeadingNouns(entities: EntityIndex): EntityIndex {
  const named = (name: string): string | null => {
    const [lead, ...rest] = name.split(' ');
    if (rest.length < 2 || isGivenName(lead!)) return null;
    const person = rest.join(' ');
    if (entities.kindOf(person) === 'person') return entities.person(person) ?? person;
    return entities.kindOf(person) === null && isGivenName(rest[0]!) ? person : null;
  };
  return {
    ...entities,
    kindOf: (name) => entities.kindOf(name) ?? (named(name) ? 'person' : null),
    person: (name) => entities.person(name) ?? named(name),
  };
}

/**
 * Reads who a stretch of text names as speaking: the subject before a speech verb, the name after
 * an inverted one, the person a pronoun points back to, an organisation behind an unnamed
 * spokesperson. `recordSpeaker` tells it who has spoken, for pronouns further on.
 */
export function createSpeakerFinder(
  paragraphs: readonly string[],
  mentions: readonly Mention[],
  index: EntityIndex,
  language: string,
  /** Organisations found by script-specific rules, not in the entity index: `Міністерство … продовольства`. */
  scriptOrganisations: readonly string[] = [],
) {
  const entities = withLeadingNouns(index);
  const spoke: { site: Site; speaker: string }[] = [];

  /** A person, or a full name nothing has classed (`Ruth Ambani has worked …`), which is most likely one. */
  const namesPerson = (m: Mention) => {
    const kind = entities.kindOf(m.name);
    return kind === 'person' || (kind === null && m.tokens.length >= 2);
  };

  // `Lena Roe, a teacher who …, said`: a role set off by a comma after a name describes that person.
  const apposedToName = (para: number, at: number) =>
    mentions.some((m) => m.para === para && m.end <= at && namesPerson(m) && /^,\s*$/u.test(paragraphs[para]!.slice(m.end, at)));
  const anonymous: Site[] = [];
  // `a senior official`, `one farmer`: English articles and nouns, so only English text is searched.
  if (language === 'en') {
    paragraphs.forEach((text, para) => {
      for (const m of text.matchAll(ANONYMOUS)) {
        if (!insideQuotation(text, m.index) && !apposedToName(para, m.index)) anonymous.push({ para, at: m.index });
      }
    });
  }

  /** `die Hochschule` after `Hochschule Luzern`: a body's first word alone is the body named before in full. */
  const fullerBody = (m: Mention): string | null => {
    if (m.tokens.length > 1) return null;
    const fuller = mentions.filter(
      (b) => before({ para: b.para, at: b.start }, { para: m.para, at: m.start }) && b.tokens.length > 1 && b.tokens[0] === m.name,
    );
    const last = fuller[fuller.length - 1];
    return last && entities.kindOf(last.name) === 'org' ? last.name : null;
  };

  const speakerOfMention = (m: Mention): string | null => {
    if (namesPerson(m)) return entities.person(m.name) ?? m.name;
    const kind = entities.kindOf(m.name);
    if (kind === 'org' || kind === 'place') return fullerBody(m) ?? m.name;
    return entities.person(m.name) ?? fullerBody(m) ?? m.name;
  };

  // German capitalises every noun: one unclassified word after an article (`die Entscheidung`,
  // `ein älterer Zuschauer`) is a thing or an unnamed party, not a speaker.
  const isGermanNoun = (m: Mention) =>
    language === 'de' &&
    m.tokens.length === 1 &&
    entities.kindOf(m.name) === null &&
    afterDeterminer(m.before.replace(GERMAN_ADJECTIVES_BEFORE, ''));

  const byPara = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = byPara.get(m.para) ?? [];
    list.push(m);
    byPara.set(m.para, list);
  }
  const inPara = (para: number) => byPara.get(para) ?? [];
  const orgMentions = mentions.filter((m) => entities.kindOf(m.name) === 'org');
  // English bodies are read by `nounPhrase`, whose articles and nouns are English.
  const bodyReference = language === 'en' ? () => undefined : createBodyReference({ paragraphs, mentions, entities, scriptOrganisations });
  const mentionsIn = (para: number, from: number, to: number) => inPara(para).filter((m) => m.start >= from && m.end <= to + 2);

  // `„Die Eltern Weber ziehen weg“, sagte sie`: a name inside a quotation is what was said, not who says it.
  const spans = findQuoteSpans(paragraphs);
  const quoted = (m: Mention) =>
    spans.some(
      (s) =>
        (s.para < m.para || (s.para === m.para && s.start < m.start)) && (s.endPara > m.para || (s.endPara === m.para && s.end > m.end)),
    );

  // Everyone a pronoun may point back to, in reading order: salient people and unnamed parties.
  const antecedents: { site: Site; speaker: string | null }[] = [];
  for (const m of mentions) {
    if (quoted(m)) continue;
    const kind = entities.kindOf(m.name);
    // He or she is a person: an unclassified full name (`Ruth Ambani has worked …`) will do.
    // German capitalises nouns, so there the name must open on a given name (`Letzte Woche` is none).
    const unclassifiedName =
      kind === null &&
      m.tokens.length >= 2 &&
      m.tokens.length <= 3 &&
      (m.sentenceStart || m.titled) &&
      (language !== 'de' || isGivenName(m.tokens[0]!));
    if (m.para < 0 || !(kind === 'person' || unclassifiedName) || scriptOrganisations.includes(m.name)) continue;
    const salient =
      m.sentenceStart ||
      m.titled ||
      SPEECH_VERBS.has(/^\W*([\p{L}]+)/u.exec(m.after)?.[1] ?? '') ||
      SPEECH_VERBS.has(/([\p{L}]+)\W*$/u.exec(m.before.slice(-30))?.[1] ?? '') ||
      (/^\s+\p{Ll}/u.test(m.after) && !RELATIVE_BEFORE.test(m.before.slice(-20))) ||
      // `The prefect, Anne Roe, ordered …`, `Одна из них, пенсионерка Анна Лис, пришла …`: a name set off by
      // commas, perhaps with a role of a few words, before the verb is the subject.
      (/,\s*(?:\p{Ll}[\p{L}-]*\s+){0,3}$/u.test(m.before) && /^,\s+\p{Ll}/u.test(m.after)) ||
      // `Janet Roe, 71, who has lived here …, said`: an age or a relative clause set off after a name describes the subject.
      DESCRIBED_AFTER.test(m.after) ||
      // `Board member Tom Fry, the lone no vote, said`: whatever is set off after the name, a speech verb follows.
      speaksAfterApposition(m.after) ||
      // `за словами голови ради Людмили Карпенко, …`: the one whose words are reported.
      IN_WORDS_OF.test(m.before.slice(-80)) ||
      // `a indiqué le maire de Trévoux, Gilles Roe.`: the one named in the clause a speech verb opens.
      reportsSpeech(
        m.before
          .slice(-60)
          .split(/[.!?]\s/u)
          .pop() ?? '',
      );
    if (salient) antecedents.push({ site: { para: m.para, at: m.start }, speaker: entities.person(m.name) ?? m.name });
  }
  for (const a of anonymous) antecedents.push({ site: a, speaker: null });
  antecedents.sort((x, y) => (before(x.site, y.site) ? -1 : before(y.site, x.site) ? 1 : 0));

  // Failing a salient one, any earlier full name that is not a place or an organisation will do.
  const namesInOrder = mentions
    .filter(
      (m) =>
        m.para >= 0 && m.tokens.length >= 2 && m.tokens.length <= 3 && (entities.kindOf(m.name) ?? 'person') === 'person' && !quoted(m),
    )
    .map((m) => ({ site: { para: m.para, at: m.start }, speaker: entities.person(m.name) ?? m.name }));

  // Everyone named with a role beside their name (`the health minister, Ann Lee`, `Режисер Олег Тимченко`,
  // `Ann Lee, the minister,`), for `the minister said` further on.
  const roled: { site: Site; speaker: string; roles: string[] }[] = [];
  for (const m of mentions) {
    if (m.para < 0 || quoted(m) || !namesPerson(m)) continue;
    const clause = m.before.split(/[.!?]\s/u).pop() ?? '';
    const lead = clause.split(/\s+/u).slice(-5);
    // `La directrice de l’office chargée des parcs, Anne Roe,`: the role heads the description set off before the name.
    const head = DESCRIPTION_HEAD.exec(clause)?.[1] ?? '';
    const apposed = /^,\s*((?:\S+\s+){0,3}\S+?)[,.]/u.exec(m.after)?.[1]?.split(/\s+/u) ?? [];
    // `Councillor Lena Hart`, `Seismologist Dr Ann Lee`: a title or a trade may open the mention itself.
    const roles = [...lead, head, ...apposed, ...m.tokens]
      .map((w) => w.toLowerCase().replace(/[^\p{L}'’-]/gu, ''))
      .filter((w) => isRoleNoun(w) || TRADE_NOUN.test(w));
    if (roles.length) roled.push({ site: { para: m.para, at: m.start }, speaker: entities.person(m.name) ?? m.name, roles });
  }

  /** `the minister said`, `— пояснив режисер`: the latest person named with that role before `site`. */
  const roleHolder = (phrase: string, site: Site): string | null => {
    const said = phrase.split(/\s+/u).map((w) => w.replace(/[^\p{L}'’-]/gu, ''));
    if (said.length > 4) return null;
    const role = said.find((w) => isRoleNoun(w) || roled.some((r) => r.roles.some((x) => sameRole(x, w))));
    if (!role) return null;
    return (
      lastBefore(
        roled.filter((r) => r.roles.some((x) => sameRole(x, role))),
        site,
      )?.speaker ?? null
    );
  };

  /**
   * The person a pronoun at `site` most likely means: the latest salient person, anonymous party
   * or speaker; for `she` or `he`, the latest whose given name is not the other sex's.
   */
  const pronounAt = (site: Site, pronoun = ''): string | null => {
    const sex = PRONOUN_SEX.get(pronoun.toLowerCase()) ?? null;
    const fits = <T extends { speaker: string | null }>(list: readonly T[]) =>
      sex === null ? list : list.filter((c) => (sexOfGivenName(c.speaker?.split(' ')[0] ?? '') ?? sex) === sex);
    const candidates = [lastBefore(fits(antecedents), site), lastBefore(fits(spoke), site)].filter((c) => c !== null);
    candidates.sort((x, y) => (before(x.site, y.site) ? 1 : -1));
    return candidates.length ? candidates[0]!.speaker : (lastBefore(fits(namesInOrder), site)?.speaker ?? null);
  };

  /**
   * `Manon, 21 ans, en troisième année de lettres, m’a écrit`: a name that opens the clause with the
   * person's age set off after it is the subject, however much more describes them before the verb;
   * a given name alone will do.
   */
  const agedOpening = (para: number, from: number, region: string): string | null => {
    const aged = AGED_OPENING.exec(region);
    if (!aged) return null;
    const at = from + aged[0].indexOf(aged[1]!);
    const m = inPara(para).find((x) => x.start === at && (namesPerson(x) || isGivenName(x.name)));
    return m ? speakerOfMention(m) : null;
  };

  /**
   * The speaker named by the words just before a verb, `Ian Ward, who chairs …, said`. With the
   * `verb` given, a description alone before it (`“…,” the seismologist said`, `Синоптик также
   * предупредила`) points back to the person named before, as a pronoun would.
   */
  const subjectBefore = (para: number, from: number, verbAt: number, verb?: string): string | null | undefined => {
    const text = paragraphs[para]!;
    let region = text.slice(from, verbAt);
    // `the offer, which he described as …`: a relative clause with a subject of its own, a pronoun.
    if (RELATIVE_WITH_PRONOUN.test(region) || AGE_BEFORE.test(region)) return pronounAt({ para, at: verbAt });
    const aged = agedOpening(para, from, region);
    if (aged) return aged;
    for (let k = 0; k < 3; k++)
      region = withoutRoleApposition(
        withoutListener(withoutTrailingClause(region.replace(AUX, '').replace(WHEN_OR_WHERE_AFTER_SUBJECT, ''))).replace(/[\s,]+$/u, ''),
      );
    const end = from + region.length;
    const forOrg = spokespersonFor(para, from, end);
    if (forOrg) return forOrg;
    const endingOrg = scriptOrganisations.find((o) => region.endsWith(o) || endsWithDeclined(region, o));
    if (endingOrg) return endingOrg;
    const regionWords = words(region);
    const cut = Math.max(
      regionWords.map((w) => SPEECH_VERBS.has(w.word.toLowerCase()) || /^(?:that|dass|что|що|que)$/iu.test(w.word)).lastIndexOf(true),
      regionWords.findLastIndex((w) => /[,;:]/u.test(region.slice(0, w.index).slice(-3))) - 1,
    );
    const tail = regionWords.slice(Math.max(cut + 1, regionWords.length - 4)).map((w) => w.word);
    const last = tail[tail.length - 1] ?? '';
    if (PRONOUN.test(last)) return pronounAt({ para, at: verbAt }, last);
    // `In a statement, it said`: the body this paragraph or the one before last had do something.
    const actingBody = language === 'en' && /^it$/iu.test(last) ? bodyActingBefore({ para, at: verbAt }) : null;
    if (actingBody) return actingBody;
    const germanSubject = language === 'de' ? GERMAN_SUBJECT_AFTER_AUX.exec(tail.join(' '))?.[1] : undefined;
    if (germanSubject) return pronounAt({ para, at: verbAt }, germanSubject);
    const inRegion = mentionsIn(para, from, end);
    // `Lucy Roe welcomed the vote but said …`: the second verb shares the first one's subject, which may be
    // a surname alone the text gave in full before (`Roe acknowledged the risk but said`).
    if (COORDINATOR.test(last)) {
      const subject = inRegion.findLast(
        (m) =>
          (m.tokens.length >= 2 ? (entities.kindOf(m.name) ?? 'person') === 'person' : entities.kindOf(m.name) === 'person') &&
          /^\s+\p{Ll}/u.test(m.after),
      );
      if (subject) return speakerOfMention(subject);
    }
    if (GROUP.test(last) || (/\b(?:both|and)\b/iu.test(tail.slice(-3).join(' ')) && !inRegion.length)) return null;
    // `Le tribunal a estimé`, `Die Hochschule nennt`, `В ведомстве отметили`: a body named before, by its noun.
    // `У представництві Фонду відновлення в Україні зазначили`: an office, its owner and where it sits may take more words.
    // `Голова Представництва X в Україні Анна Лис назвала`: a full name right before the verb is its subject,
    // whatever office comes before it; in Russian and Ukrainian only in the nominative (`Адвокат Анны Лис`).
    const personAtEnd = inRegion.findLast((m) => m.end >= end - 2 && m.tokens.length >= 2 && namesPerson(m) && !m.possessive);
    if (personAtEnd && (!CYRILLIC_LANGUAGES.has(language) || cyrillicPersonNominative(personAtEnd.name) === personAtEnd.name)) {
      return speakerOfMention(personAtEnd);
    }
    const office = regionWords.findLast((w) => OFFICE_NOUN.test(w.word));
    const bodyPhrase = office ? region.slice(office.index) : tail.length <= 3 ? tail.join(' ') : undefined;
    const body = bodyPhrase === undefined ? undefined : bodyReference(bodyPhrase, { para, at: verbAt });
    if (body !== undefined) return body;
    const near = inRegion.filter((m) => m.end >= end - 2 && !isGermanNoun(m));
    const named = near[near.length - 1];
    const member = named && memberBefore(inRegion, named, text);
    if (member) return speakerOfMention(member);
    // `Синоптик предупредила`: Russian and Ukrainian capitalise a description only as the sentence's
    // first word; a single unknown word there, the verb given, describes the person named before.
    const describing =
      named &&
      verb !== undefined &&
      CYRILLIC_LANGUAGES.has(language) &&
      named.sentenceStart &&
      named.tokens.length === 1 &&
      region.trim() === named.name;
    const description =
      describing && !entities.kindOf(named.name) && !entities.person(named.name)
        ? describedPerson(named.name.toLowerCase(), { para, at: verbAt }, verb)
        : undefined;
    if (description !== undefined) return description;
    // `L’élu précise`: French elides the article onto a role opening the sentence, which describes someone named before.
    const elidedRole = /^L['’](\p{Ll}[\p{L}-]+)$/u.exec(named?.name ?? '')?.[1];
    if (elidedRole && isRoleNoun(elidedRole)) {
      return roleHolder(elidedRole, { para, at: verbAt }) ?? describedPerson(`l'${elidedRole}`, { para, at: verbAt }, verb ?? '') ?? null;
    }
    if (named) {
      // `the Ministry of Harbours and Coastal Affairs said`: after a body's noun, `and` goes on with its name, joining no one.
      const joined = inRegion.findLast((m) => m.end < named.start && /^\s+and\s+$/u.test(text.slice(m.end, named.start)));
      if (joined && ORG_NOUNS.has(joined.tokens[0]!.toLowerCase())) return text.slice(joined.start, named.end);
      const andBefore = /\band\s+$/u.test(text.slice(Math.max(0, named.start - 5), named.start));
      return andBefore ? null : speakerOfMention(named);
    }
    // A participle clause may separate the subject from its verb: `Учительница Вера Соколова, пришедшая …, призналась`.
    const opening = inRegion.find(
      (m) =>
        m.tokens.length >= 2 && (m.start - from <= 20 && (m.titled || m.sentenceStart) ? true : opensClause(m, text.slice(from, m.start))),
    );
    if (opening && !tail.length) return speakerOfMention(opening);
    const phrase = nounPhrase(tail.join(' '), { para, at: verbAt }, verb);
    const unnamed = INDEFINITE.test(tail.join(' ') + ' ') || GROUP.test(tail[0] ?? '');
    if (opening && (phrase === undefined || (phrase === null && !unnamed))) return speakerOfMention(opening);
    // `Un habitué rencontré devant l'étal résume`: a subject an indefinite article brings in, however long, is unnamed.
    return phrase === undefined && INDEFINITE.test(`${region.trimStart()} `) && !inRegion.some(namesPerson) ? null : phrase;
  };

  /**
   * `Jens Roe von der Example AG sprach`, `Timo Roe aus dem Ort Tann sagt`: a body or a place
   * that a preposition ties to the person named just before says where that person is from; the
   * person is the subject.
   */
  const memberBefore = (inRegion: readonly Mention[], named: Mention, text: string): Mention | null => {
    const person = inRegion.findLast((m) => m.end <= named.start);
    const between = person ? OF_BODY_BETWEEN.exec(text.slice(person.end, named.start)) : null;
    // No one is named after an article: `aus dem Ort Tann` is a place, though nothing classed it.
    if (!person || !between || (namesPerson(named) && !between[1])) return null;
    return namesPerson(person) && person.tokens.length >= 2 ? person : null;
  };

  /**
   * Whether a full name after `lead`, the words that open its clause, is the clause's subject: after a
   * role of a few words (`Депутатка ради Ганна Роенко на засіданні сказала`), or set off by
   * commas after what describes it (`Mein Nachbar im Dorf, Uwe Roe, hat damals gesagt`).
   * What stands between the name and the verb then says when or where. A Russian or Ukrainian name
   * in another case than the nominative is no subject.
   */
  const opensClause = (m: Mention, lead: string): boolean => {
    if (!namesPerson(m) || m.possessive || /[.;:!?]/u.test(lead)) return false;
    if (CYRILLIC_LANGUAGES.has(language) && cyrillicPersonNominative(m.name) !== m.name) return false;
    if (LEAD_BEFORE_SUBJECT.test(lead) && !PREPOSITION_AT_END.test(lead)) return true;
    // `Заступник міського голови з питань ЖКГ Артем Роенко на засіданні сказав`: a longer role, opening on its noun.
    const roleWord = /\p{L}+/u.exec(lead)?.[0].toLowerCase() ?? '';
    if (ROLE_LEAD_BEFORE_SUBJECT.test(lead) && (isRoleNoun(roleWord) || ROLE_STEMS.test(roleWord))) return true;
    return /,\s*$/u.test(lead) && /^,\s/u.test(m.after);
  };

  /** The latest body before `site`, in its paragraph or the one before, that a verb follows as its subject. */
  const bodyActingBefore = (site: Site): string | null => {
    const acting = orgMentions.filter(
      (m) => m.para >= site.para - 1 && before({ para: m.para, at: m.start }, site) && /^\s+\p{Ll}/u.test(m.after) && !m.possessive,
    );
    return acting[acting.length - 1]?.name ?? null;
  };

  /** `a spokesperson for the X`: unnamed, but speaking for an organisation, which is then the speaker. */
  const spokespersonFor = (para: number, from: number, to: number): string | null => {
    const region = paragraphs[para]!.slice(from, to);
    const m = SPOKESPERSON.exec(region);
    if (!m) return null;
    // After the role and its preposition: German capitalises the role itself (`ein Sprecher der X`).
    const at = from + m.index + m[0].length;
    const org = mentionsIn(para, at, to).find((x) => entities.kindOf(x.name) !== 'person');
    if (org && entities.kindOf(org.name) === 'org') return org.name;
    // `a spokesperson for the company`, `ein Sprecher der Behörde`: the body named before, by its noun.
    const phrase = paragraphs[para]!.slice(at, to);
    const body = language === 'en' ? nounPhrase(phrase, { para, at }) : bodyReference(phrase, { para, at });
    return body ?? org?.name ?? null;
  };

  /** The speaker named just after a verb, `said farmer Ewan Grant, 54, …`. */
  const subjectAfter = (para: number, verbEnd: number): string | null | undefined => {
    const text = paragraphs[para]!;
    const stop = clauseEnd(text.slice(verbEnd, verbEnd + WINDOW));
    const to = stop < 0 ? Math.min(text.length, verbEnd + WINDOW) : verbEnd + stop;
    const region = text.slice(verbEnd, to);
    // `sagte EVG-Verhandlungsführer Kemal Aydın`: a body hyphened to a role names the role's holder's side, not the speaker.
    const opening = region.trimStart();
    const openingOrg = scriptOrganisations.find((o) => opening.startsWith(o) && !/^-\p{L}/u.test(opening.slice(o.length)));
    if (openingOrg) return openingOrg;
    // `заявив начальник Рахівського управління ДСНС Михайло Лукач`: a body's holder named after it speaks, not the body.
    const personNamed = mentionsIn(para, verbEnd, to).some((m) => namesPerson(m) && !inQuoteMarks(m));
    const declinedOrg = personNamed
      ? undefined
      : scriptOrganisations.find((o) => {
          const at = declinedAt(region, o);
          return at >= 0 && at <= DECLINED_BODY_REACH;
        });
    if (declinedOrg) return declinedOrg;
    // `сообщили в ведомстве`, `hieß es in einer Mitteilung der Polizei`: a body named before, by its noun.
    const body = bodyReference(region, { para, at: verbEnd });
    if (body !== undefined) return body;
    const first = words(region)[0]?.word ?? '';
    const inRegion = mentionsIn(para, verbEnd, to);
    // `sagte der 23-Jährige` points back; `sagte die 16-jährige Lena Roe` names her.
    const agedOnly = AGE_AFTER.test(region) && !inRegion.some(namesPerson);
    if (PRONOUN.test(first) || agedOnly) return germanBodyOpening(para, verbEnd, first) ?? pronounAt({ para, at: verbEnd }, first);
    // `a réagi le président de la chambre de Bretagne, Loïc Roux`, `a déclaré le PDG de X, Jean Roux`:
    // a role of somewhere, then its holder.
    const role = (ROLE_OPENING.exec(region.replace(ADDRESSEE_OPENING, '').replace(MEANS_OPENING, ''))?.[1] ?? '').toLowerCase();
    const holder = isRoleNoun(role) ? apposedName(para, to) : null;
    if (holder) return holder;
    // `a affirmé à l'AFP Karim Benali`: a person after the verb speaks; an organisation there may be the one spoken to.
    const person = inRegion.find((m) => !inQuoteMarks(m) && namesPerson(m));
    // `said Tom Fry, a spokesman for X`: the named person speaks, not the body they speak for.
    if (person) return speakerOfMention(person);
    const forOrg = spokespersonFor(para, verbEnd, Math.min(text.length, verbEnd + 120));
    if (forOrg) return forOrg;
    // `a reconnu le préfet lors d'un point presse`: a role with no name after it is its holder named
    // before, however the clause goes on.
    const heldBefore = isRoleNoun(role) ? roleHolder(role, { para, at: verbEnd }) : null;
    if (heldBefore) return heldBefore;
    if (GROUP.test(first) || INDEFINITE.test(region.trim() + ' ')) return null;
    const named = inRegion.find((m) => m.tokens.length >= 2 || entities.kindOf(m.name) !== null) ?? inRegion[0];
    // A description points back only after a speech verb: after `selon` or `according to`, `la première
    // fois` or `the plan` is no one.
    const word = /\p{L}+$/u.exec(text.slice(Math.max(0, verbEnd - 30), verbEnd))?.[0] ?? '';
    const verb = SPEECH_VERBS.has(word.toLowerCase()) ? word : undefined;
    // `sagte die Rentnerin`, `betonte der Kroate`: German capitalises the noun that describes the speaker;
    // `a confié le Québécois`, `said the American`: French and English one of a people.
    const article = named === inRegion[0] ? DESCRIBING_ARTICLE[language]?.exec(named?.before ?? '')?.[1] : undefined;
    const describes =
      named &&
      article &&
      named.tokens.length === 1 &&
      !INITIALS.test(named.name) &&
      (language === 'en' ? isDemonym(named.name, language) : entities.kindOf(named.name) === null);
    // `sagte der ABC-Abgeordnete`: a party's initials hyphened to a noun describe its member, named before.
    // The mention keeps the whole compound's span, and the initials alone as its name.
    const member = named && article && /^-(\p{Lu}\p{Ll}+)/u.exec(text.slice(named.start + named.name.length, named.end))?.[1];
    if (member && verb !== undefined) {
      const described = describedPerson(member.toLowerCase(), { para, at: verbEnd }, verb, article);
      if (described !== undefined) return described;
    }
    if (named && describes && verb !== undefined) {
      const noun = named.name.toLowerCase();
      const described = roleHolder(noun, { para, at: verbEnd }) ?? describedPerson(noun, { para, at: verbEnd }, verb, article);
      if (described !== undefined) return described;
    }
    // `ont expliqué les Américains interrogés à Nice`: a people speaks, and names no speaker.
    if (inRegion[0] && isDemonym(inRegion[0].name, language)) return null;
    // `said Acme's chief executive, Jane Roe`: the possessive owns the role; the person set off after it speaks.
    if (named?.possessive) return apposedName(para, to) ?? speakerOfMention(named);
    if (named) return speakerOfMention(named);
    return apposedName(para, to) ?? nounPhrase(region, { para, at: verbEnd }, verb);
  };

  /** The body that the latest sentence before `at`, in its paragraph, opens on as its subject. */
  const bodySubjectBefore = (para: number, at: number): string | null => {
    const text = paragraphs[para]!;
    const opening = orgMentions.filter(
      (m) => m.para === para && m.end <= at && /^\s*(?:[Dd](?:er|ie|as)\s+)?$/u.test(text.slice(sentenceStart(text, m.start), m.start)),
    );
    const last = opening[opening.length - 1];
    return last ? (fullerBody(last) ?? last.name) : null;
  };

  /**
   * `Die Behörde habe „…“, teilte sie mit`: German `sie` and `er` stand for a body's noun as well as
   * a person; when the sentence opens on a body, it is the one meant.
   */
  const germanBodyOpening = (para: number, at: number, pronoun: string): string | null => {
    if (language !== 'de' || !/^(?:sie|er)$/iu.test(pronoun)) return null;
    const text = paragraphs[para]!;
    const from = sentenceStart(text, at);
    const opening = GERMAN_SUBJECT_OPENING.exec(text.slice(from, at));
    if (!opening) return null;
    const named = orgMentions.find((m) => m.para === para && m.start >= from && m.end <= from + opening[0].length);
    // `Die Bonner Behörde`: a body's common noun, whatever the index made of it, is the body named before,
    // first the one an earlier sentence opened on as its subject.
    const backNoun = BODY_BACK_NOUN.test(opening[1]!)
      ? (bodySubjectBefore(para, from) ?? bodyReference(opening[1]!, { para, at: from }))
      : undefined;
    if (typeof backNoun === 'string') return backNoun;
    if (named) return fullerBody(named) ?? named.name;
    if (mentionsIn(para, from, from + opening[0].length).some(namesPerson)) return null;
    const body = bodyReference(opening[1]!, { para, at: from });
    return typeof body === 'string' ? body : null;
  };

  /** `estime son président, Marc Delorme`: the name set off by a comma after the role. */
  const apposedName = (para: number, comma: number): string | null => {
    const text = paragraphs[para]!;
    if (text[comma] !== ',') return null;
    const stop = text.slice(comma + 1, comma + 1 + WINDOW).search(/[,.;:!?。]/u);
    const to = stop < 0 ? Math.min(text.length, comma + 1 + WINDOW) : comma + 1 + stop;
    const named = mentionsIn(para, comma + 1, to).find((m) => m.tokens.length >= 2 && (entities.kindOf(m.name) ?? 'person') === 'person');
    return named ? speakerOfMention(named) : null;
  };

  /**
   * `— сказал банкир`, `précise l’élu`, `sagte die Rentnerin`: a speech verb's subject that is a
   * singular noun naming no body describes the person the text has just named, as a pronoun would.
   * The verb's ending or the article gives the sex; a plural says the speakers are unnamed.
   */
  const describedPerson = (phrase: string, site: Site, verb: string, article = ''): string | null | undefined => {
    const m = DESCRIPTION.exec(phrase);
    const head = m?.[2] ?? '';
    const the = (m?.[1] ?? article).trim().toLowerCase();
    if (!m || UNNAMED_SOURCE.test(head) || ORG_NOUNS.has(head) || BODY_BACK_NOUN.test(head) || STATEMENT_NOUN.test(head)) return undefined;
    // `teilte der Verband mit`: a body's noun, the body not found, is no person.
    if (language === 'de' && ORG_STEMS.test(head)) return null;
    if (language === 'en' && (the !== 'the' || /[^s]s$/u.test(head))) return undefined;
    if (language === 'fr' && !the) return undefined;
    if (PLURAL_VERB.test(verb)) return null;
    const feminine = FEMININE_VERB.test(verb) || the === 'la' || (the === 'die' && /in$/u.test(head));
    const masculine = /\p{Script=Cyrillic}$/u.test(verb) ? !feminine : the === 'le' || the === 'der';
    if (language === 'de' && !feminine && !masculine) return undefined;
    return pronounAt(site, feminine ? 'she' : masculine ? 'he' : '');
  };

  /**
   * An unnamed or organisational subject: `one resident`, `the ministry`, `the ministry's press office`.
   * `verbBefore` is the speech verb the phrase follows (`— сказал банкир`): only there does a
   * description point back to someone named; before its verb it as often brings in someone new
   * (`le conseiller m’a répondu`).
   */
  const nounPhrase = (phrase: string, site: Site, verbBefore?: string): string | null | undefined => {
    const p = phrase.trim().toLowerCase();
    if (!p) return undefined;
    // `a council spokesperson`: unnamed, but speaking for the public body the noun names (a `company
    // representative` may be any firm's).
    const voiceOf = BODY_VOICE.exec(p)?.[1];
    if (voiceOf && PUBLIC_BODY_NOUNS.has(voiceOf)) return nounPhrase(`the ${voiceOf}`, site);
    if (INDEFINITE.test(p + ' ')) return null;
    const holder = roleHolder(p, site);
    if (holder) return holder;
    const nouns = p.split(/[\s'’]+/u);
    // `the district` for the `… Water District` named before: a body's own head noun points back to it.
    // Only as the phrase's head: in `the son of a patient heard by the court` the court is not the one speaking.
    const head = nouns[0] === 'the' ? nouns[1] : nouns[0];
    const ownHead = orgMentions.some((m) => m.tokens.length > 1 && m.tokens[m.tokens.length - 1]!.toLowerCase() === head);
    if (ownHead || nouns.some((n) => ORG_NOUNS.has(n) || n === 'service' || n === 'statement')) {
      const orgs = orgMentions.filter((m) => before({ para: m.para, at: m.start }, site));
      // `Egypt's supply ministry`: the body of an owner no organisation named before belongs to is none of them.
      const owner = POSSESSIVE_OWNER.exec(phrase.trim())?.[1];
      if (owner && !orgs.some((m) => m.name.includes(owner))) return null;
      // `the department` names the body whose name has the noun, or that the noun was said of (`the regional department of X`).
      // A body named in the headline (para -1) has no words before it among the paragraphs.
      const namedNoun = orgs.filter((m) => {
        const ahead = paragraphs[m.para]?.slice(Math.max(0, m.start - NOUN_OF_REACH), m.start) ?? '';
        const said = `${ahead}${m.name}`.toLowerCase();
        return nouns.some((n) => n.length > 3 && said.includes(n));
      });
      if (!namedNoun.length && nouns.some((n) => PUBLIC_BODY_NOUNS.has(n))) return null;
      const speaking = orgs.filter((m) => SPEECH_VERBS.has(/^\W*([\p{L}]+)/u.exec(m.after)?.[1] ?? ''));
      const pick = namedNoun[namedNoun.length - 1] ?? speaking[speaking.length - 1] ?? orgs[orgs.length - 1];
      return pick ? pick.name : null;
    }
    const described = verbBefore === undefined ? undefined : describedPerson(phrase, site, verbBefore);
    if (described !== undefined) return described;
    if (/^(?:the\s+)?[\p{Ll}\s-]+$/u.test(p)) return null;
    return undefined;
  };

  return {
    paragraphs,
    entities,
    language,
    opensClause,
    inPara,
    pronounAt,
    subjectBefore,
    subjectAfter,
    speakerOfMention,
    namesPerson,
    /** Every body the text names, by the entity rules or by script-specific ones. */
    organisations: [...index.organizations, ...scriptOrganisations],
    recordSpeaker: (site: Site, speaker: string) => spoke.push({ site, speaker }),
  };
}
