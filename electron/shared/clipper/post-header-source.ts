import { findHanPlaces } from './gazetteer.js';
import { hasOutletWord } from './lexicon/outlet-words.js';
import type { Role } from './layout.js';
import type { Line } from './lines.js';

/**
 * The outlet a post or a portal page names in its header without a label: a channel's name over
 * the post's time stamp (`Example Channel`, `12.02.2025, 09:14`, headline), a Chinese account or
 * paper beside the date (`原创 某某体育 2025年08月03日 21:16`, `2025年04月28日 19:42 某某财经`),
 * a Chinese paper's own lead-in (`某某财经讯（记者 …）`), or a forwarded newsletter's sender.
 */

const MAX_CHANNEL_WORDS = 4;
// `Example Channel | City`: the channel's name, then where it reports from.
const CHANNEL = /^(\p{Lu}[\p{L}’'-]*(?:\s[\p{L}’'-]+){1,3})(?:\s\|\s\p{Lu}[\p{L}\s-]{1,30})?$/u;
const HAN_DATE = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}:\d{2}(?::\d{2})?/gu;
// WeChat marks a post as the account's own work: `原创`.
const HAN_LABEL = /^(?:原创|发布时间|发布于|更新时间|时间|来源|作者)[:：]?$/u;
const HAN_NAME = /^\p{Script=Han}{2,10}$/u;
const HAN_LEAD = /^(\p{Script=Han}{2,10}?)讯\s*[（(]/u;

/** `Example Channel` over a time stamp and the headline, at the top of the paste. */
function channelOverTimestamp(lines: readonly Line[], roles: readonly Role[]): string | null {
  if (roles[0] === 'content' || roles[0] === 'title' || roles[1] !== 'date' || roles[2] !== 'title') return null;
  const m = CHANNEL.exec(lines[0]!.text);
  return m && m[1]!.split(' ').length <= MAX_CHANNEL_WORDS ? m[1]! : null;
}

/** A Chinese name beside the date on a header's date line, not a place (a post's location). */
function hanNameBesideDate(lines: readonly Line[], roles: readonly Role[]): string | null {
  const body = roles.indexOf('content');
  for (let i = 0; i < (body < 0 ? lines.length : body); i++) {
    if (roles[i] !== 'date' && roles[i] !== 'cruft' && roles[i] !== 'byline') continue;
    const text = lines[i]!.text;
    if (!text.match(HAN_DATE)) continue;
    const split = (part: string) => part.split(/[\s\u3000]+/u).filter(Boolean);
    const at = text.search(HAN_DATE);
    const before = split(text.slice(0, at));
    const words = split(text.replace(HAN_DATE, ' '));
    if (!words.length || words.some((w) => !HAN_NAME.test(w) && !HAN_LABEL.test(w))) continue;
    const isName = (w: string) => !HAN_LABEL.test(w) && !findHanPlaces(w).includes(w);
    // `原创 王某 某某观察 2024年…`: the account stands next to the date, its author before it.
    const name = before.findLast(isName) ?? words.find(isName);
    if (name) return name;
  }
  return null;
}

/** `某某财经讯（记者 …）`: the paper's name before `讯` at the head of the story. */
function hanNewsLead(lines: readonly Line[], roles: readonly Role[]): string | null {
  const first = roles.indexOf('content');
  const m = first < 0 ? null : HAN_LEAD.exec(lines[first]!.text);
  return m && m[1] !== '本报' ? m[1]! : null;
}

// A forwarded newsletter's sender: `From: Example Weekly <hello@example.com>`.
const SENDER = /^(?:from|von|de|от|від)\s*:\s*"?([^"<>@]{3,60}?)"?\s*<[^<>@\s]+@[^<>\s]+>$/iu;

/** A newsletter's sender, named as outlets are and printed again in the paste (its masthead, its footer); a person's is no outlet. */
function newsletterSender(lines: readonly Line[]): string | null {
  for (const line of lines) {
    const name = SENDER.exec(line.text)?.[1]?.trim();
    if (!name || !hasOutletWord(name)) continue;
    const lower = name.toLowerCase();
    if (lines.some((l) => l !== line && l.text.toLowerCase().includes(lower))) return name;
  }
  return null;
}

export function outletOfPostHeader(lines: readonly Line[], roles: readonly Role[]): string | null {
  return channelOverTimestamp(lines, roles) ?? hanNameBesideDate(lines, roles) ?? hanNewsLead(lines, roles) ?? newsletterSender(lines);
}
