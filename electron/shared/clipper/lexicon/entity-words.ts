/**
 * Words that tell what kind of thing a capitalised name is: an organisation (`… Ministry`,
 * `University of …`), a place (`… Sea`, `River …`), or a person (a title or role before it).
 */
const words = (list: string) => new Set(list.split(' '));

/**
 * Trades a firm's name ends with (`Thames Water`, `Northern Foods`). Only as a name's last word:
 * before a title they name a portfolio (`Water Resources Minister …`), which ORG_WORDS would keep
 * from splitting off the person.
 */
export const TRADE_WORDS = words(
  'Mutual Water Foods Homes Health Healthcare Pharma Logistics Solutions Software Brewing Brewery Farms Mining Metals Oil Gas Petroleum Chemicals Electric Electricity Telecom Communications Utilities Shipping Aviation Textiles Construction Engineering Retail Stores Supermarkets Hotels Resorts Properties Estates Developments Ventures Finance Securities' +
    // Carriers and makers named by what they run or make: `Northern Isles Passenger Lines`, `Harbour Marine Works`.
    ' Lines Links Works Voyages Cruises Robotics Aerospace Shipyard Shiprepair Grid Trains Buses Coaches Trams Freight Haulage Electronics Minerals Resources Brands',
);

/** Last words of a sports club's name (`Castleford Rovers`, `Leyton Athletic`); `Town` and `City` also end places' names. */
export const CLUB_WORDS = words('United Rovers Athletic Wanderers Albion Rangers Hotspur FC AFC RFC');

/** First words of a sports club's name (`FC Köln`, `VfB Stuttgart`, `AS Monaco`): the club, never the town it plays in. */
export const CLUB_PREFIXES = words(
  'FC AFC SV TSV TSG VfB VfL SC SG SpVgg FSV TuS SSV BSC KSC AS OGC RC AC CD UD Olympique Racing Sporting Real Dynamo Dinamo Atlético',
);

export const ORG_WORDS = words(
  'Ministry Department Agency Commission Council Committee University Institute Institution Academy School College Hospital Clinic Museum Library Bank Company Corporation Corp Inc Ltd LLC PLC GmbH AG SA Group Association Union Federation Confederation Society Trust Fund Foundation Authority Service Services Office Bureau Centre Center Court Parliament Government Party Police Guard Army Navy Force Forces Rail Railway Railways Airlines Airways Energy Power Research Partners Holdings Media News Press Times Post Network Networks Ferries Organisation Organization Secretariat Administration Unit Board Panel Assembly Senate Congress Coalition Alliance League Club Church Cooperative Co-operative Consortium Co Cie Exchange Gazette Tribune Herald Journal Courier Chronicle Telegraph Examiner Sentinel Advertiser Inquirer Broadcasting Television Radio Studios Labs Laboratory Systems Technologies Industries Motors Pharmaceuticals Insurance Capital Investments Nations Programme Program Initiative Partnership Enterprise Observatory Tribunal Directorate Inspectorate Management Defence Defense' +
    // The same heads in the languages whose bodies English texts name as written: `Banco Austral`, `Grupo Serra`.
    ' Banco Banca Banque Caixa Crédit Caisse Mutuelle Chantiers Université Institut Ministère Conseil Cour Tribunal Assemblée Comité Agence Syndicat Fédération Confédération Grupo Groupe Compagnie Companhia Compañía Sociedad Sociedade Società Universidad Universidade Università Universität Instituto Istituto Ministerio Ministério Ministero Comisión Comissão Commissione Consejo Conselho Consiglio Agencia Agência Agenzia Fundación Fundação Fondazione Asociación Associação Associazione',
);

/** Prefixes of a ship's name (`MV Example Star`, `HMS Example`): the vessel's, not an organisation's. */
export const VESSEL_PREFIXES = words('MV MT HMS USS RMS FV RV HMAS HMCS');

/** Longest word the stem patterns look at: they backtrack over a word, so a 100,000-letter one must not reach them. */
export const MAX_STEM_WORD = 40;

/**
 * The head nouns of German, Russian and Ukrainian organisation names, matched as word endings or stems.
 * `insgesamt` and `gesamt` (all told) end in an office's letters but are adverbs.
 */
export const ORG_STEMS =
  /(?:ministerium|zentrum|agentur|verband|verein|universität|hochschule|gesellschaft|institut|behörde|anstalt|(?<!ges)amt|werke|bahn|министерств|университет|институт|музей|агентств|компани|служб|управлени|департамент|комитет|академи|театр|банк|прокуратур|полици|енерго|энерго|міністерств|університет|агенці|компані|служб|музе|поліці)\p{L}*$/iu;

export const PLACE_WORDS = words(
  'Sea Ocean River Lake Lakes Mountains Mountain Mount Mt Mt. Ft. Valley Peninsula Island Islands Isle Isles Bay Gulf Strait Straits Reservoir Canal Bridge Viaduct Airport Station Street St Avenue Road Square Park Province Region Oblast County District Coast Desert Forest Harbour Harbor Port Terminal Dam Hills Highlands Plateau Basin Delta Falls Pass Cape Tunnel Motorway Highway Boulevard Lane Quay Embankment Heights Glacier Steppe Estuary Lagoon Creek Canyon Beach Pier Wharf Plaza Ring Krai Raion Prefecture Territory Governorate Cathedral Abbey Castle Stadium Marina Wetlands Moor Moors Fjord Dunes Cove Dock Docks Parade Promenade Esplanade Crescent Ridge Gulch Fairgrounds Fairground Showground Racecourse Lock Locks Weir',
);

/** The last words of a street's or crossing's name, which a body's word before them does not make a body: `Union Road`. */
export const STREET_HEADS = words('Road Street Avenue Lane Drive Boulevard Highway Bridge');

/** French lower-case nouns of a place named after `de`: `canal de Vaubricourt`, `la route de Verdun`, `l'île d'Yeu`. */
export const FRENCH_PLACE_OF =
  /(?:^|\s)(?:canal|lac|pont|rue|route|chemin|gare|forêt|col|vallée|île|mont|port|aéroport|rivière|fleuve|plaine|plateau|massif|baie|golfe|cap|quartier|commune|ville|village|région|département|étang|barrage)\s+(?:de la\s+|de l['’]|du\s+|des\s+|de\s+|d['’])$/u;

/** Lower-case nouns after a name that make it a place: `Tarragona province`, `the Atlas mountains`. */
export const GEO_NOUNS = words(
  'province region city town village island peninsula mountains mountain river district county area valley suburb coast capital state municipality prefecture oblast republic neighbourhood neighborhood borough ward parish lake sea provinces regions counties districts islands villages municipalities boroughs',
);

/** Lower-case nouns after which a name is an organisation: `consultancy Delta Analytics`. */
export const ORG_NOUNS = words(
  'board commission committee company firm group start-up startup operator distributor council broadcaster agency organisation organization charity consultancy maker producer retailer bank insurer airline carrier utility supplier developer association union ministry department newspaper outlet channel network institute university school hospital museum trust fund foundation authority party club coalition alliance regulator watchdog manufacturer exporter importer lender haulier hauler shipper shipowner shipbuilder carmaker automaker chipmaker drugmaker refiner brewer publisher broker brokerage conglomerate cooperative co-operative chain brand société entreprise groupe syndicat coopérative constructeur fabricant compagnie banque assureur opérateur enseigne',
);

/**
 * Lower-case nouns of public bodies, whose names carry the noun (`the Ministry of Transport`, `the
 * town council`): `the ministry` is one named so before, never a firm or another kind of body.
 */
export const PUBLIC_BODY_NOUNS = words('ministry department council commission committee government parliament court agency');

/** Titles written capitalised before a name: `President Elena Ruiz`, `Minister Tomas …`. */
export const TITLE_WORDS = words(
  'Constable Superintendent Commander Admiral President Minister Secretary Chancellor Premier Governor Mayor Senator Ambassador Director Chairman Chairwoman Chair Chief Commissioner General Colonel Captain Judge Spokesman Spokeswoman Spokesperson King Queen Prince Princess Pope Bishop Professor Prof Dr Mr Mrs Ms Miss Sir Dame Lord Lady Deputy Vice Officer Sergeant Inspector Detective Coach Leader Representative Councillor Cllr MP MEP MSP Councilman Councilwoman Rep Sen Gen Col Capt Lt Sheikh Emir Sultan Archbishop Cardinal Rabbi Imam Father Sister Brother Justice Attorney Prosecutor M MM Mme Me Maître Herr Frau Professorin Doktorin Präsident Präsidentin Ministerin Bürgermeister Bürgermeisterin Direktorin Richterin Landrat Landrätin Professeure Docteure Пані Пан Господин Госпожа',
);

/** Lower-case role nouns before or after a name that make it a person. */
export const ROLE_NOUNS = words(
  'leader minister secretary president spokesman spokeswoman spokesperson director head chief chairman chairwoman chair official economist researcher analyst scientist crofter farmer conductor driver meteorologist engineer teacher student resident nurse doctor professor expert activist lawyer mayor governor councillor counterpart colleague founder co-founder executive manager coordinator inspector agronomist pathologist writer author journalist reporter correspondent photographer commentator architect historian curator worker volunteer fisherman fishermen officer commander captain pilot judge prosecutor attorney senator deputy ambassador diplomat envoy general colonel mother father wife husband son daughter brother sister grandmother grandfather neighbour neighbor passenger commuter shopkeeper trader merchant vendor miner soldier priest pastor imam rabbi coach player athlete singer actor artist designer planner surveyor climatologist geologist biologist chemist physicist economist lecturer pupil graduate retiree pensioner campaigner protester organiser organizer adviser advisor consultant citizen villager visitor tourist forecaster boss owner substitute striker midfielder defender goalkeeper keeper winger forward skipper referee umpire jockey trainer rider cyclist runner swimmer batsman bowler',
);

/**
 * Nouns for people as such, which make an apposition a person's (`Keith Hanlon, the two men who died`)
 * but, unlike a role, not an unnamed speaker: `with the air of a man visiting`.
 */
export const PEOPLE_NOUNS = words('man men woman women boy girl boys girls teenager teenagers child children');

/** Role nouns of German, Russian and Ukrainian that precede a name (`Stadtsprecher Uwe …`). */
export const ROLE_STEMS =
  /^(?:\p{L}*(?:sprecher|sprecherin|minister|ministerin|dezernent|dezernentin|beauftragte|beauftragter|abgeordnete|abgeordneter|kommissar|kommissarin|senator|senatorin|landrat|landrätin|stadtrat|stadträtin|präsident|präsidentin|bürgermeister|bürgermeisterin|direktor|direktorin|leiter|leiterin|chef|chefin|anwohner|anwohnerin|bewohner|bewohnerin|experte|expertin|vorsitzende|vorsitzender|anwalt|anwältin|richter|richterin|verteidiger|verteidigerin|torhüter|torhüterin|torwart|stürmer|stürmerin|kapitän|kapitänin|spieler|spielerin|maler|malerin|künstler|künstlerin|kurator|kuratorin|autor|autorin|schriftsteller|schriftstellerin)|\p{L}+(?:ologe|ologin|führer|führerin|ingenieur|ingenieurin|meister|meisterin|referent|referentin|kommandant|kommandantin)|директор\p{L}*|министр\p{L}*|глав\p{L}*|губернатор\p{L}*|мэр\p{L}*|президент\p{L}*|председател\p{L}*|заместител\p{L}*|эксперт\p{L}*|представител\p{L}*|посетител\p{L}*|жител\p{L}*|руководител\p{L}*|начальник\p{L}*|тренер\p{L}*|нападающ\p{L}*|нападник\p{L}*|защитник\p{L}*|захисник\p{L}*|вратар\p{L}*|воротар\p{L}*|капитан\p{L}*|капітан\p{L}*|наставник\p{L}*|адвокат\p{L}*|прокурор\p{L}*|депутат\p{L}*|міністр\p{L}*|голов\p{L}*|керівник\p{L}*|мешкан\p{L}*|пресс-секретар\p{L}*|представник\p{L}*|заступник\p{L}*|речни[кц]\p{L}*|очільни[кц]\p{L}*|прес-секретар\p{L}*|експерт\p{L}*)$/iu;

/**
 * Sentence-opening words that are capitalised only because they open the sentence; among them the
 * possessives, which make what follows a common noun (`Mein Vorgänger`, `Наш собеседник`).
 */
export const FUNCTION_WORDS = words(
  "Mein Meine Meinen Meinem Meiner Dein Deine Sein Seine Seinen Seinem Seiner Ihr Ihre Ihren Ihrem Ihrer Unser Unsere Unseren Unserem Euer Eure Mon Mes Notre Nos Votre Vos Leur Leurs Ses Мой Моя Мои Наш Наша Наши Мій Мої Наші The A An In On At But And Or For Some Last Next This That These Those It He She They We I You Our His Her Their Its When While Where After Before Since Under Over Both Several Many Most Neither Every Each Other Others Back Just Such Not No Yes If As By With From To Of Then There Here Now Still Yet Also Even Only Already More Less All Any One Two Three Four Five Six Seven Eight Nine Ten First Second Third Meanwhile However Although Though Because Despite During Until Among Across Like Unlike About Around Without Within Who What Which Why How Mr Mrs Ms Dr Der Die Das Ein Eine Im Am Auch Und Wie Wir Sie Er Es Man Le La Les Un Une Des Il Elle Ils Nous Vous Dans Sur Avec Pour Par Selon D'après D’après À Au Aux Autour Près Vers Chez Depuis Entre Pendant Sous Après Avant Malgré Sans Bei Beim Vom Ins Laut Gegen Ohne Trotz Wegen Nach Aus Seit Für Mit Zum Zur Über Unter Vor Из От Под При Во Со Между Через Около Среди Від Із До Під Зі Між Біля Поблизу Серед В На И По Для Это Он Она Они Мы Но А Уже Также После Как У З Та Це Він Вона Вони Ми Але Також Після Як" +
    // Russian and Ukrainian determiners, which some gazetteer towns are spelt as: `Усі мости …`, `Все работы …`.
    ' Все Всё Всех Вся Весь Всі Усі Усе Уся Увесь Этот Эта Это Эти Тот Те Цей Ця Це Ці Той Ті' +
    // The emphatic `himself` before a name: `Сам Петров вину не признал`.
    ' Сам Сама Сами Само Самі',
);

/**
 * Initials that stand for a kind of thing, not a body: firms by size (`PME`, `SME`), trades (`BTP`),
 * taxes, contracts, measures and jobs (`TVA`, `CDI`, `GDP`, `CEO`, a family doctor's `GP`).
 */
export const COMMON_INITIALISMS = words(
  'PME PMI TPE ETI BTP HLM TVA SMIC CDI CDD RSA PIB SME SMEs GDP VAT CEO CFO COO CTO PhD LKW PKW ÖPNV BIP GP GPs' +
    // Units and time zones written after a number: `400 MW`, `0810 GMT`.
    ' MW GW KW MWh GWh TWh kWh GMT UTC CET CEST BST EST EDT PST PDT',
);

export const MONTH_AND_DAY_NAMES = words(
  'January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday Januar Februar März Juni Juli Oktober Dezember Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag',
);

/** German place names end in these (`Marienbrücke`, `Fichtelgebirge`, `Friedrichstadt`); a few common nouns do too. */
export const GERMAN_PLACE_ENDING =
  /\p{Ll}(?:brücke|gebirge|ufer|straße|strasse|platz|see|berg|tal|stadt|dorf|hafen|wald|insel|kanal|bahnhof|flughafen|allee|gasse|kreis|heim|hausen|burg|stetten|stedt|weiler|hofen|furt|brunn)$/u;
/**
 * German compounds that name a kind of place by what it is for, made of or how it is built
 * (`Behelfsbrücke`, `Klappbrücke`, `Rastplatz`, `Bolzplatz`): common nouns, though they end as names do.
 */
export const GERMAN_KIND_OF_PLACE =
  /^(?:Rad|Fuß|Fußgänger|Straße|Straßenbahn|Stadtbahn|Tram|Eisenbahn|Bahn|Autobahn|Behelf|Hänge|Holz|Stahl|Beton|Stein|Bogen|Dreh|Klapp|Hub|Liege|Park|Spiel|Sport|Bolz|Lager|Container|Industrie|Gewerbe|Rast|Halte|Bus|Not|Fähr|Schiff|Anlege|Fracht|Ersatz|Nachbar|Geh|Fahrrad)(?:s|n|en|es)?(?:-\s*)?(?:brücke|platz|hafen|bahnhof|straße|weg|steg|tunnel)$/iu;
/** A town's station, port or quarter, named after the town with `von`: `Hauptbahnhof von Lindau`, `Stadtrand von Lindau`. */
export const GERMAN_PARTS_OF_TOWN = new Set(
  'Hauptbahnhof Bahnhof Flughafen Hafen Innenstadt Altstadt Zentrum Stadtrand Stadtzentrum Ortskern Umgebung Nähe Rand'.split(' '),
);
export const GERMAN_PLACE_NOUNS = new Set(
  'Hauptstadt Innenstadt Altstadt Landeshauptstadt Großstadt Kleinstadt Vorstadt Heimatstadt Partnerstadt Bundesland Ausland Inland Festland Umland Seeufer Flussufer Ufer Berg Tal See Bahnhof Hauptbahnhof Flughafen Hafen Wald Platz Straße Dorf Burg Insel Kanal Gebirge Brücke Autobahn Landkreis Kreis'.split(
    ' ',
  ),
);

/**
 * Russian and Ukrainian legal forms and kinds of body written in initials before a body's quoted name
 * (`ООО «…»`, `ГО «…»`, `НЕК «…»`): companies, state and municipal enterprises and institutions, non-profits, funds,
 * residents' and gardeners' partnerships.
 */
export const CYRILLIC_LEGAL_FORMS =
  'ООО|ТОВ|ТзОВ|АО|ПАО|МП|ЗАО|ОАО|НАО|ЧАО|ПрАТ|ПАТ|АТ|ХК|ФК|ГК|ТД|ГУП|МУП|ФГУП|ФКП|ФКУ|ФГКУ|ФГБУ|ФГАОУ|ФГБОУ|ГБУ|ГБУЗ|ГАУ|ГАУЗ|ГКУ|ОГБУ|КГБУ|МБУ|МКУ|МАУ|МБОУ|МАОУ|АНО|НКО|НП|ТСЖ|СНТ|ГО|БФ|БО|МБФ|КП|ДП|КНП|НАК|НЕК|НАЕК|ПП|СП|ОСББ';
