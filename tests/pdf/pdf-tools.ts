import { execFileSync, spawnSync } from 'node:child_process';

/** The PDF's text page by page, as `pdftotext -layout` (poppler) reads it. */
export function pdfPages(path: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const pages = text.split('\f');
  // pdftotext ends the last page with a form feed too.
  if (pages[pages.length - 1]?.trim() === '') pages.pop();
  return pages;
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
}

export function pdfFonts(path: string): PdfFont[] {
  const lines = execFileSync('pdffonts', [path], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter((l) => l.trim());
  return lines.map((line) => {
    const cols = line.trim().split(/\s+/);
    // name, type words…, encoding, emb, sub, uni, object, id: read the flags from the right.
    return { name: cols[0]!, type: cols.slice(1, -6).join(' '), embedded: cols[cols.length - 5] === 'yes' };
  });
}

/** pdfinfo's fields; throws if poppler reports the file damaged (e.g. a bad metadata update). */
export function pdfInfo(path: string): Record<string, string> {
  const run = spawnSync('pdfinfo', [path], { encoding: 'utf8' });
  if (run.status !== 0 || /error/i.test(run.stderr)) throw new Error(`pdfinfo: ${run.stderr}`);
  const out = run.stdout;
  return Object.fromEntries(
    out.split('\n').flatMap((l) => {
      const m = /^([^:]+):\s*(.*)$/.exec(l);
      return m ? [[m[1]!.trim(), m[2]!.trim()]] : [];
    }),
  );
}

/** Collapses the gaps -layout puts between words, so a phrase can be searched for. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ');
}
