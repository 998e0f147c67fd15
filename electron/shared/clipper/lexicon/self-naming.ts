/**
 * The words a site uses when it speaks of itself by name in its furniture: saying what it is
 * (`Example is an independent magazine`), asking to be followed or read by mail (`the newsletter
 * of Example`, `Example's news on your WhatsApp`), or asking consent for its cookies (`Example and
 * its partners use cookies`). In the clipper's languages, as regular-expression alternatives.
 */

// The verb that says what the name is: `is`, `è`, `est`, `ist`, `je`, `es`, `é`, `jest`, `є`; and
// the dash Russian and Ukrainian write for it (`Пример — издание`), where a Latin line's dash opens a list.
export const SELF_COPULA = String.raw`(?:is|è|est|ist|je|es|é|jest|er|är|є|является|[—–](?=\s+\p{Script=Cyrillic}))`;

// The article or determiner before what the site is.
export const SELF_ARTICLE = String.raw`(?:a|an|the|un|una|uno|un['’]|une|ein|eine|einer|een|het|de|o|um|uma|la|il|le|el|en|ett)`;

// What a site says it is: a newspaper, a magazine, a radio station, a network of papers (a
// network of companies is their parent's); in the
// instrumental too, as Polish, Czech and Russian say it after their verb (`jest portalem`, `является изданием`).
export const OUTLET_NOUN = String.raw`(?:\p{L}+(?:zeitung|zeitschrift|magazin|portal|platform|plattform|tidning|tidskrift|krant|blad|avis|sender|radio)|platform|plattform|plateforme|plataforma|sito|sitio|webzine|e-zine|zine|newspaper|magazine|publication|news\s?site|organi[sz]ation|website|web\s?site|site|network of (?:[\p{L}-]+\s+){0,2}(?:newspapers|papers|titles|sites|websites|stations|magazines|publications|newsrooms)|newsletter|station|broadcaster|outlet|newsroom|podcast|blog|journal|weekly|daily|monthly|paper|testata|giornale|quotidiano|periodico|rivista|settimanale|mensile|časopis|deník|noviny|server|magazín|týdeník|měsíčník|portál|portal|gazeta|dziennik|tygodnik|serwis|magazyn|czasopismo|periódico|diario|revista|medio|emisora|radio|jornal|semanário|média|quotidien|hebdomadaire|mensuel|zeitung|magazin|nachrichtenportal|medium|wochenzeitung|tageszeitung|sender|krant|tijdschrift|nieuwssite|omroep|dagblad|weekblad|uitgave|tidning|tidskrift|avis|издание|газета|журнал|портал|агентство|видання|часопис|portalem|dziennikiem|tygodnikiem|serwisem|magazynem|czasopismem|gazetą|časopisem|deníkem|serverem|magazínem|týdeníkem|изданием|газетой|журналом|порталом|агентством|виданням|газетою|журналом|порталом)`;

// A site saying its readers keep it: no story says so of another outlet.
export const READER_SUPPORTED = String.raw`(?:is (?:reader|audience|listener|member|subscriber)[- ]supported|is supported by (?:its|our) (?:audience|readers|listeners|members))`;

// What a site says of itself that no person or topic says: it is licensed, owned, supported by readers.
export const SELF_PREDICATE = String.raw`(?:is licensed by|is regulated by|is (?:published|owned|operated) by|is an? (?:publication|brand|division|member|service|product|title|project) of|${READER_SUPPORTED}|is registered (?:with|as|at) |brings you|is een (?:uitgave|merk) van|est (?:édité|publié)e? par|ist (?:ein )?(?:Angebot|Produkt) d|wird (?:herausgegeben|verlegt|betrieben) von|è (?:edit|pubblicat)[oa] da|es (?:una publicación|un producto) de|é uma publicação d|je vydáván)`;

// A site's footer saying whose trademark its name is: `Example is a registered trademark of Example
// Media Ltd`, `Example ist eine eingetragene Marke der …`, `Example est une marque déposée de …`.
export const TRADEMARK_OF = String.raw`(?:is an? (?:registered )?trade[- ]?mark of|ist eine (?:eingetragene )?(?:Marke|Wortmarke) d|est une marque (?:déposée |commerciale )?d)`;

// The same in Russian, Ukrainian and Chinese, after the name: `«Пример» — зарегистрированный
// товарный знак …`, `«Приклад» — зареєстрована торговельна марка …`, `某某晚报是…的注册商标`.
export const TRADEMARK_AFTER_QUOTED = String.raw`(?:зарегистрированн\p{L}+\s+)?товарн\p{L}+\s+знак|(?:зареєстрован\p{L}+\s+)?(?:торговельн|торгов)\p{L}+\s+марк\p{L}+`;

// What a site says of the group it belongs to: the group's other brands say the same, so the line
// alone does not tell which is the site.
export const PART_OF = String.raw`(?:is (?:a )?part of|is een onderdeel van|fait partie d|ist (?:ein )?Teil d|fa parte d|es parte de|forma parte de|é parte d|je součástí)`;

// A site's newsletter, named with the site after it: `la newsletter di Example`, `la newsletter d'Example`.
export const NEWSLETTER_OF = String.raw`(?:newsletters?|nieuwsbrief|infolettre|lettre d['’]information|boletín|boletim|rassegna|rundbrief|zpravodaj|biuletyn|рассылк\p{L}*|розсилк\p{L}*)\s+(?:\p{Ll}+\s+)?(?:(?:of|from|di|del|della|dello|van|de|da|do|du|des|de la|von|vom|der|z|od|dari)\s+|d['’])`;

// A site's news, named with the site after it, offered on a messaging channel: `las noticias de Example en tu WhatsApp`.
export const NEWS_OF = String.raw`(?:noticias|notícias|news|nieuws|notizie|nouvelles|nachrichten|novinky|zprávy|wiadomości|berita|новости|новини)\s+(?:(?:of|from|di|del|della|van|de|da|do|du|des|von|vom|z|od|dari)\s+|d['’])`;

// Asking readers to follow the site on a channel: `Follow Example on WhatsApp`, `Seguici …`, `Ikuti …`.
export const FOLLOW = String.raw`(?:follow|read|ikuti|sigue a|lee|lisez|lesen sie|czytaj|čtěte|читайте|segui|seguici su|suivez|folgen sie|folge|volg|sledujte|obserwuj|siga|подписывайтесь на|підписуйтесь на|следите за|слідкуйте за)`;

// The messaging channels a site asks to be followed on.
export const CHANNEL = String.raw`(?:WhatsApp|Telegram|Viber|Signal|LINE|Google News|YouTube|Instagram|Facebook|TikTok|Threads|Bluesky)`;

// `the WhatsApp channel` in the clipper's languages, before the site's name: `ikuti saluran WhatsApp Example`.
export const CHANNEL_WORD = String.raw`(?:channel|saluran|kanal|canal|canale|kanaal|kanál|kanał|каналу?)`;

// `Example and its partners use cookies`, `Example en partners gebruiken cookies`, `Example uses
// cookies`: the site asking consent, its partners named with it or not.
export const AND_PARTNERS = String.raw`(?:and (?:its|our) (?:\d+ )?partners|en (?:zijn |haar |onze )?partners|et ses partenaires|und (?:seine|ihre|unsere) (?:\d+ )?Partner|e i suoi partner|y sus (?:socios|partners)|e (?:os )?seus parceiros|a (?:jeho |její |naši )?partneři|i (?:jego |nasi )?partnerzy|och (?:dess |våra )?partner|og (?:dets |våre )?partnere)`;

// Offering itself by mail, the site's name between: `Get Example in your inbox`, `Receive the Example to your inbox`.
export const INBOX_BEFORE = String.raw`(?:get|receive)\s+`;
export const INBOX_AFTER = String.raw`(?:in|to|into)\s+your\s+inbox`;

// A newsletter named for when it comes (`The Morning newsletter`), not for the site that sends it.
export const NEWSLETTER_TIME =
  /^(?:morning|evening|weekend|weekday|breaking|sunday|saturday|monday|friday|midday|lunchtime|night|first)$/iu;

// The verb a cookie banner says the site (and its partners) use cookies with.
export const USE_COOKIES = String.raw`(?:uses?|utilise|utilisent|verwendet|verwenden|nutzt|nutzen|gebruikt|gebruiken|utiliza|utilizan|usa|usan|utilizza|utilizzano|používá|používají|używa|używają|använder|bruker|bruger|käyttää|использует|используют|використовує|використовують)\s+(?:\p{L}+\s+){0,3}?(?:cookies?|cookie-\p{L}+)`;

// The services a cookie banner names besides the site: their cookies are not the site's voice.
export const COOKIE_THIRD_PARTY = new RegExp(
  String.raw`^(?:${CHANNEL}|Google|Meta|Microsoft|Adobe|Amazon|Hotjar|Cloudflare|Vimeo|Twitter|X|Spotify|Apple)(?:\s|$)`,
  'u',
);

// Offering its app, the site's name after the word or before it: `l'app di Example`, `l'application
// Example`, `приложение Example`; `Download the Example app`. An English `App` before a capital is
// a button's (`App Store`, `App FAQ`).
export const APP_OF = String.raw`(?:(?:app|application|aplicación|aplicativo|applicazione|aplikace|aplikacja|aplikasi)\s+(?:(?:di|de|del|von|of|from|du|do|da|dari)\s+|d['’])|l['’]application\s+|(?:приложение|застосунок|застосунку)\s+)`;
export const GET_APP = String.raw`(?:download|get|install)\s+(?:the\s+)?`;
export const APP_AFTER = String.raw`(?:app|apps|mobile app)(?!\p{L})`;
