import { basename } from 'node:path';
import { extensionOf } from '../../shared/models/file-import.js';
import type { ImportItem } from './import-item.js';
import { pasteFromContent } from './paste-from-file.js';
import { isEvernoteExport, readEvernote } from './formats/evernote.js';
import { isWallabagExport, readWallabag } from './formats/wallabag.js';
import { isCslJson, readCslJson } from './formats/zotero-csl.js';
import { isZoteroRdf } from './formats/zotero-rdf-graph.js';
import { readZoteroRdf, type ExportedFile } from './formats/zotero-rdf.js';
import { isTar, isZip, readZip, type ArchiveFiles } from './formats/archive-files.js';
import { readJoplinJex } from './formats/joplin.js';
import { hasFrontMatter, readMarkdownNote } from './formats/markdown-note.js';
import { isOmnivoreExport, readOmnivore } from './formats/omnivore.js';
import { isReaderDocuments, isReadwiseHighlights, readReaderDocuments, readReadwiseHighlights } from './formats/readwise.js';
import { MalformedExportError } from './formats/export-item.js';
import { articleText } from './pdf/pdf-layout.js';
import { NoTextLayerError, readPdfArticles } from './pdf/read-pdf.js';
import type { PdfArticle } from './pdf/pdf-layout.js';

const PDF_MAGIC = '%PDF-';

const isPdf = (name: string, bytes: Uint8Array) =>
  extensionOf(name) === '.pdf' || new TextDecoder().decode(bytes.subarray(0, 1024)).includes(PDF_MAGIC);

/** Names the parts of a file that holds several items: "report.pdf — 2 of 3: Headline". */
function itemName(file: string, index: number, count: number, title: string): string {
  if (count === 1) return file;
  const heading = title.split('\n', 1)[0]!.trim().slice(0, 80);
  return `${file} — ${index + 1} of ${count}${heading ? `: ${heading}` : ''}`;
}

/** How a file is read: where it sat in what was chosen, and whether a PDF of several articles is split. */
export interface ReadImportOptions {
  /** The folders between what the user chose and the file: a notebook export's notebooks. */
  folders?: readonly string[];
  /** False keeps a PDF of several articles as one clip; true, or left out, gives a clip for each. */
  pdfSplit?: boolean;
  /** The files an export names beside it (Zotero's files/ folder), by their path from it; none when left out. */
  exported?: ExportedFile;
}

/** Several articles read as one: the first headline is the clip's, the others stay in its text. */
function wholePdf(name: string, articles: readonly PdfArticle[]): ImportItem {
  const headline = articles.find((a) => a.headline)?.headline ?? '';
  return { name, paste: { text: articles.map(articleText).join('\n') }, fields: headline ? { title: headline } : {} };
}

/** The headlines of the articles a PDF splits into ("" for one that has none); empty when it cannot be read. */
export async function pdfHeadlines(bytes: Uint8Array): Promise<string[]> {
  try {
    return (await readPdfArticles(bytes)).map((a) => a.headline.split('\n', 1)[0]!.trim());
  } catch {
    return [];
  }
}

async function readPdf(name: string, bytes: Uint8Array, split: boolean): Promise<ImportItem[]> {
  try {
    const articles = await readPdfArticles(bytes);
    if (!split && articles.length > 1) return [wholePdf(name, articles)];
    return articles.map((a, i) => ({
      name: itemName(name, i, articles.length, a.headline),
      paste: { text: articleText(a) },
      fields: a.headline ? { title: a.headline } : {},
    }));
  } catch (err) {
    if (err instanceof NoTextLayerError) {
      throw new Error(
        `${basename(name)} has no text layer (a scanned image?); run OCR first (for example ocrmypdf), then import the result.`,
        { cause: err },
      );
    }
    throw new Error(
      `${basename(name)} could not be read as a PDF (${(err as Error).message}). Open it in a PDF viewer to check it, or save it again.`,
      { cause: err },
    );
  }
}

/**
 * Every item in one file, read and checked whole before anything is saved, so a damaged file is
 * reported and leaves nothing half-imported. The format is told by content where it can be.
 */
export async function readImportFile(name: string, bytes: Uint8Array, options: ReadImportOptions = {}): Promise<ImportItem[]> {
  if (isPdf(name, bytes)) return readPdf(name, bytes, options.pdfSplit !== false);
  const ext = extensionOf(name);
  if (ext === '.jex' || isTar(bytes)) return readJoplinJex(name, bytes);
  if (ext === '.zip' || isZip(bytes)) return readArchiveExport(name, zipFiles(name, bytes));
  const text = new TextDecoder().decode(bytes);
  if (isEvernoteExport(text)) return readEvernote(name, text);
  if (ext === '.rdf' || isZoteroRdf(text)) return readRdf(name, text, options.exported ?? (() => undefined));
  if ((ext === '.md' || ext === '.markdown') && hasFrontMatter(text)) return [readMarkdownNote(name, text, options.folders ?? [])];
  if (ext === '.csv') return readCsvExport(name, text);
  const json = parseJsonArray(text);
  if (json !== undefined) return readJsonExport(name, json);
  return [{ name, paste: await pasteFromContent(name, text) }];
}

function zipFiles(name: string, bytes: Uint8Array): ArchiveFiles {
  try {
    return readZip(bytes);
  } catch (err) {
    throw new MalformedExportError(name, 'a zip archive', (err as Error).message);
  }
}

function readRdf(name: string, text: string, exported: ExportedFile): Promise<ImportItem[]> {
  if (!isZoteroRdf(text))
    throw new Error(
      `${basename(name)} is not a Zotero RDF export (it does not declare Zotero's namespace). Export the items again from Zotero as “Zotero RDF”.`,
    );
  return readZoteroRdf(name, text, exported);
}

/** A Zotero RDF export packed whole: the .rdf at the top of the archive, or in the one folder it holds. */
const zoteroRdfIn = (files: ArchiveFiles) => [...files.keys()].find((path) => /^([^/]+\/)?[^/]+\.rdf$/i.test(path));

/** An export packed as several files: a zip, or the folder it was unpacked into. */
export async function readArchiveExport(name: string, files: ArchiveFiles): Promise<ImportItem[]> {
  if (isOmnivoreExport(files)) return readOmnivore(name, files);
  const rdf = zoteroRdfIn(files);
  if (rdf) {
    const base = rdf.slice(0, rdf.lastIndexOf('/') + 1);
    return readRdf(name, new TextDecoder().decode(files.get(rdf)), (path) => files.get(`${base}${path}`));
  }
  throw new Error(
    `${basename(name)} is a zip archive, but neither an Omnivore export (it has no metadata_…json) nor a Zotero RDF export (it has no .rdf file). Unpack it and import the files in it instead.`,
  );
}

function readCsvExport(name: string, text: string): ImportItem[] {
  if (isReadwiseHighlights(text)) return readReadwiseHighlights(name, text);
  if (isReaderDocuments(text)) return readReaderDocuments(name, text);
  throw new Error(
    `${basename(name)} is a CSV file, but not a Readwise Reader export or a Readwise highlights export (its first row does not name their columns). Export it again from Readwise.`,
  );
}

/** The JSON array a file holds, when it is one (exports from other tools are arrays). */
function parseJsonArray(text: string): unknown[] | undefined {
  if (!/^\s*\[/.test(text)) return undefined;
  try {
    const data: unknown = JSON.parse(text);
    return Array.isArray(data) ? data : undefined;
  } catch {
    return undefined;
  }
}

function readJsonExport(name: string, data: unknown[]): ImportItem[] {
  if (isWallabagExport(data)) return readWallabag(name, data);
  if (isCslJson(data)) return readCslJson(name, data);
  if (/(^|[\\/])metadata_\d+_to_\d+\.json$/.test(name))
    throw new Error(
      `${basename(name)} is the list of articles of an Omnivore export, without its articles. Import the export's .zip instead (cuttings import also takes the folder it unpacks to).`,
    );
  throw new Error(
    `${basename(name)} is JSON, but neither a Cuttings export, a wallabag export nor CSL JSON (from Zotero). Export it again in one of those.`,
  );
}
