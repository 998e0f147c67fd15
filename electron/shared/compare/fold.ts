/** Text folding shared by the compare steps, so every step agrees on when two spellings are one. */

/** Lower case with accents and other combining marks removed: "Martín" and "martin" fold alike. */
export function foldCase(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/**
 * The sentence as a reader sees it, with typography evened out: curly and straight quotes, dash
 * kinds and no-break spaces differ between outlets' systems without the text having changed.
 */
export function typographyKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[“”„‟«»"″]/g, '"')
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Han, kana and Hangul: scripts written without spaces between words. */
export const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
