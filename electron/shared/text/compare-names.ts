let collator: Intl.Collator | null = null;

/**
 * Names in the order an English index lists them, the library's and the dossiers' alike: case
 * and accents aside, numbers by their value. The collator is made on the first comparison, as
 * making it loads ICU's collation data, which a start of the CLI or of the app need not wait for.
 */
export function compareNames(a: string, b: string): number {
  collator ??= new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  return collator.compare(a, b);
}
