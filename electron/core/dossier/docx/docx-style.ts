import type { HighlightColor } from 'docx';

/**
 * The docx package, which the Word builders take as their first argument: it is loaded for a
 * Word export only, since loading it would be a good share of every start of the CLI and of
 * `cuttings serve`.
 */
export type Docx = typeof import('docx');
export const loadDocx = (): Promise<Docx> => import('docx');

/**
 * Fonts named for each script Word distinguishes: Latin and Cyrillic take the ascii/hAnsi font,
 * Chinese, Japanese and Korean the eastAsia one. These are the families the PDF ships, so a
 * reader who has them installed sees the same type; Word substitutes its own otherwise.
 */
export const DOCUMENT_FONT = { ascii: 'Noto Serif', hAnsi: 'Noto Serif', cs: 'Noto Serif', eastAsia: 'Noto Serif SC' } as const;

/** Page sizes in twentieths of a point, as Word measures them. */
export const PAGE_SIZES = {
  A4: { width: 11_906, height: 16_838 },
  Letter: { width: 12_240, height: 15_840 },
} as const;

type WordHighlight = (typeof HighlightColor)[keyof typeof HighlightColor];

/** Word's highlighter has a fixed palette; each app colour takes the nearest pale one so the text stays legible. */
const HIGHLIGHTS: Record<string, WordHighlight> = {
  yellow: 'yellow',
  green: 'green',
  blue: 'cyan',
  pink: 'magenta',
  purple: 'magenta',
  orange: 'yellow',
};

export const wordHighlight = (colour: string): WordHighlight => HIGHLIGHTS[colour] ?? 'yellow';

/** Text for Word: characters XML 1.0 forbids (control codes a paste can carry) are dropped, not allowed to break the file. */
export const wordText = (text: string): string => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
