/**
 * A file name made from text the user typed (a dossier's title), safe on Windows, macOS and
 * Linux alike: the file may be saved on one system and copied to another.
 */

/** Characters Windows refuses in names, control characters, and the invisible ones that reorder text ("gpj.exe" tricks). */
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]+/g;
/** Names Windows keeps for devices, whatever the extension: "CON.pdf" cannot be created there. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
/**
 * Bytes allowed for the name before its extension. File systems allow 255; the atomic writer's
 * temporary file and a browser's " (1)" for a repeated download need room beside it.
 */
const MAX_STEM_BYTES = 180;

/** Counted by hand: shared code runs where neither Buffer nor TextEncoder is declared. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** "Brief: Ukraine/Russia" + "pdf" → "Brief Ukraine Russia.pdf"; nothing usable left gives the fallback. */
export function safeFileName(title: string, extension: string, fallback = 'Dossier'): string {
  let stem = title.normalize('NFC').replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  // A leading dot hides the file on macOS and Linux; Windows drops trailing dots and spaces.
  stem = stem.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
  const chars = Array.from(stem);
  while (chars.length && utf8Length(chars.join('')) > MAX_STEM_BYTES) chars.pop();
  stem = chars.join('').replace(/[.\s]+$/, '');
  if (!stem) stem = fallback;
  const [first = '', ...rest] = stem.split('.');
  if (RESERVED.test(first.trim())) stem = [`${first.trim()}_`, ...rest].join('.');
  return `${stem}.${extension}`;
}
