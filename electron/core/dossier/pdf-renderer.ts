import type { DossierSpec } from '../../shared/models/dossier.js';

export type PaperSize = DossierSpec['paperSize'];

/** What a renderer reports while it works; `pages` is the number laid out so far. */
export type RenderProgress = { stage: 'starting' } | { stage: 'layout'; pages: number } | { stage: 'printing'; pages: number };

export interface PdfRenderOptions {
  /** The paper the document's @page rule already sets; renderers pass it on as the fallback. */
  paperSize: PaperSize;
  onProgress?: (progress: RenderProgress) => void;
  signal?: AbortSignal;
}

/**
 * Prints a dossier document to PDF. Chromium does the work either way: Playwright driving the
 * system Chromium for the CLI and browser mode, webContents.printToPDF inside the Electron app.
 */
export interface PdfRenderer {
  render(html: string, options: PdfRenderOptions): Promise<Buffer>;
}

/** The document publishes this on window.dossierState (resources/dossier/dossier-runtime.js). */
export interface LayoutState {
  pages: number;
  done: boolean;
  error: string | null;
}

export class RenderCancelled extends Error {
  constructor() {
    super('The dossier export was cancelled.');
    this.name = 'RenderCancelled';
  }
}

/**
 * Runs one print so that a cancel ends it the same way in every renderer: `stop` tears the printer
 * down as soon as the signal fires, and whatever then fails (or finishes) reads as RenderCancelled
 * rather than as the error of a printer pulled away mid-page.
 */
export async function printUntilCancelled(
  signal: AbortSignal | undefined,
  stop: () => void,
  print: () => Promise<Buffer>,
): Promise<Buffer> {
  signal?.addEventListener('abort', stop, { once: true });
  try {
    const pdf = await print();
    if (signal?.aborted) throw new RenderCancelled();
    return pdf;
  } catch (err) {
    if (signal?.aborted) throw new RenderCancelled();
    throw err;
  } finally {
    signal?.removeEventListener('abort', stop);
  }
}

const POLL_MS = 150;

/**
 * Waits for Paged.js to finish, reporting pages as they are laid out. Polling keeps both
 * renderers alike: a sandboxed Electron window has no bridge to call back through.
 */
export async function waitForLayout(
  readState: () => Promise<LayoutState | null>,
  options: { onProgress?: (p: RenderProgress) => void; signal?: AbortSignal; timeoutMs: number },
): Promise<number> {
  const deadline = Date.now() + options.timeoutMs;
  let reported = -1;
  for (;;) {
    if (options.signal?.aborted) throw new RenderCancelled();
    const state = await readState();
    if (state?.error) throw new Error(`Laying out the dossier failed: ${state.error}`);
    if (state && state.pages !== reported) {
      reported = state.pages;
      options.onProgress?.({ stage: 'layout', pages: state.pages });
    }
    if (state?.done) return state.pages;
    if (Date.now() > deadline)
      throw new Error(`Laying out the dossier took longer than ${Math.round(options.timeoutMs / 1000)} s; try fewer clips.`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Layout time allowed: generous per clip, since a 100,000-word clip is hundreds of pages. */
export function layoutTimeout(html: string): number {
  return 120_000 + Math.ceil(html.length / 1_000_000) * 60_000;
}
