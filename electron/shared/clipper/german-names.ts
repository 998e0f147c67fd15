/**
 * German organisation names back in the form they are listed under: the strong nominative without
 * an article. The text declines them after its articles (`des Bundestages`, `dem Auswärtigen Amt`,
 * `der Europäischen Kommission`); the head noun's gender, read from its ending (or else from the
 * article), gives the adjectives' nominative endings: `Auswärtiges Amt`, `Deutscher Wetterdienst`,
 * `Europäische Kommission`.
 */
import { isKnownLatinPlace } from './gazetteer.js';
import { isCountryOrRegion } from './lexicon/countries.js';
import { GERMAN_PLACE_ENDING, GERMAN_PLACE_NOUNS, MAX_STEM_WORD, ROLE_STEMS } from './lexicon/entity-words.js';

type Gender = 'm' | 'f' | 'n';

// German gender follows the noun's last part: `-ung`, `-schaft`, `-ion` are feminine, `-amt`, `-werk`
// neuter, `-dienst`, `-verband` masculine; compounds take the gender of their last noun.
const FEMININE =
  /(?:ung|heit|keit|schaft|ion|tät|ei|ik|ur|anz|enz|ie|kammer|bahn|bank|behörde|hochschule|schule|oper|fahrt|hilfe|wehr|post|zeitung|kirche|börse|stadt|gemeinde|allianz|liga|union|gruppe|stelle|anstalt|kasse|messe|akademie|straße|strasse|gasse|allee|brücke|chaussee|liste)$/u;
const NEUTER =
  /(?:amt|werk|ium|um|ment|haus|institut|gericht|büro|kreuz|theater|komitee|netz|team|bündnis|unternehmen|kabinett|archiv|labor|orchester|kollegium|gremium|land|ufer|referat)$/u;
const MASCULINE =
  /(?:dienst|rat|tag|verband|verein|bund|hof|konzern|senat|staat|fonds|club|klub|kreis|ausschuss|rundfunk|sender|zoll|vorstand|hafen|markt|betrieb|konvent|zirkel|orden|ring|weg|platz|damm|steig)$/u;

const ARTICLE_GENDER: Readonly<Record<string, Gender>> = { das: 'n', die: 'f', eine: 'f', zur: 'f' };
/** Articles after which a masculine or neuter noun is in the genitive. */
const GENITIVE_ARTICLES = new Set(['des', 'eines']);

/** The gender of a head noun, by its ending or else by the article before the name. */
function genderOf(noun: string, article: string): Gender | null {
  const lower = noun.toLowerCase();
  if (FEMININE.test(lower)) return 'f';
  // A genitive `-es` or `-s` hides the ending: `Amtes`, `Bundestags`.
  for (const form of [lower, lower.replace(/e?s$/u, '')]) {
    if (NEUTER.test(form)) return 'n';
    if (MASCULINE.test(form)) return 'm';
  }
  return ARTICLE_GENDER[article] ?? null;
}

// A declined adjective: capitalised, with a case ending after at least three letters. `-er` is left
// alone: a town's adjective (`Berliner`, `Hamburger`) ends so in every case.
const DECLINED_ADJECTIVE = /^(\p{Lu}\p{Ll}{2,}?)(?:en|em|es|e)$/u;
const STRONG_ENDING: Readonly<Record<Gender, string>> = { m: 'er', f: 'e', n: 'es' };

const masculineOrNeuter = (noun: string) => MASCULINE.test(noun.toLowerCase()) || NEUTER.test(noun.toLowerCase());

/** A masculine or neuter head noun's genitive `-es` or `-s` taken off: `Bundestages` → `Bundestag`. */
function nounNominative(noun: string, gender: Gender, article: string, declined: boolean): string {
  if (gender === 'f' || !(GENITIVE_ARTICLES.has(article) || declined)) return noun;
  if (/\p{L}{2}es$/u.test(noun) && masculineOrNeuter(noun.slice(0, -2))) return noun.slice(0, -2);
  if (/\p{L}{2}[^s]s$/u.test(noun) && masculineOrNeuter(noun.slice(0, -1))) return noun.slice(0, -1);
  return noun;
}

// A court, an authority or a house of its town named by its seat: `Landgericht Augsburg`,
// `Polizeipräsidium Mittelfranken`, `Kunstmuseum Lindau`, `Klinikum Altdorf`, `Kliniken Sorltal`, `Feuerwehr Oberau`. The kind may
// stand alone (`Staatsanwaltschaft Kiel`) or end a compound (`Polizeidirektion Kiel`), in the genitive too
// (`des Kunstmuseums Lindau`).
const SEATED_BODY =
  /^(?=\p{Lu})(?:\p{L}*(?:gericht|gerichtshof|polizei|präsidium|kasse|kammer|volksbank|landesbank|staatsanwaltschaft|landratsamt|finanzamt|bezirksamt|direktion|inspektion|museum|klinikum|kliniken|klinik|kunsthalle|feuerwehr|hochschule|universität|bibliothek|theater)(?:s|es)?)$/iu;

const ROMAN_NUMBER = /^(?:I|II|III|IV|V)$/u;

const GERMAN_LEGAL_FORM = /^(?:AG|GmbH|gGmbH|mbH|SE|KG|KGaA|OHG|UG|eG|e\.V\.)$/u;
/** `Kessler Holz eG`, `Lorn Werke SE`: a legal form closing a name of two words or more makes it a firm's, whatever its words. */
export const endsInGermanLegalForm = (tokens: readonly string[]) =>
  tokens.length >= 2 && GERMAN_LEGAL_FORM.test(tokens[tokens.length - 1]!);

/**
 * `Europäischen Kommission` (after `der`) → `Europäische Kommission`, `Auswärtigen Amtes` (after `des`)
 * → `Auswärtiges Amt`, `Deutschen Roten Kreuzes` → `Deutsches Rotes Kreuz`. `article` is the word
 * before the name in the text, lower-cased, or empty. Names whose head gender cannot be told stay.
 */
export function germanNominative(name: string, article: string): string {
  const words = name.split(' ');
  // `des Garten- und Tiefbauamts Lorn`: the elided compound before `und` is declined with the body after it.
  if (words.length > 2 && /-$/u.test(words[0]!) && /^(?:und|oder)$/u.test(words[1]!))
    return `${words[0]} ${words[1]} ${germanNominative(words.slice(2).join(' '), article)}`;
  // `der Halvorsen Holding AG`: a firm's registered name ends in its legal form, which is written so in every case.
  // The words before it are declined all the same: `des Norddeutschen Pressedienstes GmbH`.
  if (words.length >= 2 && GERMAN_LEGAL_FORM.test(words[words.length - 1]!)) {
    return words.length === 2 ? name : `${germanNominative(words.slice(0, -1).join(' '), article)} ${words[words.length - 1]}`;
  }
  let head = 0;
  // `Hochschule` ends like a declined adjective; a seated kind is the head all the same.
  while (head < words.length - 1 && DECLINED_ADJECTIVE.test(words[head]!) && !SEATED_BODY.test(words[head]!)) head++;
  // `Landesforsten Sachsen-Anhalt`: a place after the words is where the body is, no noun they describe.
  // A body's own noun spelt as a town (`Europäischen Union`) stays the head.
  const placeHead = isKnownLatinPlace(words[head]!) || isCountryOrRegion(words[head]!, 'de');
  if (head > 0 && placeHead && genderOf(words[head]!, '') === null) head = 0;
  const headNoun = words[head]!;
  if (head === 0) {
    const gender = genderOf(headNoun, article);
    // `des Kunstmuseums Lindau`: a seated kind in the genitive, its seat after it; `des Bundesministeriums der
    // Finanzen`, `des Forschungszentrums für Küsten`: a body, then what it is of or for, which stays.
    const seated = words.length === 2 && (SEATED_BODY.test(headNoun) || isKnownLatinPlace(words[1]!));
    const ofWhat = words.length >= 3 && (words[1] === 'der' || words[1] === 'des' || words[1] === 'für');
    // `des Vereins Elbfreunde Lorn`, `des Schifffahrtsamts Oberau`: after a genitive article the kind alone is
    // declined; the name after it is written so in every case.
    const namedAfter = GENITIVE_ARTICLES.has(article) && words.slice(1).every((w) => /^\p{Lu}/u.test(w));
    return gender && (words.length === 1 || seated || ofWhat || namedAfter)
      ? [nounNominative(headNoun, gender, article, false), ...words.slice(1)].join(' ')
      : name;
  }
  const gender = genderOf(headNoun, article);
  if (!gender) return name;
  const adjectives = words.slice(0, head).map((w) => DECLINED_ADJECTIVE.exec(w)![1]! + STRONG_ENDING[gender]);
  const declined = words.slice(0, head).some((w) => /(?:en|em)$/u.test(w));
  return [...adjectives, nounNominative(headNoun, gender, article, declined), ...words.slice(head + 1)].join(' ');
}

// The head nouns of German bodies' names, in any case: `Wetterdienst`, `Kommission`, `Kreuzes`; a town's own
// electoral list is a body too (`Freie Bürgerliste`, `Unabhängige Wählergemeinschaft`).
const ORGANISATION_HEAD =
  /(?:gemeinschaft|kommission|dienst|kreuz|parlament|konzern|partei|polizei|feuerwehr|stiftung|gewerkschaft|reederei|brauerei|genossenschaft|versicherung|kammer|gericht|senat|bahn|bank|rundfunk|hilfswerk|hilfe|agentur|verband|verein|amt|bund|rat|tag|fahrt|werk|werke|betrieb|betriebe|bürgerliste|wählergemeinschaft|wählervereinigung)(?:es|s)?$/u;
// A federal or regional assembly is one word: `Bundestag`, `Landtages`, `Bundesrat`; so are a federal or state
// government (`Bundesregierung`, `Landesregierung`) and a federal or state court or office named by its field:
// `Bundessozialgericht`, `Landessozialgericht`, `Bundeskartellamt`.
const ASSEMBLY =
  /^(?:Bundes|Land|Kreis)tag(?:e?s)?$|^Bundesrat(?:e?s)?$|^(?:Bundes|Landes|Staats)regierung$|^(?:Bundes|Landes)\p{Ll}*(?:gericht|gerichtshof|rechnungshof)(?:e?s)?$|^(?:Bundes|Landes)\p{Ll}+(?:amt|anstalt|agentur)(?:e?s)?$/u;
const MAX_NOUN = 40;
// A town's own council, a council's committee and a city's department are bodies by their common noun alone:
// `der Stadtrat`, `im Gemeinderat`, `der Verkehrsausschuss`, `das Kulturreferat`.
const TOWN_BODY =
  /^(?:(?:Gemeinde|Stadt|Kreis|Orts|Ortschafts|Bezirks)rat(?:e?s)?|\p{Lu}\p{Ll}{3,}ausschuss(?:es)?|\p{Lu}\p{Ll}{3,}referat(?:e?s)?)$/u;

// `Zweckverband Oberes Lautertal`, `Stadtwerke Morweiler`: a union or a utility named by its area.
const AREA_BODY = /^\p{Lu}\p{Ll}*(?:verband|verwaltung|werke|ausschuss)$/u;
// `Gemeinderat Kleinstetten`, `Stadtrat von Morweiler`: the council of a town; `Stadtrat Müller` is one of its members.
const COUNCIL = /^(?:Gemeinde|Stadt|Kreis|Orts|Ortschafts|Bezirks)rat$/u;
const townShaped = (word: string) => isKnownLatinPlace(word) || (GERMAN_PLACE_ENDING.test(word) && !GERMAN_PLACE_NOUNS.has(word));

/** A council or a union named by the town or area it serves (`Gemeinderat Kleinstetten`, `Stadtwerke Morweiler`). */
function isCouncilOfTown(tokens: readonly string[]): boolean {
  const seat = tokens.length === 2 ? tokens[1]! : tokens.length === 3 && tokens[1] === 'von' ? tokens[2]! : null;
  if (!seat) return false;
  return (tokens.length === 2 && AREA_BODY.test(tokens[0]!)) || (COUNCIL.test(tokens[0]!) && townShaped(seat));
}

/** Whether a German word is a town's council, committee or department by its common noun: `Stadtrat`, `Verkehrsausschuss`. */
export const isGermanTownBody = (word: string) => word.length <= MAX_NOUN && TOWN_BODY.test(word);

/** A capitalised adjective of a name, in any case: `Deutsche`, `Europäischen`, `Sächsischer`. */
export const isGermanNameAdjective = (word: string) => /^\p{Lu}\p{Ll}{2,}(?:e|en|em|er|es)$/u.test(word);

// One compound whose last part is a body's: `Bundespolizei`, `Bauernbund`, `Lorn-Verkehrsbetriebe`; the part alone
// (`Polizei`, `Bund`, `Betriebe`) is the common noun.
const COMPOUND_BODY = /^\p{Lu}[\p{L}-]*\p{Ll}(?:polizei|bund|betriebe|gemeinschaft)$/u;
// A branch every police force has (`Verkehrspolizei`, `Schutzpolizei`) is the local police's, no body of its own; a force of
// its own (`Wasserschutzpolizei`, `Bundespolizei`) is a body.
const POLICE_BRANCH = /^(?:Kriminal|Verkehrs|Schutz)polizei$/u;

/** `Deutscher Wetterdienst`, `Europäischen Kommission`, `Bundestages`, `Landgericht Augsburg`: a German body's name. */
export function isGermanOrganisation(all: readonly string[]): boolean {
  // `Land- und Forstwirtschaftskammer Lorn`: the elided compound before `und` shares the body's kind.
  const joined = all.length > 3 && /-$/u.test(all[0]!) && /^(?:und|oder)$/u.test(all[1]!) ? all.slice(2) : all;
  // `Landgericht München I`: a court's or office's number after its seat, when the town has more than one.
  const tokens = joined.length >= 3 && ROMAN_NUMBER.test(joined[joined.length - 1]!) ? joined.slice(0, -1) : joined;
  if (tokens.length === 1)
    return (
      ASSEMBLY.test(tokens[0]!) ||
      isGermanTownBody(tokens[0]!) ||
      (tokens[0]!.length <= MAX_NOUN && COMPOUND_BODY.test(tokens[0]!) && !POLICE_BRANCH.test(tokens[0]!))
    );
  // `Freiwillige Feuerwehr Oberau`, `Städtisches Klinikum Altdorf`: adjectives may stand before the seated kind.
  const kind = tokens.length - 2;
  if (tokens[kind]!.length <= MAX_NOUN && SEATED_BODY.test(tokens[kind]!) && tokens.slice(0, kind).every(isGermanNameAdjective))
    return true;
  if (isCouncilOfTown(tokens)) return true;
  // `Niedersächsischer Landesbetrieb für Wasserwirtschaft`: the body's head stands before the field it is for.
  const forAt = tokens.indexOf('für');
  const headAt = forAt > 0 ? forAt - 1 : tokens.length - 1;
  const head = tokens[headAt]!;
  return head.length <= MAX_NOUN && ORGANISATION_HEAD.test(head.toLowerCase()) && tokens.slice(0, headAt).every(isGermanNameAdjective);
}

// A common noun saying what kind of body the name after it is: `Gewerkschaft Verdi`, `Reederei Nordlicht`,
// `Energiekonzern Voltara`. It is no part of the name.
const BODY_KIND_END =
  /(?:gewerkschaft|partei|firma|konzern|unternehmen|verein|verband|stiftung|organisation|gesellschaft|reederei|brauerei|genossenschaft|kette|hersteller|anbieter|versorger|versicherer|bündnis|initiative|fluglinie|airline|klinik|behörde)$/u;

// A common noun saying what kind of place the name after it is: `Land Sachsen-Anhalt`, `Gemeinde Ahlden`,
// in the genitive too: `des Landkreises Lorn`, `des Freistaats Thüringen`; a foreign region (`Woiwodschaft
// Pommern`, `Kanton Thurgau`), an island (`Insel Rügen`) and a numbered road (`Autobahn A7`) likewise; so is a
// compound on a town's kind (`Nachbargemeinde Ahlden`, `Kreisstadt Lorn`).
const PLACE_KIND =
  /^(?:(?:Land|Bundesland|Freistaat|Landkreis|Kreis|Bezirk|Kanton)(?:e?s)?|Stadt|Gemeinde|Region|Provinz|Woiwodschaft|Insel|Halbinsel|Autobahn|Bundesstraße|(?:Stadt|Orts)teil(?:e|en|s)?|\p{Lu}\p{Ll}{2,}(?:gemeinde|stadt|dorf))$/u;

// The last word of a street's or square's name: `Ostheimer Straße`, `Lindenallee` is one word and found by its ending.
const STREET_NOUN = /^(?:Straße|Strasse|Allee|Platz|Weg|Gasse|Ring|Damm|Chaussee|Ufer|Brücke|Markt|Steig)$/u;
/** `Ostheimer Straße`, `Kurt-Schumacher-Platz`: a name ending in a street's noun is the street. */
export const isGermanStreet = (tokens: readonly string[]) => {
  const last = tokens[tokens.length - 1]!;
  return (
    (tokens.length >= 2 && STREET_NOUN.test(last)) ||
    // `Anna-Roth-Straße`, `Dr.-Huber-Platz`: named after someone, title and all.
    (tokens.length === 1 && /^\p{Lu}\p{L}*\.?(?:-\p{Lu}\p{L}*)*-(?:Straße|Strasse|Allee|Platz|Weg|Ring|Damm)$/u.test(last))
  );
};
// A site named after its town: `Flughafen Köln/Bonn`, `Hauptbahnhof Lindau`, `Arena Lindau`.
const SITE_KIND = /^(?:Flughafen|Hauptbahnhof|Bahnhof|Hafen|Klärwerk|Kraftwerk|Stadion|Arena)$/u;
// Water, land and sites named by a town's adjective: `Ammersee` aside, `Tegernseer Tal`, `Lübecker Bucht`,
// `Bayerischer Wald`, `Ostheimer Gletscher`, `Lindauer Hafen`, `Ulmer Altstadt`.
const TOWN_ADJECTIVE = /^\p{Lu}\p{Ll}+er$/u;
/** Whether a word is shaped as a town's adjective: `Kellbacher`, `Lübecker`. */
export const isGermanTownAdjective = (word: string) => TOWN_ADJECTIVE.test(word);
const LAND_OR_WATER =
  /^(?:See|Bucht|Becken|Förde|Haff|Heide|Moor|Forst|Wald|Tal|Land|Bergland|Seenplatte|Gletscher|Alpen|Flughafen|Hafen|Altstadt|Fischmarkt|Dom|Schloss|Stadttheater)$/u;
/** `Flughafen Kassel-Calden`, `Ammerser See`: a site's kind and its town name one place, as do a town's adjective and a lake or a land. */
export const isGermanSite = (tokens: readonly string[]) =>
  tokens.length === 2 && (SITE_KIND.test(tokens[0]!) || (TOWN_ADJECTIVE.test(tokens[0]!) && LAND_OR_WATER.test(tokens[1]!)));
/** Whether a German word names the kind of place whose name follows it. */
export const isGermanPlaceKind = (word: string) => PLACE_KIND.test(word);

/** Whether a German word names the kind of body whose name follows it: `Gewerkschaft`, `Modekette`. */
export function isGermanBodyKind(word: string): boolean {
  return word.length <= MAX_NOUN && /^\p{Lu}/u.test(word) && BODY_KIND_END.test(word.toLowerCase());
}

// Articles, and the contractions that hold one.
const ARTICLES = 'der|die|das|dem|den|des|eines|einer|einem|eine|vom|zum|zur|im|beim|am';
// The article right before a name; `vom`, `zum`, `im`, `beim`, `am` hold a `dem`, `zur` a `der`.
const ARTICLE_BEFORE = new RegExp(`(?:^|\\s)(${ARTICLES})\\s+$`, 'iu');
const CONTRACTED: Readonly<Record<string, string>> = { vom: 'dem', zum: 'dem', im: 'dem', beim: 'dem', am: 'dem', zur: 'der' };

// Any determiner right before a word: an article, a contraction, a possessive, `kein`, `dies-`, `jede-`.
const DETERMINER_BEFORE = new RegExp(
  `(?:^|[\\s(„"])(?:${ARTICLES}|ein|einen|kein\\p{L}*|mein\\p{L}*|dein\\p{L}*|sein\\p{L}*|ihr\\p{L}*|unser\\p{L}*|eu(?:e)?r\\p{L}*|dies\\p{L}*|jede\\p{L}*)\\s+$`,
  'iu',
);

/** Whether a determiner stands right before: the capitalised word after it is a noun (`die Entscheidung`). */
export function afterDeterminer(before: string): boolean {
  return DETERMINER_BEFORE.test(before);
}

/** The article before a name, lower-cased, `zum` read as `dem`; empty when there is none. */
export function germanArticle(before: string): string {
  const article = ARTICLE_BEFORE.exec(before)?.[1]?.toLowerCase() ?? '';
  return CONTRACTED[article] ?? article;
}

// `Gemeinderat der Stadt Lorn`, `Forstbetrieb der Stadt Lorn`, `Industrie- und Handelskammer zu Lorn`: a body,
// then the town, district or land whose body it is.
// The body may name its field first: `Amt für Brücken und Wege der Stadt Lorn`.
const BODY_OF_TOWN =
  /(?<![\p{L}-])((?:\p{Lu}\p{Ll}+-\s(?:und|oder)\s)?\p{Lu}\p{Ll}+(?:\sfür\s\p{Lu}\p{Ll}+(?:,\s\p{Lu}\p{Ll}+)*(?:\s(?:und|oder)\s\p{Lu}\p{Ll}+)?)?)\s(der Stadt|der Gemeinde|des Landkreises|des Kreises|des Landes|zu)\s(\p{Lu}[\p{L}-]*\p{Ll})(?![\p{L}-])/gu;

/** The bodies a German text names by the town or land they belong to, the body's word in the nominative. */
export function findGermanBodiesOfTowns(texts: readonly string[]): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(BODY_OF_TOWN)) {
      const [, body, of, seat] = m;
      const kind = body!.includes(' für ') ? body!.slice(0, body!.indexOf(' für ')) : body!;
      const head = kind.slice(kind.lastIndexOf(' ') + 1);
      if (head.length > MAX_NOUN || !ORGANISATION_HEAD.test(head.toLowerCase()) || !townShaped(seat!)) continue;
      const article = germanArticle(text.slice(Math.max(0, m.index - 20), m.index));
      found.add(`${germanNominative(body!, article)} ${of} ${seat}`);
    }
  }
  return [...found];
}

// `Die Stadt Lorn bittet …`, `Die Gemeinde Vorsdorf hat …`: a town or parish opening a sentence as the one
// that acts is its administration, a body.
const ACTING_TOWN = /(?:^|[.!?]\s+)Die\s((?:Stadt|Gemeinde|Marktgemeinde)\s\p{Lu}[\p{L}-]*\p{Ll})(?=\s\p{Ll})/gu;

/** The towns a German text names as the authority that acts: `Stadt Lorn`. */
export const findGermanActingTowns = (texts: readonly string[]): string[] => [
  ...new Set(texts.flatMap((text) => [...text.matchAll(ACTING_TOWN)].map((m) => m[1]!))),
];

// One compound ending in a body's kind, then whose it is, then its short form in brackets:
// `Fährgesellschaft des Lornsees (FGL)`, `Zweckverband der Oberauer Gemeinden (ZOG)`.
const BODY_BEFORE_SHORT_FORM =
  /(?<![\p{L}-])(\p{Lu}\p{Ll}+(?:gesellschaft|verband|verein|genossenschaft|stiftung|anstalt|gemeinschaft))\s(des|der)\s((?:\p{Lu}\p{Ll}+\s){0,2}\p{Lu}[\p{L}-]*\p{Ll})\s\(\p{Lu}[\p{Lu}\p{Ll}]{1,7}\)/gu;

/** The bodies a German text names in full before their short form in brackets, the kind in the nominative. */
export function findGermanBodiesBeforeShortForms(texts: readonly string[]): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(BODY_BEFORE_SHORT_FORM)) {
      if (m[1]!.length > MAX_NOUN) continue;
      const article = germanArticle(text.slice(Math.max(0, m.index - 20), m.index));
      found.add(`${germanNominative(m[1]!, article)} ${m[2]} ${m[3]}`);
    }
  }
  return [...found];
}

// A club named with the year it was founded: `Ruderverein Lorn von 1884`, `Schachclub Oberau 1921`.
const CLUB_WITH_YEAR =
  /(?<![\p{L}-])(\p{Lu}\p{Ll}*(?:verein|club|klub)(?:e?s)?(?:\s\p{Lu}[\p{L}-]*\p{Ll}){1,3})\s((?:von\s)?1[89]\d\d)(?![\p{N}.])/gu;

/** The clubs a German text names with their founding year, which is part of the name, the kind in the nominative. */
export function findGermanClubsWithYear(texts: readonly string[]): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(CLUB_WITH_YEAR)) {
      const article = germanArticle(text.slice(Math.max(0, m.index - 20), m.index));
      found.add(`${germanNominative(m[1]!, article)} ${m[2]}`);
    }
  }
  return [...found];
}

// A body's initials hyphened to a role: `CDU-Abgeordnete`, `SPD-Fraktionschef`, `DRK-Sprecherin`.
const INITIALS_BEFORE_ROLE = /(?<![\p{L}\p{N}-])(\p{Lu}{2,6})-(\p{Lu}\p{Ll}+)(?![\p{L}-])/gu;

// A party's group or branch hyphened to its initials is a body of its own: `FWG-Fraktion`, `SPD-Landesverband`.
const PARTY_GROUP =
  /^(?:Fraktion|Ratsfraktion|Kreistagsfraktion|Landtagsfraktion|Bundestagsfraktion|Landesverband|Kreisverband|Ortsverband|Stadtverband)$/u;

/**
 * The bodies a German text names only as the party or body of someone's role (`der CDU-Abgeordnete`
 * → `CDU`), and a party's group named by its initials (`die SPD-Fraktion`).
 */
export function findGermanRoleBodies(texts: readonly string[]): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(INITIALS_BEFORE_ROLE)) {
      if (PARTY_GROUP.test(m[2]!)) found.add(m[0]);
      else if (m[2]!.length <= MAX_STEM_WORD && ROLE_STEMS.test(m[2]!)) found.add(m[1]!);
    }
  }
  return [...found];
}
