import { escapeRegExp } from '../text/escape-regexp.js';
import { CJK_OUTLET_ENDING, hasOutletWord } from './lexicon/outlet-words.js';
import { opensOnGivenName, readsAsPersonName } from './person-name.js';
import { isGenericMenuWord } from './page-brand.js';
import { LEGAL_LINK, LEGAL_PAGE, RIGHTS_PHRASE } from './lexicon/cruft-phrases.js';
import { findFullDates } from './date.js';
import { outletOfReuseTerms } from './origin-note.js';

/** The word a source line opens on; `本文来源`, `稿件来源` (this story's, this copy's source) are the same label in Chinese. */
export const SOURCE_LABEL_WORD = String.raw`(?:source|(?:本文|文章|稿件|新闻)?来源|источник|джерело|quelle)`;
const SOURCE_LABEL = String.raw`${SOURCE_LABEL_WORD}\s*[:：]`;
/**
 * A test of whether a line credits `name` as the story's origin by a source label: `Source:
 * Example Wire`, `来源：东海日报作者：…` (Chinese runs the next label on with no space).
 */
export function creditsAsSource(name: string): (line: string) => boolean {
  const credit = new RegExp(String.raw`${SOURCE_LABEL}\s*${escapeRegExp(name)}(?!(?!\p{Script=Han})\p{L})`, 'iu');
  return (line) => credit.test(line);
}

// The name runs to a bar, a wide space, the line's end, a date or the next label (`Source: Xinhua| 2023-04-02`,
// `来源：新华社2023-04-02`, `来源：东海日报 作者：李晓燕`, `来源：本网` and a wide space before `浏览次数：2368`, `（来源：南海晚报）`; a text copy glues
// the paper's name to its reporters' label: `来源：东海日报记者 李晓燕`);
// a digit inside a name (`9to5Example`) is part of it.
const SOURCE_TAG = new RegExp(
  String.raw`(?:^|[\s|（(【])${SOURCE_LABEL}\s*([^|]{2,40}?)\s*(?:\||$|[)）】]|\s{2,}|\u3000|\s(?=\p{Script=Han}{1,6}[:：])|[,\s]\s*\d|\d{1,4}[-./年月]|\s(?:author|autor|автор)\s*[:：]|\s?(?:作者|记者|编辑|责任编辑)\s*[:：]?|\s?(?:发布时间|发布于|时间)\s*[:：])`,
  'iu',
);
// The name may close on the year and a dash before the rights: `© Example Post 2024 – Alle Rechte vorbehalten`;
// or a dot before the footer's links: `© Example Post 2024 · Imprint · Privacy`; a dot inside an address
// (`example.com`) is part of it. It opens on a letter, a digit or a quotation mark, never the year,
// perhaps after the year's full stop, a dot or a dash (`Copyright 2019. Example Post.`, `© 2019 · Example Post · …`,
// `Copyright 2019 by Example Post`).
const COPYRIGHT = new RegExp(
  String.raw`(?:©|(?<![\p{L}\p{N}])\(c\)|copyright)\s*(?:(?:©|copyright)\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*[,.·•–-]?\s*(?:by\s+)?)?((?!(?:19|20)\d{2}(?!\p{L}))[\p{L}\p{N}«"“„'(].{1,79}?)(?:,?\s*\d{4})?\s*(?:[-–—]\s*)?(?:\.(?!\p{Ll})|[|·•]|$|${RIGHTS_PHRASE})`,
  'iu',
);
// A copyright line whose sign the page's text copy lost: `2024 Example Media, Inc. All Rights Reserved`.
const YEAR_THEN_RIGHTS = new RegExp(
  String.raw`^(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s+(\p{Lu}.{1,60}?)[.,]?\s+(?:${RIGHTS_PHRASE})`,
  'iu',
);
// The site's owner, as what the site is to it, then the site's name: `© 2025 a Example plc subsidiary. Example Post.`
const OWNED_THEN_NAME =
  /^(?:©|\(c\)|[Cc]opyright)\s*(?:(?:19|20)\d{2}\s+)?(?:a|an|une?|eine?)\s+[^.]{2,40}?\s+(?:subsidiary|company|brand|publication|filiale|marque|tochter(?:gesellschaft)?|marke)\.\s+(\p{Lu}[^.|·•]{1,60}?)\.?$/u;
// The name before the sign, the year closing the line: `Example Gazette © 2024`, `Example © 2010–2024. All rights reserved`.
const NAME_THEN_COPYRIGHT = new RegExp(
  String.raw`^(\p{Lu}[^©|·•/]{1,60}?)\s*(?:©|\(c\)|copyright)\s*(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s*(?:[.|,]|\s[-–—]\s|$|${RIGHTS_PHRASE})`,
  'iu',
);
// A label before the sign (`Press Council Regulated Copyright ©2019 Example Newspapers`) says what the line is, and names no one.
const NAME_BEFORE_OWNER = /^(?![^©]*copyright(?!\p{L}))(\p{Lu}[^©|·•/]{1,60}?)\s*(?:©|\(c\))\s*(?:19|20)\d{2}\s/iu;
// A footer's ban on copying, which names the outlet as its rights do: `Example – Toute reproduction interdite`.
const COPYING_BAN =
  '(?:toute )?reproduction (?:interdite|réservée)|(?:any )?reproduction (?:is )?prohibited|nachdruck (?:verboten|untersagt)|перепечатка запрещена|передрук заборонено';
// The name, a dash, the rights, with no sign: `Example Gazette – Tous droits réservés`.
const NAME_THEN_RIGHTS = new RegExp(String.raw`^(\p{Lu}[^©|·•/]{1,60}?)\s+[-–—|]\s+(?:${RIGHTS_PHRASE}|${COPYING_BAN})`, 'iu');
// The outlet, then its slogan naming what it is to the reader: `Example Bote – Ihre Zeitung im Tal`,
// `Example Courier — your local news`.
const NAME_THEN_SLOGAN =
  /^(\p{Lu}[^©|·•/–—]{1,50}?)\s+[-–—|]\s+(?:ihre|deine|your|votre|ton|ваша|ваш|твоя|твій|ваше)\s+(?:\p{L}+\s+){0,2}(?:zeitung|tageszeitung|heimatzeitung|newspaper|paper|local news|news|journal|quotidien|hebdo|газета|издание|видання|новости|новини)(?!\p{L})/iu;
/** `Example Bote – Ihre Zeitung im Tal`: a footer's line of the outlet's name and slogan. */
export function isOutletSlogan(text: string): boolean {
  const m = text.length > 120 ? null : NAME_THEN_SLOGAN.exec(text);
  return m !== null && isNameShaped(m[1]!);
}

// The outlet, then the group that owns it or its registered capital: `Example Herald · Part of
// Example Media`, `EXEMPLE, SAS au capital de 2 000 000 €`.
const NAME_THEN_PARENT =
  /^(\p{Lu}[^©|·•/,]{1,60}?)\s*(?:[|·•,–—-]\s*(?:part of|a member of|a division of|ein angebot (?:der|von)|membre du groupe)\s|,\s*(?:sas|sasu|sa|sarl|eurl|scop)\s+(?:au|à) capital)/iu;
// `Example FM is a service of Example Broadcasting, Inc. © 2026`, `Example Weekly is published by
// Example Media Ltd. © 2026`: the outlet, then its owner, on a line the copyright sign marks as the footer's.
const NAME_IS_OWNED =
  /^(\p{Lu}[^©|·•/,.]{1,60}?)\s+(?:is|are)\s+(?:(?:(?:a|an|the)\s+)?(?:service|station|publication|division|brand|trading\s+name|trading\s+style|part|member|title|imprint)\s+of|(?:published|owned|operated)\s+by)\s+\p{Lu}.*(?:©|\(c\)|copyright)/iu;
// A review site's note on the links it is paid for, which opens on the site's name (of two words or more:
// `Reviews may earn …` opens on a section's).
const AFFILIATE_NOTE =
  /^((?:The\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){0,3})\s+(?:may|might|can)\s+(?:earn|receive|get)\s+(?:an?\s+)?(?:small\s+)?(?:share|commission|affiliate|compensation)/u;
// A footer's links, which stand beside a copyright sign on either side (`© 2024 · Privacy Policy ·
// Terms`, `Privacy Policy Terms of Use © 2024`) and name no owner.
const FOOTER_LINK =
  /(?<!\p{L})(?:privacy|terms|cookies?|contact|sitemap|impressum|datenschutz|mentions légales|confidentialité|конфиденциальности|конфіденційності)(?!\p{L})/iu;
// `© 2026 Example Herald is a trading name of Example Media Ltd`: the outlet, then what it is to its owner.
const OWNER_CLAUSE =
  /,\s+(?:(?:a|an|the)\s+)?(?:part|division|member|subsidiary|brand|publication)\s+of\s|\s+(?:is|are)\s+(?:(?:a|an|the)\s+)?(?:(?:registered\s+)?trading\s+(?:name|style)|(?:registered\s+)?trade\s*mark|brand|division|part|publication|title|imprint)\s+of\s|\s+(?:is|are)\s+(?:published|owned|operated)\s+by\s/iu;
// What stands before a copyright sign without naming anyone: `All content © 2024`, a footer's links.
const NOT_AN_OWNER = new RegExp(
  String.raw`^(?:all|content|text|texts|images?|photos?|photograph|pictures?|foto|bild|фото|site|website|page|material)(?!\p{L})|${FOOTER_LINK.source}`,
  'iu',
);
// A publisher's imprint in the footer: its name, then its street and number, then the postcode and
// town: `Le Courrier de l'Exemple, Avenue de la Gare 19, 1800 Vevey`, `Example Post, 12 Mill Lane, Townsville AB1 2CD`.
const IMPRINT =
  /^(\p{Lu}[^,|·•©]{1,50}?),\s+[^,]{0,40}?\d{1,4}[^,\d]{0,40},\s+(?:(?:[A-Z]{1,2}-)?\d{4,6}\s+\p{Lu}|\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*\s+[A-Z]{1,2}\d)/u;
// A Chinese footer's `版权所有` (all rights reserved; `版權所有` in traditional characters) with its owner after its colon or before it:
// `版权所有：东海日报社`, `东海日报社 版权所有`. `本站` (this site) names no one, nor does a ban on copying
// (`版权所有 未经授权禁止转载`).
const CJK_RIGHTS =
  /版(?:权|權)所有\s*[:：]\s*(?:©\s*)?(?:(?:19|20)\d{2}\s*)?([\p{sc=Han}A-Za-z0-9·]{2,30})|([\p{sc=Han}A-Za-z0-9·]{2,30})\s*版(?:权|權)所有/u;
// The owner named after the rights: `Все права на материалы сайта принадлежат АО "Пример"`,
// `Усі права належать ТОВ «Приклад»`, `Alle Rechte liegen bei der Example GmbH`, `All rights belong to Example`.
const RIGHTS_BELONG_TO =
  /(?:все права(?: на [\p{L} ]{2,30}?)? принадлежат|(?:усі|всі) права(?: на [\p{L} ]{2,30}?)? належать|alle rechte liegen bei(?: der| dem)?|tous (?:les )?droits (?:appartiennent|sont réservés) à|all rights belong to|all rights are owned by)\s+(.{2,60}?)\s*\.?$/iu;
// A Chinese site claiming the story as its own: `本文为东海日报原创稿件`, `版权归东海日报所有`.
// The paper that runs a Chinese site, in its footer: `主办单位：某某晚报社`, `某某晚报社主办`. A body
// that is no outlet (a city's government) runs sites too, and names none.
const CJK_SPONSOR = /^主办(?:单位)?\s*[:：]\s*(\p{Script=Han}{2,16})|^(\p{Script=Han}{2,16}?)主办(?:\s|$)/u;
const CJK_OWN_STORY = /本(?:文|稿)(?:为|系)([\p{Script=Han}A-Za-z0-9·]{2,20}?)(?:原创|独家)|版权归([\p{Script=Han}A-Za-z0-9·]{2,20}?)所有/u;
const DISCLAIMER =
  /(?:editorial (?:position|policy|line|stance|views?)|(?:do|does) not (?:necessarily )?reflect (?:the )?(?:views?|opinions?) of|(?:and )?not necessarily (?:those|the (?:views?|opinions?)) of)\s+(?:of\s+)?(.{2,60}?)\s*\.?$/iu;
// The outlet may stand in quotation marks: `Фото: Анна Лис / «Вечерние вести»`.
const CAPTION_OUTLET = /(?:\/|\bfor\s+)(?:\s*[«"“„])?(\p{Lu}[\p{L}&.' -]{1,40}?)[»"”“]?\s*\)?\s*$/u;

// Blogging software and hosts, named by a template's footer or publisher field: never the site.
const PLATFORM = /^(?:wordpress|blogger|blogspot|wix|squarespace|tumblr|ghost|hosted)(?:\.com|\.org)?$/iu;
// A credit to unnamed agencies names no outlet: `Source: News agencies`, `Quelle: Agenturen`.
const UNNAMED_CREDIT = /^(?:(?:news|wire|press)\s+)?(?:agencies|agences|agenturen|агентства|wires|services)$/iu;

// A picture library, named by what it sells: `Example Images`, `Example Stock`, `Фотобанк Example`.
// It supplied a photo, never the story.
const PICTURE_LIBRARY =
  /(?:^|\s)(?:images|pictures|photos|photography|imagery|stock|photo agency|bildagentur|fotoagentur)$|^(?:фотобанк|фотоагентство|bildagentur|fotoagentur)(?:\s|$)|图片$|图库$/iu;

/** Whether a name is blogging software or a host (`WordPress.com`) rather than a site. */
export function isPlatformName(name: string): boolean {
  return PLATFORM.test(name.trim());
}

const DOMAIN_SUFFIX = /\.(?:com|co\.uk|net|org|ru|cn|de|fr)["”»]?$/iu;

// A footer's credit to whoever built or hosts the site, not to the outlet: `Designed by …`,
// `Powered by …`, `Website by …`, `Разработка сайта …`, `Réalisé par …`, `技术支持：…`. The name
// a copyright line gives ends where such a credit starts.
const SITE_CREDIT = [
  String.raw`(?:(?:web\s?)?(?:site|design)\s+)?(?:designed|developed|powered|hosted|built|made|crafted|created|maintained)\s+(?:by|with|on)`,
  String.raw`(?:web\s?)?(?:site|design|theme|template)\s+by`,
  String.raw`(?:разработка|создание|продвижение|поддержка)\s+сайта|сайт\s+(?:разработан|создан|сделан)|разработано|сделано\s+в`,
  String.raw`(?:розробка|створення|підтримка)\s+сайту|сайт\s+(?:розроблено|створено)|розроблено|зроблено\s+в`,
  String.raw`(?:realisiert|umgesetzt|entwickelt|gestaltet)\s+(?:von|durch|mit)|(?:webdesign|umsetzung)\s*:`,
  String.raw`(?:réalisé|réalisée|conçu|conçue|développé|développée|propulsé|hébergé)\s+(?:par|avec)|(?:réalisation|conception)\s*:`,
  String.raw`技术支持|网站建设|网站设计|设计制作`,
].join('|');
const AFTER_SITE_CREDIT = new RegExp(String.raw`(?:^|[\s|·•,:;–—-])(?:${SITE_CREDIT})(?!\p{L}).*$`, 'iu');

// The kind of medium, or the company's legal form, a footer names before the outlet's name in
// quotation marks, the company's form perhaps before its medium's inside them: `Сетевое издание
// «Пример»`, `ООО «Пример Медиа»`, `ООО «Телекомпания «Пример»`, `Le journal « Exemple »`.
const MEDIUM_BEFORE_QUOTED =
  /^(?:[«"“„]?\s*(?:ооо|оао|зао|ао|пао|тов|пат|прат|ат|ано|сетевое издание|интернет-издание|онлайн-издание|электронное (?:периодическое )?издание|газета|журнал|телекомпания|телерадиокомпания|трк|телеканал|радиостанция|(?:информационное|інформаційне) агентство|телекомпанія|телерадіокомпанія|радіостанція|інтернет-видання|онлайн-видання|мережеве видання|часопис|le journal|le quotidien|l['’]hebdomadaire|le magazine|die zeitung|das magazin|the newspaper)\s+)+(?=[«"“„])/iu;

// `© Example 2011-2024`, `copyright Example 2024 - ISSN: 1234-5678`: the years, and what a dash
// adds after them, close a copyright line's name.
const TRAILING_YEARS = /\s+(?:19|20)\d{2}(?:\s*[-–]\s*(?:(?:19|20)\d{2})?)?(?:\s+[-–—].*)?$/u;

// `© 2024 example.com`: an address in lower case, which names the site as written.
const LOWER_CASE_DOMAIN = /^\p{Ll}[\p{L}\p{N}-]*\.(?:com|co\.uk|net|org|ru|cn|de|fr)$/u;

const LOWER_CASE_ARTICLE = /^(?:the|le|la|les|der|die|das)\s/u;

function clean(name: string, labelled = false): string | null {
  // `© Example.com` names the site `Example`; a labelled `Source: Example.com` is kept as written.
  const asWritten = labelled || LOWER_CASE_DOMAIN.test(name.trim());
  const head = (asWritten ? name : name.replace(AFTER_SITE_CREDIT, '').replace(TRAILING_YEARS, '').replace(DOMAIN_SUFFIX, ''))
    .replace(MEDIUM_BEFORE_QUOTED, '')
    .replace(/[«»"“”„]/gu, '')
    .replace(/^(?:copyright|©)\s*/iu, '')
    // `Example Media — Read our terms`, `Example / Example Verlag GmbH`: the name ends where a dash,
    // bar or slash starts something else, or closed the name before the years cut from its end (`© Example – 2025`).
    .replace(/\s+[—–|/](?:\s+.*)?$/u, '');
  // `© Example Wire 2024 / ew-240514-031`: the years before what the slash adds close the name too.
  const n = (asWritten ? head : head.replace(TRAILING_YEARS, ''))
    // `Example Press 地址：…` (an ideographic space between), `Example Press  Tel: …`: the contact the
    // footer gives after the name; `来源：某某网 未经授权不得转载`: the reprint terms after it.
    .replace(
      /(?:\u3000|\s{2,}|\s+(?=(?:地址|电话|邮编|address|tel\.?|phone|fax|адрес|адреса|тел\.?)\s*[:：])|\s*[，,]?\s*(?=未经|(?:禁止|不得|严禁|谢绝)转载|转载请|版权所有)).*$/iu,
      '',
    )
    // `Example (www.example.com)`: the site's address in brackets after its name.
    .replace(/\s*\((?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+\)$/u, '')
    // `Example Media Ltd, 1 Mill Lane, Townsville`, `Example Verlags-GmbH, Marktplatz 3, …`: an address after the company's legal form.
    .replace(/([\s-](?:ltd|llc|inc|plc|gmbh)\.?),.*$/iu, '$1')
    // `Example Herald, 410 W. Second St.`: the street's number opens the address after the name.
    .replace(/,\s*\d.*$/u, '')
    .replace(
      /,?\s+(?:or its affiliat|is a (?:registered )?trademark|an? (?:subsidiary|division|unit|member|publication|brand) of|and its licensors).*$/iu,
      '',
    )
    .replace(/^[\s,.:-]+|[\s,.:-]+$/gu, '');
  // A name found in running text starts with a capital or a digit (`and Reprint` is not one); a
  // labelled one is given as the site writes it (`the Example`, `example.com`). Neither is a year
  // nor an age rating (`© 2025. 16+`): a name has letters.
  if (
    !n ||
    n.length < 2 ||
    isPlatformName(n) ||
    UNNAMED_CREDIT.test(n) ||
    PICTURE_LIBRARY.test(n) ||
    /^(?:the author|all rights|все права|усі права|всі права|alle rechte|tous droits)/iu.test(n) ||
    (!asWritten && /^\p{Ll}/u.test(n)) ||
    // `Source: company filings`, `Источник: пресс-служба мэрии`: a labelled description in lower
    // case cites a body or a document, where an outlet's name is capitalised, an address or an
    // article's `the Example`.
    (labelled && /^\p{Ll}[^\s.]*\s/u.test(n) && !LOWER_CASE_ARTICLE.test(n)) ||
    !/\p{L}/u.test(n)
  )
    return null;
  return n;
}

// A company's legal form, perhaps the head of a compound (`Verlags-GmbH`) or in brackets (`Example
// Media (Pty) Ltd`): the site's owner rather than the outlet (`Example Media Holdings, Inc.`).
const COMPANY =
  /(?:^|[\s,])\(?(?:\p{L}+-)?(?:inc|llc|community interest company|cic|mbh|kg|verlagsgesellschaft|verlagshaus|verlag|éditions|l\.l\.c|corp|corporation|company|co|ltd|pty|pvt|limited|plc|gmbh|ag|s\.?a|s\.?a\.?s|holdings|group|enterprises|publishing|interactive|newspapers|network|affiliated companies|ооо|оао|зао|тов|有限公司)\.?\)?$/iu;

// Legal forms written as their registers write them, case and dots and all: `Example B.V.`,
// `Example Srl`, `Example Ltda.`, `Example s.r.o.`, `Example, z. s.`, `Example Oy`. In other cases
// they are words (`as`, `ab`, `spa`).
const CASED_FORMS = String.raw`B\.?V|N\.?V|S\.?r\.?l|SRL|S\.?p\.?A|SPA|S\.?L|S\.?L\.?U|S\.?A\.?R\.?L|SARL|Ltda|LTDA|S\.?A\.?S|s\.\s?r\.\s?o|spol\.\s?s\s?r\.\s?o|a\.\s?s|z\.\s?s|Sp\.?(?:\s?z\s?o\.\s?o|\s?[jk])?|AS|ASA|AB|Oy|Oyj|ApS|A\/S|e\.\s?V|eG|GbR|UG|OÜ|d\.\s?o\.\s?o|Kft|Zrt|ООО|ОАО|ЗАО|АО|ПАО|ТОВ|ПрАТ`;
const CASED_LEGAL_FORM = new RegExp(String.raw`(?:^|[\s,])(?:${CASED_FORMS})\.?$`, 'u');
// The same beside a name in a line, with the common English and German forms: `ТОВ «Приклад»`,
// `Example Sp. z o.o., ul. …`, which a copyright's reading may have cut from the name.
const LEGAL_FORM_WORD = String.raw`(?:${CASED_FORMS}|Ltd|LLC|Inc|GmbH|PLC|plc|Pty)\.?`;

/** Whether a line gives `name` a legal form, before or after it: `© 2024 ТОВ «Приклад»`, `Example Sp. z o.o.`. */
export function namesCompany(text: string, name: string): boolean {
  const n = escapeRegExp(name);
  return new RegExp(String.raw`(?:^|[\s(])${LEGAL_FORM_WORD}\s*[«"“]?${n}|${n}[»"”]?,?\s*${LEGAL_FORM_WORD}(?=$|[\s,.;)–—-])`, 'u').test(
    text,
  );
}

// A Chinese company's name closes on its legal form or its group, with no space before: `某某传媒集团有限公司`.
const HAN_COMPANY = /\p{Script=Han}(?:有限公司|有限责任公司|股份公司|集团)$/u;

/** Whether a name is a company's legal name. */
export function isCompanyName(name: string): boolean {
  return COMPANY.test(name.trim()) || CASED_LEGAL_FORM.test(name.trim()) || HAN_COMPANY.test(name.trim());
}

/** `Example News, LLC` → `Example News`, `Example GmbH & Co` → `Example`: the name without its legal form. */
export function withoutLegalForm(name: string): string {
  let n = name.trim();
  const form = (text: string) => COMPANY.exec(text) ?? CASED_LEGAL_FORM.exec(text);
  for (let m = form(n); m && m.index > 0; m = form(n)) n = n.slice(0, m.index).replace(/[\s,&]+$/u, '');
  return n;
}

// A Chinese reprint note: `（本文来自某某财经，转载请注明出处）`.
const REPRINT_NOTE = /^[（(]?本文来(?:自|源于)\s*([^，,。;；）)]{2,20})/u;

// `来源：本网`, `来源：本站`: the site itself, which the tag does not name.
const THIS_SITE = /^本(?:网|站|网站|报|台|刊)$/u;

/** The outlet named by a `Source: X` or `来源：X` tag, or a Chinese reprint note. */
export function sourceFromTag(text: string): string | null {
  const m = SOURCE_TAG.exec(text) ?? REPRINT_NOTE.exec(text);
  return m && !THIS_SITE.test(m[1]!.trim()) ? clean(m[1]!, true) : null;
}

// A messenger's forward names the channel it came from: `Переслано от Example | EX`, `Forwarded from Example`.
const FORWARDED_FROM =
  /^(?:переслано (?:от|из)|переслано з|forwarded from|weitergeleitet von|transféré (?:de|depuis)|转发自)\s+([^|]{2,60}?)\s*(?:\|.*)?$/iu;

/** The channel a messenger's forward came from, which is the story's outlet, or null. */
export function forwardedFrom(text: string): string | null {
  return FORWARDED_FROM.exec(text.trim())?.[1] ?? null;
}

// `（东海晚报）` closing a Chinese story: the paper it ran in, alone in brackets.
const BRACKETED_HAN_NAME = /^[（(](\p{Script=Han}{2,12})[）)]$/u;

/** The Chinese paper a story's closing bracket names, or null. */
export function bracketedHanOutlet(text: string): string | null {
  const name = BRACKETED_HAN_NAME.exec(text.trim())?.[1];
  return name && CJK_OUTLET_ENDING.test(name) ? name : null;
}

// A blog platform's header names the publication a post appears in: `Published in Example Climate · 5 min read`.
const PUBLISHED_IN =
  /^(?:[Pp]ublished in|[Vv]eröffentlicht in|[Pp]ublié dans|[Оо]публиковано в|[Оо]публіковано в)\s+((?:[Tt]he\s+)?\p{Lu}[^·|•\d]{1,40}?)\s*(?:[·|•]|$)/u;

// A publication's title may keep small words in lower case between its capitalised ones: `Notes from the Harbour`.
const TITLE_WITH_SMALL_WORDS =
  /^\p{Lu}[\p{L}'’&-]*(?:\s+(?:\p{Lu}[\p{L}'’&-]*|&|of|from|the|and|for|on|in|at|to|de|du|des|la|le|les|et|der|die|das|und|für)){0,5}\s+\p{Lu}[\p{L}'’-]*$/u;

/** The publication a header's `Published in X ·` names, or null. */
export function publishedIn(text: string): string | null {
  const name = PUBLISHED_IN.exec(text.trim())?.[1]?.trim();
  return name && (isNameShaped(name) || TITLE_WITH_SMALL_WORDS.test(name)) ? name : null;
}

const SENTENCE_WORDS = 5;

/** `Reuse of our material is allowed with a link`: words mostly in lower case, which no outlet's name is. */
function isSentence(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  return words.length >= SENTENCE_WORDS && words.filter((w) => /^\p{Ll}/u.test(w)).length * 2 > words.length;
}

/** A footer's item that links to a legal or contact page, whole: `Impressum`, `Privacy Policy`, `Kontakt`. */
const LEGAL_ITEM = new RegExp(
  `^(?:${LEGAL_LINK.source}|${LEGAL_PAGE.source}|${FOOTER_LINK.source}|kontakt|contact(?:s| us)?|контакты|контакти)$`,
  'iu',
);

/** `Example Zeitung Digital · Impressum · Datenschutz · AGB`: the site's name heads the row of its legal links. */
function nameBeforeLegalLinks(text: string): string | null {
  const [first, ...rest] = text.trim().split(/\s+[·|•]\s+/u);
  if (!first || rest.length < 2 || !rest.every((item) => LEGAL_ITEM.test(item.trim()))) return null;
  return !NOT_AN_OWNER.test(first) && !LEGAL_ITEM.test(first) && isNameShaped(first) ? clean(first) : null;
}

/** The outlet named in a copyright footer, an opinion disclaimer or the head of a row of legal links. */
export function sourceFromFooter(text: string): string | null {
  // A photo's credit inside a caption (`(Image: © Jane Doe)`) names the photographer.
  if (text.length > 300 || /\((?:image|photo|foto|bild|фото)\s*:/iu.test(text)) return null;
  // `Example Review may earn a commission on sales from its links`: the site's own note.
  const affiliate = AFFILIATE_NOTE.exec(text)?.[1];
  if (affiliate && /\s/u.test(affiliate) && isNameShaped(affiliate)) return clean(affiliate);
  const disclaimer = DISCLAIMER.exec(text);
  // `… those of the Example Gazette`: the article in running text is no part of the name.
  if (disclaimer) return clean(disclaimer[1]!.replace(/^the\s+/u, ''));
  const owner = RIGHTS_BELONG_TO.exec(text);
  if (owner) return clean(owner[1]!);
  // A name the terms ask a link to is the outlet's own; an address only stands in for the name
  // the line's copyright gives (`© «Example» … with a link to example.ua`).
  const linked = outletOfReuseTerms(text);
  if (linked && !linked.address) return clean(linked.name, true);
  const owned = OWNED_THEN_NAME.exec(text);
  if (owned) return clean(owned[1]!);
  const copyright = COPYRIGHT.exec(text) ?? YEAR_THEN_RIGHTS.exec(text);
  // `© 2024 Example Post Privacy Policy`: the owner's name ends where the footer's links begin.
  const named = copyright?.[1]!.split(FOOTER_LINK)[0]!.split(OWNER_CLAUSE)[0]!.trim();
  const after = named && !isSentence(named) ? clean(named) : null;
  // `Example Post © 2026 Example Publishing plc`: the outlet before the sign, the company owning it after.
  const outlet = after && isCompanyName(after) ? NAME_BEFORE_OWNER.exec(text)?.[1] : undefined;
  if (outlet && !NOT_AN_OWNER.test(outlet) && isNameShaped(outlet)) return clean(outlet);
  if (after) return after;
  if (linked) return clean(linked.name, true);
  const before =
    NAME_IS_OWNED.exec(text) ??
    NAME_THEN_COPYRIGHT.exec(text) ??
    NAME_THEN_RIGHTS.exec(text) ??
    NAME_THEN_PARENT.exec(text) ??
    NAME_THEN_SLOGAN.exec(text);
  if (before && !NOT_AN_OWNER.test(before[1]!) && isNameShaped(before[1]!)) return clean(before[1]!);
  // `Monday, May 4, 2026 Print edition`: a masthead's date has an imprint's commas and figures.
  const imprint = IMPRINT.exec(text);
  if (imprint && isNameShaped(imprint[1]!) && !findFullDates(text).length) return clean(imprint[1]!);
  const cjk = CJK_RIGHTS.exec(text) ?? CJK_OWN_STORY.exec(text);
  const cjkOwner = cjk ? (cjk[1] ?? cjk[2])! : null;
  if (cjkOwner && !/^本|未经|未經|禁止|转载|轉載/u.test(cjkOwner)) return clean(cjkOwner);
  const headed = nameBeforeLegalLinks(text);
  if (headed) return headed;
  const sponsor = CJK_SPONSOR.exec(text.trim());
  const paper = sponsor ? (sponsor[1] ?? sponsor[2])! : null;
  return paper && CJK_OUTLET_ENDING.test(paper) ? paper : null;
}

// A picture from the outlet's own archive: `Photo d'archives Le Courrier`, `Archivfoto: Example Zeitung`.
const ARCHIVE_CREDIT =
  /(?:^|[.(]\s*)(?:(?:photo|image|foto|фото) (?:d['’]archives?|archives?|archiv|из архива|з архіву)|archivfoto|archivbild|file photo)\s*[:/]?\s*(\p{Lu}[\p{L}'’ -]{1,40}?)\s*\)?\.?$/iu;

// A caption closing on its picture's owner in brackets: `… on Fore Street (Image: Example Gazette)`.
const BRACKETED_PICTURE_OWNER = /\((?:image|photo|picture|foto|bild|фото)\s*:\s*(\p{Lu}[\p{L}'’ &-]{1,40}?)\s*\)$/iu;

/**
 * The outlet whose own archive a picture comes from, or that took it, known by an outlet's word in
 * its name, or null.
 */
export function outletOfArchivePicture(text: string): string | null {
  const archive = text.length > 400 ? undefined : (ARCHIVE_CREDIT.exec(text)?.[1] ?? BRACKETED_PICTURE_OWNER.exec(text)?.[1]);
  return archive && hasOutletWord(archive) ? clean(archive) : null;
}

// A line that only credits a picture: `Фото: Example Wave`, `Photos: Jane Doe`.
const PICTURE_CREDIT = /^(?:photos?|fotos?|фото|світлин[аи])\s*[:：]\s*(.{2,80})$/iu;

/** Whom a line that only credits a picture names (a photographer, or the paper itself), or null. */
export function pictureCredit(line: string): string | null {
  return PICTURE_CREDIT.exec(line.trim())?.[1] ?? null;
}

/** The outlet in a photo credit: `Photograph: Jane Doe/Outlet`, `(Jane Doe/Outlet)`, `… for Outlet`. */
export function sourceFromCaption(text: string): string | null {
  if (text.length > 400) return null;
  const m = CAPTION_OUTLET.exec(text.replace(/\.$/u, ''));
  if (!m) return null;
  const outlet = m[1]!.trim();
  if (/^(?:REUTERS|AFP|AP|EPA|DPA)$/u.test(outlet)) return outlet === 'REUTERS' ? 'Reuters' : outlet;
  // `Foto: Example Bild/Anna Berg`, `Photo Le Courrier/Jean Morel`: many papers credit the agency or
  // the paper first and the photographer after the slash, in two or three words, none an outlet's.
  const words = outlet.split(/\s+/u);
  return words.length >= 2 && words.length <= 3 && readsAsPersonName(outlet, hasOutletWord) ? null : clean(outlet);
}

// A newsletter forwarded by e-mail names its outlet as the sender: `From: Example Herald <news@example.com>`.
const SENDER = /^(?:from|von|de|от|від)\s*:\s*["“]?([^"“”<>]{2,60}?)["”]?\s*<[^<>@\s]+@[^<>\s]+>\s*$/iu;

// A newsletter's word before its name in quotation marks: `Розсилка «Example»`, `Newsletter «Example»`.
const NEWSLETTER_BEFORE_QUOTED = /^(?:newsletter|(?:la )?lettre|infolettre|рассылка|розсилка|дайджест|digest)\s+«\s*([^«»]{2,50}?)\s*»$/iu;

/**
 * The outlet that sent a forwarded newsletter, when the sender's name is an outlet's, not a
 * person's: it holds an outlet's word, or the newsletter prints it alone as its masthead
 * (`printedAlone`), as no one prints the name of a person forwarding a story.
 */
export function outletOfSender(text: string, printedAlone: (name: string) => boolean = () => false): string | null {
  const sender = SENDER.exec(text.trim())?.[1]?.trim();
  if (!sender) return null;
  const name = NEWSLETTER_BEFORE_QUOTED.exec(sender)?.[1] ?? sender;
  if (opensOnGivenName(name)) return null;
  return hasOutletWord(name) || printedAlone(name) ? name : null;
}

// Short words a newspaper's name keeps in lower case: `Le Courrier du Midi`, `Daily News of Example`.
const NAME_PARTICLE = /^(?:of|the|and|de|du|des|la|le|les|der|die|das|am|im|del|el|y|и)$/iu;
const MAX_OUTLET_WORDS = 6;

// The article a French title opens on: `Le`, `La`, `Les`, `L'Écho`.
const FRENCH_ARTICLE = /^(?:le|la|les|l['’]\p{Lu})/iu;

/**
 * A few words, each capitalised or a particle of a name: `Le Courrier du Midi`, `Example Weekly`,
 * `Агентство «Приклад»`. A Cyrillic name capitalises its first word only, and is known by an
 * outlet's word: `Вечерний курьер`.
 */
export function isNameShaped(text: string): boolean {
  const plain = text.trim().replace(/[«»"“”„]/gu, '');
  const words = plain.split(/\s+/u);
  if (words.length > MAX_OUTLET_WORDS) return false;
  const capitalised = (w: string) => /^(?:[lLdD]['’])?[\p{Lu}\p{N}]/u.test(w) || NAME_PARTICLE.test(w);
  if (words.every(capitalised)) return true;
  // `La Tribune riveraine`: a French title may close on an adjective in lower case after the outlet's word.
  const head = words.slice(0, -1);
  const french = FRENCH_ARTICLE.test(words[0]!) && head.every(capitalised) && hasOutletWord(words.at(-2)!);
  if (french && /^\p{Ll}+$/u.test(words.at(-1)!)) return true;
  return /^\p{Lu}\p{Script=Cyrillic}/u.test(plain) && hasOutletWord(plain);
}

// A paper's masthead is short: `The Example Echo`, `Вечерний курьер`.
const MASTHEAD_WORDS = 4;
const MASTHEAD_CHARS = 40;

/**
 * A newspaper's masthead as a paste's first line: a few words naming it by a word outlets use
 * (`Herald`, `Echo`, `вісник`, not the `News` of many sections) and by a word of its own, so
 * a section's `World News` or `Новости Примерска` is none. Name-shaped as a paper's name is (isNameShaped).
 */
export function isMastheadName(text: string): boolean {
  const words = text.split(/\s+/u);
  if (words.length > MASTHEAD_WORDS || text.length > MASTHEAD_CHARS || /[\d.!?:;,|/>]/u.test(text) || !hasOutletWord(text)) return false;
  const ownWord = words.some((w) => /^\p{Lu}/u.test(w) && !hasOutletWord(w) && !isGenericMenuWord(w));
  // `News`, `Новости` name a section as often as a paper; `Herald`, `вісник` only papers.
  const paperWord = words.some((w) => hasOutletWord(w) && !isGenericMenuWord(w));
  return isNameShaped(text) && ownWord && paperWord;
}

/**
 * A paper's name as its masthead prints it, opening or closing on the word that says it is a paper
 * (`The Example Chronicle`, `Daily Example`): a headline with such a word inside (`Example Post
 * Office Reopens`) does neither.
 */
export function isPaperMasthead(text: string): boolean {
  const words = text
    .trim()
    .replace(/^the\s+/iu, '')
    .split(/\s+/u);
  return isMastheadName(text) && (hasOutletWord(words[0]!) || hasOutletWord(words.at(-1)!));
}

/** A line that is a newspaper's name alone: a few capitalised words, one of them a word outlets use. */
export function isOutletName(text: string): boolean {
  const words = text.split(/\s+/u);
  // `Press enquiries: Jane Doe, Press Officer`: a label before its colon heads a line that is no name.
  if (words.length > MAX_OUTLET_WORDS || text.length > 60 || /\d|[.!?:;,]$|[:：]\s/u.test(text)) return false;
  if (!words.every((w) => /^\p{Lu}/u.test(w) || NAME_PARTICLE.test(w))) return false;
  return hasOutletWord(text);
}

/** The name a closing line signs with, without the dash a sign-off may open on: `— The Example Standard`. */
export function signedName(text: string): string {
  return text.trim().replace(/^[—–-]\s*/u, '');
}

// A Chinese outlet's name is a run of characters closing on an outlet's word: `某某大学新闻网`, `某某日报`.
const HAN_OUTLET = /^\p{Script=Han}{2,12}$/u;

/** A line that is a Chinese outlet's name alone, as its masthead prints it. */
export function isHanOutletName(text: string): boolean {
  const name = text.trim();
  return HAN_OUTLET.test(name) && CJK_OUTLET_ENDING.test(name);
}
