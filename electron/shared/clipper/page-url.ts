import type { Line } from './lines.js';

// A line that is only an address, perhaps labelled: `https://…`, `URL: https://…`, `Quelle: https://…`.
const URL_LINE =
  /^(?:(?:url|link|source|quelle|lien|источник|ссылка|джерело|посилання|来源|链接|原文)\s*[:：]\s*)?<?(https?:\/\/[^\s<>"]{3,2000})>?$/iu;
const DATED_PATH = /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:\/|[-_]|$)/u;

/** The address a line gives, when the line is nothing else. */
export function urlOfLine(text: string): string | null {
  return URL_LINE.exec(text)?.[1] ?? null;
}

// An address is pasted with the article's head or at its foot, never deep in the middle.
const URL_SEARCH_LINES = 40;

/** The article's address, from an address line near the top or the bottom of a text paste. */
export function findPageUrl(lines: readonly Line[]): string | null {
  const near = [...lines.slice(0, URL_SEARCH_LINES), ...lines.slice(-URL_SEARCH_LINES)];
  for (const line of near) {
    const url = urlOfLine(line.text);
    if (url) return url;
  }
  return null;
}

// The date written as one number, a part of the path to itself (`/20191119/`, `/story-20191119.html`):
// no digit beside it, which would make it part of an article's number.
const COMPACT_DATED_PATH = /(?<=[/_-])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/u;

/** `YYYY-MM-DD` from an address such as `/2019/11/19/story-name` or `/news/20191119/story-name`. */
export function dateFromUrl(url: string | null): string | null {
  const path = url ? (/^(?:[a-z]+:)?\/\/[^/?#]*([^?#]*)/iu.exec(url)?.[1] ?? url) : null;
  const m = path ? (DATED_PATH.exec(path) ?? COMPACT_DATED_PATH.exec(path)) : null;
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : null;
}

// Hosts whose addresses a page embeds or links to, never the page's own site.
export const FOREIGN_HOST =
  /(?:^|\.)(?:t\.co|twitter\.com|x\.com|facebook\.com|instagram\.com|youtube\.com|youtu\.be|bit\.ly|wordpress\.com|blogspot\.com|google\.com|apple\.com)$/iu;

/** `example.com` when every address line of a page is on that one site, or null. */
export function siteOfAddresses(lines: readonly Line[]): string | null {
  const hosts = new Set<string>();
  for (const line of lines) {
    const url = urlOfLine(line.text);
    const host = url ? /^https?:\/\/(?:www\.)?([^/:?#\s]+)/iu.exec(url)?.[1]?.toLowerCase() : null;
    if (host) hosts.add(host);
  }
  const [only] = hosts;
  return hosts.size === 1 && !FOREIGN_HOST.test(only!) ? only! : null;
}

const MAIL_ADDRESS = /[\p{L}\p{N}._%+-]+@((?:[\p{L}\p{N}-]+\.)+\p{L}{2,})/gu;
// Mail services anyone may use: an address there names no site.
export const MAIL_SERVICE =
  /^(?:gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|aol|icloud|me|mac|protonmail|proton|gmx|web|mail|yandex|qq|163|126|ukr|rambler)\.[\p{L}.]+$/iu;
const AUTHOR_LINE_CHARS = 600;

/** The site an author's own address is on (`jane@example.com` in her byline or note), or null. */
export function siteOfAuthorAddress(lines: readonly Line[], authors: readonly string[]): string | null {
  const isAuthors = (text: string) => authors.some((a) => text.includes(a) || text.startsWith(`${a.split(' ')[0]} `));
  for (const line of lines) {
    if (line.text.length > AUTHOR_LINE_CHARS || !line.text.includes('@') || !isAuthors(line.text)) continue;
    for (const m of line.text.matchAll(MAIL_ADDRESS)) {
      const host = m[1]!.toLowerCase().replace(/^(?:www|mail|email)\.(?=[^.]+\.)/u, '');
      if (!MAIL_SERVICE.test(host)) return host;
    }
  }
  return null;
}
