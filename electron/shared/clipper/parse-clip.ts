import { escapeRegExp } from '../text/escape-regexp.js';
import type { ClipDraft, DateSuggestion, DraftQuote } from '../models/clip-draft.js';
import { wordCount } from '../text/clip-body.js';
import { copyrightYear, pickArticleDate } from './article-date.js';
import { contributorsOf, readCjkReporters, readTrailingCredits } from './byline.js';
import { siteKey } from '../text/name-key.js';
import { bodyOfInitials, bracketedShortForms, cyrillicNamesRunToBracket, spelledOutInitials, spellsBySyllables } from './acronym-names.js';
import { findCjkEntities, withJoinedHanPlacesSplit, withoutPlacesInNames } from './cjk-names.js';
import { galleryPhotographer } from './gallery-credit.js';
import { cjkSpeakingNames, cjkTitledNames } from './attribution-strategies.js';
import { findCyrillicEntities, isCyrillicBodyHead, isUnnamedLocalBody, sameCyrillicNoun } from './cyrillic-names.js';
import { withoutInitialsOnlyInsideBodies, withoutParentsNamedOnlyInBranches } from './cyrillic-parent-bodies.js';
import { withCyrillicCasesMerged, withoutSurnamesReadAsPlaces } from './cyrillic-name-variants.js';
import { findFrenchOrganisations, findFrenchStreets } from './french-names.js';
import {
  afterDeterminer,
  findGermanActingTowns,
  findGermanBodiesOfTowns,
  findGermanBodiesBeforeShortForms,
  findGermanClubsWithYear,
  findGermanRoleBodies,
  germanArticle,
  germanNominative,
} from './german-names.js';
import { withoutPlacesOnlyInOrganisations } from './places-in-names.js';
import { isKnownLatinPlace } from './gazetteer.js';
import { readsMonthFirst } from './date.js';
import { readDateline, readDatelineLine, readLeadingAgency, type Dateline } from './dateline.js';
import { isKindBeforeQuotedName, isQuotedWhole, withoutInitialsBeforeQuotedNames } from './quoted-bodies.js';
import { indexEntities, type EntityIndex } from './entities.js';
import { isDemonym } from './demonyms.js';
import { detectLanguage } from './language.js';
import { findMentions, type Mention } from './mentions.js';
import { findNumberedRoads } from './numbered-roads.js';
import { extractQuotes } from './quotes.js';
import { layOut, type Layout, type Role } from './layout.js';
import { splitLines, type Line } from './lines.js';
import { titleCaseWord } from './script.js';
import { normaliseText } from './normalise-text.js';
import { issuerBoilerplateStart } from './cruft.js';
import { buildParagraphs } from './paragraphs.js';
import { headlineText } from './broken-headline.js';
import { pickSource } from './pick-source.js';
import { isOutletName } from './source.js';
import { opensOnGivenName, readsAsPersonName } from './person-name.js';
import { agencyOf, isAgency } from './lexicon/agencies.js';
import { hasOutletWord } from './lexicon/outlet-words.js';
import { isRoleNoun } from './lexicon/job-titles.js';
import { dateFromUrl, findPageUrl } from './page-url.js';
import { reprintNoteDate } from './origin-note.js';
import {
  dateSuggestionNotice,
  findHeaderRelativeTime,
  isRelativeTimeLine,
  suggestDate,
  suggestYear,
  type RelativeTime,
} from './relative-date.js';
import { withoutSectionLabel } from './title.js';
import { CYRILLIC_LEGAL_FORMS, ORG_NOUNS, ORG_WORDS } from './lexicon/entity-words.js';

// No article is this long; quotes and names are looked for in this much of a huge paste only, so
// its time stays bounded, while paragraphs and cruft still cover all of it.
const MAX_ANALYSED_CHARS = 300_000;
const LANGUAGE_SAMPLE_CHARS = 4000;

function leadingParagraphs(paragraphs: readonly string[], limit: number): string[] {
  const out: string[] = [];
  let total = 0;
  for (const p of paragraphs) {
    if (total >= limit) break;
    out.push(p.length > limit - total ? p.slice(0, limit - total) : p);
    total += p.length;
  }
  return out;
}

// A standfirst may sit above the dateline, so the first few content lines are tried.
const DATELINE_SEARCH_LINES = 3;

interface FoundDateline {
  dateline: Dateline | null;
  /** The paragraph the dateline opens; empty when it stands on a line of its own or is absent. */
  line: string;
  agency: string | null;
}

function datelineInBody(lines: readonly Line[], roles: readonly Role[]): FoundDateline {
  let tried = 0;
  for (let i = 0; i < lines.length && tried < DATELINE_SEARCH_LINES; i++) {
    if (roles[i] !== 'content') continue;
    tried++;
    const dateline = readDateline(lines[i]!.text);
    if (dateline) return { dateline, line: lines[i]!.text, agency: dateline.agency };
    const agency = readLeadingAgency(lines[i]!.text);
    if (agency) return { dateline: null, line: '', agency };
  }
  return { dateline: null, line: '', agency: null };
}

// A press release may print its place and date above its headline: `Morlay, le 2 juin 2026`.
const HEADER_ROLES: ReadonlySet<Role> = new Set(['date', 'byline', 'title']);

/** The dateline at the head of the story, else one on a date line of its own just above it (or above its headline). */
function findDateline(lines: readonly Line[], roles: readonly Role[], usMonthFirst: boolean): FoundDateline {
  const found = datelineInBody(lines, roles);
  if (found.dateline) return found;
  for (let i = roles.indexOf('content') - 1; i >= 0 && HEADER_ROLES.has(roles[i]!); i--) {
    const own = roles[i] === 'date' ? readDatelineLine(lines[i]!.text, usMonthFirst) : null;
    if (own) return { ...found, dateline: own };
  }
  return found;
}

// A company's legal form on its own (`ООО` before `«Аэропорт-Инвест»`) names no one.
const LEGAL_FORM = new RegExp(`^(?:${CYRILLIC_LEGAL_FORMS}|LLC|Ltd|GmbH|AG|SA|SAS|SARL|Inc)$`, 'u');
// Russian and Ukrainian write the legal form before the name, so a word before it (`Штраф АО`) is none of the name's.
const CYRILLIC_LEGAL_FORM_LAST = new RegExp(`\\s(?:${CYRILLIC_LEGAL_FORMS})$`, 'u');
const merged = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];

/** `Міністерство` beside `Міністерство аграрної політики`: the short form is the same organisation. */
const withoutShortForms = (names: readonly string[], texts: readonly string[]) =>
  names.filter((n) => isQuotedWhole(n, texts) || !names.some((o) => o !== n && o.startsWith(`${n} `)));

/**
 * `Росприроднадзор` beside `Уральское управление Росприроднадзора`, `СО РАН` beside `Институт СО РАН`: a body
 * that closes another's name is that body's parent, named with its branch, and listed through it.
 */
const withoutParentsOfBranches = (names: readonly string[]) =>
  names.filter(
    (n) =>
      !names.some((o) => {
        const last = o.slice(o.lastIndexOf(' ') + 1);
        return o !== n && (o.endsWith(` ${n}`) || (!n.includes(' ') && o.includes(' ') && sameCyrillicNoun(last, n)));
      }),
  );

const occurrences = (texts: readonly string[], phrase: string) => texts.reduce((n, t) => n + t.split(phrase).length - 1, 0);

/**
 * `Ministers` inside `Cabinet of Ministers of Example`: a word read as a body of its own, though the text
 * writes it only within a longer body's name, is that body's word, not another body.
 */
// The longer name is counted by its words after the head, which Russian and Ukrainian decline: `В Министерстве … и ЖКХ Заречной области`.
const withoutWordsOnlyInsideBodies = (names: readonly string[], texts: readonly string[]) =>
  names.filter((n) => {
    const longer = names.filter((o) => o.includes(` ${n} `));
    return longer.length === 0 || occurrences(texts, n) > longer.reduce((k, o) => k + occurrences(texts, o.slice(o.indexOf(' ') + 1)), 0);
  });

/**
 * `Grand Port` beside `Grand Port maritime de Marseille`: the head of a body's name, which the
 * capitalised words alone read as a place, is the body's, unless the gazetteer knows the place.
 */
const withoutOrganisationHeads = (places: readonly string[], organisations: readonly string[]) =>
  places.filter((p) => isKnownLatinPlace(p) || !organisations.some((o) => o.startsWith(`${p} `)));

// A ministry or department of two portfolios, perhaps after its country's adjective: `Ministry of Fisheries and
// Marine Resources`, `Kenyan Ministry of Water and Sanitation`.
const PORTFOLIO_BODY = /^(?:\p{Lu}\p{Ll}+\s+)?(?:Ministry|Department|Office|Secretariat|Bureau)\s+(?:of|for)\s/u;
const AND_PORTFOLIO = String.raw`\s+(?:and|&)\s+((?:\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*){0,3})`;

/** A ministry's name cut at its `and` made whole again, and its second portfolio no body of its own. */
function withPortfoliosJoined(organisations: readonly string[], texts: readonly string[]): string[] {
  const tails = new Set<string>();
  const joined = organisations.map((o) => {
    if (!PORTFOLIO_BODY.test(o)) return o;
    const re = new RegExp(`${escapeRegExp(o)}${AND_PORTFOLIO}`, 'u');
    const tail = texts.map((t) => re.exec(t)?.[1]).find((t) => t !== undefined);
    if (!tail) return o;
    tails.add(tail);
    return `${o} and ${tail}`;
  });
  return joined.filter((o) => !tails.has(o));
}

/** `SMTA` beside `Syndicat mixte des transports de l'agglomération (SMTA)`: the body by the name the text spells out. */
function withInitialsSpelledOut(organisations: readonly string[], texts: readonly string[], language: string): string[] {
  // `vom Allgemeinen Deutschen Wander-Club (ADWC)`: German declines the name after its article.
  const { bodies: spelled, things } = spelledOutInitials(
    texts,
    language === 'de' ? (name, before) => germanNominative(name, germanArticle(before)) : undefined,
  );
  const full = new Set(spelled.values());
  // `Institut du Nord à Sorbec (INAS)`: the name the initials spell is the whole of a body read cut short.
  const named = [...new Set(cyrillicNamesRunToBracket(organisations, texts).map((o) => spelled.get(o) ?? o))].filter(
    (o) => full.has(o) || ![...full].some((f) => f.startsWith(`${o} `)),
  );
  // `Belgian Transport Union (BTB)`: a short form given after the body's name is that body.
  const shortForms = bracketedShortForms(texts, named);
  // `ПФВР` beside `Північний фонд відновлення та розвитку`, `ARS` beside `Agence régionale de santé
  // d'Exemple`: the initials of a body listed in full.
  // `в Укравтодорі`: a short form declined is the short form still.
  const declinedShortForm = (o: string) =>
    [...shortForms.keys()].some((s) => o !== s && o.startsWith(s) && o.length <= s.length + 2 && !o.includes(' '));
  const syllableShortForm = (o: string) => named.some((b) => b !== o && spellsBySyllables(b, o));
  return named.filter(
    (o) =>
      !things.has(o) &&
      !shortForms.has(o) &&
      !declinedShortForm(o) &&
      !(INITIALS_ONLY.test(o) && bodyOfInitials(o, named) !== null) &&
      !syllableShortForm(o),
  );
}
const INITIALS_ONLY = /^\p{Lu}{2,8}$/u;

/**
 * Speakers the entity rules could not place are people: the text has them speak. A single Latin or
 * Cyrillic word is not enough: a person is named in full once, and a body (`Pour Acmefrance, « … »`)
 * speaks too. Chinese writes a full name without a space.
 */
function withSpeakers(
  people: readonly string[],
  quotes: readonly DraftQuote[],
  entities: EntityIndex,
  organizations: readonly string[],
  commonNoun: (speaker: string) => boolean,
): string[] {
  const out = [...people];
  for (const q of quotes) {
    if (
      q.speaker &&
      (q.speaker.includes(' ') || /\p{Script=Han}/u.test(q.speaker)) &&
      entities.kindOf(q.speaker) === null &&
      !organizations.includes(q.speaker) &&
      // `Ministry of X and Y`: a name that opens on a body's noun is a body's.
      !ORG_NOUNS.has(q.speaker.split(' ')[0]!.toLowerCase()) &&
      !out.includes(q.speaker) &&
      !commonNoun(q.speaker)
    )
      out.push(q.speaker);
  }
  return out;
}

/**
 * `so der Bürgermeister`, `sagte die Rentnerin`: German capitalises its nouns, so a one-word speaker
 * the text writes only after an article or another determiner is who someone is, not their name.
 */
function germanCommonNoun(texts: readonly string[]): (word: string) => boolean {
  return (word) => {
    if (word.includes(' ')) return false;
    const at = new RegExp(`(?<![\\p{L}-])${escapeRegExp(word)}(?![\\p{L}-])`, 'gu');
    const befores = texts.flatMap((t) => [...t.matchAll(at)].map((m) => t.slice(Math.max(0, m.index - 30), m.index)));
    return befores.length > 0 && befores.every((before) => afterDeterminer(before));
  };
}

/** `HALDEN, Norway` → `Halden`, `Norway`; `Lviv (Ukraine)` → `Lviv`, `Ukraine`. */
function datelinePlaces(place: string | null): string[] {
  if (!place) return [];
  return place
    .split(/\s*[,()/]\s*/u)
    .filter((p) => p.length > 1 && !/\.$/u.test(p))
    .map((p) => p.split(' ').map(titleCaseWord).join(' '));
}

/**
 * `Greenfield Robotics Opens European Research Centre`: an English headline with every word capitalised,
 * where capitals no longer tell a name from a verb, so its words are not read for names.
 */
function isTitleCase(headline: string): boolean {
  const words = headline.match(/\p{L}{4,}/gu) ?? [];
  return words.length >= 4 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= words.length * 0.75;
}

export interface ParseOptions {
  /** The text is an article already cut from its page (by the HTML reading), not a page's whole text. */
  isolated?: boolean;
  /**
   * When the paste was read. A page that dates its article only relatively (`22 hours ago`) then
   * gets the day that means offered in a notice; the date itself stays empty, since the paste may be old.
   */
  readAt?: Date;
  /** The language tag the page's markup declares (`<html lang="en-GB">`), which tells how its numeric dates read. */
  locale?: string | null | undefined;
  /** The page's own address, when the paste came with it, for the same. */
  pageUrl?: string | null | undefined;
  /**
   * The writers the page's markup credits. A `… contributed to this report` line then names a
   * contributor to their story, not another writer, as it does on a whole page whose header
   * credits one; an article pasted alone counts that line's names among its byline.
   */
  writers?: readonly string[] | undefined;
}

/** The day a relative time, or a dateline's day without its year, most likely means when read at `now`. */
function suggestedDate(relative: RelativeTime | null, dateline: FoundDateline, now: Date): DateSuggestion | null {
  if (relative) return suggestDate(relative, now);
  const day = dateline.dateline?.date;
  if (!day || day.year !== null || !dateline.line) return null;
  return suggestYear(dateline.line.slice(day.index, day.index + day.length).trim(), day.month, day.day, now);
}

/**
 * The paste's lines and their layout. Whether a column, a screen or a printed page broke the
 * paste's lines (see `splitLines`) is told by what the paste is: a page copied whole from a browser
 * has menus and footers around its article, and its lines break where its markup's blocks end; a
 * PDF's, a phone's or a newsletter's text comes without them. The layout of the lines read as
 * broken at a width decides, since read as pasted the halves of a wrapped paragraph look like
 * furniture themselves; on a whole page the lines as pasted are laid out again and kept.
 */
function readLines(
  text: string,
  pasted: readonly Line[],
  layOutLines: (lines: readonly Line[]) => Layout,
): { lines: readonly Line[]; layout: Layout } {
  const mended = splitLines(text, true);
  const layout = layOutLines(mended);
  if (!layout.wholePage) return { lines: mended, layout };
  return sameLines(mended, pasted) ? { lines: pasted, layout } : { lines: pasted, layout: layOutLines(pasted) };
}

/** Whether reading the paste as broken at a width changed none of its lines, so one layout holds for both readings. */
function sameLines(a: readonly Line[], b: readonly Line[]): boolean {
  return a.length === b.length && a.every((l, i) => l.text === b[i]!.text && l.block === b[i]!.block && !l.running);
}

const PERSON_NAME_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

/**
 * `Міністр`, `Energy Minister Jane Roe`: a role alone, capitalised to open a sentence, or a role
 * before a person the text names, is a person's title, no body.
 */
function isRoleOrTitledPerson(name: string, people: readonly string[]): boolean {
  const words = name.split(/\s+/u);
  const role = words.findLastIndex((w) => isRoleNoun(w.toLowerCase()));
  if (role < 0) return false;
  if (role === words.length - 1) return words.length === 1;
  const rest = words.slice(role + 1);
  const tail = rest.join(' ');
  // After a title the text capitalises (`Minister`), two or three bare words are the person's names.
  const named =
    /^\p{Lu}/u.test(words[role]!) &&
    rest.length >= 2 &&
    rest.length <= 3 &&
    rest.every((w) => PERSON_NAME_WORD.test(w) && !ORG_WORDS.has(w));
  return people.includes(tail) || opensOnGivenName(tail) || named;
}

/**
 * Turns pasted text into a ClipDraft. Pure: no I/O, no DOM; HTML is turned into text by the
 * core before it gets here. Never throws: whatever the paste, a well-formed draft comes back.
 */
export function parseClip(text: string, options: ParseOptions = {}): ClipDraft {
  const normalised = normaliseText(typeof text === 'string' ? text : '');
  const pasted = splitLines(normalised);
  // Only the reading of ambiguous numeric dates depends on this first guess at the language, and
  // only when no other date on the page shows its order and neither its address nor its markup
  // says where it is written.
  const rough = pasted
    .slice(0, 30)
    .map((l) => l.text)
    .join('\n')
    .slice(0, 600);
  const url = findPageUrl(pasted);
  const usMonthFirst = readsMonthFirst(normalised, {
    language: detectLanguage(rough),
    locale: options.locale,
    url: options.pageUrl ?? url,
  });
  const { lines, layout } = readLines(normalised, pasted, (read) => layOut(read, usMonthFirst, options.isolated ?? false));
  const lineTexts = lines.map((l) => l.text);
  // A relative time alone on its line is a live entry's stamp, left out of the story.
  const stale = (i: number) => layout.roles[i] === 'content' && isRelativeTimeLine(lines[i]!.text);
  const content = buildParagraphs(lines, (i) => layout.roles[i] === 'content' && !stale(i), layout.keyPoints);
  const found = findDateline(lines, layout.roles, usMonthFirst);
  const { dateline, line: datelineText, agency } = found;
  const trailing = content.slice(-3).flatMap(readTrailingCredits);
  // A newspaper's own story credits its reporter at the head of the body: `本报讯（记者 X）`.
  const reporters = datelineText ? readCjkReporters(datelineText) : content.slice(0, 2).flatMap(readCjkReporters);
  const writers = options.writers ?? [];
  // A whole page's header credits its writers as its markup does: a `… contributed to this report`
  // line under the story then names a helper, not a writer, unless no other line credits one.
  const contributors = writers.length || layout.wholePage ? new Set(lines.flatMap((l) => contributorsOf(l.text))) : new Set<string>();
  const named = [...new Set([...layout.bylines, ...reporters, ...trailing])];
  const writing = named.filter((n) => !contributors.has(n) || writers.includes(n));
  const credited = writing.length || writers.length ? writing : named;
  // A picture story that credits no writer is its photographer's.
  const photographer = credited.length ? null : galleryPhotographer(lineTexts);
  const creditedNames = photographer ? [photographer] : credited;
  const source = pickSource(agency, lines, layout, creditedNames);
  // An aggregator heads its copy with the outlet's name where a byline stands (`Example Review · 3 May`):
  // the name that is the story's source is no writer's, unless it reads as a person's and has no
  // outlet's shape (`Charlotte Observer`): a writer whose newsletter carries her name and her copyright.
  const sourceNamesWriter = source !== null && readsAsPersonName(source, isOutletName);
  const byline = source && !sourceNamesWriter ? creditedNames.filter((n) => siteKey(n) !== siteKey(source)) : creditedNames;
  const boilerplateAt = issuerBoilerplateStart(content, source);
  const paragraphs = content.slice(0, boilerplateAt);
  const language = detectLanguage(leadingParagraphs(paragraphs, LANGUAGE_SAMPLE_CHARS).join('\n'));
  const title = layout.title === null ? null : withoutSectionLabel(headlineText(lines, layout.roles, layout.title));
  const analysed = leadingParagraphs(paragraphs, MAX_ANALYSED_CHARS);
  const headline = title && !(language === 'en' && isTitleCase(title)) ? [{ para: -1, text: title }] : [];
  const texts = [...headline, ...analysed.map((text, para) => ({ para, text }))];
  const plainTexts = texts.map((t) => t.text);
  const mentions = findMentions(texts, language);
  const datelinePara = dateline ? paragraphs.findIndex((p) => p.startsWith(datelineText.slice(0, 40))) : -1;
  const datelineEnd = dateline?.end ?? 0;
  const inDateline = (m: Mention) => datelinePara >= 0 && m.para === datelinePara && m.start < datelineEnd;
  const entities = indexEntities(mentions, datelinePlaces(dateline?.place ?? null), language, inDateline);
  const scriptNames =
    language === 'zh'
      ? findCjkEntities(plainTexts)
      : language === 'ru' || language === 'uk'
        ? findCyrillicEntities(
            plainTexts,
            language === 'uk',
            entities.places,
            new Map(texts.flatMap((t, k) => (t.para === datelinePara && datelinePara >= 0 ? [[k, datelineEnd]] : []))),
          )
        : language === 'fr'
          ? {
              places: [...findFrenchStreets(plainTexts), ...findNumberedRoads(plainTexts, language)],
              organizations: findFrenchOrganisations(plainTexts),
            }
          : language === 'de'
            ? {
                places: findNumberedRoads(plainTexts, language),
                organizations: [
                  ...findGermanRoleBodies(plainTexts),
                  ...findGermanBodiesOfTowns(plainTexts),
                  ...findGermanActingTowns(plainTexts),
                  ...findGermanBodiesBeforeShortForms(plainTexts),
                  ...findGermanClubsWithYear(plainTexts),
                ],
              }
            : { places: findNumberedRoads(plainTexts, language), organizations: [] };
  // `Americans said`: a people speaks as a group, which names no speaker.
  const outlet = source !== null && (isAgency(source) || hasOutletWord(source)) ? source : null;
  const quotes = extractQuotes(analysed, mentions, entities, language, { scriptOrganisations: scriptNames.organizations, outlet }).map(
    (q) => (q.speaker && isDemonym(q.speaker, language) ? { ...q, speaker: null } : q),
  );
  const date =
    pickArticleDate(dateline, layout.dates, copyrightYear(lineTexts)) ??
    dateFromUrl(url ?? options.pageUrl ?? null) ??
    reprintNoteDate(lineTexts);
  const relative =
    date === null && options.readAt ? findHeaderRelativeTime(lines, layout.headerStart, layout.bodyStart, layout.title) : null;
  const dateSuggestion = options.readAt && date === null ? suggestedDate(relative, found, options.readAt) : null;
  const speakingPeople =
    language === 'zh'
      ? merged(merged(entities.people, analysed.flatMap(cjkSpeakingNames)), analysed.flatMap(cjkTitledNames))
      : entities.people;
  const commonNoun = language === 'de' ? germanCommonNoun(plainTexts) : () => false;
  const cyrillic = language === 'ru' || language === 'uk';
  const speaking = withSpeakers(speakingPeople, quotes, entities, scriptNames.organizations, commonNoun);
  const cases = cyrillic ? withCyrillicCasesMerged(speaking) : { people: speaking, canonical: (name: string) => name };
  const people = cases.people;
  const bodies = withInitialsSpelledOut(
    withoutParentsOfBranches(
      withoutWordsOnlyInsideBodies(
        withoutShortForms(
          withPortfoliosJoined(
            // `кореспондент Укрінформу`: an agency the script's rules read declined is listed as the agency.
            merged(
              entities.organizations,
              scriptNames.organizations.map((o) => agencyOf(o) ?? o),
            ),
            plainTexts,
          ),
          plainTexts,
        ).filter(
          // `Прокуратура відкрила справу`: a body's kind alone, capitalised to open a sentence, names no one body.
          (o) =>
            !isRoleOrTitledPerson(o, people) &&
            !LEGAL_FORM.test(o) &&
            !CYRILLIC_LEGAL_FORM_LAST.test(o) &&
            !(/^\p{Script=Cyrillic}+$/u.test(o) && isCyrillicBodyHead(o)) &&
            !(/^\p{Script=Cyrillic}/u.test(o) && isKindBeforeQuotedName(o, plainTexts)),
        ),
        plainTexts,
      ),
    ),
    plainTexts,
    language,
  );
  const organizations =
    language === 'ru' || language === 'uk'
      ? withoutParentsNamedOnlyInBranches(
          withoutInitialsOnlyInsideBodies(
            withoutInitialsBeforeQuotedNames(bodies, plainTexts).filter((o) => !isUnnamedLocalBody(o)),
            plainTexts,
          ),
          plainTexts,
        )
      : bodies;
  return {
    title,
    date,
    dateline: dateline?.place ?? null,
    source,
    byline,
    language,
    paragraphs,
    cruft: [...lines.filter((_, i) => layout.roles[i] === 'cruft' || stale(i)).map((l) => l.text), ...content.slice(boilerplateAt)],
    // A body that speaks by its initials (`selon l'ARS`) is named as the organisations are, in full.
    quotes: quotes.map((q) =>
      q.speaker && INITIALS_ONLY.test(q.speaker)
        ? { ...q, speaker: bodyOfInitials(q.speaker, organizations) ?? q.speaker }
        : q.speaker
          ? { ...q, speaker: cases.canonical(q.speaker) }
          : q,
    ),
    people,
    places: cyrillic
      ? withoutSurnamesReadAsPlaces(scriptNames.places, people, plainTexts)
      : language === 'zh'
        ? withoutPlacesInNames(withJoinedHanPlacesSplit(merged(entities.places, scriptNames.places)), people, plainTexts)
        : withoutPlacesOnlyInOrganisations(
            withoutOrganisationHeads(merged(entities.places, scriptNames.places), scriptNames.organizations),
            organizations,
            plainTexts,
          ),
    organizations,
    wordCount: wordCount(paragraphs),
    duplicateOf: null,
    url,
    ...(dateSuggestion ? { dateSuggestion, notices: [dateSuggestionNotice(dateSuggestion)] } : {}),
  };
}
