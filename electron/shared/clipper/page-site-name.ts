import { escapeRegExp } from '../text/escape-regexp.js';
import { siteKey } from '../text/name-key.js';
import { CREDIT_ROLES } from './lexicon/job-titles.js';
import { isGivenName } from './lexicon/given-names.js';
import { opensOnGivenName } from './person-name.js';
import { ANY_STOPWORD } from './lexicon/stopwords.js';
import type { Line } from './lines.js';
import { isGenericMenuWord } from './page-brand.js';
import { isPlatformName } from './source.js';
import { isKnownLatinPlace } from './gazetteer.js';
import { isCountryOrRegion } from './lexicon/countries.js';
import {
  AND_PARTNERS,
  APP_AFTER,
  APP_OF,
  CHANNEL,
  CHANNEL_WORD,
  COOKIE_THIRD_PARTY,
  FOLLOW,
  GET_APP,
  INBOX_AFTER,
  INBOX_BEFORE,
  NEWS_OF,
  NEWSLETTER_OF,
  NEWSLETTER_TIME,
  OUTLET_NOUN,
  PART_OF,
  READER_SUPPORTED,
  SELF_ARTICLE,
  SELF_COPULA,
  SELF_PREDICATE,
  TRADEMARK_AFTER_QUOTED,
  TRADEMARK_OF,
  USE_COOKIES,
} from './lexicon/self-naming.js';

/**
 * A page names its own site in its furniture, in a few set shapes: `About Outlet`, `Contact
 * Outlet`, `Follow Outlet`, `Subscribe to Outlet`, `Outlet Newsletters`, `Outlet Video`,
 * `Outlet.com`. Each shape alone can mislead (`About Jane Doe`); a name several of them agree on
 * is the site's.
 */

// Of the verbs before a site's name, those a page says only of itself: it asks readers to stay
// with it, never to follow a person or a topic, as `Follow` and `About` may.
const OWN_NAME_VERBS = [
  'subscribe to',
  'keep up to date with',
  'stay up to date with',
  'stay connected with',
  'stay in touch with',
  'sign up to',
  'sign up for',
  'welcome to',
  'abonnieren sie',
  'abonnez-vous à',
  'подписывайтесь на',
  'подпишитесь на',
  'підписуйтесь на',
  'підписуйтеся на',
  'підпишіться на',
];
// Verbs and labels that take the site's own name after them, in the clipper's languages.
const BEFORE_NAME = [
  'about',
  'contact',
  'support',
  'follow',
  'join',
  'talk to',
  'ask',
  'more from',
  'the best of',
  'über',
  'kontakt',
  'folgen sie',
  'à propos de',
  'contacter',
  'suivez',
  'sobre',
  'о',
  'про',
  ...OWN_NAME_VERBS,
];
// Sections and products that carry the site's name before them.
const AFTER_NAME = new Set([
  'newsletter',
  'newsletters',
  'staff',
  'apps',
  'video',
  'videos',
  'podcast',
  'podcasts',
  'archive',
  'archives',
  'conference',
  'membership',
  'magazine',
  'newsroom',
]);
const DOMAIN = /^((?:\p{L}|\p{N})[\p{L}\p{N}-]{1,30})\.(?:com|co\.uk|net|org|ca|com\.au|in|de|fr|ru|ua|cn)$/iu;
const NAME_WORD = /^(?:\p{Lu}|\p{N})[\p{L}\p{N}&'’.+-]*$/u;
// Words that follow `About`, `Contact`, `Follow` in menus without naming anything.
// A page speaks of itself as `this site` too (`Diese Seite nutzt Cookies`), which names nothing.
const NOT_A_NAME =
  /^(?:us|me|we|wir|nous|noi|wij|nosotros|nós|мы|ми|the author|our \p{L}+|this \p{L}+|your \p{L}+|(?:diese[rsm]?|ce|cette|questo|questa|este|esta|deze|dit|ten|tato|ta|этот|цей)(?: \p{L}+)?|(?:notre|nos|nuestro|nuestra|nuestros|unser|unsere|onze|nasz|nasza|naše|náš|наш|наша|наши|nostro|nostra|vår|vårt|vores)(?: \p{L}+)?|site|website|webseite|sito|sitio|сайт|портал|uns|nous|нас|us on \p{L}+|all|more|privacy|cookies|ads|advertising|terms|help|the newsroom|news|home)$/iu;
// What a page asks readers to join besides itself: `Join Readers Club`, `Join Our Community`.
const JOINED_GROUP =
  /(?:^|\s)(?:club|community|team|conversation|discussion|movement|network|list|waitlist|program|programme|now|today|free)$/iu;
const MAX_NAME_WORDS = 4;
const MAX_LINE_CHARS = 60;
// A name must be given by this many lines to count (a menu and a footer may repeat one).
const MIN_EVIDENCE = 2;

// A name's particle between its capitalised words: `Le Courrier de l’Anse`, `Journal of Trade`.
const NAME_PARTICLE = /^(?:de|du|des|of)$/u;
// A French particle elided onto the next word: `d’Alsace`, `l’Ouest`.
const ELIDED_PARTICLE = /^[dl]['’]\p{Lu}[\p{L}'’-]*$/u;

/** Whether word `k` of `words` is a particle inside a name, between a name's word and a capitalised one. */
function innerParticle(words: readonly string[], k: number): boolean {
  return k > 0 && k < words.length - 1 && NAME_PARTICLE.test(words[k]!) && /^(?:\p{Lu}|[dl]['’]\p{Lu})/u.test(words[k + 1]!);
}

/** A run of capitalised words that could be a name: `The Harbour Gazette`, `WXYZ`, `9to5Example`. */
function asName(words: readonly string[]): string | null {
  if (!words.length || words.length > MAX_NAME_WORDS) return null;
  const lead = /^the$/iu.test(words[0]!) && words.length > 1 ? 1 : 0;
  if (!words.slice(lead).every((w, k, rest) => NAME_WORD.test(w) || ELIDED_PARTICLE.test(w) || innerParticle(rest, k))) return null;
  const name = words.join(' ');
  const last = words[words.length - 1]!;
  if (
    NOT_A_NAME.test(name) ||
    (isGenericMenuWord(words[0]!) && words.length === 1) ||
    /^(?:the|by|more|our|get)$/iu.test(last) ||
    /^by$/iu.test(words[0]!)
  )
    return null;
  return name;
}

// A notice that closes on the site's name: `Originally published on Outlet.`
const NOTICE_THEN_NAME = /^(?:originally )?(?:published|appeared) (?:on|in) (.{2,40}?)\s*\.?$/iu;

// A Russian or Ukrainian site names itself in quotation marks, in sentence case: as the medium it
// is registered as (`«Пример» — сетевое издание`) or serves as (`«Пример» — агрегатор новостей`), or asking to be read elsewhere (`Читайте «Пример» в Telegram`).
const QUOTED_SELF =
  /^«([^«»]{2,40})»\s*[—–-]\s*(?:сетевое издание|интернет-издание|онлайн-издание|электронное (?:периодическое )?издание|информационное агентство|(?:новостной )?агрегатор(?: новостей)?|інтернет-видання|онлайн-видання|мережеве видання|інформаційне агентство|(?:новинний )?агрегатор(?: новин)?)|^(?:читайте|подписывайтесь на|подпишитесь на|підписуйтесь на|підписуйтеся на|підпишіться на|следите за|слідкуйте за)\s+«([^«»]{2,40})»\s+(?:в|во|у|на)\s/iu;

// The same registered medium before its name: `Сетевое издание «Пример» зарегистрировано …`,
// `Суб’єкт у сфері онлайн-медіа «Приклад», ідентифікатор медіа …`.
const MEDIUM_THEN_QUOTED =
  /^(?:сетевое издание|интернет-издание|онлайн-издание|электронное (?:периодическое )?издание|информационное агентство|мережеве видання|інтернет-видання|онлайн-видання|інформаційне агентство|суб['’]єкт у сфері (?:онлайн-|аудіовізуальних |друкованих )?медіа|онлайн-медіа)\s+«([^«»]{2,40})»/iu;

// A Russian or Ukrainian feminine name in the accusative: its adjective or its last noun ends in `-у`/`-ю`.
const DECLINED_FEMININE = /(?:ую|юю|ську|цьку|зьку|ову|еву|іну|ину)(?:\s|$)|\s\p{Script=Cyrillic}+[ую]$/u;

// A Chinese site asks to be read in its app or followed on WeChat: `下载X客户端`, `关注X微信公众号`.
const CJK_SELF = /^(?:下载|打开)(\p{Script=Han}{2,12}?)(?:客户端|app)|^(?:关注|订阅)(\p{Script=Han}{2,12}?)(?:官方)?(?:微信)?公众号/iu;

// A footer's trademark notice for the apps and stores it links to (`Android is a trademark of
// Google LLC`, `微信是腾讯公司的注册商标`) names a platform's owner, not the site.
const PLATFORM_TRADEMARK =
  /(?<!\p{L})(?:Apple|Google|Android|iPhone|iPad|iOS|App Store|Microsoft|Windows|Amazon|Alexa|Meta|Facebook|Instagram|WhatsApp|YouTube|Huawei|Samsung)(?!\p{L})|苹果|谷歌|安卓|微信|腾讯|华为/u;
const TRADEMARK_OF_RE = new RegExp(String.raw`^${TRADEMARK_OF}`, 'iu');
const QUOTED_TRADEMARK = new RegExp(String.raw`^«([^«»]{2,40})»\s*[—–-]\s*(?:${TRADEMARK_AFTER_QUOTED})`, 'iu');
const CJK_TRADEMARK = /^(\p{Script=Han}{2,12}?)(?:是|为|系)[^。，,；;]{0,30}?的?(?:注册)?商标/u;

/**
 * The name a footer's trademark notice gives the site (`Example is a registered trademark of
 * Example Media Ltd`, `«Пример» — зарегистрированный товарный знак`), or null: a site registers
 * its own name, and the company after `of` is its owner.
 */
function trademarkedName(text: string): string | null {
  if (PLATFORM_TRADEMARK.test(text)) return null;
  const quoted = QUOTED_TRADEMARK.exec(text)?.[1] ?? CJK_TRADEMARK.exec(text)?.[1];
  if (quoted) return quoted.trim();
  const opening = openingName(text);
  return opening && TRADEMARK_OF_RE.test(opening.rest) ? opening.name : null;
}

// A notice naming the company that publishes the site: `Outlet is published by the Example Society, …`.
const PUBLISHED_BY = String.raw`\s+(?:is (?:published|owned) by|is (?:a )?part of|is a (?:publication|brand|division) of|fait partie d[eu]|ist (?:ein )?Teil d(?:er|es))\s+(?:the\s+)?`;

/**
 * The site a notice says `owner` publishes (`Outlet is published by the Example Society`), or null:
 * a copyright line names the owner, and the notice the outlet it owns.
 */
export function outletOfOwner(lines: readonly Line[], owner: string): string | null {
  const notice = new RegExp(`^(.{2,40}?)${PUBLISHED_BY}${escapeRegExp(owner.replace(/^the\s+/iu, ''))}(?![\\p{L}\\p{N}])`, 'iu');
  for (const line of lines) {
    const m = notice.exec(line.text.trim());
    const name = m ? asName(m[1]!.split(/\s+/u)) : null;
    if (name && siteKey(name) !== siteKey(owner)) return name;
  }
  return null;
}

/**
 * The name a line gives the site where the site speaks of itself: saying what it is (`Example is
 * an independent weekly`, `«Пример» — сетевое издание`) or who publishes it, or null. What a name
 * is, and who owns it, speak for the site in its furniture only: a story says so of the outlets and
 * firms it names; only that readers keep it is the site's own word wherever it stands.
 */
function nameToldInNotice(text: string, furniture = true): string | null {
  const quoted = QUOTED_SELF.exec(text);
  if (quoted) {
    // `Читайте «Львівську хвилю»`: a name asked to be read is in the accusative, which is not the name as it is listed.
    const asked = quoted[2]?.trim();
    return asked === undefined ? quoted[1]!.trim() : DECLINED_FEMININE.test(asked) ? null : asked;
  }
  const medium = MEDIUM_THEN_QUOTED.exec(text)?.[1];
  if (medium) return medium.trim();
  const cjk = CJK_SELF.exec(text);
  if (cjk) return cjk[1] ?? cjk[2]!;
  const trademark = furniture ? trademarkedName(text) : null;
  if (trademark) return trademark;
  const opening = openingName(text);
  if (!opening) return null;
  if (furniture ? SELF_PREDICATE_RE.test(opening.rest) || SELF_DESCRIPTION.test(opening.rest) : READER_SUPPORTED_RE.test(opening.rest))
    return opening.name;
  return null;
}

/**
 * The name a notice line gives the site by its shape (`Outlet is part of …`), or null. In a story
 * the name that belongs to a group, or is owned by someone, may be a firm's: there it counts only as
 * one line among others.
 */
function nameInNotice(text: string, furniture = true): string | null {
  const told = nameToldInNotice(text, furniture);
  if (told) return told;
  const opening = openingName(text);
  if (opening && (furniture ? PART_OF_RE.test(opening.rest) : OWNED_NOTICE.test(` ${opening.rest}`))) return opening.name;
  const m = NOTICE_THEN_NAME.exec(text);
  return m ? asName(m[1]!.split(/\s+/u)) : null;
}

// What follows the name in a line where the site says what it is: `is an independent magazine`,
// `è un periodico online`, `je regionální deník`, `is licensed by …`, `is part of …`. The
// words before what it is describe it, and are no preposition (`is a reporter for the paper`).
const SELF_DESCRIPTION = new RegExp(
  String.raw`^${SELF_COPULA}\s+(?:${SELF_ARTICLE}\s+)?(?:(?!(?:at|for|of|with|in|on|to|by|from|per|di|da|van|für|pour|chez|bei|à|the)\s)[\p{L}'’-]+,?\s+){0,3}?${OUTLET_NOUN}(?!\p{L})`,
  'iu',
);
const SELF_PREDICATE_RE = new RegExp(String.raw`^${SELF_PREDICATE}`, 'iu');
const PART_OF_RE = new RegExp(String.raw`^${PART_OF}`, 'iu');
const READER_SUPPORTED_RE = new RegExp(String.raw`^${READER_SUPPORTED}`, 'iu');
const OWNED_NOTICE = new RegExp(`^${PUBLISHED_BY}`, 'iu');
// A radio station's frequency after its name: `Example FM 96.4`, `Radio Example 94.7 FM`.
const FREQUENCY = /\s+\d{2,3}(?:[.,]\d{1,2})?(?:\s*(?:FM|AM|MHz))?$/u;
// A line of furniture may open on an emoji or a bullet before its words.
const LEAD_MARKS = /^[^\p{L}\p{N}«"“]+/u;
const NAME_RUN_WORD = /^(?:[\p{Lu}\p{N}][\p{L}\p{N}&'’.+-]*?)[.,;:!?]?$/u;
const NAME_ARTICLE = /^(?:the|la|il|lo|el|los|las|le|les|die|der|das|de|het|o|os)$/iu;
// A call written in title case goes on past the name: `Join our WhatsApp Channel For Latest Updates`.
const FUNCTION_WORD =
  /^(?:for|to|and|or|on|in|at|with|of|from|by|now|here|today|us|untuk|dan|di|dari|para|por|pour|et|für|und|per|e|y|i|a|и|в|для)$/iu;

/**
 * The name a run of capitalised words opens `text` on, and the words after it, or null: no
 * person's name (`Jane Doe is a columnist`), and a station's frequency is no part of it.
 */
function openingName(text: string): { name: string; rest: string } | null {
  const words = text.replace(LEAD_MARKS, '').split(/\s+/u);
  const start = words.length > 1 && NAME_ARTICLE.test(words[0]!) ? 1 : 0;
  let end = start;
  while (
    end < words.length &&
    end - start <= MAX_NAME_WORDS &&
    (NAME_RUN_WORD.test(words[end]!) || ELIDED_PARTICLE.test(words[end]!) || (end > start && innerParticle(words, end)))
  ) {
    end++;
    // A name ends where its punctuation does: `Example, a weekly`, `Example.`.
    if (/[,;:!?]$|(?<!\.\p{L}+)\.$/u.test(words[end - 1]!)) break;
  }
  if (end === start || FUNCTION_WORD.test(words[start]!)) return null;
  const raw = words
    .slice(0, end)
    .join(' ')
    .replace(/[,;:!?]$|(?<=\p{Ll}{2})\.$/u, '')
    .replace(FREQUENCY, '');
  const name = asName(raw.split(/\s+/u));
  const nameWords = name?.split(/\s+/u) ?? [];
  // `Jane Doe`, `Editor Jane Doe`: a given name before another capitalised word is a person's.
  if (!name || nameWords.some((w, k) => isGivenName(w) && (k + 1 < nameWords.length || k === start))) return null;
  return { name, rest: words.slice(end).join(' ') };
}

/**
 * A shape in which a line of furniture names the site while asking to be read or followed, or
 * asking consent for its cookies. The name is read as a run of capitalised words (openingName):
 * opening the text after each match of `call`, or opening the text `call` captures.
 */
interface CallShape {
  /** The words before the name, as a global pattern; `^` where the name opens the line. */
  call: RegExp;
  /** Where the name is read: opening the text after the call, or opening the call's first capture. */
  name: 'after' | 'captured';
  /** What the words after the name must say, where the call alone does not make it the site's. */
  then?: RegExp;
  /** A name in the shape that is not the site's. */
  notSite?: (name: string) => boolean;
}

// After the name, the channel it is followed on: `… on your WhatsApp`, `… en tu WhatsApp`.
// A case ending may follow the channel's name: `na WhatsAppu`.
const ON_CHANNEL = new RegExp(
  String.raw`^\s*(?:on|en|in|op|su|sur|auf|na|w|em|di|в|у)\s+(?:\p{Ll}+\s+){0,2}${CHANNEL}\p{Ll}{0,2}(?!\p{L})`,
  'u',
);
const firstWord = (name: string) => name.split(' ')[0]!;

// In the order they are tried: the first shape that gives a name gives the line's.
const CALL_SHAPES: readonly CallShape[] = [
  // `Example and its partners use cookies`: the site's cookie banner, speaking in its own name. A
  // service the banner names (`Google Analytics uses cookies to …`) is not the site.
  {
    call: /^/gu,
    name: 'after',
    then: new RegExp(String.raw`^(?:${AND_PARTNERS}\s+)?${USE_COOKIES}`, 'iu'),
    notSite: (name) => COOKIE_THIRD_PARTY.test(name),
  },
  // `La newsletter di Example`: a site sends its own newsletter.
  { call: new RegExp(String.raw`(?:^|\s)${NEWSLETTER_OF}(?=\p{Lu}|\p{N})`, 'giu'), name: 'after' },
  // `ikuti saluran WhatsApp Example.id`, `the WhatsApp channel Example`: a site runs its own channel.
  {
    call: new RegExp(String.raw`(?:^|\s)(?:${CHANNEL_WORD}\s+${CHANNEL}|${CHANNEL}\s+${CHANNEL_WORD})\s+(?=\p{Lu}|\p{N})`, 'giu'),
    name: 'after',
  },
  // `Recibe las noticias de Example en tu WhatsApp`: news of a name offered on a channel is the site's own.
  { call: new RegExp(String.raw`(?:^|\s)${NEWS_OF}(?=\p{Lu}|\p{N})`, 'giu'), name: 'after', then: ON_CHANNEL },
  // `Follow Example on WhatsApp`: a person or a topic is followed too, but not on a channel.
  { call: new RegExp(String.raw`(?:^|\s)${FOLLOW}\s+(?=\p{Lu}|\p{N})`, 'giu'), name: 'after', then: ON_CHANNEL },
  // `Get Example in your inbox`: only the site itself comes by mail.
  {
    call: new RegExp(String.raw`(?:^|\s)${INBOX_BEFORE}(?=\p{Lu}|\p{N})`, 'giu'),
    name: 'after',
    then: new RegExp(String.raw`^${INBOX_AFTER}`, 'iu'),
  },
  // `Scarica l’app di Example`, `l'application Example`: a site offers its own app.
  { call: new RegExp(String.raw`(?:^|\s|['’])${APP_OF}(?=\p{Lu}|\p{N})`, 'giu'), name: 'after' },
  // `Download the Example app`: the app named after the name is the site's.
  {
    call: new RegExp(String.raw`(?:^|\s)${GET_APP}(?=\p{Lu}|\p{N})`, 'giu'),
    name: 'after',
    then: new RegExp(String.raw`^${APP_AFTER}`, 'u'),
  },
  // `The Example newsletter`, alone on its line: the site's own newsletter, asked for by name. A
  // newsletter's own title (`Weekend Digest Newsletter`, `Member newsletter`) has no article before
  // it, and one named for when it comes (`The Morning newsletter`) or for a menu's word is no site's.
  {
    call: /^\s*[Tt]he\s+(.{2,40}?)\s+newsletter\s*$/gu,
    name: 'captured',
    then: /^$/u,
    notSite: (name) => NEWSLETTER_TIME.test(firstWord(name)) || isGenericMenuWord(firstWord(name)),
  },
];

/**
 * The name a line of furniture gives the site in a call to read or follow it, or asking consent
 * for its cookies: `La newsletter di Example`, `Recibe las noticias de Example en tu WhatsApp`,
 * `ikuti saluran WhatsApp Example.id`, `Get Example in your inbox`, `The Example newsletter`,
 * `Download the Example app`, `Scarica l’app di Example`,
 * `Example and its partners use cookies`. Null if none.
 */
function nameInCall(text: string): string | null {
  for (const shape of CALL_SHAPES) {
    for (const m of text.matchAll(shape.call)) {
      const named = openingName(shape.name === 'captured' ? m[1]! : text.slice(m.index + m[0].length));
      if (named && (!shape.then || shape.then.test(named.rest)) && !shape.notSite?.(named.name)) return named.name;
    }
  }
  return null;
}

/** The name after one of `verbs` opening a short line (`Subscribe to Outlet`), or null. */
function nameAfterVerb(text: string, verbs: readonly string[]): string | null {
  if (text.length > MAX_LINE_CHARS) return null;
  const words = text.replace(/[.!?:]+$/u, '').split(/\s+/u);
  const lower = words.map((w) => w.toLowerCase());
  for (const verb of verbs) {
    const n = verb.split(' ').length;
    if (words.length > n && lower.slice(0, n).join(' ') === verb) {
      // `Follow Outlet on Facebook`: the network is not part of the name.
      const on = words.slice(n).findIndex((w, k) => k > 0 && /^(?:on|auf|sur|в|у)$/iu.test(w));
      const rest = on > 0 ? words.slice(n, n + on) : words.slice(n);
      // `Sign up for the Outlet Newsletter`: the product after the name is not part of it.
      const name = asName(rest.length > 1 && AFTER_NAME.has(rest.at(-1)!.toLowerCase()) ? rest.slice(0, -1) : rest);
      return verb === 'join' && name && JOINED_GROUP.test(name) ? null : name;
    }
  }
  return null;
}

// A link to the site's page on a network: `Example on Facebook`, `Example auf Instagram`, `Example sur X`.
const ON_NETWORK = new RegExp(
  String.raw`^(.{2,40}?)\s+(?:on|auf|sur|en|su|op|в|у|на)\s+(?:${CHANNEL}|X|Twitter|LinkedIn|Pinterest|Mastodon|VK|ВКонтакте|Одноклассниках|Дзене|Дзен)$`,
  'u',
);

/**
 * The name a link to the site's page on a network gives, or null: not a person's (`Jane Doe on X`,
 * an author's), and not a call's (`Follow Us on X`, `Share on Facebook`, `Breaking News on
 * WhatsApp`), whose words are a pronoun, a menu's or one ordinary word.
 */
function nameOnNetwork(text: string): string | null {
  const m = ON_NETWORK.exec(text.trim());
  const words = m ? m[1]!.split(/\s+/u) : [];
  const name = words.length ? asName(words) : null;
  if (!name || opensOnGivenName(name)) return null;
  const plain = (w: string) => ANY_STOPWORD.has(w.toLowerCase()) || isGenericMenuWord(w) || /-|^\p{Lu}{2,}$/u.test(w);
  if (words.some((w, k) => plain(w) && !innerParticle(words, k) && !(k === 0 && NAME_ARTICLE.test(w)))) return null;
  return words.length > 1 || ONE_WORD_BRAND.test(name) ? name : null;
}

// One word names a site when it looks like a name, not like an ordinary word: `ExampleNet`, `9to5Example`.
const ONE_WORD_BRAND = /^(?:\p{Lu}?\p{Ll}+(?:\p{Lu}|\p{N})[\p{L}\p{N}]*|\p{N}+\p{L}[\p{L}\p{N}]*)$/u;

/** The name a furniture line gives the site, by its shape, or null. */
export function selfReference(text: string): string | null {
  const told = nameInNotice(text) ?? nameInCall(text);
  if (told) return told;
  if (text.length > MAX_LINE_CHARS) return null;
  const networked = nameOnNetwork(text);
  if (networked) return networked;
  const domain = DOMAIN.exec(text);
  if (domain) return isPlatformName(domain[1]!) ? null : domain[1]!;
  const named = nameAfterVerb(text, BEFORE_NAME);
  if (named) return named;
  const words = text.replace(/[.!?:]+$/u, '').split(/\s+/u);
  if (words.length >= 2 && AFTER_NAME.has(words[words.length - 1]!.toLowerCase())) return asName(words.slice(0, -1));
  return null;
}

/**
 * Whether a line of the story names `name` as the page writes it, mid-sentence (`… told Example on
 * Monday`) or as an owner (`Example's guide to …`), where a sentence's first word is not just capitalised.
 */
function namedInStory(text: string, name: string): boolean {
  const n = escapeRegExp(name);
  return new RegExp(`\\p{L}[,;]?\\s+${n}(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])${n}['’]s\\s`, 'u').test(text);
}

/**
 * The site's name from the one furniture line that asks readers to stay with it (`Keep up to date
 * with Outlet`, `Subscribe to Outlet`), when the story names it too, as a site writing of its own
 * work does (`… did not answer Outlet's questions`). A longer name (`Outlet
 * Ruritania`, an edition) counts by its leading words the story uses.
 */
export function siteNameNamedInStory(
  lines: readonly Line[],
  isFurniture: (i: number) => boolean,
  isStory: (i: number) => boolean,
): string | null {
  const story = lines.filter((_, i) => isStory(i)).map((l) => l.text);
  for (let i = 0; i < lines.length; i++) {
    const name = isFurniture(i) ? nameAfterVerb(lines[i]!.text, OWN_NAME_VERBS) : null;
    if (!name || isGenericMenuWord(name)) continue;
    const words = name.split(' ');
    for (let n = words.length; n >= 1; n--) {
      const lead = asName(words.slice(0, n));
      if (lead && !isGenericMenuWord(lead) && siteKey(lead).length >= 3 && story.some((t) => namedInStory(t, lead))) return lead;
    }
  }
  return null;
}

/** The most readable of a name's spellings: spaced words, not all capitals. */
function displayForm(forms: readonly string[]): string {
  // A site that writes itself bare in one line (`About Example`) is not `The Example` in another's label.
  const bare = (f: string) => /^the\s/iu.test(f) && forms.includes(f.replace(/^the\s+/iu, ''));
  const rank = (f: string) => (bare(f) ? -1 : /\s/u.test(f) ? 2 : 0) + (/\p{Ll}/u.test(f) ? 1 : 0);
  return [...forms].sort((a, b) => rank(b) - rank(a))[0]!.replace(/^the\s+(?=\p{Lu})/u, '');
}

/** The names a page's furniture gives its site, and how often each is given. */
export interface SiteNames {
  /** The name given most often, by at least two lines; null when none stands out. */
  best: string | null;
  /**
   * The name the page gives in its own voice, saying what it is or asking to be read or followed
   * (`Example is an independent weekly`, `La newsletter di Example`), by the most lines; null when none.
   */
  told: string | null;
  /** How many furniture lines give this name, however spelt. */
  count(name: string): number;
  /** The spelling the page gives this name in its own lines (`Example` for `The Example`), or null. */
  formOf(name: string): string | null;
}

/**
 * Whether a line of furniture repeats the name the site gives itself: alone (a footer's logo), or
 * opening the line before a separator or a figure (`Example FM · 1 Mill Lane`, `Example.cz, z. s.`).
 */
function repeatsName(text: string, name: string): boolean {
  const t = text.trim().replace(/^the\s+/iu, '');
  const n = name.replace(/^the\s+/iu, '');
  if (siteKey(t) === siteKey(n)) return true;
  return new RegExp(`^${escapeRegExp(n)}\\s*(?:[·|•,]|\\s[–—-]\\s|\\d)`, 'iu').test(t);
}

// `Le Phare` and `du Phare` name one site: its article comes and goes with the sentence.
const LEADING_NAME_ARTICLE = /^(?:the|le|la|les|il|el|die|der|das|de|het)\s+|^l['’]/iu;
const nameKeyOf = (name: string) => siteKey(name.replace(LEADING_NAME_ARTICLE, ''));

export function siteNamesFromSelfReferences(lines: readonly Line[], isFurniture: (i: number) => boolean): SiteNames {
  const byKey = new Map<string, string[]>();
  const toldBy = new Map<string, number>();
  const counted = new Set<number>();
  lines.forEach((line, i) => {
    // A notice naming the site is read wherever it stands: a page's text copy may leave it beside the story.
    const name = isFurniture(i) ? selfReference(line.text) : nameInNotice(line.text, false);
    if (!name) return;
    const key = nameKeyOf(name);
    if (key.length < 2) return;
    byKey.set(key, [...(byKey.get(key) ?? []), name]);
    counted.add(i);
    if (isFurniture(i) ? (nameToldInNotice(line.text) ?? nameInCall(line.text)) : nameToldInNotice(line.text, false))
      toldBy.set(key, (toldBy.get(key) ?? 0) + 1);
  });
  // A name the site gives in its own voice counts again where its furniture repeats it: a menu
  // item's name is repeated in the footer's copy of the menu.
  for (const [key, forms] of byKey) {
    if (!toldBy.has(key)) continue;
    const again = lines.filter((l, i) => isFurniture(i) && !counted.has(i) && forms.some((f) => repeatsName(l.text, f)));
    byKey.set(key, [...forms, ...again.map(() => forms[0]!)]);
  }
  let best: string[] | null = null;
  for (const forms of byKey.values()) if (forms.length >= MIN_EVIDENCE && forms.length > (best?.length ?? 0)) best = forms;
  let told: string | null = null;
  for (const key of toldBy.keys()) if (!told || byKey.get(key)!.length > byKey.get(told)!.length) told = key;
  const formsOf = (name: string) => byKey.get(nameKeyOf(name)) ?? [];
  return {
    best: best ? displayForm(best) : null,
    told: told ? displayForm(byKey.get(told)!) : null,
    count: (name) => formsOf(name).length,
    formOf: (name) => (formsOf(name).length ? displayForm(formsOf(name)) : null),
  };
}

// The same heading run into its paragraph: `Über die Universität Example: Die Example-Universität wurde 1457 gegründet …`.
const ABOUT_INLINE = /^(?:about|über|à propos de|о компании|про компанію)\s+(.{2,40}?)\s*:\s+(.{20,})$/iu;
const LEADING_ARTICLE = /^(?:the|die|der|das|la|le|les|l['’])\s*/iu;
// The name a boilerplate paragraph opens on, after its article: capitalised words and a name's particles.
const OPENING_NAME =
  /^(?:(?:[Tt]he|[Dd]ie|[Dd]er|[Dd]as|[Ll]a|[Ll]e|[Ll]es)\s+|[Ll]['’])?(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}&.'’-]*|of|for|and|de|du|des|für|und))*)/u;

/**
 * The issuer an inline `About X:` paragraph names: the name its sentence opens on when that is X,
 * or X in full (`Über die Universität Example: Die Albert-Example-Universität …`), not a person.
 */
function aboutParagraphIssuer(text: string, authors: readonly string[]): string | null {
  const m = text.length > 600 ? null : ABOUT_INLINE.exec(text);
  if (!m) return null;
  const name = m[1]!.replace(LEADING_ARTICLE, '');
  const words = name.split(/\s+/u);
  if (words.length > ISSUER_WORDS || NOT_A_NAME.test(name) || opensOnGivenName(name)) return null;
  if (authors.some((a) => a.toLowerCase() === name.toLowerCase())) return null;
  const opening = OPENING_NAME.exec(m[2]!)?.[1];
  if (!opening || opening.split(/\s+/u).length > ISSUER_WORDS + 2) return null;
  const [o, n] = [opening.toLowerCase(), name.toLowerCase()];
  return o.endsWith(n) || o.startsWith(n) ? opening : null;
}

// A press release closes on its issuer's boilerplate: `About Example`, then `Example is …`.
const ABOUT_HEADING = /^(?:about|über|à propos de|о компании|про компанію)\s+(.{2,40}?)\s*:?$/iu;
const ISSUER_WORDS = 4;

/**
 * The company issuing a press release: the name of its `About X` section, when the paragraph
 * under it opens on the same name. An author's note (`About Jane Doe`) is not one: the byline names her.
 */
export function pressReleaseIssuer(lines: readonly Line[], authors: readonly string[]): string | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    const inline = aboutParagraphIssuer(lines[i]!.text.trim(), authors);
    if (inline) return inline;
    if (i === lines.length - 1) continue;
    const m = ABOUT_HEADING.exec(lines[i]!.text.trim());
    if (!m) continue;
    const words = m[1]!.split(/\s+/u);
    const name = words.length <= ISSUER_WORDS ? m[1]! : null;
    if (!name || NOT_A_NAME.test(name) || /^the author/iu.test(name)) continue;
    // `About Jane Doe` over `Jane Doe is a reporter …` introduces a person, whether or not the byline names her.
    if (authors.some((a) => a.toLowerCase() === name.toLowerCase()) || opensOnGivenName(name)) continue;
    const next = lines[i + 1]!.text;
    if (next.length > name.length * 4 && next.toLowerCase().startsWith(`${name.toLowerCase()} `)) return name;
  }
  return null;
}

// An author's note names the outlet the author works for, in its first sentence: `Jane Doe is a
// senior editor at Example`, `Jane covers courts for Example`, `Jane Doe is Example's data editor`.
// Only the present tense counts: `was a reporter for` names a former employer.
const NOTE_ROLES = [...CREDIT_ROLES, 'founder', 'co-founder', 'publisher']
  .map((r) => `[${r[0]}${r[0]!.toUpperCase()}]${escapeRegExp(r.slice(1))}`)
  .join('|');
// A name's words; a dot inside one (`Example.com`) is part of it, a dot after it ends the sentence.
const OUTLET_WORD = String.raw`[\p{Lu}\p{N}](?:[\p{L}\p{N}&'’-]|\.(?=[\p{L}\p{N}]))*`;
const OUTLET = String.raw`(?:the\s+)?((?:The\s+)?${OUTLET_WORD}(?:\s+${OUTLET_WORD}){0,3})`;
const NOTE_SHAPES = [
  String.raw`is\s[^.;]{0,80}?\b(?:${NOTE_ROLES})s?\s+(?:of|at|for|with)\s+${OUTLET}`,
  String.raw`(?:covers|writes|reports)\s[^.;]{0,60}?\bfor\s+${OUTLET}`,
  String.raw`is\s+${OUTLET}['’]s\s+(?:[\p{Ll}-]+\s+){0,2}(?:${NOTE_ROLES})\b`,
];
const NOTE_MAX_CHARS = 600;

/** The outlet an author's note names (`Jane Doe is a reporter for Example`), for the byline's authors, or null. */
export function outletInAuthorNote(lines: readonly Line[], authors: readonly string[]): string | null {
  // The note opens on the author's full name, or on the first name alone.
  const openings = [...new Set(authors.flatMap((a) => [a, a.split(' ')[0]!]))].filter((o) => o.length > 1);
  if (!openings.length) return null;
  const note = new RegExp(`^(?:${openings.map(escapeRegExp).join('|')})\\s+(?:${NOTE_SHAPES.join('|')})`, 'u');
  for (const line of lines) {
    if (line.text.length > NOTE_MAX_CHARS) continue;
    const outlet = note.exec(line.text)?.slice(1).find(Boolean);
    // `Jane Doe is our reporter for Example County`: a place is the beat the author covers, not an employer.
    if (outlet && !isKnownLatinPlace(outlet) && !isCountryOrRegion(outlet, 'en')) return outlet;
  }
  return null;
}
