import { abbreviates } from './outlet-abbreviation.js';
import { escapeRegExp } from '../text/escape-regexp.js';
import { siteKey } from '../text/name-key.js';
import { readBylineLine } from './byline.js';
import { isAgency } from './lexicon/agencies.js';
import { hasOutletWord, KIND_THEN_QUOTED_NAME } from './lexicon/outlet-words.js';
import type { Line } from './lines.js';
import { isCruftLine, isLinkListHeading, isShareBar } from './cruft.js';
import { isInnerCapitalBrand } from './script.js';
import { outletOfAppShare, outletOfReprintNote, outletOfSubscription } from './origin-note.js';
import { pictureAgencyPattern } from './lexicon/picture-agencies.js';
import type { Layout, Role } from './layout.js';
import { siteNameFromMenus } from './page-brand.js';
import { siteNameOverSections } from './page-section-bar.js';
import { outletOfPostHeader } from './post-header-source.js';
import { outletAgreeingWithHost } from './outlet-host.js';
import { domainLogo, sentenceCaseMasthead, siteNameFromMasthead } from './page-masthead.js';
import { footerEchoedName, nameOverTagline } from './page-top-name.js';
import { siteOfAddresses, siteOfAuthorAddress } from './page-url.js';
import {
  outletInAuthorNote,
  outletOfOwner,
  pressReleaseIssuer,
  siteNameNamedInStory,
  siteNamesFromSelfReferences,
} from './page-site-name.js';
import {
  forwardedFrom,
  isCompanyName,
  isHanOutletName,
  isNameShaped,
  isMastheadName,
  isOutletName,
  outletOfSender,
  namesCompany,
  publishedIn,
  signedName,
  bracketedHanOutlet,
  withoutLegalForm,
  outletOfArchivePicture,
  sourceFromCaption,
  sourceFromFooter,
  sourceFromTag,
} from './source.js';
import { readsAsPersonName } from './person-name.js';

// Picture agencies credited beside a photographer's name: they supplied a photo, not the story.
const PICTURE_AGENCY = new RegExp(`\\b(?:${pictureAgencyPattern(false)})\\b`, 'iu');
const PICTURE_AGENCY_NAME = new RegExp(`^(?:${pictureAgencyPattern(false)})$`, 'iu');

/** Whether a name stands as whole words in a line other than this one and the copyright footers. */
function namedElsewhere(name: string, lines: readonly Line[], except: Line, matchCase = false): boolean {
  const word = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, matchCase ? 'u' : 'iu');
  return lines.some((l) => l !== except && word.test(l.text) && !sourceFromFooter(l.text));
}

// A photo credit names a photographer before the outlet (`Jane Doe/Outlet`) or says it is one
// (`Photograph: … for Outlet`); a menu's `Help/Support` or a headline's `… for Wyoming` does neither.
const PHOTO_CREDIT =
  /(?:\b(?:photo|photograph|picture|image|credit|foto|bild|фото)\b.*|\p{Lu}[\p{L}'’.-]+\s+\p{Lu}[\p{L}'’.-]+\s*\/\s*\S.*)$/iu;

const ACRONYM = /^\p{Lu}{2,5}$/u;
// The word a publishing company adds to its outlet's name: `Example Media`, `Example Medien`.
const OWNING_COMPANY_WORD =
  /\s+(?:media|group|publishing|publications|communications|holdings|medien|mediengruppe|médias|groupe|медиа|медіа|медиагруппа|медіагрупа)$/iu;
const MAX_SPELLED_WORDS = 5;

/**
 * `EXT` → `Example Times`, when an outlet its byline credits, or else a line of the page, is the name
 * its initials come from. A list's heading (`Most Popular`) may share them, and names nothing.
 */
function spelledOut(name: string, lines: readonly Line[], outlets: readonly string[] = []): string {
  if (!ACRONYM.test(name)) return name;
  for (const text of [...outlets, ...lines.map((l) => l.text).filter((t) => !isLinkListHeading(t))]) {
    const words = text.trim().split(/\s+/u);
    if (words.length !== name.length || words.length > MAX_SPELLED_WORDS) continue;
    if (words.every((w, k) => /^\p{Lu}\p{Ll}/u.test(w) && w[0] === name[k])) return text.trim();
  }
  return name;
}

// `Example Post News Service` in a byline is the paper's own desk for copy it shares: the outlet is `Example Post`.
const NEWS_SERVICE = /^(\S+(?:\s+\S+)+)\s+news\s+service$/iu;

function withoutNewsService(name: string): string {
  return NEWS_SERVICE.exec(name)?.[1] ?? name;
}

const MAX_MARKER_NAME_WORDS = 6;

/** The outlet's full name for a wire's short marker, as the page gives it, or null. */
function fullNameOf(marker: string, lines: readonly Line[], meta: readonly Line[], outlets: readonly string[]): string | null {
  const spelled = spelledOut(marker, lines, outlets);
  if (spelled !== marker) return spelled;
  const named = [...outlets, ...meta.flatMap((l) => [sourceFromTag(l.text), sourceFromFooter(l.text), l.text.trim()])];
  return named.find((n): n is string => !!n && n.split(/\s+/u).length <= MAX_MARKER_NAME_WORDS && abbreviates(marker, n)) ?? null;
}

// `Example Press writer Jane Doe`: a credit names a wire's staff after the wire's full name.
const STAFF_CREDIT = /((?:\p{Lu}[\p{L}'’-]*\s+){1,4})(?:writers?|correspondents?|reporters?|staff)\b/gu;
const LATIN_INITIALS = /^[A-Z]{2,5}$/u;

/** The wire's name whose initials the marker is, where a line of the page credits the wire's staff by it. */
function initialsInStaffCredit(marker: string, meta: readonly Line[]): string | null {
  for (const line of meta) {
    for (const m of line.text.matchAll(STAFF_CREDIT)) {
      const name = m[1]!.trim();
      if (name.split(/\s+/u).length === marker.length && abbreviates(marker, name)) return name;
    }
  }
  return null;
}

/** Whether the marker stands as a release wire's does: `CITY, date /Example Wire/ --`, `CITY--(EXAMPLE WIRE)--`. */
function isReleaseWire(marker: string, lines: readonly Line[]): boolean {
  const name = escapeRegExp(marker);
  const form = new RegExp(`\\s/\\s*${name}\\s*/|--\\(${name}\\)--`, 'u');
  return lines.some((l) => form.test(l.text.slice(0, 200)));
}

/**
 * The source a dateline's wire marker gives. On a whole page a release wire only carries the
 * company's release, which is the company's: the page's `Source:` line or the release's `About`
 * section names it. A release pasted alone keeps its wire, as the wire's copy prints it, closing
 * `SOURCE Example Ltd` as it may; a `Source:` line over it is the page's it was read from. A
 * wire's bare initials stand for more than one outlet, and the page says which: it spells them
 * where it credits the wire's staff (the well-known wire keeps its marker as written), or else
 * the page's own `Source:` line names the outlet. Latin initials of a wire the page never spells
 * out yield to that line too: they name no outlet a reader would know.
 */
function wireSource(
  agency: string,
  lines: readonly Line[],
  meta: readonly Line[],
  outlets: readonly string[],
  page: { wholePage: boolean; authors: readonly string[]; metaAbove: readonly Line[] },
): string {
  const tagged = (from: readonly Line[]) =>
    from.map((l) => sourceFromTag(l.text)).find((n): n is string => n !== null && siteKey(n) !== siteKey(agency)) ?? null;
  if (isReleaseWire(agency, lines))
    return (page.wholePage ? (tagged(meta) ?? pressReleaseIssuer(lines, page.authors)) : tagged(page.metaAbove)) ?? agency;
  if (!isAgency(agency)) return fullNameOf(agency, lines, meta, outlets) ?? (LATIN_INITIALS.test(agency) ? tagged(meta) : null) ?? agency;
  if (!LATIN_INITIALS.test(agency)) return agency;
  const spelled = initialsInStaffCredit(agency, meta);
  return spelled && !isAgency(spelled) ? spelled : (tagged(meta) ?? agency);
}

// `Headline - Example Courier`, `Headline | Example Ledger`: a page's title line closes on the site's name.
const NAME_AFTER_TITLE = /\s[|–—-]\s+(\S(?:.{0,48}\S)?)$/u;

/**
 * The site's name after the headline's separator: in the headline's line, when the page prints it
 * alone on a line of its furniture too; or in a line of furniture that repeats the headline whole
 * before it, as the browser's title for the page does (`Headline | Example Courier`).
 */
function siteAfterHeadline(lines: readonly Line[], roles: readonly Role[]): string | null {
  const title = roles.indexOf('title');
  if (title < 0) return null;
  const headline = lines[title]!.text.trim();
  const name = NAME_AFTER_TITLE.exec(headline)?.[1];
  if (name && isNameShaped(name) && lines.some((l, i) => i !== title && roles[i] === 'cruft' && l.text.trim() === name)) return name;
  for (const [i, l] of lines.entries()) {
    const text = l.text.trim();
    if (roles[i] !== 'cruft' || !text.startsWith(headline) || text === headline) continue;
    const titled = NAME_AFTER_TITLE.exec(text)?.[1];
    const rest = text.slice(headline.length);
    if (titled && rest.trim().replace(/^[|–—-]\s*/u, '') === titled && (isNameShaped(titled) || isHanOutletName(titled)))
      return titled.replace(/^«(.+)»$/u, '$1');
  }
  return null;
}

/** Whether the story's letters are mostly of a script other than Latin: `東京…`, `Москва…`. */
function writtenInOtherScript(lines: readonly Line[], roles: readonly Role[]): boolean {
  const story = lines
    .filter((_, i) => roles[i] === 'content')
    .map((l) => l.text)
    .join(' ');
  const latin = story.match(/\p{Script=Latin}/gu)?.length ?? 0;
  const letters = story.match(/\p{L}/gu)?.length ?? 0;
  return letters > 0 && latin * 2 < letters;
}

const HEADER_ROLES: ReadonlySet<Role | null> = new Set(['title', 'date', 'byline']);

// The heading of the list of reports a story cites, alone on its line.
const CITED_SOURCES_HEADING =
  /^(?:sources?|references|sources and references|further reading|источники|джерела|quellen|quellenangaben|références|参考资料|参考文献|资料来源)\s*[:：]?$/iu;

/** The page's first line when it is an outlet's name: `The Example Echo`, `某某大学新闻网`. */
function topMasthead(lines: readonly Line[], roles: readonly Role[]): string | null {
  const first = lines.findIndex((l) => l.text.trim() !== '');
  const text = first < 0 || roles[first] !== 'cruft' ? '' : lines[first]!.text.trim();
  return isMastheadName(text) || isHanOutletName(text) ? text : null;
}

// A Chinese name shares its lead in characters, a Latin one in its first word.
const MIN_SHARED_HAN = 2;

/** `某某大学新闻网` and `某某大学宣传部`, `Example University News` and `Example University`: names of one house. */
function sameLead(a: string, b: string): boolean {
  if (/^\p{Script=Han}/u.test(a)) return a.slice(0, MIN_SHARED_HAN) === b.slice(0, MIN_SHARED_HAN);
  const first = (name: string) =>
    name
      .replace(/^the\s+/iu, '')
      .split(/\s+/u)[0]!
      .toLowerCase();
  return first(a) === first(b);
}

/**
 * A web outlet's one-word brand in the writer's place (`ExampleWire` between the headline and the
 * timestamp, as a blog credits its posts to the blog): no person's name is one word with a capital
 * inside, and a site's share buttons (`LinkedIn`, `WhatsApp`) are furniture of their own.
 */
function isBrandAlone(text: string): boolean {
  return isInnerCapitalBrand(text) && !isCruftLine(text);
}

const SPECIAL_TO = /^special (?:to|for) (?:the )?(.+?)\.?$/iu;

/**
 * An article pasted with its header as news databases and newsletters print it (`Headline`,
 * `Example Herald`, `3 March 2026`, `By …`): a newspaper's name on a line of its own, between the
 * headline and the story, beside the headline, the date or the byline; or a news agency's name so
 * (`Укрінформ` under the time stamp, or over the headline as the paste's first line).
 */
function outletInHeader(lines: readonly Line[], roles: readonly Role[], wholePage: boolean): string | null {
  const title = roles.indexOf('title');
  if (title < 0) return null;
  // `Укрінформ` over the headline, where the paste begins: the agency's masthead; and over an
  // article pasted without its page, `The Example Echo` (a page's logo line must be named again).
  const first = lines[0]!.text.trim();
  if (title > 0 && roles[0] === 'cruft' && (isAgency(first) || (!wholePage && (isMastheadName(first) || isHanOutletName(first)))))
    return first;
  // `Журнал «Example» / Интервью`: the magazine's name opens its breadcrumb.
  const publication = title > 0 && roles[0] === 'cruft' ? KIND_THEN_QUOTED_NAME.exec(first)?.[1] : undefined;
  if (publication) return publication.trim();
  for (let i = title + 1; i < lines.length && roles[i] !== 'content'; i++) {
    if (roles[i] !== 'cruft' && roles[i] !== 'byline') continue;
    const text = lines[i]!.text.trim();
    // `By JANE DOE Associated Press`: a writer's credit, not the outlet's name alone.
    if (readBylineLine(text)) continue;
    // `Special to the Example Chronicle` under the byline: a freelance's credit names the paper.
    const specialTo = SPECIAL_TO.exec(text)?.[1];
    if (specialTo && (isOutletName(specialTo) || isMastheadName(specialTo))) return specialTo;
    if (
      (isOutletName(text) || isMastheadName(text) || isAgency(text) || isBrandAlone(text)) &&
      !isShareBar(text) &&
      (HEADER_ROLES.has(roles[i - 1] ?? null) || HEADER_ROLES.has(roles[i + 1] ?? null))
    )
      return text;
  }
  return null;
}

/**
 * The outlet, from the strongest evidence the paste has: the wire marker, a `Source:` tag or a
 * newsletter's or app's footer, the byline's outlet, a copyright footer or disclaimer, a note on
 * where the story first ran, a photo credit, and last, in an article
 * pasted without its page, a newspaper's name in its header. An outlet the story
 * merely quotes is never looked at: only metadata and cruft lines are read. On a page pasted
 * whole, what these cues pick must agree with the address the page gives for itself.
 */
export function pickSource(
  agency: string | null,
  lines: readonly Line[],
  layout: Pick<Layout, 'roles' | 'bylineOutlets' | 'printOutlets' | 'wholePage'>,
  authors: readonly string[] = [],
): string | null {
  const { roles, wholePage } = layout;
  const isMeta = metaLines(roles);
  const meta = lines.filter((_, i) => isMeta(i));
  // A wire's initials in the dateline (`OSLO (XP) —`, `Görlitz (lnd) -`) are spelled out where the
  // page names it whole: a line of its own, the byline, the source line or the footer.
  if (agency) {
    const bodyStart = roles.indexOf('content');
    const metaAbove = lines.filter((_, i) => isMeta(i) && (bodyStart < 0 || i < bodyStart));
    return wireSource(agency, lines, meta, layout.bylineOutlets, { wholePage, authors, metaAbove });
  }
  for (const l of meta) {
    // A newsletter's footer and an app's share line name the outlet that sent the story.
    const tagged =
      sourceFromTag(l.text) ??
      publishedIn(l.text) ??
      bracketedHanOutlet(l.text) ??
      outletOfSubscription(l.text) ??
      outletOfAppShare(l.text) ??
      forwardedFrom(l.text);
    if (tagged) return tagged;
  }
  const found = outletOfPage(lines, meta, layout, authors);
  const outlet = wholePage ? outletAgreeingWithHost(found, lines, (i) => roles[i] === 'cruft') : found;
  // A share button's network or a photo's agency is never the story's outlet: no name beats a wrong one.
  return outlet && (SOCIAL_NETWORK.test(outlet) || PICTURE_AGENCY_NAME.test(outlet)) ? null : outlet;
}

/** Whether line `i` is metadata or furniture, where outlets are read: neither the story nor its headline. */
const metaLines = (roles: readonly (Role | null)[]) => (i: number) => roles[i] !== 'content' && roles[i] !== 'title';

const SOCIAL_NETWORK =
  /^(?:facebook|instagram|twitter|x|youtube|tiktok|linkedin|pinterest|reddit|snapchat|threads|bluesky|mastodon|whatsapp|telegram|viber|vk|вконтакте|weibo|微博|微信|wechat)(?:\.com)?$/iu;

/** The outlet from the byline, the footer, the masthead and what the page says of itself, strongest first. */
function outletOfPage(
  lines: readonly Line[],
  meta: readonly Line[],
  layout: Pick<Layout, 'roles' | 'bylineOutlets' | 'printOutlets' | 'wholePage'>,
  authors: readonly string[],
): string | null {
  const { roles, bylineOutlets, printOutlets, wholePage } = layout;
  const isMeta = metaLines(roles);
  const outlet = bylineOutlets.find((o) => !PICTURE_AGENCY.test(o));
  if (outlet) return withoutNewsService(outlet);
  // The paper's name signing an editorial under its last paragraph.
  const signing = lines.map((l) => signedName(l.text)).find((t, i) => roles[i] === 'source' && (isOutletName(t) || isMastheadName(t)));
  if (signing) return signing;
  // A newsletter's masthead stands above its first story, where a forwarder's signature does not.
  const above = lines.slice(
    0,
    Math.max(
      0,
      roles.findIndex((r) => r === 'title' || r === 'content'),
    ),
  );
  const mastheadOf = (name: string) => above.some((l) => siteKey(l.text) === siteKey(name));
  // A list of the sources a story cites (a fact check's `Sources`) names other outlets' reports.
  const cited = lines.findIndex((l, i) => isMeta(i) && CITED_SOURCES_HEADING.test(l.text.trim()));
  for (const [i, l] of lines.entries()) {
    if (cited >= 0 && i > cited) break;
    const paper = isMeta(i) ? (printOutlets.get(i) ?? outletOfSender(l.text, mastheadOf)) : null;
    if (paper) return paper;
  }
  const isFurniture = (i: number) => roles[i] === 'cruft';
  // On a page pasted whole, the name the site calls itself by outranks a copyright line's, unless
  // the site calls itself that too.
  const named = wholePage ? siteNamesFromSelfReferences(lines, isFurniture) : null;
  let owner: string | null = null;
  const top = topMasthead(lines, roles);
  // A story in another script names its outlet in that script: Latin initials in its copyright
  // (`© SMX`) abbreviate a name the page does not spell out, and are not taken for it.
  const foreignInitials = (name: string) => LATIN_INITIALS.test(name) && writtenInOtherScript(lines, roles);
  for (const l of [...meta].reverse()) {
    const footer = sourceFromFooter(l.text);
    if (footer && foreignInitials(footer)) continue;
    const owned = footer ? outletOfOwner(lines, footer) : null;
    if (owned) return owned;
    // `武汉大学新闻网` over the page, `© 武汉大学党委宣传部` under it: the body that runs the outlet owns it.
    if (footer && top && !hasOutletWord(footer) && sameLead(top, footer)) return top;
    // A writer's own name in the copyright (`© Jane Doe`, her newsletter's) yields to the name the
    // site gives itself once; another outlet's name yields to one the page gives twice.
    const claimed = named?.best ?? (footer && readsAsPersonName(footer, isOutletName) ? named?.told : null);
    const company = footer !== null && (isCompanyName(footer) || namesCompany(l.text, footer));
    if (footer && !company && (!claimed || named!.count(footer) > 0)) return footer;
    owner ??= footer;
  }
  // The outlet a note says ran the story first, when no footer names the paste's own.
  const reprinted = meta.map((l) => outletOfReprintNote(l.text)).find((n) => n !== null);
  if (reprinted) return reprinted;
  const titled = siteAfterHeadline(lines, roles);
  if (titled) return titled;
  // An address as the logo's text names the site outright, above what its menus call their sections.
  const logo = wholePage ? domainLogo(lines, isFurniture) : null;
  if (logo) return logo;
  if (named?.best) return named.best;
  // One line where the site says what it is, or asks to be read or followed by name, outranks
  // what its menus and header suggest.
  if (named?.told) return named.told;
  const header = roles.findIndex((r) => r === 'title' || r === 'content');
  const masthead = wholePage ? siteNameFromMasthead(lines, isFurniture, header < 0 ? lines.length : header) : null;
  if (masthead) return masthead;
  const echoed = wholePage ? footerEchoedName(lines, isFurniture, roles.indexOf('content')) : null;
  if (echoed) return echoed;
  const tagged = wholePage ? nameOverTagline(lines, isFurniture) : null;
  if (tagged) return tagged;
  const sentenceCase = wholePage ? sentenceCaseMasthead(lines, isFurniture) : null;
  if (sentenceCase) return sentenceCase;
  const issuer = pressReleaseIssuer(lines, authors);
  if (issuer) return issuer;
  // The author's own address is on the site; the author's note names the outlet the author writes
  // for, which may be a sister site the story is shared with. Menus name the site's sections too.
  const employer = (wholePage ? siteOfAuthorAddress(lines, authors) : null) ?? outletInAuthorNote(lines, authors);
  if (employer) return employer;
  const ownerName = owner ? spelledOut(withoutLegalForm(owner), lines) : null;
  // A page's copyright names the company that owns the site; the site names itself in its menus,
  // unless they only add a word to the company's name: `Example Kids` is a line of the brand `Example`.
  const site = wholePage ? siteNameFromMenus(lines, isFurniture) : null;
  if (site) return ownerName && site.startsWith(`${ownerName} `) ? ownerName : spelledOut(site, lines);
  // On a page pasted whole, a copyright's company or a caption's credit stands for the site only
  // when the page names it elsewhere too: alone they name a parent company or a photographer's client.
  const confirmed = (name: string, line: Line) => !wholePage || namedElsewhere(name, lines, line);
  const ownerLine = [...meta].reverse().find((l) => sourceFromFooter(l.text) === owner);
  // `The Example Group LLC` owns the site the page calls `Example`.
  const ownForm = ownerName ? named?.formOf(ownerName) : null;
  if (ownForm && ownForm.toLowerCase() !== ownerName!.toLowerCase()) return ownForm;
  // `© Example Media Ltd`: the company that owns the site, which the page calls `Example`. Another
  // line of furniture writes it so, capitals and all (a story may say `the valley`), or it is a
  // paper's name (`Example Herald`) the page gives elsewhere.
  const brand = ownerName ? ownerName.replace(OWNING_COMPANY_WORD, '') : '';
  const brandNamed =
    brand !== ownerName &&
    ownerLine !== undefined &&
    (namedElsewhere(brand, meta, ownerLine, true) || (hasOutletWord(brand) && confirmed(brand, ownerLine)));
  if (brand && brandNamed) return brand;
  if (ownerName && ownerLine && confirmed(ownerName, ownerLine)) return ownerName;
  // A picture from the outlet's own archive, or credited to it alone, names the outlet on any page.
  for (const l of meta) {
    const archive = outletOfArchivePicture(l.text);
    if (archive) return archive;
  }
  for (const l of meta) {
    const caption = sourceFromCaption(l.text);
    if (caption && confirmed(caption, l) && (!wholePage || PHOTO_CREDIT.test(l.text))) return caption;
  }
  const storyOwn = wholePage ? siteNameNamedInStory(lines, isFurniture, (i) => roles[i] === 'content' || roles[i] === 'title') : null;
  return (
    storyOwn ??
    (wholePage ? siteOfAddresses(lines) : null) ??
    outletInHeader(lines, roles, wholePage) ??
    outletOfPostHeader(lines, roles) ??
    siteNameOverSections(lines)
  );
}
