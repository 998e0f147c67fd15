/**
 * Counts the pages of a PDF that Chromium wrote: one "/Type /Page" dictionary per page, plain
 * text in its uncompressed object headers ("/Pages" is the tree's root and does not match).
 */
export function countPdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
}
