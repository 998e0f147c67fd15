import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { findUp, readResource } from './resources.js';

/**
 * The @fontsource stylesheets the dossier uses. Each splits a face into subsets by unicode-range
 * (Latin, Cyrillic, ~100 slices of Chinese); only the subsets the document's text needs are
 * inlined, so a Latin-only dossier carries no Chinese font and the HTML stays self-contained.
 */
const FACE_STYLESHEETS = [
  'node_modules/@fontsource/noto-serif/400.css',
  'node_modules/@fontsource/noto-serif/400-italic.css',
  'node_modules/@fontsource/noto-serif/700.css',
  'node_modules/@fontsource/noto-sans/400.css',
  'node_modules/@fontsource/noto-sans/600.css',
  'node_modules/@fontsource/noto-serif-sc/400.css',
  'node_modules/@fontsource/noto-serif-sc/700.css',
];

interface FontFace {
  family: string;
  style: string;
  weight: string;
  woff2: string;
  unicodeRange: string;
  ranges: [number, number][];
}

function parseRanges(unicodeRange: string): [number, number][] {
  return unicodeRange.split(',').flatMap((part) => {
    const m = /U\+([0-9a-f?]+)(?:-([0-9a-f]+))?/i.exec(part.trim());
    if (!m) return [];
    const lo = parseInt(m[1]!.replace(/\?/g, '0'), 16);
    const hi = m[2] ? parseInt(m[2], 16) : parseInt(m[1]!.replace(/\?/g, 'f'), 16);
    return [[lo, hi] as [number, number]];
  });
}

let parsedFaces: FontFace[] | null = null;

function faces(): FontFace[] {
  if (parsedFaces) return parsedFaces;
  parsedFaces = FACE_STYLESHEETS.flatMap((sheet) => {
    const folder = dirname(findUp(sheet));
    return [...readResource(sheet).matchAll(/@font-face\s*\{([^}]*)\}/g)].flatMap(([, block]) => {
      const get = (prop: string) => new RegExp(`${prop}:\\s*([^;]+);`).exec(block!)?.[1]?.trim();
      const file = /url\(\.\/([^)]+\.woff2)\)/.exec(block!)?.[1];
      const family = get('font-family');
      const unicodeRange = get('unicode-range');
      if (!file || !family || !unicodeRange) return [];
      return [
        {
          family,
          style: get('font-style') ?? 'normal',
          weight: get('font-weight') ?? '400',
          woff2: join(folder, file),
          unicodeRange,
          ranges: parseRanges(unicodeRange),
        },
      ];
    });
  });
  return parsedFaces;
}

const dataUrls = new Map<string, string>();

function dataUrl(file: string): string {
  let url = dataUrls.get(file);
  if (!url) {
    url = `data:font/woff2;base64,${readFileSync(file).toString('base64')}`;
    dataUrls.set(file, url);
  }
  return url;
}

function codePoints(text: string): Set<number> {
  const set = new Set<number>();
  for (const ch of text) set.add(ch.codePointAt(0)!);
  return set;
}

/** Whether the sorted list holds a value in [lo, hi]: a binary search, as CJK text has thousands. */
function anyWithin(sorted: readonly number[], lo: number, hi: number): boolean {
  let a = 0;
  let b = sorted.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (sorted[mid]! < lo) a = mid + 1;
    else b = mid;
  }
  return a < sorted.length && sorted[a]! <= hi;
}

/** The family the stylesheet falls back to for what the Noto Serif and Noto Sans subsets lack. */
const FALLBACK_FAMILY = "'Noto Serif SC'";

/**
 * @font-face rules, fonts inlined, for just the subsets that cover some character of `text`.
 * Characters the main families already have (Latin quotes and dashes, which the Chinese font
 * also covers) never pull in a Chinese subset: Chromium would not use it for them.
 */
export function fontFaceCss(text: string): { css: string; files: number } {
  const used = [...codePoints(text)].sort((a, b) => a - b);
  const all = faces();
  const main = all.filter((f) => f.family !== FALLBACK_FAMILY);
  const lacking = used.filter((cp) => !main.some((f) => f.ranges.some(([lo, hi]) => cp >= lo && cp <= hi)));
  const needed = [
    ...main.filter((f) => f.ranges.some(([lo, hi]) => anyWithin(used, lo, hi))),
    ...all.filter((f) => f.family === FALLBACK_FAMILY && f.ranges.some(([lo, hi]) => anyWithin(lacking, lo, hi))),
  ];
  const css = needed
    .map(
      (f) =>
        `@font-face{font-family:${f.family};font-style:${f.style};font-weight:${f.weight};font-display:block;` +
        `src:url(${dataUrl(f.woff2)}) format('woff2');unicode-range:${f.unicodeRange};}`,
    )
    .join('\n');
  return { css, files: needed.length };
}
