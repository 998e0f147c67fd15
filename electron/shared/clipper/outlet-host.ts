import { escapeRegExp } from '../text/escape-regexp.js';
import { nameKey, siteKey } from '../text/name-key.js';
import { isAgency } from './lexicon/agencies.js';
import type { Line } from './lines.js';
import { FOREIGN_HOST, MAIL_SERVICE } from './page-url.js';

/**
 * A whole page gives its own address in its furniture: the newsroom's mail (`tips@exampleherald.com`),
 * links to itself (`www.exampleherald.com/subscribe`). The outlet's name spells that address, each
 * word whole or by its initial (`Example Herald` → `exampleherald`, `Example University` →
 * `exampleu`). A name the page gives that agrees with its address is the outlet; one that does not
 * (a company the page quotes, a press release's issuer) yields to a name that does, where the page
 * gives that name twice.
 */

// An address in running text: after a mail's `@`, a scheme or a bare `www.`.
const HOST_IN_TEXT = /(?:@|https?:\/\/|(?<![\p{L}\p{N}.@-])(?=www\d?\.))((?:[\p{L}\p{N}-]+\.)+\p{L}{2,})/gu;
// `example.co.uk`, `example.com.au`: the label before these is the site's.
const SECOND_LEVEL = /^(?:co|com|org|net|ac|gov|edu|ne|or)$/u;
const MIN_LABEL_CHARS = 4;

/** The label of a host that names its site: `news.example.co.uk` → `example`. */
function siteLabel(host: string): string | null {
  const parts = host.toLowerCase().split('.');
  if (parts.length < 2) return null;
  const label = parts.length > 2 && SECOND_LEVEL.test(parts.at(-2)!) ? parts.at(-3)! : parts.at(-2)!;
  return label.length >= MIN_LABEL_CHARS ? label.replace(/-/gu, '') : null;
}

/** The site label the page's furniture addresses most often, when no other label ties with it. */
function pageHostLabel(lines: readonly Line[], isFurniture: (i: number) => boolean): string | null {
  const counts = new Map<string, number>();
  lines.forEach((line, i) => {
    if (!isFurniture(i)) return;
    for (const m of line.text.matchAll(HOST_IN_TEXT)) {
      const host = m[1]!.toLowerCase().replace(/^www\d?\./u, '');
      if (FOREIGN_HOST.test(host) || MAIL_SERVICE.test(host)) continue;
      const label = siteLabel(host);
      if (label) counts.set(label, (counts.get(label) ?? 0) + 1);
    }
  });
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  return ranked.length && (ranked.length === 1 || ranked[0]![1] > ranked[1]![1]) ? ranked[0]![0] : null;
}

const fold = (word: string) => nameKey(word).replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Whether the words, each whole or by its initial, spell the label exactly, one word at least whole
 * (initials alone would fit many a short address); a leading `The` may be left out.
 */
function spellsLabel(words: readonly string[], label: string): boolean {
  const keys = words.map(fold).filter((k) => k !== '');
  const from = (w: number, at: number, whole: boolean): boolean => {
    if (w === keys.length) return whole && at === label.length;
    const key = keys[w]!;
    return (label.startsWith(key, at) && from(w + 1, at + key.length, true)) || (label[at] === key[0] && from(w + 1, at + 1, whole));
  };
  return keys.length > 0 && (from(0, 0, false) || (keys[0] === 'the' && keys.length > 1 && from(1, 0, false)));
}

/** Whether a name agrees with the site's label: it spells it, or the one holds the other (`Example` on `examplenews`). */
function agrees(name: string, label: string): boolean {
  const key = siteKey(name);
  return key.includes(label) || (key.length >= MIN_LABEL_CHARS && label.includes(key)) || spellsLabel(name.split(/\s+/u), label);
}

/** The name's opening words that spell the label: `Example Post News Service` → `Example Post`. */
function leadThatSpells(name: string, label: string): string | null {
  const words = name.split(/\s+/u);
  for (let k = 1; k < words.length; k++) if (spellsLabel(words.slice(0, k), label)) return words.slice(0, k).join(' ');
  return null;
}

const NAME_WORD = /^(?:\p{Lu}|\p{N})[\p{L}\p{N}&'’.+-]*$/u;
const CONNECTOR = /^(?:of|and|&|de|du|des|la|le|der|die|das|am|im)$/u;
const MAX_NAME_WORDS = 5;

/** The runs of capitalised words in a text, a lower-case connector inside one: `Example Journal of Trade`. */
function capitalisedRuns(text: string): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  const close = () => {
    while (run.length && CONNECTOR.test(run.at(-1)!)) run.pop();
    if (run.length) runs.push(run);
    run = [];
  };
  for (const token of text.split(/\s+/u)) {
    const word = token.replace(/^[«"“„'(]+|[»"”'’),.:;!?]+$|['’]s[,.:;!?]?$/gu, '');
    if (NAME_WORD.test(word) || (run.length && CONNECTOR.test(word))) run.push(word);
    else close();
    if (word !== token) close();
  }
  close();
  return runs;
}

/** How many furniture lines give the name as whole words, capitals and all. */
function furnitureLinesNaming(name: string, lines: readonly Line[], isFurniture: (i: number) => boolean): number {
  const word = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'u');
  return lines.filter((l, i) => isFurniture(i) && word.test(l.text)).length;
}

/** The names the page's furniture gives that spell its label, with how many furniture lines give each. */
function namesSpellingLabel(lines: readonly Line[], label: string, isFurniture: (i: number) => boolean): Map<string, number> {
  const found = new Set<string>();
  lines.forEach((line, i) => {
    if (!isFurniture(i)) return;
    for (const run of capitalisedRuns(line.text))
      for (let a = 0; a < run.length; a++)
        for (let b = a + 1; b <= Math.min(run.length, a + MAX_NAME_WORDS); b++)
          if (!CONNECTOR.test(run[a]!) && spellsLabel(run.slice(a, b), label)) found.add(run.slice(a, b).join(' '));
  });
  return new Map([...found].map((name) => [name, furnitureLinesNaming(name, lines, isFurniture)]));
}

// `example.com` as the cues found it: the page's address, where its brand is wanted.
const BARE_DOMAIN = /^(?:www\d?\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u;

/**
 * The name that spells the label and that the furniture gives most often, at least `minLines`
 * times, the longer of two given as often; with how many lines give it.
 */
function mostGivenSpelling(
  label: string,
  lines: readonly Line[],
  isFurniture: (i: number) => boolean,
  minLines: number,
): [string, number] | null {
  let best: [string, number] | null = null;
  for (const [name, count] of namesSpellingLabel(lines, label, isFurniture))
    if (count >= minLines && (!best || count > best[1] || (count === best[1] && name.length > best[0].length))) best = [name, count];
  return best;
}

// A name the page gives this often, beside its address, outweighs a name that does not spell it.
const MIN_NAME_LINES = 2;

/**
 * The outlet, weighing the name the other cues picked against the page's own address. A bare
 * domain gives way to the name the furniture spells it with. Another name is kept when
 * it agrees or is a wire's, cut to its opening words when they spell the address, else replaced by
 * the name that spells it and that the furniture gives most often, at least twice. The address
 * counts as one more cue for that name: the picked name must be given more often to stand against
 * both (an issuer's contact address in a press release does not outvote the site's own name).
 */
export function outletAgreeingWithHost(picked: string | null, lines: readonly Line[], isFurniture: (i: number) => boolean): string | null {
  const domain = picked && BARE_DOMAIN.test(picked) ? siteLabel(picked.replace(/^www\d?\./iu, '')) : null;
  // `Example Herald` for `exampleherald.com`: the name the furniture spells the domain with.
  if (domain) return mostGivenSpelling(domain, lines, isFurniture, 1)?.[0] ?? picked;
  const label = pageHostLabel(lines, isFurniture);
  if (!label || (picked && (agrees(picked, label) || isAgency(picked)))) return picked;
  const lead = picked ? leadThatSpells(picked, label) : null;
  if (lead) return lead;
  const best = mostGivenSpelling(label, lines, isFurniture, MIN_NAME_LINES);
  if (!best || (picked && furnitureLinesNaming(picked, lines, isFurniture) >= best[1] + 1)) return picked;
  return best[0];
}
