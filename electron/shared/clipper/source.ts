import { hasOutletWord } from './lexicon/outlet-words.js';

// The name runs to a bar, the line's end, a date or the next label (`Source: Xinhua| 2023-04-02`,
// `来源：新华社2023-04-02`, `来源：东海日报 作者：李晓燕`, `（来源：南海晚报）`);
// a digit inside a name (`9to5Example`) is part of it.
const SOURCE_TAG =
  /(?:^|[\s|（(【])(?:source|来源|источник|джерело|quelle)\s*[:：]\s*([^|]{2,40}?)\s*(?:\||$|[)）】]|[,\s]\s*\d|\d{1,4}[-./年月]|\s(?:(?:author|autor|автор)\s*[:：]|(?:作者|记者|编辑|责任编辑)\s*[:：]?))/iu;
const COPYRIGHT =
  /(?:©|\(c\)|copyright)\s*(?:(?:©|copyright)\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(.{2,80}?)(?:,?\s*\d{4})?\s*(?:[.|]|$|all rights|все права|alle rechte|tous droits)/iu;
// A copyright line whose sign the page's text copy lost: `2024 Example Media, Inc. All Rights Reserved`.
const YEAR_THEN_RIGHTS = /^(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s+(\p{Lu}.{1,60}?)[.,]?\s+all rights reserved/iu;
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

function clean(name: string, labelled = false): string | null {
  // `© Example.com` names the site `Example`; a labelled `Source: Example.com` is kept as written.
  const n = (labelled ? name : name.replace(DOMAIN_SUFFIX, ''))
    .replace(/[«»"“”„]/gu, '')
    .replace(/^(?:copyright|©)\s*/iu, '')
    // `Example Media — Read our terms`: the name ends where a dash or bar starts something else.
    .replace(/\s+[—–|]\s+.*$/u, '')
    // `Example Media Ltd, 1 Mill Lane, Townsville`: an address after the company's legal form.
    .replace(/(\s(?:ltd|llc|inc|plc|gmbh)\.?),.*$/iu, '$1')
    .replace(/\s+(?:or its affiliat|is a (?:registered )?trademark|a subsidiary of|and its licensors).*$/iu, '')
    .replace(/^[\s,.:-]+|[\s,.:-]+$/gu, '');
  // A name found in running text starts with a capital or a digit (`and Reprint` is not one); a
  // labelled one is given as the site writes it (`the Example`, `example.com`). Neither is a year.
  if (
    !n ||
    n.length < 2 ||
    isPlatformName(n) ||
    UNNAMED_CREDIT.test(n) ||
    /^(?:the author|all rights)/iu.test(n) ||
    (!labelled && /^\p{Ll}/u.test(n)) ||
    /^[\d\s,–-]+$/u.test(n)
  )
    return null;
  return n;
}

// A company's legal form: the site's owner rather than the outlet (`Example Media Holdings, Inc.`).
const COMPANY =
  /(?:^|[\s,])(?:inc|llc|l\.l\.c|corp|corporation|company|co|ltd|limited|plc|gmbh|ag|s\.?a|s\.?a\.?s|holdings|group|enterprises|publishing|interactive|newspapers|network|affiliated companies|ооо|оао|зао|тов|有限公司)\.?$/iu;

/** Whether a name is a company's legal name. */
export function isCompanyName(name: string): boolean {
  return COMPANY.test(name.trim());
}

/** `Example News, LLC` → `Example News`: the name without its legal form. */
export function withoutLegalForm(name: string): string {
  let n = name.trim();
  for (let m = COMPANY.exec(n); m && m.index > 0; m = COMPANY.exec(n)) n = n.slice(0, m.index).replace(/[\s,]+$/u, '');
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
  return copyright ? clean(copyright[1]!) : null;
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

/** A line that is a newspaper's name alone: a few capitalised words, one of them a word outlets use. */
export function isOutletName(text: string): boolean {
  const words = text.split(/\s+/u);
  if (words.length > MAX_OUTLET_WORDS || text.length > 60 || /\d|[.!?:;,]$/u.test(text)) return false;
  if (!words.every((w) => /^\p{Lu}/u.test(w) || NAME_PARTICLE.test(w))) return false;
  return hasOutletWord(text);
}
