import {
  CLUB_PREFIXES,
  FUNCTION_WORDS,
  GERMAN_PARTS_OF_TOWN,
  MAX_STEM_WORD,
  MONTH_AND_DAY_NAMES,
  ORG_STEMS,
  ORG_WORDS,
  PLACE_WORDS,
  ROLE_NOUNS,
  ROLE_STEMS,
  STREET_HEADS,
  TITLE_WORDS,
} from './lexicon/entity-words.js';
import { isCountryOrRegion } from './lexicon/countries.js';
import { JOB_TITLES } from './lexicon/job-titles.js';
import { isGivenName } from './lexicon/given-names.js';
import { isGermanBodyKind, isGermanOrganisation, isGermanPlaceKind, isGermanTownAdjective, isGermanTownBody } from './german-names.js';
import { isKnownLatinPlace, isRiver, isSmallTown } from './gazetteer.js';
import { isCyrillicBodyHead } from './cyrillic-names.js';

/** A capitalised name as it occurs in a paragraph, with the words around it. */
export interface Mention {
  /** Paragraph index; -1 for the headline. */
  para: number;
  start: number;
  end: number;
  name: string;
  tokens: string[];
  sentenceStart: boolean;
  /** A title or role word stood right before the name (`Minister Tomas …`, `Stadtsprecher Uwe …`). */
  titled: boolean;
  possessive: boolean;
  before: string;
  after: string;
}

// `U.S. District Court`: an initialism's last stop belongs to it when a name goes on after it.
const INITIALISM = String.raw`(?:\p{Lu}\.){2,}(?=\s(?!(?:The|A|An|In|It|This|That|He|She|We|They|But|And)\s)\p{Lu})`;
// `St. Pauli`, `Mt. Pleasant`, `Ft. Myers`: an abbreviated saint or landform keeps its stop inside a name.
// French `M.` (Monsieur) and `MM.` before a surname likewise: `M. Roux`.
const ABBREVIATED = String.raw`(?:St|Ste|Sta|Mt|Ft|M|MM)\.(?=\s\p{Lu})`;
const CAP = String.raw`(?:${INITIALISM}|${ABBREVIATED}|\p{Lu}[\p{L}\p{M}\d]*(?:[-'’.]\p{L}[\p{L}\p{M}]*)*)`;
const CONNECTOR = String.raw`(?:of the|for the|of|on|for|de la|de|du|des|del|della|di|da|do|dos|nan|na|für|von|van|y)`;
// German nouns are all capitalised, and `des` is its genitive article: `Vertreter des Bundestages` is two.
// A body's field after `für` may open on its adjective: `Hochschule für angewandte Wissenschaften`, `Amt für öffentliche Ordnung`.
const GERMAN_CONNECTOR = String.raw`(?:für(?:\s(?!(?:diese|jene|alle|viele|einige|keine|meine|deine|seine|ihre|unsere|eure|eine|welche|solche)\s)\p{Ll}{3,}(?:e|en|er|es))?|von|van)`;
// A firm's partners close its name: `Varga & Co`, `Lorenz & Söhne`, `Dane & Partners`; a German
// partnership's legal form after them too (`Lindner GmbH & Co. KG`).
// Legal forms written in lower case close a name too: `Example Holdings plc`, `Verein Example e.V.`, `Example Molkerei eG`.
const LOWER_CASE_LEGAL_FORM = /^(?:plc|e\.V\.|eG)$/u;
const PARTNERS = String.raw`(?:\s&\s(?:Co\.?\s(?:KG|KGaA|OHG)|Co|Cie|Sons|Sohn|Söhne|Partners?)(?![\p{L}\p{M}])|\s(?:plc|e\.V\.|eG)(?![\p{L}\p{M}]))`;
const SAINT = /^(?:St|St\.|Saint|Ste)$/u;
// `Chantiers de l'Estran`, `Côte d'Azur`: French elides the article or the `de` onto the name after it.
const ELIDED_CONNECTOR = String.raw`(?:de l|d)['’](?=\p{Lu})`;
const run = (connector: string) =>
  new RegExp(
    String.raw`${CAP}(?:['’](?=\s\p{Lu}))?(?:\s(?:${connector}\s|${ELIDED_CONNECTOR})?${CAP}(?:['’](?=\s\p{Lu}))?)*${PARTNERS}?`,
    'gu',
  );
const RUN = run(CONNECTOR);
const GERMAN_RUN = run(GERMAN_CONNECTOR);
// `Chile’s`, and a plural's `Rovers’`.
const POSSESSIVE = /['’]s$|(?<=s)['’]$/u;
const SENTENCE_OPEN = /(?:^|[.!?:;—–]\s*|["“‘«„([]\s*|[.!?]["”’»]\s*)$/u;
const CONTEXT = 80;

/** The text around a mention at `start`..`end`, which the rules read its evidence from. */
const around = (text: string, start: number, end: number) => ({
  before: text.slice(Math.max(0, start - CONTEXT), start),
  after: text.slice(end, end + CONTEXT),
});

const isConnector = (t: string) => /^\p{Ll}/u.test(t) && !/^[dl]['’]\p{Lu}/u.test(t) && !LOWER_CASE_LEGAL_FORM.test(t);

function isTitle(token: string): boolean {
  // `Verdi-Verhandlungsführerin`, `SPD-Fraktionschef`: a body's name hyphened to a role is still the role.
  const role = token.slice(token.lastIndexOf('-') + 1);
  return TITLE_WORDS.has(token.replace(/\.$/u, '')) || (token.length <= MAX_STEM_WORD && ROLE_STEMS.test(role));
}

/** How many tokens a title and its `of` take at the start of a run (`Chief Executive Officer of`), or 0. */
function titleBeforeOf(tokens: readonly string[]): number {
  let i = 0;
  while (i < tokens.length && (isTitle(tokens[i]!) || JOB_TITLES.has(tokens[i]!.toLowerCase()))) i++;
  return i > 0 && tokens[i] === 'of' && i + 1 < tokens.length ? i + 1 : 0;
}

const NAME_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
const ELIDED_ARTICLE = /^L['’](?=\p{Lu}\p{Ll})/u;

/** Where a person's two or three name words start after the body a title is of, or -1. */
function holderAfterBody(tokens: readonly string[]): number {
  const bodyEnd = tokens.findLastIndex((t) => ORG_WORDS.has(t));
  const rest = tokens.slice(bodyEnd + 1);
  return rest.length >= 2 && rest.length <= 3 && rest.every((t) => NAME_WORD.test(t)) ? bodyEnd + 1 : -1;
}

/**
 * Splits a run of capitalised words at possessives (`Chile’s National Water Agency …`) and at
 * titles (`Chilean Deputy Trade Minister | Rosa Vidal`), and drops words capitalised only
 * because they open a sentence.
 */
/** `Residents of Lorn`, `Workers of Halden Mills` opening a sentence: people of a kind, then where or whom they are of. */
const peopleOf = (token: string, next: string | undefined) =>
  next === 'of' && /^\p{Lu}\p{Ll}+s$/u.test(token) && ROLE_NOUNS.has(token.slice(0, -1).toLowerCase());

function pieces(tokens: string[], sentenceStart: boolean, lowerWords: ReadonlySet<string>) {
  const out: { tokens: string[]; offset: number; titled: boolean; possessive: boolean; sentenceStart: boolean }[] = [];
  let current: string[] = [];
  let offset = 0;
  let titled = false;
  let first = sentenceStart;
  const flush = (possessive: boolean) => {
    while (current.length && isConnector(current[current.length - 1]!)) current.pop();
    if (current.length) out.push({ tokens: current, offset, titled, possessive, sentenceStart: first });
    current = [];
    titled = false;
    first = false;
  };
  let pos = 0;
  const hasOrgWord = tokens.some((t) => ORG_WORDS.has(t));
  // Where the names end: before `on Monday`, `in March`, which end the run below.
  const dated = tokens.findIndex((t, k) => isConnector(t) && MONTH_AND_DAY_NAMES.has(tokens[k + 1] ?? ''));
  const runEnd = dated < 0 ? tokens.length : dated;
  // `Chief Executive Officer of Northwind Rail`: a title and its `of` lead a body's name, and are no part of it.
  let skipUntil = hasOrgWord ? titleBeforeOf(tokens) : -1;
  const holder = skipUntil > 0 ? holderAfterBody(tokens) : -1;
  tokens.forEach((written, i) => {
    // `… Officer of Carrow Financial Group Edmund Rayne`: the title's holder follows the body's name.
    if (i === holder) {
      flush(false);
      titled = true;
    }
    const atStart = current.length === 0;
    if (i < skipUntil) {
      pos += written.length + 1;
      return;
    }
    // `L'Olympique de Lornac` opening a sentence: the elided article is no part of the name. One word
    // alone keeps it, as titles do (`L'Équipe a révélé`).
    const elided = atStart && first && i === 0 && tokens.length > 1 && ELIDED_ARTICLE.test(written) ? 2 : 0;
    const token = written.slice(elided);
    if (atStart) offset = pos + elided;
    pos += written.length + 1;
    if (atStart && isConnector(token)) {
      // `Chief Executive of Example Water`: what follows the title's `of` is its body, not a person.
      titled = false;
      return;
    }
    // `Elm College on Mill Road`: `on` before a street says where the name before it is, and ends it.
    if (token === 'on' && STREET_HEADS.has(tokens[runEnd - 1]!) && runEnd - i <= 4) {
      flush(false);
      return;
    }
    // `Peru on Tuesday`: a connector before a date word ends the name.
    if (isConnector(token) && MONTH_AND_DAY_NAMES.has(tokens[i + 1] ?? '')) {
      flush(false);
      skipUntil = i + 2;
      return;
    }
    // `Bergen-based North Cape Shipping`: the place ends at the suffix, the next name starts after it.
    if (/-based$/u.test(token)) {
      current.push(token.slice(0, -'-based'.length));
      flush(false);
      return;
    }
    if (atStart && (FUNCTION_WORDS.has(token) || (first && (lowerWords.has(token.toLowerCase()) || peopleOf(token, tokens[i + 1]))))) {
      first = false;
      return;
    }
    // `Chief Executive`: a job word right after a title is part of it.
    const titleGoesOn = titled && atStart && JOB_TITLES.has(token.toLowerCase());
    // `Stadtrat von Haldenburg`: a council's word before `von` and its town is the council, no member's title.
    const councilOf = isGermanTownBody(token) && tokens[i + 1] === 'von';
    if (!hasOrgWord && !councilOf && (isTitle(token) || titleGoesOn) && i < tokens.length - 1) {
      current = [];
      titled = true;
      first = false;
      // `Minister of Trade Rosa Vidal`: the portfolio belongs to the title, the name ends the run.
      if (tokens[i + 1] === 'of' && runEnd - i > 4) skipUntil = runEnd - 2;
      return;
    }
    // `Rail Users' Group`, `Farmers’ Union`, `Workmen's Club`: a plural's apostrophe before a body's word is inside the name.
    const pluralInName = /(?:s['’]|(?:men|people|children)['’]s)$/u.test(token) && ORG_WORDS.has(tokens[i + 1] ?? '');
    // `St Martin's Avenue`, `King's Road`: a street named after its saint or owner keeps the possessive.
    const streetOf = i === tokens.length - 2 && STREET_HEADS.has(tokens[i + 1]!) && !isCountryOrRegion(token.replace(POSSESSIVE, ''), '');
    // `St Ivel's Hospital`, `St Olave's School`: a saint's possessive before a body's word is that body's name.
    const saintsBody = SAINT.test(tokens[i - 1] ?? '') && ORG_WORDS.has(tokens[i + 1]!);
    if (POSSESSIVE.test(token) && !pluralInName && !streetOf && !saintsBody) {
      current.push(token.replace(POSSESSIVE, ''));
      flush(true);
      return;
    }
    current.push(token);
  });
  flush(false);
  return out;
}

const CYRILLIC_WORD = /^\p{Script=Cyrillic}/u;
const PATRONYMIC = /(?:вич|вна|ична|ьич|івна|їна|ович|евич)$/u;
const INSTRUMENTAL = /\p{Ll}(?:ом|ою|ею|єю|им)$/u;

type Piece = ReturnType<typeof pieces>[number];

/**
 * Russian and Ukrainian write a person as first name and surname (or with a patronymic between),
 * so a longer run of Cyrillic capitals is a genitive name before the person:
 * `Мешканка Корбутівки | Леся Демченко`, `Мэр Верхней Пышмы | Олег Кудрявцев`.
 */
function splitCyrillicRun(piece: Piece): Piece[] {
  const t = piece.tokens;
  if (t.length < 3 || !t.every((w) => CYRILLIC_WORD.test(w)) || t.some((w) => PATRONYMIC.test(w))) return [piece];
  // `Тверского ЛУ МВД`: a body's initials end the run, and no person is named by initials; nor by a
  // body's capitalised head and what it is of (`Верховной Рады Украины`).
  if (t.slice(-2).some((w) => ACRONYM.test(w)) || isCyrillicBodyHead(t[t.length - 2]!)) return [piece];
  // `Остапом Ткачем Марта`: a name in the instrumental ends before the next person's.
  if (t.length === 3 && t.slice(0, 2).every((w) => INSTRUMENTAL.test(w)) && !INSTRUMENTAL.test(t[2]!)) {
    return [
      { ...piece, tokens: t.slice(0, 2), possessive: false },
      {
        tokens: t.slice(2),
        offset: piece.offset + t.slice(0, 2).join(' ').length + 1,
        titled: false,
        possessive: piece.possessive,
        sentenceStart: false,
      },
    ];
  }
  const head = t.slice(0, -2);
  const offset = piece.offset + head.join(' ').length + 1;
  return [
    { ...piece, tokens: head, possessive: false },
    { tokens: t.slice(-2), offset, titled: true, possessive: piece.possessive, sentenceStart: false },
  ];
}

const ACRONYM = /^\p{Lu}{2,6}$/u;

/**
 * `Специалисты ЖДК проверяют`, `Читать ИТК`: a Russian or Ukrainian word capitalised only because
 * it opens the sentence, before a body's initials, is no part of the name; a body's head is
 * (`Управление МВД`).
 */
function splitOpeningWordBeforeInitials(piece: Piece): Piece[] {
  const t = piece.tokens;
  if (!piece.sentenceStart || t.length !== 2 || !ACRONYM.test(t[1]!) || !/^\p{Lu}\p{Ll}+$/u.test(t[0]!)) return [piece];
  if (!CYRILLIC_WORD.test(t[0]!) || isCyrillicBodyHead(t[0]!)) return [piece];
  return [{ ...piece, tokens: [t[1]!], offset: piece.offset + t[0]!.length + 1, titled: false, sentenceStart: false }];
}

/** `à l'AFP Karim Benali`: an agency's initials glued to the person named after them; a club's (`FC Rotstein Lorn`) open its name. */
function splitAcronymRun(piece: Piece): Piece[] {
  const t = piece.tokens;
  if (
    t.length !== 3 ||
    !ACRONYM.test(t[0]!) ||
    CLUB_PREFIXES.has(t[0]!) ||
    !t.slice(1).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !ORG_WORDS.has(w))
  )
    return [piece];
  return [
    { ...piece, tokens: [t[0]!], possessive: false },
    { tokens: t.slice(1), offset: piece.offset + t[0]!.length + 1, titled: false, possessive: piece.possessive, sentenceStart: false },
  ];
}

/**
 * `Gewerkschaft Verdi`, `Reederei Nordlicht`, `Gemeinde Ahlden`: German puts the kind of body or
 * place before its name; the name is what follows.
 */
function splitGermanBodyKind(piece: Piece): Piece[] {
  // `Kellbacher Stadtteil Gostenau`: a town's adjective may stand before a place's kind.
  if (piece.tokens.length >= 3 && isGermanTownAdjective(piece.tokens[0]!) && isGermanPlaceKind(piece.tokens[1]!)) {
    const skipped = piece.tokens[0]!.length + 1;
    return splitGermanBodyKind({ ...piece, tokens: piece.tokens.slice(1), offset: piece.offset + skipped, sentenceStart: false });
  }
  const t = piece.tokens;
  if (t.length < 2 || !(isGermanBodyKind(t[0]!) || isGermanPlaceKind(t[0]!)) || !/^\p{Lu}/u.test(t[1]!)) return [piece];
  // `Tourismusverband Thüringen`: a body named by the area it serves keeps the area in its name.
  if (isGermanBodyKind(t[0]!) && isGermanOrganisation(t)) return [piece];
  return [{ ...piece, tokens: t.slice(1), offset: piece.offset + t[0]!.length + 1, sentenceStart: false }];
}

// `Unstimmigkeiten`, `Genehmigungen`, `Warnung`: an abstract noun, which names no seat a body could be named by.
const ABSTRACT_NOUN = /^\p{Lu}\p{Ll}{2,}(?:ungen|heiten|keiten|tionen|heit|keit|ung)$/u;

/** `das Rechnungsprüfungsamt Unstimmigkeiten entdeckt`: German capitalises the object after a body; it is no part of its name. */
function splitObjectAfterBody(piece: Piece): Piece[] {
  const t = piece.tokens;
  const last = t[t.length - 1]!;
  const body = isGermanOrganisation(t.slice(0, 1)) || (t[0]!.length <= MAX_STEM_WORD && ORG_STEMS.test(t[0]!));
  if (t.length !== 2 || !ABSTRACT_NOUN.test(last) || !body) return [piece];
  return [{ ...piece, tokens: t.slice(0, 1) }];
}

/** `Kiels Erik Nyberg`: a town's genitive owns the name after it, as `Kiel’s` would in English. */
function splitGermanGenitiveTown(piece: Piece): Piece[] {
  const t = piece.tokens;
  if (t.length < 3 || !/\p{Ll}s$/u.test(t[0]!) || !isKnownLatinPlace(t[0]!.slice(0, -1))) return [piece];
  return [
    { ...piece, tokens: [t[0]!.slice(0, -1)], possessive: true },
    // Two or more names owned by a town are its player's, its mayor's: the person it has.
    { tokens: t.slice(1), offset: piece.offset + t[0]!.length + 1, titled: true, possessive: piece.possessive, sentenceStart: false },
  ];
}

/**
 * `die Küsten Niedersachsens`, `die Exporte Österreichs`: a common noun, then the place it is of, in the
 * genitive, is the place alone; so is the place before its noun (`Hessens Bauern`).
 */
function splitGermanGenitivePlace(piece: Piece): Piece[] {
  const t = piece.tokens;
  if (t.length !== 2) return [piece];
  if (germanGenitivePlace(t[0]!) && !germanGenitivePlace(t[1]!)) return [{ ...piece, tokens: [t[0]!], possessive: false }];
  if (!germanGenitivePlace(t[1]!) || ORG_WORDS.has(t[0]!) || isGermanBodyKind(t[0]!)) return [piece];
  return [{ ...piece, tokens: [t[1]!], offset: piece.offset + t[0]!.length + 1, titled: false, sentenceStart: false }];
}

/**
 * `Medaillen für Kanada`, `Tore für Chile`, `Kursschiffe von Lindau`: a common noun, `für` or `von`,
 * then a country or a town is the place alone; so is any name after a town's part and `von` (`Hauptbahnhof von Lindau`). A body's name keeps its `für` (`Ministerium für
 * Europa`, `Zentrum für Asien`).
 */
function splitPlaceAfterPreposition(piece: Piece): Piece[] {
  const t = piece.tokens;
  const at = t.length - 2;
  const place = t[at + 1] ?? '';
  if (at < 1 || !(t[at] === 'für' || t[at] === 'von')) return [piece];
  const offset = piece.offset + t.slice(0, at + 1).join(' ').length + 1;
  const town = { ...piece, tokens: t.slice(at + 1), offset, titled: false, sentenceStart: false };
  // `Stadtrat von Haldenburg`: the town's council is a body of its own, and the town a place, known or not.
  if (at === 1 && t[at] === 'von' && isGermanTownBody(t[0]!)) return [{ ...piece, tokens: t.slice(0, 1) }, town];
  const partOfTown = at === 1 && t[at] === 'von' && GERMAN_PARTS_OF_TOWN.has(t[0]!);
  if (!partOfTown && !isCountryOrRegion(place, 'de') && !isKnownLatinPlace(place) && !isSmallTown(place)) return [piece];
  // `Karl von Stein`: a given name before `von` makes it a noble's name.
  if (t[at] === 'von' && t.slice(0, at).some(isGivenName)) return [piece];
  if (
    !partOfTown &&
    t.slice(0, at).some((w) => ORG_WORDS.has(w) || isGermanBodyKind(w) || (w.length <= MAX_STEM_WORD && ORG_STEMS.test(w)))
  )
    return [piece];
  return [town];
}

/**
 * `Ann Lee of Harbour Marine Works`, `Dr Ann Lee of GeoLab`: a person named by given name (or after a title)
 * and surname, then the body they are of. A title before `of` leads a body's name (`Minister of Trade`); a
 * given name never does.
 */
function splitPersonOfBody(piece: Piece): Piece[] {
  const t = piece.tokens;
  if (t.length < 4 || t[2] !== 'of' || !(isGivenName(t[0]!) || piece.titled) || isConnector(t[1]!)) return [piece];
  // `Odile Department of Roads`: a given name may be a place's, before a body's word.
  if (ORG_WORDS.has(t[1]!) || PLACE_WORDS.has(t[1]!)) return [piece];
  const restAt = t[3] === 'the' ? 4 : 3;
  if (restAt >= t.length) return [piece];
  const offset = piece.offset + t.slice(0, restAt).join(' ').length + 1;
  return [
    { ...piece, tokens: t.slice(0, 2) },
    { ...piece, tokens: t.slice(restAt), offset, titled: false, sentenceStart: false },
  ];
}

/** Two neighbouring mentions as one, named `name`: it starts where the first does and ends where the second does. */
const joined = (first: Mention, second: Mention, name: string): Mention => ({
  ...second,
  start: first.start,
  name,
  tokens: name.split(' '),
  before: first.before,
  sentenceStart: first.sentenceStart,
});

/**
 * Each mention made one with the mention before it where `join` gives the two as one (it is told
 * the text between them), else kept apart. A possessive (`Berg's`) ends its name, so it joins nothing.
 */
function joinToPrevious(
  mentions: readonly Mention[],
  text: string,
  join: (prev: Mention, m: Mention, between: string) => Mention | null,
): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const prev = out[out.length - 1];
    const one = prev && !prev.possessive ? join(prev, m, text.slice(prev.end, m.start)) : null;
    if (one) out[out.length - 1] = one;
    else out.push(m);
  }
  return out;
}

// `Executive` ends a body's name only after such a pair (`Health and Safety Executive`); elsewhere it is a job.
const isBodyHead = (token: string) => ORG_WORDS.has(token) || token === 'Executive';

/**
 * `Health and Safety Executive`, `Highlands and Islands Transport Partnership`: one word, `and`, then
 * a body's name make one name; `Anna Berg and Tom Fry` stay two.
 */
function joinPairedBodies(mentions: Mention[], text: string): Mention[] {
  return joinToPrevious(mentions, text, (prev, m, between) =>
    prev.tokens.length === 1 && between === ' and ' && m.tokens.length >= 2 && isBodyHead(m.tokens[m.tokens.length - 1]!)
      ? joined(prev, m, [...prev.tokens, 'and', ...m.tokens].join(' '))
      : null,
  );
}

// Fields a body is named for, by their shape (`Development`, `Nursing`, `Midwifery`, `Technology`) or as short words.
const FIELD_SHAPE = /^\p{Lu}\p{Ll}{2,}(?:ment|tion|sion|ing|ity|ety|ance|ence|ure|ery|ry|ism|ics|ogy|ship|ness|ies|ade|are)$/u;
const SHORT_FIELDS = new Set(
  'Health Trade Water Food Energy Work Works Land Law Transport Sport Youth Labour Labor Commerce Arts Media Research Affairs Services Skills Welfare Care Aid Rescue Defence Defense Finance Justice Culture Science Industry Forestry Tourism Heritage Planning Safety Security Environment Sports Innovation'.split(
    ' ',
  ),
);
// `Social Care`, `Regional Planning`: an adjective may stand before the field.
const FIELD_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:al|ic|ial|ive|ary|ed)$/u;
const isField = (tokens: readonly string[]) =>
  tokens.length >= 1 &&
  tokens.length <= 2 &&
  tokens.slice(0, -1).every((t) => FIELD_ADJECTIVE.test(t)) &&
  (SHORT_FIELDS.has(tokens[tokens.length - 1]!) || FIELD_SHAPE.test(tokens[tokens.length - 1]!)) &&
  tokens.every((t) => !isGivenName(t) && !isCountryOrRegion(t, 'en'));

/** The field after a body's `for` or `of`, when the body's name ends on it: `Bank for Trade`, `College of Nursing`. */
function endsOnField(tokens: readonly string[]): boolean {
  const of = tokens.findLastIndex((t) => t === 'for' || t === 'of');
  return of > 0 && ORG_WORDS.has(tokens[of - 1]!) && isField(tokens.slice(of + 1));
}

/**
 * `Bank for Reconstruction and Development`, `Royal College of Nursing and Midwifery`: a body named for a
 * field, `and`, then another field make one name; `Bank of Lorn and Harlan Freight` stay two.
 */
function joinFieldPairs(mentions: Mention[], text: string): Mention[] {
  return joinToPrevious(mentions, text, (prev, m, between) =>
    between === ' and ' && endsOnField(prev.tokens) && isField(m.tokens)
      ? joined(prev, m, [...prev.tokens, 'and', ...m.tokens].join(' '))
      : null,
  );
}

// `Bundesministerium der Finanzen`, `des Ministeriums des Innern`: a ministry named by its portfolio in the genitive.
const MINISTRY = /^(?:\p{Lu}\p{L}*m|M)inisteri(?:um|ums)$/u;
const GENITIVE_ARTICLE = /^ (?:der|des) $/u;

// `Ministerium für Forsten, Jagd und Tourismus`: a body's portfolios listed after its `für`, to the last after `und`.
const PORTFOLIO_GAP = /^(?:, | und )$/u;

// `Land- und Forstwirtschaftskammer`: a compound's shared last part left off its first, before `und` or `oder`.
const ELIDED_BEFORE = /(?<![\p{L}-])\p{Lu}\p{Ll}+- (?:und|oder) $/u;

/** A German name whose first word shares its last part with an elided compound before it, made one name. */
function withElidedCompounds(mentions: Mention[], text: string): Mention[] {
  const whole = mentions.map((m) => {
    const elided = ELIDED_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start))?.[0];
    if (!elided) return m;
    const start = m.start - elided.length;
    const name = `${elided}${m.name}`;
    return { ...m, start, name, tokens: name.split(' '), sentenceStart: false, ...around(text, start, m.end) };
  });
  // The elided word was read as a name of its own; the whole holds it now.
  return whole.filter((m) => !whole.some((o) => o !== m && o.start <= m.start && m.end < o.end));
}

/** How a language lists a body's portfolios: the body's name that opens the list, the names in it, the gaps between them. */
interface PortfolioList {
  opens(m: Mention): boolean;
  portfolio(m: Mention): boolean;
  gap: RegExp;
  /** The gap before the last portfolio. */
  closing: RegExp;
  /** How many portfolios a list names at least. */
  least: number;
}

// `Ländlicher Raum`: a portfolio may be an adjective and its noun.
// The last may close on the land the ministry is of: `und Verbraucherschutz Baden-Württemberg`.
const GERMAN_PORTFOLIOS: PortfolioList = {
  opens: (m) => m.tokens.includes('für'),
  portfolio: (m) =>
    m.tokens.length === 1 ||
    (m.tokens.length === 2 && (/^\p{Lu}\p{Ll}+(?:e|er|es|en)$/u.test(m.tokens[0]!) || isCountryOrRegion(m.tokens[1]!, 'de'))),
  gap: PORTFOLIO_GAP,
  closing: /^ und $/u,
  least: 2,
};

// Words of bodies' names that name a government's field as well: `Local Government`, `Energy`, `Research`.
const FIELD_WORDS = new Set(['Government', 'Energy', 'Research', 'Media']);
const GOVERNMENT_BODIES = new Set(['Ministry', 'Department', 'Office', 'Secretariat', 'Bureau', 'Commission', 'Committee', 'Directorate']);

// `Ministry of Agriculture, Water and Land Reform`, `Department of Environment, Forestry and Fisheries`:
// a government body's `of` (or `for`) and the fields listed after it. A field is a word or two of its own,
// never a body, a place or a person, so `Department of Transport, Network Rail and Highways England`
// stays three bodies.
const ENGLISH_PORTFOLIOS: PortfolioList = {
  opens: (m) => {
    // `Department for Education, Skills and Work` lists its fields after `for` as others do after `of`.
    const of = m.tokens.findIndex((t) => t === 'of' || t === 'for');
    return of > 0 && GOVERNMENT_BODIES.has(m.tokens[of - 1]!) && m.tokens.length - of <= 3;
  },
  portfolio: (m) =>
    m.tokens.length <= 2 &&
    m.tokens.every((t) => NAME_WORD.test(t) && (!ORG_WORDS.has(t) || FIELD_WORDS.has(t)) && !isGivenName(t) && !isCountryOrRegion(t, 'en')),
  gap: /^(?:, |,? and )$/u,
  closing: /^,? and $/u,
  // Two fields read as two bodies as often (`Ministry of Defence and Army Command`); three or more are one body's.
  least: 3,
};

/** A body's portfolios listed after it, up to the one the list closes on, made one name with it. */
function joinPortfolioLists(mentions: Mention[], text: string, list: PortfolioList): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (!list.opens(m) || m.possessive) {
      out.push(m);
      continue;
    }
    let end = i;
    let closed = -1;
    while (end + 1 < mentions.length) {
      const next = mentions[end + 1]!;
      const gap = text.slice(mentions[end]!.end, next.start);
      if (!list.portfolio(next) || !list.gap.test(gap)) break;
      end++;
      if (list.closing.test(gap)) {
        if (end - i + 1 >= list.least) closed = end;
        break;
      }
    }
    if (closed < 0) {
      out.push(m);
      continue;
    }
    const last = mentions[closed]!;
    out.push(joined(m, last, text.slice(m.start, last.end)));
    i = closed;
  }
  return out;
}

/** A German ministry and the portfolio after its genitive article, made one name. */
function joinMinistryPortfolios(mentions: Mention[], text: string): Mention[] {
  return joinToPrevious(mentions, text, (prev, m, between) =>
    prev.tokens.length === 1 && MINISTRY.test(prev.name) && GENITIVE_ARTICLE.test(between)
      ? joined(prev, m, `${prev.name}${between}${m.name}`)
      : null,
  );
}

// `Frankfurt am Main`, `Freiburg im Breisgau`, `Halle an der Saale`: a town named by its river or land.
const TOWN_BY = /^ (?:am|im|an der|ob der) $/u;

const isTown = (name: string) => isKnownLatinPlace(name) || isSmallTown(name);

/**
 * A town and what it lies by, made one name when the gazetteer knows the whole, or knows the town and
 * the river it is told apart by: `Kellbach am Sorl`, `Vorsdorf an der Sarnitz`.
 */
function joinTownsBy(mentions: Mention[], text: string): Mention[] {
  return joinToPrevious(mentions, text, (prev, m, between) => {
    const name = `${prev.name}${between}${m.name}`;
    const byRiver = isTown(prev.name) && isRiver(m.name);
    return TOWN_BY.test(between) && (isTown(name) || byRiver) ? joined(prev, m, name) : null;
  });
}

// `William R. Bennett Bridge`: a given name and a middle initial, whose stop ended the run, go on in the name after it.
const INITIAL_GAP = /^\. $/u;

/** A given name and an initial joined to the name after the initial's stop. */
function joinMiddleInitials(mentions: Mention[], text: string): Mention[] {
  return joinToPrevious(mentions, text, (prev, m, between) =>
    prev.tokens.length === 2 && isGivenName(prev.tokens[0]!) && /^\p{Lu}$/u.test(prev.tokens[1]!) && INITIAL_GAP.test(between)
      ? joined(prev, m, `${prev.name}. ${m.name}`)
      : null,
  );
}

// `Highway 97`, `Route 66`, `Interstate 5`: a road named by its number.
const ROAD_KINDS = new Set(['Highway', 'Route', 'Interstate', 'Motorway', 'Freeway']);
const ROAD_NUMBER_AFTER = /^ \d{1,4}(?![\p{L}\p{N}])/u;

/** A road's name with its number after it. */
function withRoadNumbers(mentions: Mention[], text: string): Mention[] {
  return mentions.map((m) => {
    const number = ROAD_KINDS.has(m.tokens[m.tokens.length - 1]!) ? ROAD_NUMBER_AFTER.exec(text.slice(m.end))?.[0] : undefined;
    if (!number) return m;
    const name = `${m.name}${number}`;
    const end = m.end + number.length;
    return { ...m, name, tokens: name.split(' '), end, ...around(text, m.start, end) };
  });
}

// `SV Darmstadt 98`, `1. FC Köln`: a club's founding year or order number belongs to its name.
const CLUB_NUMBER_AFTER = /^ \d{2,4}(?![\p{L}\p{N}])/u;
const CLUB_NUMBER_BEFORE = /(?<![\p{L}\p{N}.])\d\. $/u;

/** A club's name with the number written before or after it, where its first word marks a club. */
function withClubNumbers(mentions: Mention[], text: string): Mention[] {
  return mentions.map((m) => {
    if (m.tokens.length < 2 || !CLUB_PREFIXES.has(m.tokens[0]!)) return m;
    const before = CLUB_NUMBER_BEFORE.exec(text.slice(Math.max(0, m.start - 4), m.start))?.[0] ?? '';
    const after = CLUB_NUMBER_AFTER.exec(text.slice(m.end))?.[0] ?? '';
    if (!before && !after) return m;
    const name = `${before}${m.name}${after}`;
    const start = m.start - before.length;
    const end = m.end + after.length;
    return {
      ...m,
      name,
      tokens: name.split(' '),
      start,
      end,
      ...around(text, start, end),
    };
  });
}

/** `«Степові Вовки»`, `laut „Example Kurier“`: a name standing alone inside quotation marks, a club's, a paper's or a ship's, never a person's. */
export const inQuoteMarks = (m: Mention): boolean => /[«„“"]$/u.test(m.before) && /^[»“”"]/u.test(m.after);

// `SPD-Politiker`, `CDU-Fraktionschefin`: a party's or body's initials hyphened to a role.
const INITIALS_BEFORE_ROLE = /^(\p{Lu}{2,6})-(\p{Lu}\p{Ll}+)$/u;
const PARTY_ROLE = /(?:politiker|politikerin|mitglied|abgeordnete|abgeordneter|chef|chefin)$/iu;

/** The body named by its initials before a role (`SPD-Politiker` names the `SPD`), in the role's place. */
function initialsBeforeRoles(mentions: Mention[]): Mention[] {
  return mentions.map((m) => {
    const parts = m.tokens.length === 1 ? INITIALS_BEFORE_ROLE.exec(m.name) : null;
    if (!parts || !(isTitle(parts[2]!) || JOB_TITLES.has(parts[2]!.toLowerCase()) || PARTY_ROLE.test(parts[2]!))) return m;
    // What follows is read after the whole compound: the hyphen joins the role, not a second name.
    return { ...m, name: parts[1]!, tokens: [parts[1]!], titled: false, possessive: false };
  });
}

// `Flughafen Köln/Bonn`, `Hochschule Lorn/Alby`: two towns a body or site serves, joined by a slash.
// Two bare towns so joined (`Lorn/Alby (dpa) –`) are two places.
const SLASH = /^\/$/u;

/** A body's or a site's name ending in a town, a slash, and the next town, made one name. */
function joinSlashedTowns(mentions: Mention[], text: string): Mention[] {
  const isTown = (name: string) => isKnownLatinPlace(name) || isSmallTown(name);
  return joinToPrevious(mentions, text, (prev, m, between) => {
    const last = prev.tokens[prev.tokens.length - 1]!;
    if (prev.tokens.length < 2 || m.tokens.length !== 1 || !SLASH.test(between) || !isTown(last) || !isTown(m.name)) return null;
    return { ...joined(prev, m, `${prev.name}/${m.name}`), tokens: [...prev.tokens.slice(0, -1), `${last}/${m.name}`] };
  });
}

// `der 58-Jährige aus Lindau Anleger um …`: German capitalises the noun after a town, which is no part of its name.
const TOWN_PREPOSITION_BEFORE = /(?:^|\s)(?:aus|in|nach|von|bei)\s+$/u;

/** A town after its preposition, freed of the capitalised noun the run went on into. */
function withoutNounAfterTown(mentions: Mention[], text: string): Mention[] {
  return mentions.map((m) => {
    const [town, noun] = m.tokens;
    if (m.tokens.length !== 2 || !TOWN_PREPOSITION_BEFORE.test(m.before) || !/^\s+\p{Ll}/u.test(m.after)) return m;
    if (!(isKnownLatinPlace(town!) || isSmallTown(town!)) || isKnownLatinPlace(noun!) || isSmallTown(noun!)) return m;
    if (!/^\p{Lu}\p{Ll}+$/u.test(noun!) || ORG_WORDS.has(noun!) || isGermanBodyKind(noun!)) return m;
    const end = m.start + town!.length;
    return { ...m, name: town!, tokens: [town!], end, possessive: false, ...around(text, m.start, end) };
  });
}

// `der Küsten Niedersachsens`, `Hamburgs Hafen`: German writes a place's genitive with `-s`, and lists it without.
const GERMAN_GENITIVE_S = /^(\p{Lu}[\p{L}-]{3,})s$/u;
const isGermanPlaceName = (name: string) => isCountryOrRegion(name, 'de') || isKnownLatinPlace(name);

/** The nominative of a known German place written in the genitive (`Niedersachsens`), else null. */
function germanGenitivePlace(word: string): string | null {
  const stem = GERMAN_GENITIVE_S.exec(word)?.[1];
  return stem && !isGermanPlaceName(word) && isGermanPlaceName(stem) ? stem : null;
}

// `Dr.-Anna-Roth-Straße`, `Prof.-Huber-Platz`: a street named after someone keeps the title it is hyphened to.
const TITLE_HYPHENED_BEFORE = /(?<![\p{L}.])(?:Dr|Prof|St)\.-$/u;
const HYPHENED_STREET = /^\p{Lu}\p{L}*-(?:\p{Lu}\p{L}*-)*(?:Straße|Strasse|Allee|Platz|Weg|Ring|Damm)$/u;

/** A street named after a titled person, with the title before its name. */
function withStreetTitles(mentions: Mention[], text: string): Mention[] {
  return mentions.map((m) => {
    const title = m.tokens.length === 1 && HYPHENED_STREET.test(m.name) ? TITLE_HYPHENED_BEFORE.exec(m.before)?.[0] : undefined;
    if (!title) return m;
    const start = m.start - title.length;
    const name = `${title}${m.name}`;
    return { ...m, start, name, tokens: [name], ...around(text, start, m.end) };
  });
}

/** A known German place in the genitive, read as its nominative. */
function withGermanPlaceNominatives(mentions: Mention[]): Mention[] {
  return mentions.map((m) => {
    const stem = m.tokens.length === 1 ? germanGenitivePlace(m.name) : null;
    return stem ? { ...m, name: stem, tokens: [stem] } : m;
  });
}

// `près du Muy`, `au Havre`, `aux Arcs`: French merges a town's own article with the preposition before it.
const FRENCH_CONTRACTED_ARTICLE = /(?:^|\s)(du|au|des|aux)\s+$/u;

/** A French town whose article the preposition before it holds, named with its article: `du Muy` → `Le Muy`. */
// `à Vernasque et La Roquelune`, `selon Le Courrier du Lorn`: inside a sentence a capitalised article is the name's own.
const FRENCH_OWN_ARTICLE = /(?<=[\p{Ll}\p{N},]\s)(La|Le|Les)\s$/u;

function withFrenchTownArticles(mentions: Mention[]): Mention[] {
  return mentions.map((m) => {
    const own = FRENCH_OWN_ARTICLE.exec(m.before)?.[1];
    if (own) {
      const cut = own.length + 1;
      const name = `${own} ${m.name}`;
      return { ...m, name, tokens: [own, ...m.tokens], start: m.start - cut, before: m.before.slice(0, -cut) };
    }
    const contracted = m.tokens.length === 1 ? FRENCH_CONTRACTED_ARTICLE.exec(m.before)?.[1] : undefined;
    if (!contracted) return m;
    const name = `${contracted === 'du' || contracted === 'au' ? 'Le' : 'Les'} ${m.name}`;
    return isKnownLatinPlace(name) || isSmallTown(name) ? { ...m, name, tokens: name.split(' ') } : m;
  });
}

/** All capitalised names in the texts, in reading order. */
// `Minister of Agriculture, Water and `: a title's portfolios listed up to the last, which the holder's name follows.
const TITLE_PORTFOLIOS_BEFORE = new RegExp(String.raw`(\p{Lu}\p{Ll}+) of ${CAP}(?: ${CAP})*(?:, ${CAP}(?: ${CAP})*)*,? and $`, 'u');

/**
 * `Minister of Agriculture, Water and | Land Reform Petrus Shivute`, `Secretary of Health and | Human
 * Services Jane Roe`: the run after the `and` that closes a title's portfolios holds the last
 * portfolio and then its holder, whose first name and surname end it.
 */
function portfolioHolder(tokens: readonly string[], before: string): Piece | null {
  if (!before.endsWith(' and ')) return null;
  const title = TITLE_PORTFOLIOS_BEFORE.exec(before)?.[1];
  if (!title || !isTitle(title) || tokens.length < 3 || !tokens.slice(-2).every((t) => NAME_WORD.test(t))) return null;
  const offset = tokens.slice(0, -2).join(' ').length + 1;
  return { tokens: tokens.slice(-2), offset, titled: true, possessive: false, sentenceStart: false };
}

export function findMentions(texts: readonly { para: number; text: string }[], language = ''): Mention[] {
  const runs = language === 'de' ? GERMAN_RUN : RUN;
  const german =
    language === 'de'
      ? (p: Piece) =>
          splitGermanBodyKind(p)
            .flatMap(splitPlaceAfterPreposition)
            .flatMap(splitGermanGenitiveTown)
            .flatMap(splitGermanGenitivePlace)
            .flatMap(splitObjectAfterBody)
      : (p: Piece) => [p];
  const lowerWords = new Set<string>();
  for (const { text } of texts) for (const m of text.matchAll(/(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*/gu)) lowerWords.add(m[0]);
  const mentions: Mention[] = [];
  for (const { para, text } of texts) {
    const inPara: Mention[] = [];
    for (const m of text.matchAll(runs)) {
      const runStart = m.index;
      // `23-Jährige`, `5-Sterne-Hotel`: a capitalised word joined to a number is a noun, never a name.
      if (/\d[-‑]$/u.test(text.slice(Math.max(0, runStart - 2), runStart))) continue;
      const sentenceStart = SENTENCE_OPEN.test(text.slice(Math.max(0, runStart - 4), runStart));
      const tokens = m[0].split(' ');
      const holder = portfolioHolder(tokens, text.slice(Math.max(0, runStart - 200), runStart));
      for (const p of (holder ? [holder] : pieces(tokens, sentenceStart, lowerWords))
        .flatMap(splitCyrillicRun)
        .flatMap(splitOpeningWordBeforeInitials)
        .flatMap(splitAcronymRun)
        .flatMap(splitPersonOfBody)
        .flatMap(german)) {
        const start = runStart + p.offset;
        const name = p.tokens.join(' ');
        const end = start + name.length + (p.possessive ? 2 : 0);
        inPara.push({
          para,
          start,
          end,
          name,
          tokens: p.tokens,
          sentenceStart: p.sentenceStart,
          titled: p.titled,
          possessive: p.possessive,
          ...around(text, start, end),
        });
      }
    }
    const joinedBodies = joinPairedBodies(
      language === 'de'
        ? joinPortfolioLists(joinMinistryPortfolios(withElidedCompounds(inPara, text), text), text, GERMAN_PORTFOLIOS)
        : joinFieldPairs(joinPortfolioLists(inPara, text, ENGLISH_PORTFOLIOS), text),
      text,
    );
    const joinedNames = joinSlashedTowns(joinTownsBy(joinMiddleInitials(joinedBodies, text), text), text);
    const numbered = initialsBeforeRoles(withRoadNumbers(withClubNumbers(joinedNames, text), text));
    mentions.push(
      ...(language === 'de'
        ? withStreetTitles(withGermanPlaceNominatives(withoutNounAfterTown(numbered, text)), text)
        : language === 'fr'
          ? withFrenchTownArticles(numbered)
          : numbered),
    );
  }
  return mentions;
}
