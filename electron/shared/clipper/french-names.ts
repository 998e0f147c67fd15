/**
 * French organisations named by a head noun and a complement that ends in a proper name:
 * `ministère des Transports`, `préfecture du Loiret`, `Banque alimentaire du Loiret`,
 * `Chambre de commerce et d'industrie Aix-Provence`, `ministère de la Transition écologique`, `cave coopérative de Lorn`,
 * `lycée maritime de Lorn`, `chantier naval de Lorn`.
 * Their head is often lower-case, so the capitalised-run reading of names misses them.
 */
const HEAD =
  '(?:(?:[Cc]ave )?[Cc]oopérative|[Ll]ycée|[Cc]hantier|[Mm]inistère|[Pp]réfecture|[Ss]ous-préfecture|[Mm]airie|(?:[Ee]uro)?[Mm]étropole|[Aa]ssociation|[Bb]anque|[Cc]hambre|[Uu]niversité|[Aa]gence|[Cc]onseil(?: départemental| régional| municipal)?|[Cc]ommission|[Dd]irection|(?:[Cc]on)?[Ff]édération|[Ss]yndicat|[Ss]ociété|[Ii]nstitut|[Oo]ffice|[Tt]ribunal|[Pp]arquet|[Cc]our|[Pp]olice|[Gg]endarmerie|Chantiers|[Cc]aisse|[Cc]ommunauté|[Aa]cadémie|[Mm]usée|[Hh]ôpital|[Cc]entre hospitalier|[Cc]ompagnie|[Oo]bservatoire|[Aa]utorité|[Rr]égie|[ÉéEe]cole|Service|[Cc]omité|Ville|Parc (?:national|naturel)|(?:(?:Grand|Grande) [Pp]ort|Port)(?: maritime| autonome)?)';
const LINK = "\\s(?:de la\\s|de l['’]|du\\s|des\\s|de\\s|d['’])";
const PROPER_WORD = "\\p{Lu}[\\p{L}'’]*(?:-\\p{L}[\\p{L}'’]*)*";
// `Provence-Alpes-Côte d'Azur`, `Val de la Dore`: the name's own words may be joined by `de la`; a ministry's
// portfolios by `et de la` (`ministère des Transports et de la Mobilité`).
const PROPER = `${PROPER_WORD}(?:\\s(?:(?:et de la|et de l['’]|et des|et du|et|de la|de|du|des)\\s)?${PROPER_WORD})*`;
// The head's own adjective (`Banque alimentaire`), and one after the name (`Transition écologique`), as
// whole words: `prévient` is no adjective in `-ien`, nor `hier` ("yesterday") one in `-ier`.
const ADJECTIVE =
  '\\s(?!hier(?![\\p{L}-]))\\p{Ll}+(?:ique|iques|ics?|ale|ales|al|als|aux|elle|elles|el|aire|aires|ière|ières|ier|iers|ère|ères|ée|ées|ien|iens|ienne|iennes|éen|éens|éenne|éennes|ain|ains|aine|aines|ime|imes|ais|aise|aises|ole|oles|ile|iles|anne|annes|onne|onnes|ieure|ieur|ieures|ieurs|if|ifs|ive|ives|able|ables|ible|ibles)(?![\\p{L}-])';
// `Chambre de commerce et d'industrie Aix-Provence`: a lower-case field, then the name.
// The name may follow its own `de`: `chambre de commerce et d'industrie de Lille`.
// `Agence de l'eau Sorle-Morvaz`: the field may take its elided article, the name right after it; an elided `de`
// too (`communauté d'agglomération Lorn Rivière`).
const FIELD = `(?:\\sde\\s\\p{Ll}+(?:\\set\\s(?:d['’]|de\\s)\\p{Ll}+)?(?:${LINK}|\\s)|\\sde\\sl['’]\\p{Ll}+\\s|\\sd['’]\\p{Ll}{4,}\\s)`;
// `Compagnie des eaux de Vilaine`, `Agence régionale de santé de Bretagne`: a lower-case field, then `de` and the name.
// The field may take two words (`Caisse primaire d'assurance maladie de Savoie`) or two fields joined by
// `et` (`Service départemental d'incendie et de secours du Var`).
// … or a field and its own complement: `Association des usagers du rail de Montclair`.
const FIELD_OF = `(?:\\s(?:de la|des|du|de)\\s|\\sd['’])\\p{Ll}{3,}(?:\\s\\p{Ll}{4,}|\\set\\s(?:de\\s|d['’])\\p{Ll}{4,}|${LINK}\\p{Ll}{3,})?${LINK}`;
// `la Métropole de Lyon chargée du dossier`: a participle with its complement says what the body does, and is no part of its name.
const AGENT = "\\s(?:(?:de|du|des|à|au|aux|par)\\s|d['’])";
// `à la préfecture de …` is where something happens: the building, not the body; but `étudiante à l'Université
// de …` studies at the body itself.
// A court is a body before which a case is brought too: `plaider devant le tribunal de …`.
// A ministry written or spoken to is the body: `a écrit au ministère de la Santé`.
const COURT = '(?:[Tt]ribunal|[Cc]our|[Pp]arquet)';
// `ministère de l'Enseignement supérieur et de l'Innovation`: a second portfolio after the first one's adjective.
const SECOND_PORTFOLIO = `\\set${LINK}${PROPER_WORD}(?:${ADJECTIVE})?(?!\\s\\p{Lu})`;
const ORGANISATION = new RegExp(
  `(?<!\\p{L})(?:(?<!(?:à la|à l['’]|au|dans la|devant la)\\s?)${HEAD}|(?<=devant (?:la|le)\\s)${COURT}|(?<=à l['’])(?:[Uu]niversité|[ÉéEe]cole)|(?<=(?:^|\\s)au\\s)[Mm]inistère)(?:${ADJECTIVE}){0,2}(?:${FIELD_OF}|${LINK}|${FIELD})${PROPER}(?:${ADJECTIVE}(?!\\s\\p{Lu})(?!${AGENT})(?:${SECOND_PORTFOLIO})?)?`,
  'gu',
);

/**
 * A body named by a capitalised head and lower-case words only: `Union des industries pétrolières`,
 * `Confédération générale du travail`. The capital on the head is what makes it a name.
 */
const CAPITAL_HEAD =
  '(?:Banque|Cour|Service|Union|Fédération|Confédération|Agence|Association|Assemblée|Conservatoire|École|Organisation|Syndicat|Société|Institut|Office|Caisse|Chambre|Compagnie|Conseil|Observatoire|Autorité|Haute Autorité|Haut Conseil|Mouvement|Ligue|Collectif|Fondation|Mutuelle|Ordre|Comité|Muséum|Musée|Région)';
// After the lower-case words, only endings no verb has: `pétrolières`, not `appelle`.
const TRAILING_ADJECTIVE = '\\s\\p{Ll}+(?:ique|iques|ics?|ale|ales|aux|ière|ières|aire|aires|ienne|iennes|ole|oles|turelles?|onnelles?)';
// `Agence de l'environnement et de la maîtrise de l'énergie`: a second field joined by `et`, each with its complement.
// The second field may be a short word after its elided article: `Institut national des sols et de l'eau`.
const FIELD_WORD = `(?:${LINK}\\p{Ll}{4,}|\\sde\\sl['’]\\p{Ll}{3,})(?:${LINK}\\p{Ll}{4,})?`;
// `Institut de recherche pour le climat`: the field's purpose after `pour`.
// It may list several purposes: `Institut de recherche pour l'agriculture, l'alimentation et l'environnement`.
const PURPOSE_WORD = `(?:le\\s|la\\s|les\\s|l['’])\\p{Ll}{4,}`;
const PURPOSE = `\\spour\\s${PURPOSE_WORD}(?:,\\s${PURPOSE_WORD})*(?:\\set\\s${PURPOSE_WORD})?`;
// `Société nationale de secours en montagne`: where the field is done, after `en`.
const WHERE = `\\sen\\s\\p{Ll}{3,}`;
// `Agence régionale de l'innovation ARINOV`: the body's own initials closing its name.
const OWN_INITIALS = `\\s\\p{Lu}{2,}(?:['’]\\p{Lu}+)?`;
// `Association des pêcheurs professionnels des lacs alpins`: a field's own adjective, in the plural too, before its complement.
const FIELD_ADJECTIVE = `(?:${TRAILING_ADJECTIVE}|\\s\\p{Ll}+(?:nels|aux|ifs|ives|ins|ines))(?![\\p{L}-])`;
// `Autorité de régulation des marchés de l'électricité`: up to three fields, each the complement of the one before.
const LOWER_NAMED = new RegExp(
  `(?<!\\p{L})${CAPITAL_HEAD}(?:${ADJECTIVE})?${LINK}\\p{Ll}{4,}(?:${FIELD_ADJECTIVE})?(?:${LINK}\\p{Ll}{4,}(?:${FIELD_ADJECTIVE})?){0,2}(?:\\set${FIELD_WORD})?(?:${PURPOSE}|${WHERE})?(?:${TRAILING_ADJECTIVE})?(?:${OWN_INITIALS})?(?![\\p{L}-])(?!${LINK}\\p{Lu}|\\s\\p{Lu})`,
  'gu',
);

// `Muséum national d'Histoire naturelle`: a field written with a capital, then its own adjective.
const CAPITAL_FIELD = new RegExp(
  `(?<!\\p{L})${CAPITAL_HEAD}(?:${ADJECTIVE})?${LINK}\\p{Lu}\\p{Ll}{3,}${TRAILING_ADJECTIVE}(?![\\p{L}-])`,
  'gu',
);

// `Banque mondiale`, `Union européenne`: the capitalised head and one adjective, the whole name.
const ONE_ADJECTIVE = new RegExp(`(?<!\\p{L})${CAPITAL_HEAD}${ADJECTIVE}(?!\\s(?:et|de|du|des|d['’])(?!\\p{L}))(?!\\s\\p{Lu})`, 'gu');

// `université Claude-Bernard`, `lycée Victor-Hugo`: a school or hospital named after someone, by the hyphened name.
// A school may bear one name, after its kind's adjective too: `lycée Condorcet`, `lycée professionnel Jaurès`.
const NAMED_AFTER = new RegExp(
  `(?<!\\p{L})(?:(?:[Uu]niversité|[Ll]ycée|[Cc]ollège|[ÉéEe]cole|[Hh]ôpital|[Cc]linique)\\s\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)+|(?:lycée|collège)(?:${ADJECTIVE})?\\s(?!(?:Le|La|Les|Il|Elle|Ils|Elles|On|Un|Une)\\s)\\p{Lu}\\p{Ll}+(?![\\p{L}-]))`,
  'gu',
);

// `Union maritime et fluviale`: the capitalised head, then two adjectives joined by `et`.
const PAIRED_ADJECTIVES = new RegExp(`(?<!\\p{L})${CAPITAL_HEAD}${ADJECTIVE}\\set${ADJECTIVE}(?![\\p{L}-])(?!\\s\\p{Lu})`, 'gu');

// `rue Émile-Zola`, `avenue de la Libération`, `quai Saint-Antoine`: a lower-case kind of street, then its name;
// so are a crossing, an airport, a dock and an island (`pont Vauclair`, `aéroport Rive-Haute`, `île de Sorle`),
// a river or a sea (`rivière Sorle`, `mer Blanche`, `mer de Morvaz`) and a church (`basilique de Sorle`).
const STREET = new RegExp(
  `(?<!\\p{L})(?:rue|avenue|boulevard|chaussée|place|quai|cours|allée|allées|impasse|chemin|square|esplanade|passage|rond-point|pont|passerelle|viaduc|tunnel|aéroport|bassin|île|presqu['’]île|rade|pointe|rivière|fleuve|mer|[Bb]asilique|[Cc]athédrale|[Aa]bbaye)(?:${LINK}|\\s)(?!(?:Le|La|Les|Il|Elle|Ils|Elles|On|Un|Une)\\s)${PROPER}`,
  'gu',
);

// `autoroute A7`, `la nationale N12`: a road named by its letter and number.
const NUMBERED_ROAD =
  /(?<!\p{L})(?:autoroute|nationale|départementale|route nationale|route départementale)\s[ADN]\d{1,4}(?![\p{L}\p{N}])/gu;

// `le 9e arrondissement`: a city's district by its number.
const NUMBERED_DISTRICT = /(?<![\p{L}\p{N}])\d{1,2}(?:e|er|ème)\s+arrondissement(?!\p{L})/gu;

// `entre les arrêts Mairie et Pont Neuf`, `la station Bastille`: stops named after their kind, one or two.
const STOP = new RegExp(`(?<!\\p{L})(?:arrêts?|stations?)\\s(${PROPER})`, 'gu');

// `glacier de Sorvaz`, `massif des Aiguillettes`, `lac de Morvelle`, `calanque de Morvaz`: a mountain or water
// site is named with its kind; so are a town's grounds and stations (`parking de la Sorle`, `gare de Lornac`,
// `base de loisirs du Pradet`). (A port is not: `port de Lorient` is the town's, and a port authority's name.)
const SITE = new RegExp(
  `(?<!\\p{L})(?:glacier|massif|refuge|lac|col|pic|barrage|étang|gorges|cirque|aiguille|calanque|plateau|vallée|plaine|forêt|plage|anse|baie|parc|parking|gare|montée|base de loisirs)${LINK}(?!(?:Le|La|Les|Il|Elle|Ils|Elles|On|Un|Une)\\s)${PROPER}`,
  'gu',
);

// `Massif central`, `Bassin parisien`, `Golfe persique`: a land or water capitalised as a name, then its adjective.
const LAND_WITH_ADJECTIVE = new RegExp(`(?<!\\p{L})(?:Massif|Bassin|Golfe|Plateau|Marais|Pays|Mont)${ADJECTIVE}`, 'gu');

/**
 * The streets, squares, bridges, stops, numbered roads and districts, and mountain, land or water sites a French text
 * names after their lower-case kind: `rue Émile-Zola`, `l'arrêt Mairie`, `autoroute A9`, `3e arrondissement`, `glacier de Sorvaz`.
 */
// `le pont Saint-Esprit sur l'Adour`, `un affluent de la Sarthe`, `les rives du Rhin`: what a bridge or a dam
// spans, and what has banks, a mouth or a flood, is a river, named without its article.
const RIVER_SPANNED = new RegExp(
  `(?<!\\p{L})(?:pont|viaduc|passerelle|barrage|écluse)(?:\\s[^.;:,!?]{0,40}?)?\\ssur\\s(?:la\\s|le\\s|l['’])(?<river>${PROPER_WORD})`,
  'gu',
);
const RIVER_WITH_BANKS = new RegExp(
  `(?<!\\p{L})(?:affluent|affluents|rive|rives|berge|berges|embouchure|crue|crues|confluent|estuaire)\\s(?:de la\\s|du\\s|de l['’])(?<river>${PROPER_WORD})`,
  'gu',
);

export function findFrenchStreets(texts: readonly string[]): string[] {
  const streets = texts.flatMap((text) =>
    [
      ...text.matchAll(STREET),
      ...text.matchAll(SITE),
      ...text.matchAll(LAND_WITH_ADJECTIVE),
      ...text.matchAll(NUMBERED_ROAD),
      ...text.matchAll(NUMBERED_DISTRICT),
    ].map((m) => m[0].replace(/\s+/gu, ' ')),
  );
  const stops = texts.flatMap((text) => [...text.matchAll(STOP)].flatMap((m) => m[1]!.split(/\set\s/u)));
  const rivers = texts.flatMap((text) =>
    [...text.matchAll(RIVER_SPANNED), ...text.matchAll(RIVER_WITH_BANKS)].map((m) => m.groups!.river!),
  );
  return [...new Set([...streets, ...stops, ...rivers])];
}

// `la Région Normandie`, `la Métropole Rhône-Vallée`, `Lorient Métropole`: a local authority, capitalised, named by its land.
const AUTHORITY = new RegExp(
  `(?<!\\p{L})(?:(?:Région|Métropole|Département|Collectivité)\\s(?!(?:Le|La|Les|Il|Elle|Ils|Elles|On|Un|Une)\\s)${PROPER_WORD}|(?!(?:Le|La|Les|De|Du|Des|Une?)\\s)${PROPER_WORD}\\sMétropole)(?![\\p{L}-])`,
  'gu',
);

const FIELD_GOES_ON = new RegExp(`^${LINK}\\p{Ll}`, 'u');

// `l'association Rivière Vivante`, `l'entreprise Sorle Chimie`, `le collectif Le Vélo Libre`: a body's kind in lower
// case, then its capitalised name in apposition (with its own article), which is the body's whole name even where its words name a place.
// The name may say where the body acts: `l'association Vivre en Morvaz`, `le collectif Vélo sur Lorn`.
const KIND_BEFORE_NAME = new RegExp(
  `(?<!\\p{L})(?:[Ll]['’](?:association|entreprise|ONG)|[Ll]a (?:société|start-up|fondation|coopérative)|[Ll]e (?:groupe|collectif|syndicat|cabinet))\\s(?!(?:Il|Elle|Ils|Elles|On|Un|Une)\\s)((?:(?:Le|La|Les)\\s)?${PROPER}(?:\\s(?:en|sur|sous)\\s${PROPER_WORD})?)(?![\\p{L}-])`,
  'gu',
);

export function findFrenchOrganisations(texts: readonly string[]): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    for (const re of [ORGANISATION, LOWER_NAMED, CAPITAL_FIELD, PAIRED_ADJECTIVES, ONE_ADJECTIVE, NAMED_AFTER, AUTHORITY]) {
      for (const m of text.matchAll(re)) {
        // `Service de prévision des crues Rhône`: a lower-case name cut short before a field it goes on with names nothing.
        if (re === LOWER_NAMED && FIELD_GOES_ON.test(text.slice(m.index + m[0].length))) continue;
        found.add(m[0].replace(/\s+/gu, ' ').trim());
      }
    }
    for (const m of text.matchAll(KIND_BEFORE_NAME)) found.add(m[1]!.replace(/\s+/gu, ' '));
  }
  return [...found];
}
