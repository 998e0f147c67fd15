import { Worker } from 'node:worker_threads';
import type { DomReading } from './article-from-dom.js';
import type { HtmlJob, HtmlJobResult } from './html-job.js';
import { pageHeadline, pageMeta, type PageMeta } from './page-meta.js';
import { roughHtmlText, tagShape, withoutInertParts } from './rough-html-text.js';
import { workerBundle } from '../worker-bundle.js';

/** Pasted HTML read as text, with the page's own address and a note when the quick reading was used. */
export interface HtmlReading {
  text: string;
  url: string | null;
  /** Set when the page was read without finding its article: the review shows it. */
  notice: string | null;
  /** The headline the page's markup gives, which outranks any line of its text. */
  title: string | null;
  /** The text is the article alone, cut from its page; else it is the whole page's text. */
  isolated: boolean;
  /** The language tag the page declares (`<html lang="en-GB">`). */
  locale: string | null;
}

// Past these the DOM libraries slow to seconds or overflow the stack; real news pages stay below.
const MAX_DOM_CHARS = 2_500_000;
const LIMITS = { elements: 20_000, depth: 300, siblings: 1_000 };
// A page's clean-up gets this long, plus a little per kilobyte, before the quick reading is used:
// a backstop for what the shape limits miss, generous because a busy machine runs slower.
const BASE_TIME_MS = 8000;
const TIME_PER_KB_MS = 5;
const STARTUP_TIME_MS = 30_000;

export const QUICK_READING_NOTICE =
  'This page was too large or too complex to find its article in time, so all of its text is shown: check the paragraphs and remove what does not belong.';

function workerPath(): string {
  const path = workerBundle('clipper/html-worker', import.meta.url);
  if (!path) throw new Error('The HTML reader is missing from this build. Run `npm run build` and try again.');
  return path;
}

/**
 * A worker left idle this long ends, and gives back the memory its libraries and the last page's
 * DOM hold (a large page leaves a hundred megabytes); the next paste starts another, which takes a
 * fraction of a second. Pastes in a row keep the one worker.
 */
const IDLE_END_MS = 60_000;

/**
 * One worker for every HTML paste, started on the first and kept while pastes follow (unreferenced
 * while idle, so it never keeps the process alive). A job's time runs from when the worker has
 * loaded its libraries and takes the job; a job that runs out of time ends the worker and the
 * next paste starts another.
 */
export class HtmlWorker {
  #worker: Worker | null = null;
  #ready: Promise<boolean> = Promise.resolve(false);
  #nextId = 1;
  #pending = new Map<number, { resolve: (reading: DomReading | null) => void; timer: NodeJS.Timeout }>();
  #idle: NodeJS.Timeout | undefined;
  readonly #idleEndMs: number;

  constructor(idleEndMs = IDLE_END_MS) {
    this.#idleEndMs = idleEndMs;
  }

  /** True while a worker is started: between a paste and the end of the idle time after it. */
  get running(): boolean {
    return this.#worker !== null;
  }

  async read(html: string, meta: PageMeta, timeMs: number): Promise<DomReading | null> {
    clearTimeout(this.#idle);
    const worker = this.#start();
    const id = this.#nextId++;
    // Loading the libraries has its own allowance, so a worker that never starts cannot hold a paste either.
    const startup = setTimeout(() => this.#stop(worker), STARTUP_TIME_MS);
    const result = new Promise<DomReading | null>((resolve) => this.#pending.set(id, { resolve, timer: startup }));
    worker.ref();
    if (!(await this.#ready) || this.#worker !== worker || !this.#pending.has(id)) {
      this.#settle(id, null);
      return result;
    }
    clearTimeout(startup);
    this.#pending.get(id)!.timer = setTimeout(() => this.#stop(worker), timeMs);
    worker.postMessage({ id, html, meta } satisfies HtmlJob);
    return result;
  }

  #settle(id: number, reading: DomReading | null) {
    const job = this.#pending.get(id);
    if (!job) return;
    clearTimeout(job.timer);
    this.#pending.delete(id);
    if (!this.#pending.size) this.#rest();
    job.resolve(reading);
  }

  /** No job left: the worker may no longer hold the process open, and ends if no paste follows. */
  #rest() {
    const worker = this.#worker;
    if (!worker) return;
    worker.unref();
    clearTimeout(this.#idle);
    this.#idle = setTimeout(() => this.#stop(worker), this.#idleEndMs);
    this.#idle.unref();
  }

  #start(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(workerPath(), { resourceLimits: { maxOldGenerationSizeMb: 1024 } });
    this.#ready = new Promise((resolve) => {
      worker.once('message', (first: HtmlJobResult | 'ready') => resolve(first === 'ready'));
      worker.once('exit', () => resolve(false));
    });
    worker.on('message', (result: HtmlJobResult | 'ready') => {
      if (result !== 'ready') this.#settle(result.id, 'text' in result ? { text: result.text, isolated: result.isolated } : null);
    });
    // A worker that dies (out of memory) fails only its own jobs; they fall back to the quick reading.
    worker.on('error', () => this.#stop(worker));
    worker.on('exit', () => this.#stop(worker));
    worker.unref();
    this.#worker = worker;
    return worker;
  }

  #stop(worker: Worker) {
    if (this.#worker !== worker) return;
    this.#worker = null;
    void worker.terminate();
    for (const id of [...this.#pending.keys()]) this.#settle(id, null);
  }
}

const htmlWorker = new HtmlWorker();

function tooComplex(page: string): boolean {
  const shape = tagShape(page, LIMITS);
  return shape.elements > LIMITS.elements || shape.depth > LIMITS.depth || shape.siblings > LIMITS.siblings;
}

/** The header lines a quick reading can still give, from the page's own metadata. */
function metaHeader(meta: PageMeta): string {
  const authors = meta.authors.length ? meta.authors : meta.outletAuthors;
  return [
    meta.headline,
    authors.length ? `By ${authors.join(', ')}` : null,
    meta.published ? `Published ${meta.published.slice(0, 10)}` : null,
    meta.source ? `Source: ${meta.source}` : null,
  ]
    .filter(Boolean)
    .join('\n');
}

function quickReading(html: string, meta: PageMeta): HtmlReading {
  const body = roughHtmlText(html);
  const header = metaHeader(meta);
  return {
    text: header && body ? `${header}\n\n${body}` : body,
    url: meta.url,
    notice: body ? QUICK_READING_NOTICE : null,
    title: pageHeadline(meta.headline, meta.siteName),
    isolated: false,
    locale: meta.locale,
  };
}

/**
 * Pasted HTML as article text. The DOM clean-up (linkedom, DOMPurify, Readability) runs in a worker
 * with a time limit, and only on pages whose size and element count keep it bounded; anything
 * else gets the quick tag-stripping reading with a notice. The core's thread is never held.
 */
export async function readHtml(html: string): Promise<HtmlReading> {
  const meta = pageMeta(html);
  const page = html.length > MAX_DOM_CHARS ? null : withoutInertParts(html);
  if (page === null || tooComplex(page)) return quickReading(html, meta);
  const reading = await htmlWorker.read(page, meta, BASE_TIME_MS + (html.length / 1024) * TIME_PER_KB_MS);
  if (reading === null) return quickReading(html, meta);
  return { ...reading, url: meta.url, notice: null, title: pageHeadline(meta.headline, meta.siteName), locale: meta.locale };
}
