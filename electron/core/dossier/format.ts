import type { Clip } from '../../shared/models/clip.js';
import { ENGLISH_MONTHS, englishDay } from '../../shared/text/english-date.js';

/** "2023-04-12" → "12 April 2023"; the dossier is read in English whatever the clips' languages. */
export const formatDate = englishDay;

export function formatShortDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  const month = m ? ENGLISH_MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month.slice(0, 3)} ${m[1]}` : iso;
}

/** A capture timestamp (ISO, UTC) as "12 April 2023, 14:05 UTC". */
export function formatTimestamp(iso: string): string {
  const date = formatDate(iso);
  const time = /T(\d{2}:\d{2})/.exec(iso)?.[1];
  return date && time ? `${date}, ${time} UTC` : iso;
}

/** "12 April 2023 – 3 May 2023", or one date when they are the same. */
export function formatDateRange(dates: readonly string[]): string | null {
  const sorted = dates.filter((d) => /^\d{4}-\d{2}-\d{2}/.test(d)).sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return null;
  return first === last ? formatDate(first) : `${formatDate(first)} – ${formatDate(last)}`;
}

const HAS_SPACES = /\s/;

/**
 * The clip's title, or, while the clipper has found none, its first words: a reader still needs
 * something to find the clip by in the contents and indexes.
 */
export function clipLabel(clip: Pick<Clip, 'id' | 'title' | 'paragraphs'>): { text: string; untitled: boolean } {
  const title = clip.title?.trim();
  if (title) return { text: title, untitled: false };
  const first = clip.paragraphs
    .find((p) => p.trim())
    ?.trim()
    .replace(/\s+/g, ' ');
  if (!first) return { text: `Clip ${clip.id}`, untitled: true };
  return { text: firstWords(first), untitled: true };
}

function firstWords(text: string): string {
  // Scripts written without spaces (Chinese, Japanese) are cut by characters instead of words.
  if (!HAS_SPACES.test(text.slice(0, 60))) return text.length > 32 ? `${text.slice(0, 32)}…` : text;
  const words = text.split(' ');
  let out = '';
  for (const word of words) {
    if (out && (out.length + word.length > 80 || out.split(' ').length >= 12)) return `${out}…`;
    out = out ? `${out} ${word}` : word;
  }
  return out;
}

/** Made on first use: making it loads ICU's data, which a start of the CLI or of the app need not wait for. */
let languageNames: Intl.DisplayNames | null = null;

export function languageName(code: string): string {
  if (!code || code === 'und') return 'Undetermined';
  languageNames ??= new Intl.DisplayNames(['en'], { type: 'language' });
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "Title, Outlet" for a quotation's origin; a title that ends its own sentence takes no comma after it. */
export function titleWithSource(title: string, source: string | null): string {
  if (!source) return title;
  return /[.!?…]$/.test(title) ? `${title} ${source}` : `${title}, ${source}`;
}
