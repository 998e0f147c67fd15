import { findFullDates, formatDate } from '../../shared/clipper/date.js';
import { dateFromUrl } from '../../shared/clipper/page-url.js';
import { authorsWithoutSite, isHandle, pageSiteName } from './page-source.js';

/**
 * What a page says about itself in its markup, read from the HTML text without a DOM so it costs
 * little on any paste and still works when the DOM clean-up is skipped: the canonical address,
 * the JSON-LD article record, `og:`/`article:` meta tags, schema.org microdata and a dated address.
 */
export interface PageMeta {
  url: string | null;
  headline: string | null;
  published: string | null;
  authors: string[];
  /** What the JSON-LD credits as author but types as an organisation (a desk, a wire, the site): no writer. */
  outletAuthors: string[];
  publisher: string | null;
  siteName: string | null;
  /** The site's own name, the most readable of the spellings the markup gives: the clip's source. */
  source: string | null;
  /** The language tag the page declares (`en-GB`), which tells how its numeric dates read. */
  locale: string | null;
  /** What the JSON-LD says of the people it describes (`"description"` of a `Person`): a writer's bio. */
  bios: string[];
}

// Metadata sits in the head or near it; past this much of a paste it is not looked for.
const META_SCAN_CHARS = 600_000;
const MAX_LD_CHARS = 200_000;
const TAG = /<(meta|link)\b([^>]{0,2000})>/giu;
const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gu;
const LD_SCRIPT = /<script\b[^>]{0,300}application\/ld\+json[^>]{0,300}>([\s\S]{0,200000}?)<\/script\s*>/giu;
const TIME_TAG = /<time\b[^>]{0,500}\bdatetime\s*=\s*["']?(\d{4}-\d{2}-\d{2})/iu;
const ARTICLE_TYPE = /(?:Article|BlogPosting|Report|LiveBlogPosting)$/u;
const WEBSITE_TYPE = /^WebSite$/u;
const ORGANIZATION_TYPE = /^(?:Organization|NewsMediaOrganization|Corporation)$/u;
const HTML_LANG = /<html\b[^>]{0,1000}?\blang\s*=\s*["']?([a-z]{2,3}(?:[-_][a-z\d]{1,8}){0,3})\b/iu;
const TITLE_TAG = /<title\b[^>]{0,300}>([^<]{1,600})<\/title\s*>/iu;
// A page's template may carry a placeholder date (`0001-01-01`) where the real one is missing.
const EARLIEST_YEAR = 1900;

const ENTITY: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'", '#039': "'" };
function decodeEntity(whole: string, name: string): string {
  const code = /^#x([\da-f]{1,6})$/iu.test(name) ? parseInt(name.slice(2), 16) : /^#\d{1,7}$/u.test(name) ? Number(name.slice(1)) : NaN;
  if (code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)) return String.fromCodePoint(code);
  return ENTITY[name.toLowerCase()] ?? whole;
}
const decode = (s: string) => s.replace(/&(#?\w{2,7});/gu, decodeEntity).trim();

function attributes(raw: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of raw.matchAll(ATTRIBUTE)) out.set(m[1]!.toLowerCase(), decode(m[2] ?? m[3] ?? m[4] ?? ''));
  return out;
}

/** `meta` content keyed by property or name, and `link rel=canonical`. */
function metaTags(html: string): { meta: Map<string, string>; canonical: string | null } {
  const meta = new Map<string, string>();
  let canonical: string | null = null;
  for (const m of html.matchAll(TAG)) {
    const attrs = attributes(m[2]!);
    if (m[1]!.toLowerCase() === 'link') {
      if (!canonical && attrs.get('rel')?.toLowerCase() === 'canonical') canonical = attrs.get('href') ?? null;
      continue;
    }
    const key = (attrs.get('property') ?? attrs.get('name') ?? attrs.get('itemprop') ?? attrs.get('http-equiv'))?.toLowerCase();
    const content = attrs.get('content');
    if (key && content && !meta.has(key)) meta.set(key, content);
  }
  return { meta, canonical };
}

type Json = null | string | number | boolean | Json[] | { [k: string]: Json };

/** The page's JSON-LD records (top level, in arrays, or in `@graph`), by what they describe. */
interface LdRecords {
  articles: Record<string, Json>[];
  websites: Record<string, Json>[];
  organizations: Record<string, Json>[];
  people: Record<string, Json>[];
}

function ldRecords(html: string): LdRecords {
  const found: LdRecords = { articles: [], websites: [], organizations: [], people: [] };
  const visit = (node: Json, depth: number) => {
    if (depth > 4 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((n) => visit(n, depth + 1));
    const type = node['@type'];
    const types = (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
    if (types.some((t) => ARTICLE_TYPE.test(t))) found.articles.push(node);
    else if (types.some((t) => WEBSITE_TYPE.test(t))) found.websites.push(node);
    else if (types.some((t) => ORGANIZATION_TYPE.test(t))) found.organizations.push(node);
    else if (types.includes('Person')) found.people.push(node);
    if (node['@graph']) visit(node['@graph'], depth + 1);
    // A page about one article: `{"@type": "WebPage", "mainEntity": {"@type": "NewsArticle", …}}`.
    if (node['mainEntity']) visit(node['mainEntity'], depth + 1);
  };
  for (const m of html.matchAll(LD_SCRIPT)) {
    if (m[1]!.length > MAX_LD_CHARS) continue;
    try {
      visit(JSON.parse(m[1]!) as Json, 0);
    } catch {
      // A page's broken JSON-LD says nothing.
    }
  }
  return found;
}

const text = (v: Json | undefined): string | null => (typeof v === 'string' && v.trim() ? decode(v) : null);
const nameOf = (v: Json | undefined): string | null => (v && typeof v === 'object' && !Array.isArray(v) ? text(v['name']) : text(v));
const asList = (v: Json | undefined): Json[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
const names = (v: Json | undefined): string[] =>
  asList(v)
    .map(nameOf)
    .filter((n): n is string => n !== null);
/** A JSON-LD node typed as an organisation: `{"@type": "Organization", "name": "Example Wire"}`. */
function isOrganization(v: Json): boolean {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  const type = v['@type'];
  return (Array.isArray(type) ? type : [type]).some((t) => typeof t === 'string' && ORGANIZATION_TYPE.test(t));
}
const isAddress = (s: string) => /^(?:https?:)?\/\//iu.test(s);

/** `2019-11-19T10:00:00Z` as given, or null for a template's placeholder such as `0001-01-01`. */
function plausibleDate(date: string | null | undefined): string | null {
  const year = date ? /^\s*(\d{4})-\d{2}-\d{2}/u.exec(date)?.[1] : null;
  return date && (!year || Number(year) >= EARLIEST_YEAR) ? date : null;
}

// The shapes besides ISO a meta tag's date is read in: `20191119`, year first (`2019/11/19 10:00`),
// and the e-mail form (`Tue, 19 Nov 2019 10:00:00 -0500`); none leaves day and month to a guess.
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})(?:\b|T|\d)/u;
const UNAMBIGUOUS_DATE = /^(?:\d{4}[/.]\d{1,2}[/.]\d{1,2}\b|(?:\p{L}{3},\s*)?\d{1,2}\s+\p{L}{3})/u;

/**
 * A meta tag's date in the shapes content systems write it, as `YYYY-MM-DD…`: ISO as given, the
 * others read by the clipper's own date reader (its day as written). Anything else is left out
 * rather than guessed.
 */
function metaDate(value: string | undefined): string | null {
  const v = value?.trim();
  if (!v) return null;
  if (/^\d{4}-\d{2}-\d{2}/u.test(v)) return v;
  const compact = COMPACT_DATE.exec(v);
  if (compact) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  const date = UNAMBIGUOUS_DATE.test(v) ? findFullDates(v)[0] : undefined;
  return date?.year ? formatDate(date.year, date.month, date.day) : null;
}

// Where pages put the publication date: Open Graph, schema.org microdata, Dublin Core, the
// scholarly citation tags, and the tags analytics and mailing services read. First found wins.
const DATE_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'publication_date',
  'article.published',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date',
  'dc.date.issued',
  'dcterms.date',
  'dcterms.issued',
  'dcterms.created',
  'citation_publication_date',
  'citation_date',
  'pdate',
];

// Where pages put the author's name, in the same families; `byl` holds a whole `By …` line.
const AUTHOR_KEYS = [
  'author',
  'article:author',
  'og:article:author',
  'article.author',
  'parsely-author',
  'sailthru.author',
  'dc.creator',
  'dcterms.creator',
  'citation_author',
  'byl',
];
// Library catalogues and citation tags write the surname first: `Doe, Jane`.
const SURNAME_FIRST_KEYS = new Set(['dc.creator', 'dcterms.creator', 'citation_author']);

/** The author a meta tag names, as a name: not an address, `By` dropped, `Doe, Jane` turned round. */
function metaAuthor(meta: ReadonlyMap<string, string>): string | null {
  for (const key of AUTHOR_KEYS) {
    const value = meta.get(key)?.trim();
    // A login handle (`jdoe`) stands where some templates put the writer: the page shows the name elsewhere.
    if (!value || isAddress(value) || isHandle(value)) continue;
    const name = value.replace(/^by\s+/iu, '');
    const turned = SURNAME_FIRST_KEYS.has(key) ? /^([^,\s]+),\s+([^,]+)$/u.exec(name) : null;
    return turned ? `${turned[2]} ${turned[1]}` : name;
  }
  return null;
}

// schema.org microdata: elements whose `itemprop` names what they hold, several names to one
// element at times (`itemprop="author creator"`).
const ITEMPROP_TAG = /<([a-z][\w-]{0,20})\b([^>]{0,1000}?\bitemprop\s*=[^>]{0,1000})>/giu;
const VOID_TAGS = new Set(['meta', 'link', 'img', 'br', 'hr', 'input']);
// How far past its opening tag an author element's name is looked for: a few nested tags.
const MICRODATA_REACH = 1500;
// A page listing more authors than this marks the bylines of other stories too (a list of
// related stories, each with its author), and which are the article's own is not known.
const MAX_MICRODATA_AUTHORS = 4;
// An author element's own text longer than this is a biography or a whole byline box, not a name.
const MAX_NAME_CHARS = 80;
// Not a person's name: a template's unfilled placeholder (`{{ author }}`), or a login handle
// written all in small letters (`siteadmin`) where the script has capitals.
const NOT_A_NAME = /[{}<>[\]]|^[\p{Ll}\d\s._-]+$/u;

interface ItempropTag {
  tag: string;
  attrs: Map<string, string>;
  props: string[];
  /** Where the page goes on after the opening tag. */
  end: number;
  /** Where the opening tag starts. */
  start: number;
}

function* itempropTags(html: string): Generator<ItempropTag> {
  for (const m of html.matchAll(ITEMPROP_TAG)) {
    const attrs = attributes(m[2]!);
    const props = (attrs.get('itemprop') ?? '').toLowerCase().split(/\s+/u);
    yield { tag: m[1]!.toLowerCase(), attrs, props, end: m.index + m[0].length, start: m.index };
  }
}

const plainText = (html: string) =>
  decode(html.replace(/<[^>]*>/gu, ' '))
    .replace(/\s+/gu, ' ')
    .trim();

/**
 * Where an element's content ends in the text after its opening tag: at its own closing tag,
 * past those of the elements of the same name nested in it; -1 when it does not end there.
 */
function contentEnd(tag: string, rest: string): number {
  let depth = 0;
  for (const m of rest.matchAll(new RegExp(`<(/?)${tag}\\b[^>]*>`, 'giu'))) {
    if (!m[1]) depth += 1;
    else if (depth === 0) return m.index;
    else depth -= 1;
  }
  return -1;
}

/** An element's text up to its closing tag, or up to the next tag when the close is not in reach. */
function elementText(tag: string, rest: string): string {
  const close = contentEnd(tag, rest);
  const next = rest.indexOf('<');
  return plainText(close >= 0 ? rest.slice(0, close) : next >= 0 ? rest.slice(0, next) : rest);
}

/**
 * The name an author element gives: its own `content`, its nested `itemprop="name"` (a meta
 * tag's content, or the element's text), else its own text; `By` dropped.
 */
function microdataName(author: ItempropTag, html: string): string | null {
  let name = author.attrs.get('content') ?? null;
  if (name === null && !VOID_TAGS.has(author.tag)) {
    const rest = html.slice(author.end, author.end + MICRODATA_REACH);
    const close = contentEnd(author.tag, rest);
    const inside = close >= 0 ? rest.slice(0, close) : rest;
    const named = [...itempropTags(inside)].find((t) => t.props.includes('name'));
    if (named) name = named.attrs.get('content') ?? elementText(named.tag, inside.slice(named.end));
    else if (close >= 0) name = plainText(inside);
  }
  const value = name?.trim().replace(/^by\s+/iu, '');
  return value && value.length <= MAX_NAME_CHARS && !isAddress(value) && !NOT_A_NAME.test(value) ? value : null;
}

// The page's asides, menus and footers: the bylines of other stories, teasers and site credits.
const ASIDE_TAG = /<(aside|nav|footer)\b[^>]{0,1000}>/giu;

/** Where the page's asides, menus and footers run, as [start, end) offsets. */
function asideSpans(html: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of html.matchAll(ASIDE_TAG)) {
    const from = m.index + m[0].length;
    if (spans.length && from < spans[spans.length - 1]![1]) continue;
    const close = contentEnd(m[1]!.toLowerCase(), html.slice(from));
    if (close >= 0) spans.push([m.index, from + close]);
  }
  return spans;
}

/** Whether an offset of the page lies outside its asides, menus and footers, found once when first asked. */
function outsideAsides(html: string): (at: number) => boolean {
  let spans: [number, number][] | null = null;
  return (at) => !(spans ??= asideSpans(html)).some(([from, to]) => at >= from && at < to);
}

/** The authors the page's microdata names, in page order, each once; none when it names too many to tell. */
function microdataAuthors(html: string): string[] {
  const found: string[] = [];
  const inStory = outsideAsides(html);
  for (const t of itempropTags(html)) {
    if ((!t.props.includes('author') && !t.props.includes('creator')) || !inStory(t.start)) continue;
    const name = microdataName(t, html);
    if (name && !found.some((f) => f.toLowerCase() === name.toLowerCase())) found.push(name);
  }
  return found.length <= MAX_MICRODATA_AUTHORS ? found : [];
}

// A link to the author's page, marked so by HTML's own link type: `<a rel="author" href="/authors/…">Jane Doe</a>`.
const REL_AUTHOR_LINK = /<a\b([^>]*\brel\s*=\s*["']?[^"'>]*\bauthor\b[^>]*)>([\s\S]{1,200}?)<\/a>/giu;

/**
 * The writers the page's links name, in page order, each once, outside its asides and menus: the
 * links `pattern` finds (their text in its second group) that `accepts` takes; none when there are
 * more than a story has (teasers' writers), so a list is not taken for a byline.
 */
function linkedAuthors(html: string, pattern: RegExp, accepts: (name: string, link: RegExpMatchArray) => boolean): string[] {
  const found: string[] = [];
  const inStory = outsideAsides(html);
  for (const m of html.matchAll(pattern)) {
    if (!inStory(m.index)) continue;
    const name = plainText(m[2]!).replace(/^by\s+/iu, '');
    if (!accepts(name, m)) continue;
    if (!found.some((f) => f.toLowerCase() === name.toLowerCase())) found.push(name);
  }
  return found.length <= MAX_MICRODATA_AUTHORS ? found : [];
}

/** The authors the page's `rel="author"` links name. */
const relAuthors = (html: string) =>
  linkedAuthors(html, REL_AUTHOR_LINK, (name) => !!name && name.length <= MAX_NAME_CHARS && !isAddress(name) && !NOT_A_NAME.test(name));

// A link to the writer's own page, as publishing platforms and news templates address it:
// `/author/jdoe/`, `/autoren/jane-doe`, `/journalists/…`, `/staff/…`, `/users/profile/jdoe/`, a platform's `/@jdoe`.
const AUTHOR_PAGE_LINK = /<a\b[^>]{0,500}?\bhref\s*=\s*["']?([^"'\s>]{1,300})[^>]{0,500}>([^<]{2,80})<\/a\s*>/giu;
const AUTHOR_PAGE_PATH =
  /^(?:[a-z][\w+.-]*:\/\/[^/]+)?(?:\/[^/?#]+)*?\/(?:@[\w.-]+|(?:authors?|autor(?:en|es|i|zy)?|auteurs?|autori|journalists?|journalistes?|journalisten|reporters?|writers?|contributors?|columnists?|staff|(?:users?\/)?profiles?|redaktion\/autor|avtor|автор[ыи]?|авторы)\/[^/?#]+)\/?(?:[?#].*)?$/iu;
// A name as a byline links it: two to four words, each opening with a capital.
const LINKED_NAME =
  /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|(?:de|da|van|von|der|den|del|la|le|di|du|bin|al|ibn)\b)){1,3}$/u;

/** The writers the page links to their own pages, their names as a byline writes them. */
const authorPageLinks = (html: string) =>
  linkedAuthors(html, AUTHOR_PAGE_LINK, (name, link) => AUTHOR_PAGE_PATH.test(decode(link[1]!)) && LINKED_NAME.test(name));

// A link a template names for its writer by class: `<a class="author-name" href=…>Jane Doe</a>`, `<a class="byline__link">`.
const AUTHOR_CLASS_LINK = /<a\b([^>]*\bclass\s*=\s*["'][^"']*\b(?:author|byline)[^"']*["'][^>]*)>([^<]{2,80})<\/a\s*>/giu;

/** The writers the page's links name by a writer's class. */
const authorClassLinks = (html: string) =>
  linkedAuthors(html, AUTHOR_CLASS_LINK, (name) => LINKED_NAME.test(name) && !NOT_A_NAME.test(name));

/** The writers the page's markup marks, when its meta tags name none: by microdata, by link type, by where their links go, by their class. */
function markedAuthors(html: string): string[] {
  for (const find of [microdataAuthors, relAuthors, authorPageLinks, authorClassLinks]) {
    const found = find(html);
    if (found.length) return found;
  }
  return [];
}

/** The publication date microdata gives on any element: `<time itemprop="datePublished" datetime=…>`. */
function microdataDate(html: string): string | null {
  for (const t of itempropTags(html)) {
    if (t.props.includes('datepublished')) return metaDate(t.attrs.get('datetime') ?? t.attrs.get('content'));
  }
  return null;
}

// Where a page shows its own name in its body: the text of a link to its home page, an image's
// `alt` (a logo), and an element holding text alone that is neither a link nor a heading.
// A link home is to `/` or to the root of the page's own host; another host's root (a sister site,
// a programme's own site) is not it.
const HOME_HREF = String.raw`<a\b[^>]{0,500}?\bhref\s*=\s*["']?(\/|https?:\/\/[^/"'\s>]+\/?)(?=["'\s>])[^>]{0,500}>`;
const HOME_LINK = new RegExp(String.raw`${HOME_HREF}([^<]{2,80})<\/a\s*>`, 'giu');
// A logo that links home: `<a href="/"><img alt="Example Herald"></a>`.
const HOME_LOGO = new RegExp(String.raw`${HOME_HREF}\s*<img\b[^>]{0,1000}?\balt\s*=\s*(?:"([^"]{2,100})"|'([^']{2,100})')`, 'giu');
const IMAGE_ALT = /<img\b[^>]{0,1000}?\balt\s*=\s*(?:"([^"]{2,100})"|'([^']{2,100})')/giu;
const TEXT_ELEMENT = /<([a-z][\w-]{0,20})\b[^>]{0,500}>([^<]{2,80})<\/\1\s*>/giu;
const NOT_A_LABEL = /^(?:a|h[1-6]|title|option|script|style|button|label|time)$/iu;

/** The names the page's body shows as a masthead would: its home links, its logos, and its labels. */
function mastheadTexts(html: string, url: string | null): { home: string[]; logos: string[]; labels: string[] } {
  const start = html.search(/<body[\s>]/iu);
  const body = start >= 0 ? html.slice(start) : html;
  const host = (address: string) => /^https?:\/\/(?:www\.)?([^/:?#]+)/iu.exec(address)?.[1]?.toLowerCase() ?? null;
  const isHome = (href: string) => href === '/' || (url !== null && host(href) === host(url));
  const home = [
    ...[...body.matchAll(HOME_LINK)].filter((m) => isHome(m[1]!)).map((m) => plainText(m[2]!)),
    ...[...body.matchAll(HOME_LOGO)].filter((m) => isHome(m[1]!)).map((m) => decode(m[2] ?? m[3]!)),
  ].filter(Boolean);
  const logos = [...home, ...[...body.matchAll(IMAGE_ALT)].map((m) => decode(m[1] ?? m[2]!))].filter(Boolean);
  const labels = [...body.matchAll(TEXT_ELEMENT)].filter((m) => !NOT_A_LABEL.test(m[1]!)).map((m) => plainText(m[2]!));
  return { home, logos, labels: labels.filter(Boolean) };
}

// HTML's link type for a post's own address: `<h1><a rel="bookmark" href="https://…/2024/03/14/post/">`.
const BOOKMARK_LINK = /<a\b[^>]{0,500}\brel\s*=\s*["']?[^"'>]*\bbookmark\b[^>]{0,500}>/giu;
const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/iu;

/** The address the page's permalink gives, where it links one address only: a list of posts links several. */
function permalink(html: string): string | null {
  const hrefs = new Set<string>();
  for (const m of html.matchAll(BOOKMARK_LINK)) {
    const href = HREF.exec(m[0]);
    if (href) hrefs.add(decode(href[1] ?? href[2] ?? href[3]!));
  }
  return hrefs.size === 1 ? absoluteUrl([...hrefs][0]) : null;
}

const H1 = /<h1\b[^>]{0,500}>([\s\S]{0,2000}?)<\/h1\s*>/giu;
// A headline runs to a few words; a shorter top heading is a section's or a logo's.
const MIN_HEADLINE_WORDS = 4;

const headlineWords = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** The page's one top heading, where it has one and it reads as a headline. */
function shownHeadline(body: string): string | null {
  const found = [...body.matchAll(H1)].map((m) => plainText(m[1]!)).filter(Boolean);
  return found.length === 1 && headlineWords(found[0]!).size >= MIN_HEADLINE_WORDS ? found[0]! : null;
}

/**
 * The story's headline: the markup's, unless it is missing, names the site alone or is a social
 * card's wording that the top heading and the document's title both leave, where the page's top
 * heading stands in. A top heading with no markup headline is taken only where the document's
 * title repeats it: a page may head its text with a section's name.
 */
function storyHeadline(
  markup: string | null,
  shown: string | null,
  sites: readonly (string | null)[],
  documentTitle: string | null,
  fromCard: boolean,
): string | null {
  const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const isSite = (s: string) => sites.some((site) => site !== null && squash(site) === squash(s));
  if (!shown || isSite(shown)) return markup;
  const titled = (s: string) => documentTitle !== null && squash(documentTitle).includes(squash(s));
  if (markup === null) return titled(shown) ? shown : null;
  // A social card's headline (`og:title`) may be a shorter rewrite; where the top heading and the
  // document's title agree on another wording, the two outvote it. An article record's headline is
  // the desk's own and stands.
  if (fromCard && titled(shown) && !titled(markup)) return shown;
  return isSite(markup) ? shown : markup;
}

function absoluteUrl(url: string | null | undefined): string | null {
  const u = url?.trim();
  return u && /^https?:\/\/[^\s/]+\.[^\s]+$/iu.test(u) && u.length <= 2000 ? u : null;
}

export function pageMeta(html: string): PageMeta {
  const head = html.length > META_SCAN_CHARS ? html.slice(0, META_SCAN_CHARS) : html;
  const { meta, canonical } = metaTags(head);
  const records = ldRecords(head);
  const ld = records.articles[0];
  // The page the article record describes: `"mainEntityOfPage": {"@id": "https://…"}` or the address itself.
  const entityPage = ld ? (ld['mainEntityOfPage'] ?? null) : null;
  const entityUrl =
    entityPage && typeof entityPage === 'object' && !Array.isArray(entityPage) ? text(entityPage['@id']) : text(entityPage ?? undefined);
  const url =
    absoluteUrl(canonical) ??
    absoluteUrl(meta.get('og:url')) ??
    absoluteUrl(ld ? text(ld['url']) : null) ??
    absoluteUrl(entityUrl) ??
    permalink(head);
  const ldDate = plausibleDate(ld ? text(ld['datePublished']) : null);
  const fromMeta = plausibleDate(DATE_KEYS.map((key) => metaDate(meta.get(key))).find((d) => d !== null));
  const credited = ld ? asList(ld['author'] ?? ld['creator']) : [];
  const authors = names(credited.filter((c) => !isOrganization(c))).filter((a) => !isAddress(a));
  const author = metaAuthor(meta);
  const marked = authors.length || author ? [] : markedAuthors(head);
  const publisher = ld ? nameOf(ld['publisher']) : null;
  // The name a phone shows for the site saved to its home screen is the site's too.
  const siteName = meta.get('og:site_name') ?? meta.get('application-name') ?? meta.get('apple-mobile-web-app-title') ?? null;
  const namesOf = (nodes: readonly Record<string, Json>[]) => nodes.map((n) => text(n['name'])).filter((n): n is string => n !== null);
  const markupHeadline = (ld ? text(ld['headline']) : null) ?? meta.get('og:title') ?? null;
  const documentTitle = decode(TITLE_TAG.exec(head)?.[1] ?? '') || null;
  const source = pageSiteName({
    headline: markupHeadline,
    ...mastheadTexts(head, url),
    url,
    siteName,
    publisher,
    websites: namesOf(records.websites),
    organizations: namesOf(records.organizations),
    documentTitle,
  });
  const bodyStart = head.search(/<body[\s>]/iu);
  // A page whose markup gives the site's home as its address describes the site there, not the story.
  const home = url !== null && /^https?:\/\/[^/]+\/?$/iu.test(url);
  const headline = storyHeadline(
    markupHeadline,
    shownHeadline(bodyStart >= 0 ? head.slice(bodyStart) : head),
    [siteName, source, publisher, home ? markupHeadline : null],
    documentTitle,
    !(ld && text(ld['headline'])),
  );
  return {
    url,
    headline,
    published: ldDate ?? fromMeta ?? plausibleDate(microdataDate(head)) ?? dateFromUrl(url) ?? TIME_TAG.exec(head)?.[1] ?? null,
    authors: authorsWithoutSite(authors.length ? authors : author ? [author] : marked, source),
    outletAuthors: authorsWithoutSite(names(credited.filter(isOrganization)), source),
    publisher,
    siteName,
    source,
    locale: HTML_LANG.exec(head)?.[1] ?? meta.get('content-language') ?? meta.get('og:locale') ?? null,
    bios: records.people.map((p) => text(p['description'])).filter((d): d is string => d !== null),
  };
}

// A site's name joined to the headline with no space: `标题_东海新闻网`, `标题｜澎湃新闻`, `标题-新华网`.
const GLUED_SITE = /^(.+?\S)[_｜|–—-]([^_｜|–—-]{2,20})$/u;
// The last character of a Chinese outlet's name: `…网`, `…报`, `…社`, `…台`, `…讯`, `…新闻`, `…在线`.
const CJK_OUTLET_END = /^\p{Script=Han}{2,12}(?:网|报|社|台|讯|新闻|频道|在线)$/u;

// A site's name is a few words and opens with a capital or a digit; a short tail opening in lower
// case continues the headline after a dash (`Why I quit — and what came next`), unless it is an
// address (`example.com`).
const looksLikeSiteName = (tail: string) =>
  tail.split(/\s+/u).length <= 4 && (!/^\p{Ll}/u.test(tail) || /^[\p{L}\d-]+\.\p{L}{2,}$/u.test(tail));

/** The page title without the site name pages add to it: `Headline | Site` → `Headline`, `Site: Headline` → `Headline`. */
export function pageHeadline(title: string | null | undefined, siteName: string | null | undefined): string | null {
  const t = title?.trim();
  if (!t) return null;
  // `Example Diary: Post title`: a blog's name before the post's.
  const site = siteName?.trim();
  if (site && t.length > site.length + 2 && t.toLowerCase().startsWith(`${site.toLowerCase()}: `)) return t.slice(site.length + 2).trim();
  const glued = GLUED_SITE.exec(t);
  // `标题_东海新闻网`: Chinese pages join the site's name on without spaces.
  if (glued && (glued[2] === siteName?.trim() || CJK_OUTLET_END.test(glued[2]!))) return glued[1]!.trim();
  const parts = t.split(/\s+[|–—-]\s+/u);
  const last = parts[parts.length - 1]!;
  if (parts.length > 1 && (last === siteName?.trim() || looksLikeSiteName(last))) return parts.slice(0, -1).join(' - ');
  return t;
}
