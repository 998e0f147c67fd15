import { hasOutletWord } from './lexicon/outlet-words.js';

// The name runs to a bar, the line's end, a date or the next label (`Source: Xinhua| 2023-04-02`,
// `来源：新华社2023-04-02`, `来源：东海日报 作者：李晓燕`, `（来源：南海晚报）`);
// a digit inside a name (`9to5Example`) is part of it.
const SOURCE_TAG =
  /(?:^|[\s|（(【])(?:source|来源|источник|джерело|quelle)\s*[:：]\s*([^|]{2,40}?)\s*(?:\||$|[)）】]|[,\s]\s*\d|\d{1,4}[-./年月]|\s(?:(?:author|autor|автор)\s*[:：]|(?:作者|记者|编辑|责任编辑)\s*[:：]?))/iu;
// The name may close on the year and a dash before the rights: `© Example Post 2024 – Alle Rechte vorbehalten`;
// or a dot before the footer's links: `© Example Post 2024 · Imprint · Privacy`.
const COPYRIGHT =
  /(?:©|\(c\)|copyright)\s*(?:(?:©|copyright)\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(.{2,80}?)(?:,?\s*\d{4})?\s*(?:[-–—]\s*)?(?:[.|·•]|$|all rights|все права|усі права|alle rechte|tous droits|版权所有)/iu;
// A copyright line whose sign the page's text copy lost: `2024 Example Media, Inc. All Rights Reserved`.
const YEAR_THEN_RIGHTS = /^(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s+(\p{Lu}.{1,60}?)[.,]?\s+all rights reserved/iu;
// The name before the sign, the year closing the line: `Example Gazette © 2024`, `Example © 2010–2024. All rights reserved`.
const NAME_THEN_COPYRIGHT =
  /^(\p{Lu}[^©|·•/]{1,60}?)\s*(?:©|\(c\)|copyright)\s*(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s*(?:[.|,]|$|all rights|все права|усі права|alle rechte|tous droits)/iu;
// The name, a dash, the rights, with no sign: `Example Gazette – Tous droits réservés`.
const NAME_THEN_RIGHTS =
  /^(\p{Lu}[^©|·•/]{1,60}?)\s+[-–—|]\s+(?:all rights reserved|tous droits réservés|alle rechte vorbehalten|все права защищены|усі права захищені)/iu;
// What stands before a copyright sign without naming anyone: `All content © 2024`, a footer's
// links run together (`Privacy Policy Terms of Use © 2024`).
const NOT_AN_OWNER =
  /^(?:all|content|text|texts|images?|photos?|photograph|pictures?|foto|bild|фото|site|website|page|material)(?!\p{L})|(?<!\p{L})(?:privacy|terms|cookies?|contact|sitemap|impressum|datenschutz|mentions légales|confidentialité|конфиденциальности|конфіденційності)(?!\p{L})/iu;
// A Chinese footer's `版权所有` (all rights reserved) with its owner after its colon or before it:
// `版权所有：东海日报社`, `东海日报社 版权所有`. `本站` (this site) names no one, nor does a ban on copying
// (`版权所有 未经授权禁止转载`).
const CJK_RIGHTS =
  /版权所有\s*[:：]\s*(?:©\s*)?(?:(?:19|20)\d{2}\s*)?([\p{sc=Han}A-Za-z0-9·]{2,30})|([\p{sc=Han}A-Za-z0-9·]{2,30})\s*版权所有/u;
const DISCLAIMER =
  /(?:editorial (?:position|policy|line|stance|views?)|(?:do|does) not (?:necessarily )?reflect (?:the )?(?:views?|opinions?) of|(?:and )?not necessarily (?:those|the (?:views?|opinions?)) of)\s+(?:of\s+)?(.{2,60}?)\s*\.?$/iu;
// The outlet may stand in quotation marks: `Фото: Анна Лис / «Вечерние вести»`.
const CAPTION_OUTLET = /(?:\/|\bfor\s+)(?:\s*[«"“„])?(\p{Lu}[\p{L}&.' -]{1,40}?)[»"”“]?\s*\)?\s*$/u;

// Blogging software and hosts, named by a template's footer or publisher field: never the site.
const PLATFORM = /^(?:wordpress|blogger|blogspot|wix|squarespace|tumblr|ghost|hosted)(?:\.com|\.org)?$/iu;
// A credit to unnamed agencies names no outlet: `Source: News agencies`, `Quelle: Agenturen`.
const UNNAMED_CREDIT = /^(?:(?:news|wire|press)\s+)?(?:agencies|agences|agenturen|агентства|wires|services)$/iu;

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

function clean(name: string, labelled = false): string | null {
  // `© Example.com` names the site `Example`; a labelled `Source: Example.com` is kept as written.
  const n = (labelled ? name : name.replace(AFTER_SITE_CREDIT, '').replace(DOMAIN_SUFFIX, ''))
    .replace(/[«»"“”„]/gu, '')
    .replace(/^(?:copyright|©)\s*/iu, '')
    // `Example Media — Read our terms`: the name ends where a dash or bar starts something else.
    .replace(/\s+[—–|]\s+.*$/u, '')
    // `Example Media Ltd, 1 Mill Lane, Townsville`: an address after the company's legal form.
    .replace(/(\s(?:ltd|llc|inc|plc|gmbh)\.?),.*$/iu, '$1')
    .replace(/\s+(?:or its affiliat|is a (?:registered )?trademark|a subsidiary of|and its licensors).*$/iu, '')
    .replace(/^[\s,.:-]+|[\s,.:-]+$/gu, '');
  // A name found in running text starts with a capital or a digit (`and Reprint` is not one); a
  // labelled one is given as the site writes it (`the Example`, `example.com`). Neither is a year
  // nor an age rating (`© 2025. 16+`): a name has letters.
  if (
    !n ||
    n.length < 2 ||
    isPlatformName(n) ||
    UNNAMED_CREDIT.test(n) ||
    /^(?:the author|all rights)/iu.test(n) ||
    (!labelled && /^\p{Ll}/u.test(n)) ||
    !/\p{L}/u.test(n)
  )
    return null;
  return n;
}

// A company's legal form: the site's owner rather than the outlet (`Example Media Holdings, Inc.`).
const COMPANY =
  /(?:^|[\s,])(?:inc|llc|l\.l\.c|corp|corporation|company|co|ltd|pty|limited|plc|gmbh|ag|s\.?a|s\.?a\.?s|holdings|group|enterprises|publishing|interactive|newspapers|network|affiliated companies|ооо|оао|зао|тов|有限公司)\.?$/iu;

/** Whether a name is a company's legal name. */
export function isCompanyName(name: string): boolean {
  return COMPANY.test(name.trim());
}

/** `Example News, LLC` → `Example News`, `Example GmbH & Co` → `Example`: the name without its legal form. */
export function withoutLegalForm(name: string): string {
  let n = name.trim();
  for (let m = COMPANY.exec(n); m && m.index > 0; m = COMPANY.exec(n)) n = n.slice(0, m.index).replace(/[\s,&]+$/u, '');
  return n;
}

// A Chinese reprint note: `（本文来自某某财经，转载请注明出处）`.
const REPRINT_NOTE = /^[（(]?本文来(?:自|源于)\s*([^，,。;；）)]{2,20})/u;

/** The outlet named by a `Source: X` or `来源：X` tag, or a Chinese reprint note. */
export function sourceFromTag(text: string): string | null {
  const m = SOURCE_TAG.exec(text) ?? REPRINT_NOTE.exec(text);
  return m ? clean(m[1]!, true) : null;
}

/** The outlet named in a copyright footer or an opinion disclaimer. */
export function sourceFromFooter(text: string): string | null {
  // A photo's credit inside a caption (`(Image: © Jane Doe)`) names the photographer.
  if (text.length > 300 || /\((?:image|photo|foto|bild|фото)\s*:/iu.test(text)) return null;
  const disclaimer = DISCLAIMER.exec(text);
  // `… those of the Example Gazette`: the article in running text is no part of the name.
  if (disclaimer) return clean(disclaimer[1]!.replace(/^the\s+/u, ''));
  const copyright = COPYRIGHT.exec(text) ?? YEAR_THEN_RIGHTS.exec(text);
  const after = copyright ? clean(copyright[1]!) : null;
  if (after) return after;
  const before = NAME_THEN_COPYRIGHT.exec(text) ?? NAME_THEN_RIGHTS.exec(text);
  if (before && !NOT_AN_OWNER.test(before[1]!) && isNameShaped(before[1]!)) return clean(before[1]!);
  const cjk = CJK_RIGHTS.exec(text);
  const owner = cjk ? (cjk[1] ?? cjk[2])! : null;
  return owner && !/^本|未经|禁止|转载/u.test(owner) ? clean(owner) : null;
}

/** The outlet in a photo credit: `Photograph: Jane Doe/Outlet`, `(Jane Doe/Outlet)`, `… for Outlet`. */
export function sourceFromCaption(text: string): string | null {
  if (text.length > 400) return null;
  const m = CAPTION_OUTLET.exec(text.replace(/\.$/u, ''));
  if (!m) return null;
  const outlet = m[1]!.trim();
  if (/^(?:REUTERS|AFP|AP|EPA|DPA)$/u.test(outlet)) return outlet === 'REUTERS' ? 'Reuters' : outlet;
  return clean(outlet);
}

// Short words a newspaper's name keeps in lower case: `Le Courrier du Midi`, `Daily News of Example`.
const NAME_PARTICLE = /^(?:of|the|and|de|du|des|la|le|les|der|die|das|am|im|del|el|y|и)$/iu;
const MAX_OUTLET_WORDS = 6;

/**
 * A few words, each capitalised or a particle of a name: `Le Courrier du Midi`, `Example Weekly`,
 * `Агентство «Приклад»`. A Cyrillic name capitalises its first word only, and is known by an
 * outlet's word: `Вечерний курьер`.
 */
function isNameShaped(text: string): boolean {
  const plain = text.trim().replace(/[«»"“”„]/gu, '');
  const words = plain.split(/\s+/u);
  if (words.length > MAX_OUTLET_WORDS) return false;
  if (words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || NAME_PARTICLE.test(w))) return true;
  return /^\p{Lu}\p{Script=Cyrillic}/u.test(plain) && hasOutletWord(plain);
}

/** A line that is a newspaper's name alone: a few capitalised words, one of them a word outlets use. */
export function isOutletName(text: string): boolean {
  const words = text.split(/\s+/u);
  if (words.length > MAX_OUTLET_WORDS || text.length > 60 || /\d|[.!?:;,]$/u.test(text)) return false;
  if (!words.every((w) => /^\p{Lu}/u.test(w) || NAME_PARTICLE.test(w))) return false;
  return hasOutletWord(text);
}
