import { isNameShaped, isPlatformName } from '../../shared/clipper/source.js';
import { isGenericMenuWord } from '../../shared/clipper/page-brand.js';
import { siteKey } from '../../shared/text/name-key.js';

/**
 * The site's own name from a page's markup. Pages give it in several places that do not always
 * agree in spelling: `og:site_name` (sometimes a bare slug like `exampletimes`, or a name with a
 * tagline), the JSON-LD article's publisher, the JSON-LD records the site keeps about itself, and
 * the part of `<title>` after the headline. The first one given wins, in its most readable
 * spelling: a slug gives way to the same name with spaces and capitals, or with its domain. A page
 * whose markup names no site still shows its name as a masthead does: the `<title>` part its logo,
 * its home link or a label of its own repeats.
 */

/** What a page's markup says about its site, read by `pageMeta`. */
export interface SiteSignals {
  url: string | null;
  siteName: string | null;
  publisher: string | null;
  /** Names of the page's JSON-LD `WebSite` records, and of `Organization` records. */
  websites: readonly string[];
  organizations: readonly string[];
  /** The page's `<title>` as written. */
  documentTitle: string | null;
  /** The headline the markup gives, which a `<title>` part repeating it is not the site's name. */
  headline?: string | null;
  /** The texts of the page's links to its home page, and the `alt` of a logo that links there. */
  home?: readonly string[];
  /** The texts of the page's links to its home page and its images' `alt`: where a logo names the site. */
  logos?: readonly string[];
  /** The whole texts of elements that are neither links nor headings: a masthead's label, not a menu's section. */
  labels?: readonly string[];
}

const TAGLINE_SEPARATOR = /\s+[|–—-]\s+|\s*[|]\s*/u;
const TITLE_SEPARATOR = /\s+(?:[|–—-]|::)\s+/u;
const MAX_NAME_CHARS = 60;
// `example.co.uk`, `example.com.au`: the label before these is the site's.
const SECOND_LEVEL = /^(?:co|com|org|net|ac|gov|edu|ne|or)$/u;

/** The site's host without `www.` and its top-level domain: `https://www.example-times.co.uk/x` → `exampletimes`. */
function hostKey(url: string | null): string | null {
  const host = url ? /^https?:\/\/([^/:?#]+)/iu.exec(url)?.[1] : null;
  if (!host) return null;
  const parts = host
    .toLowerCase()
    .replace(/^www\d?\./u, '')
    .split('.');
  const label =
    parts.length > 2 && SECOND_LEVEL.test(parts[parts.length - 2]!) ? parts[parts.length - 3]! : (parts[parts.length - 2] ?? '');
  return siteKey(label) || null;
}

/** A name as a site gives it, without a tagline or an `@`: `Example Times | News for the coast` → `Example Times`. */
function cleanName(name: string | null | undefined): string | null {
  const first = name?.trim().split(TAGLINE_SEPARATOR)[0]?.replace(/^@/u, '').trim();
  if (!first || first.length > MAX_NAME_CHARS || isPlatformName(first) || !/\p{L}/u.test(first)) return null;
  return first;
}

/** How readable a spelling is: `Example Times` over `example.com` over a bare slug `exampletimes`. */
const readability = (name: string) => (/[\s\p{Lu}]/u.test(name) ? 2 : /\.\p{L}{2,}$/u.test(name) ? 1 : 0);

/** The name after the headline in `<title>`, when it names the page's own host. */
function titleSuffix(signals: SiteSignals, host: string | null): string | null {
  const parts = signals.documentTitle?.split(TITLE_SEPARATOR) ?? [];
  const last = parts.length > 1 ? cleanName(parts[parts.length - 1]) : null;
  return last && host && sameSite(siteKey(last), host) ? last : null;
}

/** Whether two name keys name one site: equal, or one the other with a word added (`example` / `examplenews`). */
function sameSite(a: string, b: string): boolean {
  return a.length >= 2 && b.length >= 2 && (a.includes(b) || b.includes(a));
}

// A `<title>` a blog or a small site writes as `Site: Post title`.
const TITLE_PREFIX = /^([^:]{2,60}?):\s+\S/u;
const MAX_BRAND_WORDS = 5;

/** Whether a `<title>` part reads as a name (`The Example Herald`, `Field & Frond`, `东海新闻网`), not a sentence. */
function looksLikeBrand(part: string): boolean {
  const words = part.split(/\s+/u);
  if (words.length > MAX_BRAND_WORDS || isGenericMenuWord(part) || words.every(isGenericMenuWord)) return false;
  return isNameShaped(part.replace(/\s+&\s+/gu, ' ')) || /^\p{Script=Han}{2,12}$/u.test(part);
}

/** Whether a text is the name, or an image's `alt` opening with it (`Example Authority seal`). */
const showsName = (texts: readonly string[] | undefined, name: string) => {
  const lower = name.toLowerCase();
  return (texts ?? []).some((t) => t.toLowerCase() === lower || t.toLowerCase().startsWith(`${lower} `));
};

/**
 * The `<title>` part the page shows again in its masthead: the part after the headline (`Headline |
 * Example Herald`) in its logo or a label of its own, else a blog's name before it (`Example Diary:
 * Post title`) in its logo or home link. A menu's link to a section is no masthead, so a section
 * named in the title (`Headline | Arts & Culture`) is not taken; nor is a kicker (`Analysis: …`),
 * which no logo repeats.
 */
function shownTitlePart(signals: SiteSignals): string | null {
  const title = signals.documentTitle?.trim();
  if (!title) return null;
  const parts = title.split(TITLE_SEPARATOR);
  const headline = signals.headline ? siteKey(signals.headline) : null;
  const brand = (part: string | null | undefined) => {
    const name = cleanName(part);
    return name && looksLikeBrand(name) && siteKey(name) !== headline ? name : null;
  };
  const suffix = parts.length > 1 ? brand(parts[parts.length - 1]) : null;
  if (suffix && (showsName(signals.logos, suffix) || (signals.labels ?? []).some((l) => l.toLowerCase() === suffix.toLowerCase())))
    return suffix;
  const prefix = brand(TITLE_PREFIX.exec(title)?.[1]);
  return prefix && showsName(signals.logos, prefix) ? prefix : null;
}

// What a home link or its logo says besides a name: `Home`, `Example Herald logo`, `Back to the homepage`.
const NOT_A_BRAND = /(?<!\p{L})(?:logo|home|homepage|startseite|accueil|главная|головна|首页)(?!\p{L})/iu;

/** The name the page's home link or the logo on it shows: its masthead. */
function homeName(signals: SiteSignals): string | null {
  for (const text of signals.home ?? []) {
    const name = cleanName(text);
    if (name && looksLikeBrand(name) && !NOT_A_BRAND.test(name)) return name;
  }
  return null;
}

export function pageSiteName(signals: SiteSignals): string | null {
  const host = hostKey(signals.url);
  const onHost = (name: string | null) => (name && host && sameSite(siteKey(name), host) ? name : null);
  const candidates = [
    cleanName(signals.siteName),
    cleanName(signals.publisher),
    ...signals.websites.map(cleanName),
    ...signals.organizations.map((o) => onHost(cleanName(o))),
    titleSuffix(signals, host),
  ].filter((n): n is string => n !== null);
  const first = candidates[0];
  if (first === undefined) return shownTitlePart(signals);
  // A publisher record alone often names the company behind the site (`Example Media Group LLC`);
  // the masthead on the page's home link is the name it presents itself by.
  const publisherAlone = !cleanName(signals.siteName) && !signals.websites.some(cleanName) && first === cleanName(signals.publisher);
  const masthead = publisherAlone ? homeName(signals) : null;
  if (masthead && !sameSite(siteKey(masthead), siteKey(first))) return masthead;
  const spellings = candidates.filter((c) => sameSite(siteKey(c), siteKey(first)));
  return spellings.reduce((best, c) => (readability(c) > readability(best) ? c : best), first);
}

/** Whether a name is the site's own (`Example News` on Example News Daily): an author field's outlet, not a person. */
export function isSiteName(name: string, site: string | null): boolean {
  return site !== null && sameSite(siteKey(name), siteKey(site));
}

// `Jane Doe. Example News`: a name, then the outlet as a sentence of its own. The name's last word
// ends in small letters, so no initial (`John M. Ford`) nor `Jr.` is taken for its end.
const OUTLET_AFTER_STOP = /^((?:\p{Lu}[\p{L}'’-]+\s+){1,3}\p{Lu}[\p{L}'’-]*\p{Ll}{2})\.\s+\p{Lu}.*$/u;

// A login handle (`jdoe`, `@jane_doe`): one word in small letters, an account's name that a
// template writes where the writer's name belongs, never the name a byline shows.
const HANDLE = /^@?[\p{Ll}\d._-]+$/u;

/** Whether an author field holds a login handle (`jdoe`) rather than a person's name. */
export function isHandle(name: string): boolean {
  return HANDLE.test(name.trim());
}

/**
 * Authors as people: `Jane Doe, Example News` → `Jane Doe`, `Jane Doe. Example International` →
 * `Jane Doe`, and the site itself or a login handle credited as author dropped.
 */
export function authorsWithoutSite(authors: readonly string[], site: string | null): string[] {
  return authors
    .map((a) =>
      a
        .replace(/(?:\s*,\s*|\s+[|–—-]\s+)([^,|–—]+)$/u, (whole, outlet: string) => (isSiteName(outlet, site) ? '' : whole))
        .replace(OUTLET_AFTER_STOP, '$1')
        .trim(),
    )
    .filter((a) => a && !isSiteName(a, site) && !isHandle(a));
}
