import { jobProgress } from '../../../../electron/shared/events/job-progress.js';
import { api, describeError } from '../api/api.js';
import { sortCandidates, type ImportCandidate } from './import-candidates.js';
import { MAX_IMPORT_BATCH } from '../../../../electron/shared/api/limits.js';
import { EXPORT_CHUNK_CHARS, MAX_IMPORT_FILE_BYTES, MAX_PASTE_CHARS } from '../../../../electron/shared/api/limits.js';
import type { LibraryImportProgress, LibraryImportResult } from '../../../../electron/shared/models/library-import.js';
import { extensionOf, isBinaryImport } from '../../../../electron/shared/models/file-import.js';
import type { ImportFileResult } from '../../../../electron/shared/models/file-import.js';
import { library } from '../list/library.svelte.js';
import { zipSync } from 'fflate';

export type ImportPhase = 'closed' | 'choose' | 'importing' | 'done';

/** Files per call, and bytes: small enough that progress moves and a cancel lands within a moment. */
const BATCH_FILES = Math.min(8, MAX_IMPORT_BATCH);
const BATCH_BYTES = 2_000_000;
/** UTF-8 takes at most four bytes a character, so a bigger file cannot be within the paste limit. */
const MAX_FILE_BYTES = MAX_PASTE_CHARS * 4;

/** A file's size, with the files sent along with it. */
const sizeOf = (c: ImportCandidate) => c.file.size + (c.beside ?? []).reduce((sum, b) => sum + b.file.size, 0);

/** Consecutive files whose sizes add up to at most BATCH_BYTES (a bigger file goes alone). */
function batches(files: ImportCandidate[]): ImportCandidate[][] {
  const out: ImportCandidate[][] = [];
  let batch: ImportCandidate[] = [];
  let bytes = 0;
  for (const f of files) {
    if (batch.length > 0 && (batch.length >= BATCH_FILES || bytes + sizeOf(f) > BATCH_BYTES)) {
      out.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(f);
    bytes += sizeOf(f);
  }
  if (batch.length > 0) out.push(batch);
  return out;
}

type SentFile = { name: string; text: string } | { name: string; base64: string; pdfSplit?: boolean };

/** A PDF that holds several articles, waiting for the user to say whether each becomes a clip. */
export interface PdfSplitQuestion {
  file: string;
  headlines: string[];
}

/** An export chosen as a folder, packed as one zip (stored, not compressed: it only travels to the core). */
async function zipExport(c: ImportCandidate): Promise<Uint8Array> {
  const entries: Record<string, Uint8Array> = { [c.name.slice(c.name.lastIndexOf('/') + 1)]: new Uint8Array(await c.file.arrayBuffer()) };
  for (const b of c.beside ?? []) entries[b.name] = new Uint8Array(await b.file.arrayBuffer());
  return zipSync(entries, { level: 0 });
}

/** A chosen file as the core takes it: text, or base64 for a PDF; null when it is too large to send. */
async function readCandidate(c: ImportCandidate): Promise<SentFile | null> {
  if (c.beside) return sizeOf(c) > MAX_IMPORT_FILE_BYTES ? null : { name: c.name, base64: toBase64(await zipExport(c)) };
  if (isBinaryImport(c.name)) {
    if (c.file.size > MAX_IMPORT_FILE_BYTES) return null;
    return { name: c.name, base64: toBase64(new Uint8Array(await c.file.arrayBuffer())) };
  }
  if (c.file.size > MAX_FILE_BYTES) return null;
  const text = await c.file.text();
  return text.length <= MAX_PASTE_CHARS ? { name: c.name, text } : null;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** A Cuttings export is a JSON object; other tools' JSON exports (wallabag, CSL JSON) are arrays. */
async function isLibraryExport(c: ImportCandidate): Promise<boolean> {
  if (extensionOf(c.name) !== '.json') return false;
  return /^\s*\{/.test(await c.file.slice(0, 2_000).text());
}

/**
 * Sends an export to the core in pieces no larger than a call takes. Bytes are sliced, and a
 * streaming decoder carries a character split between two pieces over to the next.
 */
async function uploadExport(file: File, uploadId: string, stopped: () => boolean): Promise<boolean> {
  const decoder = new TextDecoder();
  // A byte decodes to at most one UTF-16 unit, so a piece of this many bytes fits a call.
  for (let at = 0; at < file.size; at += EXPORT_CHUNK_CHARS) {
    if (stopped()) return false;
    const text = decoder.decode(await file.slice(at, at + EXPORT_CHUNK_CHARS).arrayBuffer(), { stream: true });
    if (text) await api.call('import.exportChunk', { uploadId, text });
  }
  const rest = decoder.decode();
  if (rest) await api.call('import.exportChunk', { uploadId, text: rest });
  return true;
}

const tooLarge = (c: ImportCandidate): ImportFileResult => ({
  name: c.name,
  outcome: 'failed',
  reason: c.beside
    ? `The export and its files come to more than ${(MAX_IMPORT_FILE_BYTES / 1_000_000).toLocaleString()} MB, more than the app imports at once. Import its folder with \`cuttings import\`, or export fewer items at a time.`
    : `The file is larger than ${MAX_PASTE_CHARS.toLocaleString()} characters. Save the article on its own and import that.`,
});

/**
 * Importing files the user chose or dropped: the renderer reads them and sends them to the core
 * in small batches, with progress, a cancel that stops between batches, and a summary at the end.
 */
class FileImportStore {
  #phase = $state<ImportPhase>('closed');
  #total = $state(0);
  #done = $state(0);
  #current = $state('');
  #results = $state.raw<ImportFileResult[]>([]);
  #skipped = $state.raw<string[]>([]);
  #cancelling = $state(false);
  #cancelled = $state(false);
  #error = $state<string | null>(null);
  #dropRefused = $state(false);
  #exports = $state.raw<LibraryImportResult[]>([]);
  #exportProgress = $state<LibraryImportProgress | null>(null);
  #exportJob: string | null = null;
  #exportCancelled: string | null = null;
  #pdfQuestion = $state.raw<PdfSplitQuestion | null>(null);
  #answerPdf: ((split: boolean) => void) | null = null;

  get phase() {
    return this.#phase;
  }

  get isOpen() {
    return this.#phase !== 'closed';
  }

  get total() {
    return this.#total;
  }

  get done() {
    return this.#done;
  }

  get current() {
    return this.#current;
  }

  get results() {
    return this.#results;
  }

  get skipped() {
    return this.#skipped;
  }

  get cancelling() {
    return this.#cancelling;
  }

  get cancelled() {
    return this.#cancelled;
  }

  /** Cuttings exports read into the library, each with what it kept. */
  get exports() {
    return this.#exports;
  }

  /** The export being imported: its clips checked, then written, as steps out of twice their number; null otherwise. */
  get exportProgress() {
    return this.#exportProgress;
  }

  /** The PDF being asked about, when one would split into several clips. */
  get pdfQuestion() {
    return this.#pdfQuestion;
  }

  /** The user's answer for the PDF asked about: a clip for each article, or one clip for the whole PDF. */
  answerPdf(split: boolean) {
    const answer = this.#answerPdf;
    this.#answerPdf = null;
    this.#pdfQuestion = null;
    answer?.(split);
  }

  /** A PDF that would give several clips goes only once the user has said whether to split it. */
  async #confirmSplit(file: SentFile): Promise<SentFile> {
    if (!('base64' in file) || extensionOf(file.name) !== '.pdf') return file;
    const { headlines } = await api.call('import.pdfArticles', { name: file.name, base64: file.base64 });
    if (headlines.length < 2) return file;
    const pdfSplit = await new Promise<boolean>((resolve) => {
      this.#answerPdf = resolve;
      this.#pdfQuestion = { file: file.name, headlines };
    });
    return { ...file, pdfSplit };
  }

  /** Why the import stopped early, when it was not the user's cancel. */
  get error() {
    return this.#error;
  }

  /** Opens the dialog to choose files or a folder; an import already running stays in view. */
  choose() {
    if (this.#phase !== 'importing') this.#reset('choose');
  }

  async run(candidates: ImportCandidate[]) {
    if (this.#phase === 'importing') return;
    const { files, skipped } = sortCandidates(candidates);
    this.#reset('importing');
    this.#skipped = skipped;
    this.#total = files.length;
    try {
      const exports: ImportCandidate[] = [];
      const articles: ImportCandidate[] = [];
      for (const c of files) ((await isLibraryExport(c)) ? exports : articles).push(c);
      for (const c of exports) {
        if (this.#cancelling) break;
        await this.#importExport(c);
        this.#done += 1;
      }
      for (const batch of batches(articles)) {
        if (this.#cancelling) break;
        this.#current = batch.length === 1 ? batch[0]!.name : `${batch[0]!.name} and ${batch.length - 1} more`;
        const read = await Promise.all(batch.map((c) => readCandidate(c)));
        const sendable: SentFile[] = [];
        for (const f of read) if (f !== null) sendable.push(await this.#confirmSplit(f));
        if (this.#cancelling) {
          this.#cancelled = true;
          break;
        }
        const saved = sendable.length > 0 ? await api.call('import.files', { files: sendable }) : [];
        // Files too large to send are answered here; the core answers the rest, a file with
        // several articles or notes once for each.
        const answered = [...read.flatMap((f, i) => (f === null ? [tooLarge(batch[i]!)] : [])), ...saved];
        this.#results = [...this.#results, ...answered];
        this.#done += batch.length;
      }
      if (this.#cancelling) this.#cancelled = true;
    } catch (err) {
      this.#error = `The import stopped: ${describeError(err)} The files before it were imported.`;
    } finally {
      this.#current = '';
      this.#phase = 'done';
      this.#cancelling = false;
    }
    await library.refresh();
  }

  /** Files dropped while an import runs are not queued; the dialog says so. */
  get dropRefused() {
    return this.#dropRefused;
  }

  refuseDrop() {
    if (this.#phase === 'importing') this.#dropRefused = true;
  }

  /** Stops after the batch being saved (an export between two clips); what was imported stays. A PDF being asked about is not imported. */
  cancel() {
    if (this.#phase !== 'importing') return;
    this.#cancelling = true;
    if (this.#pdfQuestion) this.answerPdf(true);
    if (this.#exportJob) void this.#cancelExport(this.#exportJob);
  }

  /** A cancel that reached the core before the import began is sent again with its first progress. */
  async #cancelExport(jobId: string) {
    if (this.#exportCancelled === jobId) return;
    // One cancel at a time: progress keeps arriving while it is on its way.
    this.#exportCancelled = jobId;
    const { cancelled } = await api.call('import.exportCancel', { jobId });
    if (!cancelled && this.#exportJob === jobId) this.#exportCancelled = null;
  }

  /** One Cuttings export: sent in pieces, then imported in batches while its progress is followed. */
  async #importExport(c: ImportCandidate) {
    this.#current = c.name;
    const uploadId = crypto.randomUUID();
    const jobId = crypto.randomUUID();
    this.#exportProgress = { done: 0, total: 0 };
    const stopFollowing = api.events.subscribe(
      jobProgress('import', jobId, (progress) => {
        this.#exportProgress = progress;
        if (this.#cancelling) void this.#cancelExport(jobId);
      }),
    );
    try {
      if (!(await uploadExport(c.file, uploadId, () => this.#cancelling))) return;
      this.#exportJob = jobId;
      const result = await api.call('import.exportRun', { uploadId, name: c.name, jobId });
      this.#exports = [...this.#exports, result];
    } catch (err) {
      this.#results = [...this.#results, { name: c.name, outcome: 'failed', reason: describeError(err) }];
    } finally {
      stopFollowing();
      this.#exportJob = null;
      this.#exportProgress = null;
    }
  }

  close() {
    if (this.#phase === 'importing') return;
    this.#reset('closed');
  }

  #reset(phase: ImportPhase) {
    this.#phase = phase;
    this.#total = 0;
    this.#done = 0;
    this.#current = '';
    this.#results = [];
    this.#skipped = [];
    this.#cancelling = false;
    this.#cancelled = false;
    this.#error = null;
    this.#dropRefused = false;
    this.#exports = [];
    this.#exportProgress = null;
    this.#pdfQuestion = null;
    this.#answerPdf = null;
  }
}

export const fileImport = new FileImportStore();
