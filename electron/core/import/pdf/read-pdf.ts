import { dropRunningLines, readingOrder, splitArticles, type PdfArticle, type PdfPage, type TextRun } from './pdf-layout.js';

/** pdf.js, loaded on the first PDF: most starts of the CLI and the server read none. */
const loadPdfjs = () => import('pdfjs-dist/legacy/build/pdf.mjs');

/** A PDF that has pages but no text to read: a scan, or text drawn as shapes. */
export class NoTextLayerError extends Error {}

interface PdfTextItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}

async function readPages(data: Uint8Array): Promise<PdfPage[]> {
  // pdf.js keeps (and detaches) the buffer it is given, and refuses a Buffer: hand it a plain copy.
  const pdfjs = await loadPdfjs();
  const doc = await pdfjs.getDocument({ data: new Uint8Array(data), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const { width, height } = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const runs: TextRun[] = (content.items as PdfTextItem[]).flatMap((item) => {
        const t = item.transform;
        if (!item.str || !t) return [];
        const size = item.height || Math.hypot(t[2] ?? 0, t[3] ?? 0);
        return [{ text: item.str, x: t[4] ?? 0, y: t[5] ?? 0, width: item.width ?? 0, size }];
      });
      pages.push({ width, height, runs });
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/** The number of pages, for progress and the bench. */
export async function pdfPageCount(data: Uint8Array): Promise<number> {
  const pdfjs = await loadPdfjs();
  const doc = await pdfjs.getDocument({ data: new Uint8Array(data), isEvalSupported: false, verbosity: 0 }).promise;
  const count = doc.numPages;
  await doc.destroy();
  return count;
}

/**
 * A PDF's articles, each its headline and paragraphs. Throws NoTextLayerError when no page
 * has text, so a scan is reported, never saved as an empty clip.
 */
export async function readPdfArticles(data: Uint8Array): Promise<PdfArticle[]> {
  const pages = await readPages(data);
  const ordered = pages.map((p, i) => readingOrder(p, i));
  const kept = dropRunningLines(
    ordered,
    pages.map((p) => p.height),
  ).flat();
  const articles = splitArticles(kept).filter((a) => a.headline || a.paragraphs.length);
  if (!articles.length) throw new NoTextLayerError('no text layer');
  return articles;
}
