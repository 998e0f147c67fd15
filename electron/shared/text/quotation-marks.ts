/**
 * A quotation set in the marks its language prints it in, so a dossier quoting a German, French
 * or Russian report reads as that press does. Languages not listed take the English marks.
 */
const MARKS: Readonly<Record<string, readonly [string, string]>> = {
  de: ['„', '“'],
  fr: ['« ', ' »'],
  ru: ['«', '»'],
  uk: ['«', '»'],
  es: ['«', '»'],
  it: ['«', '»'],
  pt: ['«', '»'],
  zh: ['“', '”'],
  ja: ['「', '」'],
};

export function quoted(text: string, language: string): string {
  const [open, close] = MARKS[language.toLowerCase().split('-')[0] ?? ''] ?? ['“', '”'];
  return `${open}${text}${close}`;
}
